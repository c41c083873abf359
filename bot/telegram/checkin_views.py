"""Check-in questions and their one-tap keyboards."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.payloads import CheckinTap

QUESTIONS = {
    "pain": texts.CHECKIN_ASK,
    "enjoyment": texts.CHECKIN_ASK_ENJOYMENT,
    "general": texts.CHECKIN_ASK_GENERAL,
    "location": texts.CHECKIN_ASK_LOCATION,
    "radiating": texts.CHECKIN_ASK_RADIATING,
    "side_effects": texts.CHECKIN_ASK_SIDE_EFFECTS,
    "sleep": texts.CHECKIN_ASK_SLEEP,
    "activity": texts.CHECKIN_ASK_ACTIVITY,
    "note": texts.CHECKIN_ASK_NOTE,
}
# The same questions asked of a carer, about the person they write for (the rest say no "you")
CARER_QUESTIONS = {
    **QUESTIONS,
    "pain": texts.CHECKIN_ASK_CARER,
    "general": texts.CHECKIN_ASK_GENERAL_CARER,
    "sleep": texts.CHECKIN_ASK_SLEEP_CARER,
    "note": texts.CHECKIN_ASK_NOTE_CARER,
}
STAGE_CODES = {
    "pain": "p",
    "enjoyment": "e",
    "general": "g",
    "location": "l",
    "radiating": "r",
    "side_effects": "s",
    "sleep": "z",
    "activity": "a",
    "note": "n",
}
CODE_STAGES = {v: k for k, v in STAGE_CODES.items()}


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def keyboard(
    stage: str,
    work_id: int,
    user_id: int,
    codec: CallbackCodec,
    side_effects: Sequence[str] = (),
    chosen: Sequence[str] = (),
    *,
    pain_skip: bool = False,
) -> InlineKeyboardMarkup:
    """One tap answers: scores 0–10, or choices plus Skip; side effects tick (`chosen`)
    until Done. The pain score has Skip only where it may be skipped (`pain_skip`)."""
    code = STAGE_CODES[stage]

    def button(label: str, value: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            label, callback_data=codec.pack(user_id, CheckinTap(work_id, code, value))
        )

    if stage in ("pain", "enjoyment", "general"):
        scores = [button(str(n), str(n)) for n in range(11)]
        rows = [scores[:6], scores[6:]]
        if stage != "pain" or pain_skip:
            rows.append([button("Skip", "-")])
        return InlineKeyboardMarkup(rows)
    choices: list[InlineKeyboardButton]
    if stage == "location":
        choices = [button(label, key) for key, label in texts.LOCATIONS.items()]
    elif stage == "radiating":
        choices = [button("Yes", "y"), button("No", "n")]
    elif stage == "side_effects":
        choices = [
            button(("✓ " if e in chosen else "") + texts.SIDE_EFFECT_LABELS.get(e, e), e)
            for e in side_effects
        ]
        if chosen:
            return InlineKeyboardMarkup([*_rows(choices, 2), [button("Done ✅", "done")]])
        choices.append(button("None 👍", "none"))
    elif stage == "sleep":
        choices = [button(label, key) for key, label in texts.SLEEP_LABELS.items()]
    elif stage == "activity":
        choices = [button(label, key) for key, label in texts.ACTIVITY_LABELS.items()]
        choices.append(button("Not today", "none"))
    else:  # note
        return InlineKeyboardMarkup([[button("Done ✅", "-")]])
    rows = _rows(choices, 3 if stage != "side_effects" else 2)
    rows.append([button("Skip", "-")])
    return InlineKeyboardMarkup(rows)
