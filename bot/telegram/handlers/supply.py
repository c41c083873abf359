"""/refill, the supply line after /add … supply N, `Refilled` / `Not yet` after `Ran out`,
and the refill notices that follow the doses taken (checked once per update, after
every handler, only for people who count a supply)."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import Question
from bot.domain.course import day_label
from bot.domain.patches import worn_for
from bot.domain.regimen import display_name
from bot.domain.stock_out import Told
from bot.domain.supply import SupplyNotice, describe_stock
from bot.knowledge import resolve_name
from bot.services import supply as svc
from bot.storage import repositories as repo
from bot.storage import stock_outs
from bot.storage.models import Medication, User
from bot.storage.records import new_batch
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import EditAction, EditTap, SupplyTap
from bot.telegram.unit import unit

# "/refill gabapentin 90", "/refill 90 gabapentin", "/refill co-codamol 30/500 100".
_COUNT_LAST = re.compile(
    r"^(?P<name>.+?)\s+(?P<n>\d{1,5})(?:\s*(?:tablets?|pills?|caps?\w*|patch\w*|units?))?$"
)
_COUNT_FIRST = re.compile(
    r"^(?P<n>\d{1,5})\s*(?:tablets?|pills?|caps?\w*|patch\w*|units?)?\s+(?:of\s+)?(?P<name>.+)$"
)


def _read(text: str) -> tuple[str, int] | None:
    """(medicine words, count) from what follows /refill; None when either is missing."""
    said = " ".join(text.split()).lower()
    m = _COUNT_LAST.match(said) or _COUNT_FIRST.match(said)
    if m is None or not 0 < int(m["n"]) <= 10000:
        return None
    return m["name"], int(m["n"])


def find_medicine(meds: list[Medication], words: str) -> Medication | None:
    """The running medicine `words` names (as typed, by brand, or misspelt)."""
    match = resolve_name(words)
    generic = match.generic if match else None
    for med in meds:
        if words == med.name.lower() or (generic is not None and generic == med.said_generic):
            return med
    return None


def counted_text(name: str, counted: svc.Counted) -> str:
    """`📦 Celecoxib: 60 on hand — about 30 days, until …`, with the refill hint when it
    is already low (`name` as the person calls the medicine)."""
    shown = display_name(name)
    text = texts.SUPPLY_COUNTED.format(name=shown, stock=describe_stock(counted.stock))
    if counted.notice is not None:
        text += "\n" + texts.SUPPLY_REFILL_HINT.format(key=name.lower())
    if counted.back:
        text += "\n" + texts.SUPPLY_BACK.format(name=shown)
    return text


async def count_on_add(
    s: AsyncSession, user: User, med: Medication, on_hand: float, now_meds: list[Medication]
) -> str:
    """The supply said on /add, counted now; the line that says so."""
    counted = await svc.count_supply(s, user, med, on_hand, now_meds, med.started_at)
    return counted_text(med.name, counted)


async def refill_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/refill <medicine> <count>: the units on hand now."""
    assert update.message and update.message.text
    rest = update.message.text.partition(" ")[2]
    said = _read(rest)
    if said is None:
        # "Send the medicine and how many": the next message may be just that
        async with unit(context).begin() as s:
            user = await load_user(update, context, s)
            repo.ask_question(user, Question.REFILL, deps(context).clock.now())
        await update.message.reply_text(texts.REFILL_HELP)
        return
    await _count(update, context, said)


def reads_as_refill(text: str) -> bool:
    """Whether `text` is a medicine and a count ("gabapentin 90"), as /refill wants."""
    return _read(text) is not None


async def refill_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    """The answer to /refill's "send the medicine and how many" ("no": nothing counted)."""
    assert update.message
    said = _read(text)
    async with unit(context).begin() as s:
        fresh = await load_user(update, context, s)
        repo.ask_question(fresh, None, deps(context).clock.now())
    if said is None:
        await update.message.reply_text(texts.REFILL_NONE)
        return
    await _count(update, context, said)


async def _count(update: Update, context: ContextTypes.DEFAULT_TYPE, said: tuple[str, int]) -> None:
    """Count the medicine named in `said` as that many on hand now, and say so."""
    assert update.message
    words, count = said
    now = deps(context).clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        meds = await repo.active_medications(s, user.id)
        med = find_medicine(meds, words)
        if med is None:
            reply = texts.REFILL_UNKNOWN.format(name=words)
        else:
            counted = await svc.count_supply(s, user, med, count, meds, now)
            reply = counted_text(med.name, counted)
    await update.message.reply_text(reply)


