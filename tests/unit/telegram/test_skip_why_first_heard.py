"""Plain words are a skip's reason only said first after its question, soon, and short
(bot.telegram.handlers.skip_why.first_heard, few_words)."""

from __future__ import annotations

import datetime as dt

from bot.domain.conversation import Question
from bot.storage.models import User
from bot.telegram.handlers.skip_why import PLAIN_WITHIN, SkipMenu, few_words, first_heard

ASKED_AT = dt.datetime(2026, 12, 7, 8, 5, tzinfo=dt.UTC)


def asked(menu: SkipMenu | None = None) -> User:
    draft = (menu or SkipMenu(7, 3, 555)).to_json()
    return User(id=42, awaiting=Question.SKIP_WHY, awaiting_since=ASKED_AT, draft=draft)


def test_the_first_message_soon_after_may_be_the_reason_and_the_next_may_not() -> None:
    user = asked()
    assert first_heard(user, ASKED_AT + dt.timedelta(minutes=2), counts=True)
    assert SkipMenu.of(user) == SkipMenu(7, 3, 555, heard=True)
    assert not first_heard(user, ASKED_AT + dt.timedelta(minutes=3), counts=True)


def test_an_ok_leaves_the_next_message_the_first() -> None:
    user = asked()
    assert first_heard(user, ASKED_AT + dt.timedelta(minutes=1), counts=False)
    assert first_heard(user, ASKED_AT + dt.timedelta(minutes=2), counts=True)


def test_too_late_is_no_first_message() -> None:
    user = asked()
    assert not first_heard(user, ASKED_AT + PLAIN_WITHIN + dt.timedelta(seconds=1), counts=True)


def test_nothing_waiting_hears_nothing() -> None:
    user = User(id=42, awaiting=None, draft=None)
    assert not first_heard(user, ASKED_AT, counts=True)
    assert user.draft is None


def test_heard_is_kept_and_read_back() -> None:
    menu = SkipMenu(7, 3, 555, heard=True)
    assert SkipMenu.of(asked(menu)) == menu
    assert "heard" not in SkipMenu(7, 3, 555).to_json()  # (drafts kept before it read alike)


def test_few_words() -> None:
    assert few_words("at my sister's all day")
    assert not few_words(
        "my daughter and her two kids are coming over for dinner tonight and staying"
    )
