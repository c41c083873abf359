"""The "is it helping?" message some weeks after a medication change (PRODUCT.md §6a):
the person's own figures before the change and since, and `Helping` / `Not sure` /
`Not helping`. Facts and their answer only; nothing here advises anything."""

from __future__ import annotations

import datetime as dt

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.course import day_label
from bot.domain.trials import Change, Side, TrialFigures, TrialRecord, Verdict
from bot.services.trial_review import review_view
from bot.storage.models import DueWork, User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import Services
from bot.telegram.payloads import TrialTap

#: The button words, in the order shown (an interface: tests and people rely on them).
VERDICT_WORDS: dict[Verdict, str] = {
    Verdict.HELPING: texts.TRIAL_HELPING,
    Verdict.NOT_SURE: texts.TRIAL_NOT_SURE,
    Verdict.NOT_HELPING: texts.TRIAL_NOT_HELPING,
}
_ASK = {
    Change.START: texts.TRIAL_ASK_START,
    Change.DOSE: texts.TRIAL_ASK_DOSE,
    Change.STOP: texts.TRIAL_ASK_STOP,
}
_HEAD = {
    Change.START: texts.TRIAL_HEAD_START,
    Change.DOSE: texts.TRIAL_HEAD_DOSE,
    Change.STOP: texts.TRIAL_HEAD_STOP,
}
#: Where the message as sent ends and the answer below it begins.
_ANSWER_MARK = "\n\n" + texts.TRIAL_ANSWERED.split("{", 1)[0]


def _num(value: float) -> str:
    return f"{value:.1f}"


def _pain_line(f: TrialFigures) -> str:
    """Average pain each side, or plainly which side has no scores."""
    before, since = f.before.pain_mean, f.since.pain_mean
    if before is not None and since is not None:
        return texts.TRIAL_PAIN.format(before=_num(before), since=_num(since))
    if since is not None:
        return texts.TRIAL_PAIN_NO_BEFORE.format(since=_num(since))
    if before is not None:
        return texts.TRIAL_PAIN_NO_SINCE.format(before=_num(before))
    return texts.TRIAL_PAIN_NONE


def _peg(side: Side) -> str:
    return texts.TRIAL_PEG_MISSING if side.peg_mean is None else _num(side.peg_mean)


def review_text(trial: TrialRecord, weeks: int, figures: TrialFigures) -> str:
    """The review message: what changed and when, the figures, the question."""
    span = texts.TRIAL_WEEK if weeks == 1 else texts.TRIAL_WEEKS.format(n=weeks)
    head = _HEAD[trial.change].format(
        weeks=span,
        before=trial.before or trial.name,
        after=trial.after or trial.name,
        day=day_label(trial.local_date),
    )
    lines = [head, _pain_line(figures)]
    if figures.before.peg_reports or figures.since.peg_reports:
        lines.append(texts.TRIAL_PEG.format(before=_peg(figures.before), since=_peg(figures.since)))
    lines.append(
        texts.TRIAL_SIDE_EFFECTS.format(
            before=figures.before.side_effect_days, since=figures.since.side_effect_days
        )
    )
    lines += ["", _ASK[trial.change], texts.TRIAL_KEPT_FOR_REPORT]
    return "\n".join(lines)


def verdict_markup(
    codec: CallbackCodec, uid: int, review_id: int, *, skip: bool = False
) -> InlineKeyboardMarkup:
    """`Helping` · `Not sure` · `Not helping` (tapping again changes the answer), and
    `Skip` under them while a note is offered."""
    rows = [
        [
            InlineKeyboardButton(word, callback_data=codec.pack(uid, TrialTap(review_id, verdict)))
            for verdict, word in VERDICT_WORDS.items()
        ]
    ]
    if skip:
        skip_data = codec.pack(uid, TrialTap(review_id, None))
        rows.append([InlineKeyboardButton(texts.TRIAL_SKIP_NOTE, callback_data=skip_data)])
    return InlineKeyboardMarkup(rows)


def answered_text(sent: str | None, verdict: Verdict, *, offer_note: bool) -> str:
    """The review as sent, with the person's answer under it (and the note offer)."""
    head = (sent or "").split(_ANSWER_MARK, 1)[0]
    answer = texts.TRIAL_ANSWERED.format(verdict=VERDICT_WORDS[verdict])
    if offer_note:
        answer += "\n" + texts.TRIAL_NOTE_OFFER
    return f"{head}\n\n{answer}" if head else answer


async def send_trial_review(d: Services, user: User, work: DueWork, now: dt.datetime) -> int | None:
    """Send the review `work` refers to; its message id, or None when the review is gone
    or already answered (the dispatcher then records the work as cancelled)."""
    async with d.sessions() as s:
        view = await review_view(s, user, work.ref_id, now)
    if view is None:
        return None  # the trial was erased, or this review already answered
    text = review_text(view.trial, view.weeks, view.figures)
    return await d.sender.send(user.chat_id, text, verdict_markup(d.codec, user.id, view.review_id))