async def record_count(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    med_id: int,
    count: int,
    *,
    ends_edit: bool = True,
) -> None:
    """The units of medicine `med_id` on hand now (✏️ Edit → Supply, or the offer after
    /add), said back; an edit that asked for it is over."""
    assert update.effective_chat
    now = deps(context).clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        if ends_edit:
            repo.ask_question(user, None, now)
            user.draft = None
        med = await repo.get_medication(s, user.id, med_id)
        if med is None or med.ended_at is not None:
            reply = texts.MED_GONE
        else:
            meds = await repo.active_medications(s, user.id)
            reply = counted_text(med.name, await svc.count_supply(s, user, med, count, meds, now))
    await context.bot.send_message(update.effective_chat.id, reply)


async def after_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Refill notices due after whatever this update recorded (once per count)."""
    work = unit(context)
    user = work.user
    chat = update.effective_chat
    if user is None or not user.supply_tracked or chat is None:
        return  # nobody loaded (nothing recorded), or nothing counted
    now = deps(context).clock.now()
    async with work.begin() as s:
        user = await load_user(update, context, s)
        meds = await repo.active_medications(s, user.id)
        due = await svc.supply_notices(s, user, meds, now)
        names = {svc.medicine_key(m): m.name for m in meds}
    for counted in due:
        name = names.get(counted.key, counted.key)
        template = (
            texts.SUPPLY_LAST_DAY if counted.notice is SupplyNotice.LAST_DAY else texts.SUPPLY_SOON
        )
        stock = describe_stock(counted.stock)
        text = template.format(name=display_name(name), stock=stock, key=name.lower())
        await context.bot.send_message(chat.id, text)


#: Counts on hand offered as buttons (any other is typed, or sent with /refill).
COUNT_CHOICES = (30, 60, 90)
#: A week's patch comes four to a carton: every buprenorphine 7-day patch listed by the
#: FDA reads "4 POUCH in 1 CARTON / 1 PATCH in 1 POUCH / 168 h in 1 PATCH" (openFDA NDC
#: listings 59011-750 Butrans, 58064-408, 0093-3656, 42858-353); 30 of them is 7 months.
PATCH_COUNT_CHOICES = (4, 8, 12)


def count_choices(generic: str | None, name: str) -> tuple[int, ...]:
    """The counts on hand to offer for this medicine."""
    return PATCH_COUNT_CHOICES if worn_for(generic, name) is not None else COUNT_CHOICES


def count_example(choices: tuple[int, ...]) -> int:
    """A count to type that no button offers, between the first two ("45", "6")."""
    return (choices[0] + choices[1]) // 2


def count_markup(
    codec: CallbackCodec,
    uid: int,
    med_id: int,
    action: EditAction,
    choices: tuple[int, ...] = COUNT_CHOICES,
) -> InlineKeyboardMarkup:
    """`30 · 60 · 90` on hand (or other `choices`), for ✏️ Edit → Supply or the offer
    after /add (`action`)."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    str(n), callback_data=codec.pack(uid, EditTap(action, med_id, count=n))
                )
                for n in choices
            ]
        ]
    )


