"""The check-back message the day after thoughts of suicide (bot.domain.checkback): one
short, warm question with one tap per answer. No advice."""

from __future__ import annotations

import datetime as dt

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.checkback import CheckBackAnswer
from bot.services import checkback as checkback_service
from bot.storage.models import DueWork, User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import Services
from bot.telegram.payloads import CheckBackTap

#: The button words, in the order shown.
ANSWER_WORDS: dict[CheckBackAnswer, str] = {
    CheckBackAnswer.BETTER: texts.CHECKBACK_BETTER,
    CheckBackAnswer.SAME: texts.CHECKBACK_SAME,
    CheckBackAnswer.HELP: texts.CHECKBACK_HELP,
}


def checkback_markup(codec: CallbackCodec, uid: int, work_id: int) -> InlineKeyboardMarkup:
    """`A bit better` · `About the same` on one row, `I need help now` alone below."""
    button = {
        a: InlineKeyboardButton(w, callback_data=codec.pack(uid, CheckBackTap(work_id, a)))
        for a, w in ANSWER_WORDS.items()
    }
    return InlineKeyboardMarkup(
        [
            [button[CheckBackAnswer.BETTER], button[CheckBackAnswer.SAME]],
            [button[CheckBackAnswer.HELP]],
        ]
    )


def answered_text(answer: CheckBackAnswer) -> str:
    """The check-back as sent, with the answer under it (its buttons gone)."""
    return (
        f"{texts.CHECKBACK_ASK}\n\n{texts.CHECKBACK_ANSWERED.format(answer=ANSWER_WORDS[answer])}"
    )


async def send_checkback(d: Services, user: User, work: DueWork, now: dt.datetime) -> int | None:
    """Send the check-back `work` is; None (nothing sent, the work cancelled) when the
    alarm it follows no longer stands: the person said since that they are safe."""
    async with d.sessions() as s:
        if not await checkback_service.wanted(s, user.id, work, now):
            return None
    markup = checkback_markup(d.codec, user.id, work.id)
    return await d.sender.send(user.chat_id, texts.CHECKBACK_ASK, markup)
