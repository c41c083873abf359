"""What waits for a typed skip's reason (bot.telegram.handlers.skip_why): the doses its
reason buttons name, and the question kept in ``users.draft`` to be edited as a tap
edits it."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.conversation import Question
from bot.storage.models import User
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.handlers.skip_why import Asked, SkipMenu, _reasons_for, why_markup

CODEC = CallbackCodec("test-secret")
UID = 42
UNDO = InlineKeyboardMarkup([[InlineKeyboardButton("↩️ Undo", callback_data="u:1:abcdefgh")]])


def waiting(draft: str | None, awaiting: str | None = Question.SKIP_WHY) -> User:
    return User(id=UID, awaiting=awaiting, draft=draft)


def test_the_doses_a_tap_would_give_the_reason_to() -> None:
    markup = why_markup(CODEC, UID, [7, 9, 12], UNDO)
    assert _reasons_for(CODEC, UID, markup) == frozenset({7, 9, 12})


def test_no_reason_asked_names_no_dose() -> None:
    assert _reasons_for(CODEC, UID, None) == frozenset()
    assert _reasons_for(CODEC, UID, UNDO) == frozenset()


def test_another_persons_buttons_name_none() -> None:
    markup = why_markup(CODEC, UID + 1, [7], None)  # signed for someone else
    assert _reasons_for(CODEC, UID, markup) == frozenset()


def test_the_question_is_kept_and_read_back() -> None:
    asked = Asked((7, 9), "Got it: Naproxen 500 mg skipped ✅\nWhy…?", ((("↩️ Undo", "u:1"),),))
    menu = SkipMenu(7, 3, 555, asked)
    assert SkipMenu.of(waiting(menu.to_json())) == menu
    drawn = asked.markup()
    assert drawn is not None
    assert [[b.text for b in row] for row in drawn.inline_keyboard] == [["↩️ Undo"]]
    assert drawn.inline_keyboard[0][0].callback_data == "u:1"


def test_a_question_with_no_other_buttons_is_left_without_any() -> None:
    assert Asked((7,), "Noted: … skipped.").markup() is None


def test_a_reminders_skip_menu_reads_as_before() -> None:
    menu = SkipMenu.of(waiting('{"dose": 7, "med": 3, "message": 555}'))
    assert menu == SkipMenu(7, 3, 555) and menu.asked is None


def test_nothing_waits_without_the_question() -> None:
    draft = SkipMenu(7, 3, 555, Asked((7,), "x")).to_json()
    assert SkipMenu.of(waiting(draft, awaiting=None)) is None
    assert SkipMenu.of(waiting(draft, awaiting=Question.ADD)) is None
    assert SkipMenu.of(waiting('{"dose": 7, "med": 3, "message": 555, "asked": {}}')) is None