def ran_out_markup(codec: CallbackCodec, uid: int, med_id: int) -> InlineKeyboardMarkup:
    """`Refilled` / `Not yet`."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "📦 Refilled", callback_data=codec.pack(uid, SupplyTap(med_id, True))
                ),
                InlineKeyboardButton(
                    "Not yet", callback_data=codec.pack(uid, SupplyTap(med_id, False))
                ),
            ]
        ]
    )


def ran_out_reply(
    codec: CallbackCodec,
    uid: int,
    med: Medication,
    zone: ZoneInfo,
    out_since: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """What "out of naproxen" gets: its doses count as ran out meanwhile, and has more
    come (`Refilled` / `Not yet`); "still out" when it was said before (`out_since`,
    earlier than `now`); when the person already said not yet, that it is noted (asking
    again looped: Sandbox, supply week)."""
    name = display_name(med.name)
    prn = med.as_needed  # (no doses to count, no reminders to stop: said so)
    if med.out_since is not None:
        since = day_label(med.out_since.astimezone(zone).date())
        said = texts.RAN_OUT_NOTED_AS_NEEDED if prn else texts.RAN_OUT_NOTED
        return said.format(name=name, day=since, key=med.name.lower()), None
    markup = ran_out_markup(codec, uid, med.id)
    if prn:
        # Refilled alone: "Not yet" would stop reminders it never had
        markup = InlineKeyboardMarkup([markup.inline_keyboard[0][:1]])
    if out_since is not None and now is not None and out_since < now - SAID_JUST_NOW:
        since = day_label(out_since.astimezone(zone).date())
        said = texts.RAN_OUT_STILL_AS_NEEDED if prn else texts.RAN_OUT_STILL
        return said.format(name=name, day=since, key=med.name.lower()), markup
    said = texts.RAN_OUT_ASK_AS_NEEDED if prn else texts.RAN_OUT_ASK
    return said.format(name=name), markup


#: A "ran out" this recent is the one being answered, not one said before.
SAID_JUST_NOW = dt.timedelta(minutes=1)


async def ran_out_said(
    s: AsyncSession,
    codec: CallbackCodec,
    user: User,
    med: Medication,
    now: dt.datetime,
    batch: str,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """ "Ran out of flexeril", "couldn't get my gabapentin anywhere": kept as a stock-out
    (from now, or going on since it was first said) and answered (ran_out_reply). A dose
    skipped for it in the same message is already the stock-out's start."""
    key = svc.medicine_key(med)
    since = await stock_outs.out_of(s, user.id, key, now)
    if since is None and med.out_since is None:
        await stock_outs.record_told(s, user.id, key, Told.OUT, now, batch)
    return ran_out_reply(codec, user.id, med, ZoneInfo(user.timezone), since, now)


async def has_it_again(
    s: AsyncSession, user: User, med: Medication, now: dt.datetime, batch: str
) -> None:
    """More of `med` came, no count said ("Refilled", "picked up my gabapentin"): a
    stock-out said before ends here (bot.domain.stock_out)."""
    key = svc.medicine_key(med)
    if await stock_outs.out_of(s, user.id, key, now) is not None:
        await stock_outs.record_told(s, user.id, key, Told.HAS_IT, now, batch)


async def ask_after_ran_out(
    update: Update, context: ContextTypes.DEFAULT_TYPE, med: Medication
) -> None:
    """After a dose skipped with `Ran out`: its doses count so till more comes; has it?"""
    assert update.effective_chat and update.effective_user
    now = deps(context).clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        zone = ZoneInfo(user.timezone)
        since = await stock_outs.out_of(s, user.id, svc.medicine_key(med), now)
    uid = update.effective_user.id
    text, markup = ran_out_reply(deps(context).codec, uid, med, zone, since, now)
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def supply_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: SupplyTap) -> None:
    """Refilled: reminders again (and the count asked for). Not yet: doses set down as
    skipped (ran out) until a refill."""
    q = update.callback_query
    assert q and q.message
    now = deps(context).clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        med = await repo.get_medication(s, user.id, tap.med)
        if med is None or med.ended_at is not None:
            await q.answer(texts.MED_GONE)
            return
        if tap.refilled:
            await svc.mark_back(s, user, med, now)
            await has_it_again(s, user, med, now, new_batch())
        else:
            await svc.mark_out(s, user, med, now)
        name, key, prn = display_name(med.name), med.name.lower(), med.as_needed
    await q.answer()
    if prn:
        said = texts.RAN_OUT_REFILLED_AS_NEEDED if tap.refilled else texts.RAN_OUT_NOT_YET_AS_NEEDED
    else:
        said = texts.RAN_OUT_REFILLED if tap.refilled else texts.RAN_OUT_NOT_YET
    await q.edit_message_text(said.format(name=name, key=key))
    ticker = deps(context).ticker
    if ticker:
        ticker.wake()


