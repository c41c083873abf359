"""/summary, /report, /export and /delete."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.voice import Voice
from bot.services import caregiving, summaries
from bot.storage import records
from bot.storage import repositories as repo
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers.caregiver import tell_patients_left
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import DeleteTap
from bot.telegram.summary_views import send_summary
from bot.telegram.unit import unit


async def summary_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/summary: the last 7 days now, text + chart."""
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
    await send_summary(d, user, d.clock.now())


def report_days(args: list[str]) -> int | None:
    """`/report`, `/report 90`, `/report 90 days`; None when it is not a sensible number."""
    if not args:
        return 30
    first = args[0].lower().removesuffix("d")
    if not first.isdigit():
        return None
    days = int(first)
    return days if 1 <= days <= summaries.REPORT_DAYS_MAX else None


async def report_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report [days]: the clinician PDF."""
    d = deps(context)
    assert update.message
    days = report_days(list(context.args or []))
    if days is None:
        await update.message.reply_text(texts.REPORT_BAD_DAYS)
        return
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        pdf = await summaries.clinician_pdf(s, user, now, days)
        v = Voice(await records.carer_writes(s, user.id))
    # (the person's own date, as the report's "Generated" line says it — not UTC's)
    day = now.astimezone(ZoneInfo(user.timezone)).date().isoformat()
    caption = v.says(texts.REPORT_CAPTION, texts.REPORT_CAPTION_CARER).format(days=days)
    if not user.report_name:
        caption += texts.REPORT_NAME_HINT
    await update.message.reply_document(
        document=pdf, filename=f"backtrack-report-{day}.pdf", caption=caption
    )


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export: every record as CSV files in one zip."""
    d = deps(context)
    assert update.message
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        data = await summaries.csv_zip(s, user, now)
        v = Voice(await records.carer_writes(s, user.id))
    await update.message.reply_document(
        document=data,
        filename=f"backtrack-export-{now.astimezone(ZoneInfo(user.timezone)).date()}.zip",
        caption=v.says(texts.EXPORT_CAPTION, texts.EXPORT_CAPTION_CARER),
    )


async def delete_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/delete: ask for confirmation first."""
    d = deps(context)
    assert update.message and update.effective_user
    uid = update.effective_user.id
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "Delete everything", callback_data=d.codec.pack(uid, DeleteTap(True))
                )
            ],
            [
                InlineKeyboardButton(
                    "Keep my data", callback_data=d.codec.pack(uid, DeleteTap(False))
                )
            ],
        ]
    )
    await update.message.reply_text(texts.DELETE_CONFIRM, reply_markup=markup)


async def delete_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: DeleteTap) -> None:
    """The confirmation tap."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    if not tap.confirmed:
        await q.answer()
        await d.sender.edit(q.message.chat.id, q.message.message_id, texts.DELETE_KEPT, None)
        return
    async with unit(context).begin() as s:
        ended = await caregiving.forget(s, update.effective_user.id)
        await repo.delete_user_everywhere(s, update.effective_user.id)
    await q.answer()
    await d.sender.edit(q.message.chat.id, q.message.message_id, texts.DELETED, None)
    await tell_patients_left(context, ended)
