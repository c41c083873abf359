"""✏️ Edit one part of a medicine — dose, times, days, course or supply — with a tap.

The part's answer goes through the same conversation as /add (safety warnings, then a
new version that ends the old one, so history is kept); a count on hand is a supply
record, not a new version.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.add_draft import AddDraft, AddStage
from bot.domain.conversation import Question
from bot.domain.regimen import display_name
from bot.domain.schedule import mask_to_weekdays, weekdays_to_mask
from bot.knowledge import resolve_name
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers import regimen, supply
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import EditAction, EditPart, EditTap
from bot.telegram.unit import unit

_PARTS = (
    (("💊 Dose", EditPart.DOSE), ("⏰ Times", EditPart.TIMES), ("📅 Days", EditPart.DAYS)),
    (("🗓 Course", EditPart.COURSE), ("📦 Supply", EditPart.SUPPLY)),
)
_MON_FRI = weekdays_to_mask(frozenset(range(5)))
_EVERY_DAY = weekdays_to_mask(frozenset(range(7)))


def _button(codec: CallbackCodec, uid: int, label: str, tap: EditTap) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=codec.pack(uid, tap))


def _part(med_id: int, part: EditPart) -> EditTap:
    return EditTap(EditAction.PART, med_id, part)


def choices_markup(codec: CallbackCodec, uid: int, med_id: int) -> InlineKeyboardMarkup:
    """Dose · Times · Days / Course · Supply."""
    return InlineKeyboardMarkup(
        [[_button(codec, uid, label, _part(med_id, part)) for label, part in row] for row in _PARTS]
    )


def _days_markup(codec: CallbackCodec, uid: int, med_id: int) -> InlineKeyboardMarkup:
    days = EditAction.DAYS
    return InlineKeyboardMarkup(
        [
            [
                _button(codec, uid, "Every day", EditTap(days, med_id, weekdays=_EVERY_DAY)),
                _button(codec, uid, "Mon–Fri", EditTap(days, med_id, weekdays=_MON_FRI)),
            ],
            [_button(codec, uid, "Every other day", EditTap(days, med_id, every_days=2))],
        ]
    )


async def edit_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: EditTap) -> None:
    """A part chosen, or its answer tapped, for the medicine being edited."""
    q = update.callback_query
    assert q and update.effective_user
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
    draft = AddDraft.from_json(user.draft) if user.awaiting == Question.ADD else None
    if tap.action is EditAction.OFFERED_COUNT and tap.count is not None:
        # Offered after /add: counted once, the offer's buttons gone.
        await q.answer()
        await q.edit_message_reply_markup(None)
        await supply.record_count(update, context, tap.med, tap.count, ends_edit=False)
        return
    if draft is None or draft.edit_of != tap.med:
        await q.answer(texts.STALE_BUTTON)
        return
    await q.answer()
    if tap.action is EditAction.PART:
        await _ask_part(update, context, draft, tap)
        return
    if tap.action is EditAction.SUPPLY and tap.count is not None:
        await supply.record_count(update, context, tap.med, tap.count)
        return
    weekdays = [] if tap.every_days else sorted(mask_to_weekdays(tap.weekdays or _EVERY_DAY))
    draft.set_days(
        regimen.local_today(context, user), weekdays=weekdays, every_days=tap.every_days or 1
    )
    await regimen.advance(update, context, draft)


async def _ask_part(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: AddDraft, tap: EditTap
) -> None:
    """The question for the part chosen, with its buttons."""
    codec = deps(context).codec
    assert update.effective_user
    uid = update.effective_user.id
    name = display_name(draft.name or "")
    if tap.part is EditPart.DOSE:
        await regimen.ask_dose(update, context, draft, resolve_name(draft.name or ""))
    elif tap.part is EditPart.TIMES:
        draft.times, draft.as_needed = [], False
        await regimen.ask_times(update, context, draft)
    elif tap.part is EditPart.DAYS:
        text = texts.EDIT_ASK_DAYS.format(name=name)
        await regimen.ask(
            update, context, draft, AddStage.DAYS, text, _days_markup(codec, uid, tap.med)
        )
    elif tap.part is EditPart.COURSE:
        await regimen.ask_course(update, context, draft, texts.EDIT_ASK_COURSE.format(name=name))
    else:
        choices = supply.count_choices(draft.generic, draft.name or "")
        text = texts.EDIT_ASK_COUNT.format(name=name, example=supply.count_example(choices))
        markup = supply.count_markup(codec, uid, tap.med, EditAction.SUPPLY, choices)
        await regimen.ask(update, context, draft, AddStage.SUPPLY, text, markup)