async def offer_refill(
    update: Update, context: ContextTypes.DEFAULT_TYPE, med: Medication, came: int
) -> None:
    """ "Got a new box of 30 today": what is on hand with it, counted in by one tap (the
    count on hand changes only by that tap, as with /refill)."""
    d = deps(context)
    assert update.effective_message and update.effective_user
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        meds = await repo.active_medications(s, user.id)
        stock = (await svc.stocks(s, user, meds, d.clock.now())).get(svc.medicine_key(med))
        await has_it_again(s, user, med, d.clock.now(), new_batch())
    name = display_name(med.name)
    left = max(0, int(stock.left)) if stock is not None else 0
    total = left + came
    said = texts.OFFER_REFILL_ADDED if left else texts.OFFER_REFILL
    tap = EditTap(EditAction.OFFERED_COUNT, med.id, count=total)
    button = InlineKeyboardButton(
        f"📦 {total} on hand · {name}", callback_data=d.codec.pack(update.effective_user.id, tap)
    )
    await update.effective_message.reply_text(
        said.format(name=name, came=came, left=left, total=total),
        reply_markup=InlineKeyboardMarkup([[button]]),
    )


#: At most this many medicines offered for a refill that names none (one row each).
_MOST_OFFERED = 8


async def offer_refill_which(
    update: Update, context: ContextTypes.DEFAULT_TYPE, meds: list[Medication], came: int
) -> None:
    """ "Pharmacy only gave me 20": more has come of a medicine the words do not name, so
    each listed medicine is offered with what it would have on hand then (the counted ones
    first), and one tap counts it in. Was "Sorry, I didn't catch that" (Sandbox, Ohio)."""
    d = deps(context)
    assert update.effective_message and update.effective_user
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        stocks = await svc.stocks(s, user, meds, d.clock.now())
    seen: set[str] = set()
    rows: list[list[InlineKeyboardButton]] = []
    for med in sorted(meds, key=lambda m: svc.medicine_key(m) not in stocks):
        key = svc.medicine_key(med)
        if key in seen or len(rows) >= _MOST_OFFERED:
            continue
        seen.add(key)
        stock = stocks.get(key)
        total = (max(0, int(stock.left)) if stock is not None else 0) + came
        tap = EditTap(EditAction.OFFERED_COUNT, med.id, count=total)
        label = f"📦 {total} on hand · {display_name(med.name)}"
        rows.append(
            [InlineKeyboardButton(label, callback_data=d.codec.pack(update.effective_user.id, tap))]
        )
    if rows:
        await update.effective_message.reply_text(
            texts.OFFER_REFILL_WHICH.format(came=came), reply_markup=InlineKeyboardMarkup(rows)
        )


async def offer_count(
    update: Update, context: ContextTypes.DEFAULT_TYPE, med: Medication, short: bool
) -> None:
    """ "They only gave me half the oxy", "picked up my naproxen": more came, how many not
    said, so what may have come is offered with what was left, one tap to count it in (or
    /refill with the number). The choices are the person's own: their past fills, their
    daily use × a usual supply (they were 7…60 for everyone, 7 of 2-a-day naproxen as
    likely as 60). Was "I haven't logged a dose from that", the fill lost, and a pickup
    with a dose kept no word of the pickup (Sandbox, supply week)."""
    d = deps(context)
    assert update.effective_message and update.effective_user
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        meds = await repo.active_medications(s, user.id)
        stock = (await svc.stocks(s, user, meds, now)).get(svc.medicine_key(med))
        choices = await svc.pickup_choices(s, user, med, meds, now, short=short)
        await has_it_again(s, user, med, now, new_batch())
    left = max(0, int(stock.left)) if stock is not None else 0
    uid = update.effective_user.id
    buttons = [
        InlineKeyboardButton(
            f"+{n} → {left + n}" if left else str(n),
            callback_data=d.codec.pack(
                uid, EditTap(EditAction.OFFERED_COUNT, med.id, count=left + n)
            ),
        )
        for n in choices
    ]
    name, key = display_name(med.name), med.name.lower()
    if not buttons:
        said = texts.CAME_TYPE_IT
    elif short:
        said = texts.CAME_SHORT_ASK if left else texts.CAME_SHORT_ASK_NONE
    else:
        said = texts.CAME_ASK if left else texts.CAME_ASK_NONE
    rows = [buttons[:2], buttons[2:]] if len(buttons) > 3 else [buttons]
    await update.effective_message.reply_text(
        said.format(name=name, left=left, key=key),
        reply_markup=InlineKeyboardMarkup([r for r in rows if r]) if buttons else None,
    )
