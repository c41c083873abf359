"""The daily check-in as a small state machine kept in its due-work row."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.checkin import (
    MAY_BE_SAID,
    PAIN,
    PLACE,
    already_said,
    day_over,
    flags_of_effect,
    next_stage,
    peg_score,
)
from bot.domain.episodes import standing_alarm
from bot.domain.leg_symptoms import SIDED_LEGS
from bot.domain.states import WorkStatus
from bot.knowledge import side_effects_for
from bot.parsing.intents import QUALITIES
from bot.services import routines as routine_service
from bot.storage import due_work
from bot.storage import repositories as repo
from bot.storage.models import DueWork, Record, User
from bot.storage.records import add_record, told_between

ANSWER_WINDOW = dt.timedelta(hours=3)
#: The onboarding baseline is a check-in row with this ref_id (the day's own check-in has
#: 0): its own slot, so the day's ordinary check-in still comes, and no schema change.
BASELINE_REF = 1
PAIN_NOW_REF = 2


def batch_of(work: DueWork) -> str:
    """Records of one check-in share a batch."""
    return f"ci{work.id}"


async def open_today(session: AsyncSession, user: User, now: dt.datetime) -> DueWork:
    """/checkin: today's check-in row, asked now (a later scheduled one is then not sent)."""
    day = now.astimezone(ZoneInfo(user.timezone)).date()
    work = await due_work.checkin_for_day(session, user.id, day)
    if work is None:
        work = DueWork(
            user_id=user.id,
            kind="checkin",
            local_date=day,
            due_at=now,
            weekly=day.weekday() == user.summary_weekday,
        )
        session.add(work)
    _asked_now(work, now)
    await session.flush()
    await due_work.schedule_checkin(session, user, now + dt.timedelta(hours=12))
    return work


def _asked_now(work: DueWork, now: dt.datetime) -> None:
    """A check-in asked on demand: its pain question now, no nudge, expiring as usual."""
    work.status = WorkStatus.SENT
    work.stage = "pain"
    work.asked_at = now
    work.next_action = "expire"
    work.next_at = now + ANSWER_WINDOW
    work.claimed_until = None
    work.followup_sent = True


async def open_pain_now(session: AsyncSession, user: User, now: dt.datetime) -> DueWork:
    """A pain said without a score: its own short row, asked now (score, where, down a
    leg), so the day's check-in still comes at its time — a bad morning used it up and the
    evening's pain, side effects and sleep went unasked (Sandbox, Houston). A second one
    the same day is the day's check-in asked now, as /checkin does."""
    day = now.astimezone(ZoneInfo(user.timezone)).date()
    taken = await session.scalar(
        select(DueWork.id).where(
            DueWork.user_id == user.id,
            DueWork.kind == "checkin",
            DueWork.local_date == day,
            DueWork.ref_id == PAIN_NOW_REF,
        )
    )
    if taken is not None:
        return await open_today(session, user, now)
    work = DueWork(user_id=user.id, kind="checkin", local_date=day, due_at=now, ref_id=PAIN_NOW_REF)
    session.add(work)
    _asked_now(work, now)
    await session.flush()
    return work


#: How long before a pain's score was asked where it hurts counts as told with it.
PLACE_TOLD_WITH = dt.timedelta(minutes=1)


def is_pain_now(work: DueWork) -> bool:
    """Whether this check-in is a pain said without a score, asked at once."""
    return work.ref_id == PAIN_NOW_REF


def is_baseline(work: DueWork) -> bool:
    """Whether this check-in is the onboarding baseline (the PEG items only)."""
    return work.ref_id == BASELINE_REF


async def open_baseline(session: AsyncSession, user: User, now: dt.datetime) -> DueWork | None:
    """Onboarding: the PEG asked once now, the baseline every later week is compared with;
    None when the person already has a PEG (a second /start asks nothing)."""
    has_peg = await session.scalar(
        select(Record.id).where(Record.user_id == user.id, Record.kind == "peg").limit(1)
    )
    if has_peg is not None:
        return None
    day = now.astimezone(ZoneInfo(user.timezone)).date()
    work = await session.scalar(
        select(DueWork).where(
            DueWork.user_id == user.id,
            DueWork.kind == "checkin",
            DueWork.local_date == day,
            DueWork.ref_id == BASELINE_REF,
        )
    )
    if work is None:
        work = DueWork(
            user_id=user.id, kind="checkin", local_date=day, ref_id=BASELINE_REF, due_at=now
        )
        session.add(work)
    work.weekly = True
    work.answered_at = None
    _asked_now(work, now)
    await session.flush()
    return work


async def side_effect_choices(session: AsyncSession, user_id: int) -> list[str]:
    """Side effects worth asking about, from the classes of the current regimen."""
    meds = await repo.active_medications(session, user_id)
    return side_effects_for([m.generic for m in meds if m.generic]) or [
        "drowsiness",
        "dizziness",
        "nausea",
        "constipation",
        "headache",
    ]


async def _pain_record(session: AsyncSession, work: DueWork) -> Record | None:
    return await _record_of(session, work, "pain")


async def _record_of(session: AsyncSession, work: DueWork, kind: str) -> Record | None:
    # The first of its kind: the check-in's own (a score typed later is a record too).
    return await session.scalar(
        select(Record)
        .where(Record.batch == batch_of(work), Record.kind == kind)
        .order_by(Record.id)
        .limit(1)
    )


async def _add(
    session: AsyncSession,
    user: User,
    work: DueWork,
    now: dt.datetime,
    kind: str,
    data: dict[str, object],
    score: float | None = None,
    batch: str | None = None,
) -> None:
    """One record of this check-in (they share its batch, unless another is given)."""
    await add_record(
        session,
        user_id=user.id,
        kind=kind,
        at=now,
        now=now,
        batch=batch or batch_of(work),
        data={"kind": kind, **data},
        source="checkin",
        score=score,
    )


async def chosen_side_effects(session: AsyncSession, work: DueWork) -> list[str]:
    """The side effects ticked so far in this check-in."""
    rec = await _record_of(session, work, "side_effect")
    return list(json.loads(rec.data).get("effects") or []) if rec is not None else []


async def _toggle_side_effect(
    session: AsyncSession, user: User, work: DueWork, effect: str, now: dt.datetime
) -> None:
    """Tick or untick one side effect; the check-in keeps one record of all ticked."""
    rec = await _record_of(session, work, "side_effect")
    effects = list(json.loads(rec.data).get("effects") or []) if rec is not None else []
    effects = [e for e in effects if e != effect] if effect in effects else [*effects, effect]
    if rec is None:
        await _add(session, user, work, now, "side_effect", {"effects": effects})
    elif effects:
        rec.data = json.dumps({"kind": "side_effect", "effects": effects})
    else:
        await session.delete(rec)


async def update_pain(
    session: AsyncSession,
    work: DueWork,
    *,
    locations: list[str] | None = None,
    radiating: bool | None = None,
    qualities: list[str] | None = None,
) -> None:
    """Add places, whether it runs down a leg and what it feels like to the check-in's
    pain rating."""
    rec = await _pain_record(session, work)
    if rec is None:
        return
    data = json.loads(rec.data)
    if locations:
        places = set(data.get("locations") or []) | set(locations)
        if places.intersection(SIDED_LEGS):
            places.discard("leg")  # "Yes" to "down a leg?" after "Left leg" was tapped
        data["locations"] = sorted(places)
    if radiating is not None:
        data["radiating"] = radiating
    if qualities:
        said = set(data.get("qualities") or []) | set(qualities)
        data["qualities"] = [q for q in QUALITIES if q in said]
    rec.data = json.dumps(data)


async def answer(
    session: AsyncSession, user: User, work: DueWork, stage: str, value: str, now: dt.datetime
) -> str | None:
    """Record the answer to `stage` and move on; returns the next stage (None = done, or
    `stage` itself while side effects are being ticked)."""

    async def rec(kind: str, data: dict[str, object], score: float | None = None) -> None:
        await _add(session, user, work, now, kind, data, score)

    skip = value == "-"
    if stage == "pain" and not skip:
        await rec("pain", _rating(float(value)), float(value))
    elif stage == "enjoyment" and not skip:
        await rec("peg_item", {"item": "enjoyment", "score": float(value)}, float(value))
    elif stage == "general" and not skip:
        await rec("peg_item", {"item": "general", "score": float(value)}, float(value))
        await _store_peg(session, work, user, now)
    elif stage == "location" and not skip:
        await update_pain(session, work, locations=value.split(","))
    elif stage == "radiating" and not skip:
        # "Does it run down a leg?" Yes names the leg, whichever side
        legs = ["leg"] if value == "y" else None
        await update_pain(session, work, locations=legs, radiating=value == "y")
    elif stage == "side_effects" and value not in ("-", "none", "done"):
        # Several can be ticked; the question stays until Done (or None / Skip).
        await _toggle_side_effect(session, user, work, value, now)
        return stage
    elif stage == "sleep" and not skip:
        await rec("sleep", {"quality": value, "hours": None})
    elif stage == "activity" and not skip and value != "none":
        await rec("activity", {"kinds": [value], "minutes": None})
        # 🚶 Walk tapped here is also today's walk routine done (if there is one).
        await routine_service.mark_done_from_activity(session, user.id, value, now)
    nxt = await _after(session, work, stage, skip)
    work.stage = nxt
    work.status = WorkStatus.SENT  # a score tapped before the send's bookkeeping was "pending"
    work.asked_at = now
    if nxt is None:
        work.status = "answered"
        work.answered_at = now
        work.next_at = None
        work.next_action = None
    elif stage == "pain":
        work.answered_at = now
        work.next_action = "expire"
        work.next_at = now + ANSWER_WINDOW
    return nxt


def overnight(work: DueWork, now: dt.datetime, zone: ZoneInfo) -> bool:
    """Whether this check-in was asked on a local day that has ended by `now` (the
    onboarding baseline, a one-off, has no day of its own)."""
    return not is_baseline(work) and day_over(work.local_date, now, zone)


def answers_late(
    work: DueWork, stage: str | None, value: str, now: dt.datetime, zone: ZoneInfo
) -> bool:
    """A score tapped on a pain question that closed unanswered — or that is still open
    but was asked on a day now over (an evening's message tapped the next morning): the
    question asked for the pain "right now", so it is a rating of now, on the day of the
    tap, kept apart from that check-in, which stays unanswered (or held: an alarm was
    told after it was asked)."""
    if stage != PAIN or value == "-" or work.stage != PAIN:
        return False
    if work.status in (WorkStatus.EXPIRED, WorkStatus.HELD):
        return True
    return work.status == WorkStatus.SENT and overnight(work, now, zone)


async def asking(session: AsyncSession, user: User, now: dt.datetime) -> DueWork | None:
    """The check-in being answered at `now`, if any — not one whose pain question was
    asked on a day now over: a score typed the next morning is that morning's pain, a
    report of its own, and the old check-in stays unanswered."""
    work = await due_work.active_checkin(session, user.id)
    if work is not None and work.stage == PAIN and overnight(work, now, ZoneInfo(user.timezone)):
        return None
    return work


async def alarmed_since_asked(
    session: AsyncSession, user_id: int, work: DueWork, now: dt.datetime
) -> bool:
    """Whether a red flag's alarm was told after check-in `work` was asked, and still
    stands: its reply was the day's last word. An answer that fits the question is still
    taken (the person chose to go on), but words that do not are not met with the
    question again (Sandbox, Toronto: "about the same" half an hour after the crisis
    reply got "Sorry, I didn't quite catch that. How is your pain right now?"); the
    scheduler neither nudges nor counts it missed (bot.domain.due_steps.ALARM_HUSH)."""
    if work.asked_at is None:
        return False
    told = await told_between(session, user_id, work.asked_at, now + dt.timedelta(seconds=1))
    return standing_alarm(told) is not None


async def record_late_pain(
    session: AsyncSession, user: User, work: DueWork, score: float, now: dt.datetime
) -> None:
    """Keep a late-tapped score as a pain rating at the moment of the tap; a check-in of
    a day now over, still open, is closed unanswered (missed), as the scheduler would."""
    work.stage = None  # answered now: a second tap on the same question is no new rating
    if work.status == WorkStatus.SENT:
        work.status = WorkStatus.EXPIRED
        work.next_at = None
        work.next_action = None
    await _add(session, user, work, now, "pain", _rating(score), score, f"late-{batch_of(work)}")


def _rating(score: float) -> dict[str, object]:
    """A tapped pain score as a record holds it (where and how are asked next)."""
    return {"score": score, "locations": [], "radiating": None, "qualities": []}


async def alarm_of_tap(
    session: AsyncSession, user: User, work: DueWork, effect: str, label: str, now: dt.datetime
) -> tuple[str, ...]:
    """A side effect that is a red flag, ticked: the flag kept beside it (in the tapped
    label's words) and the check-in ended there, as after an alarm typed; the flags, or
    () when the tap was no such effect or untick."""
    flags = flags_of_effect(effect)
    if not flags or effect not in await chosen_side_effects(session, work):
        return ()
    data = {"flags": list(flags), "handled": False}
    await add_record(
        session,
        user_id=user.id,
        kind="red_flag",
        at=now,
        now=now,
        batch=batch_of(work),
        data={"kind": "red_flag", **data},
        source="checkin",
        raw_text=label,
    )
    close_early(work, now)
    return flags


def close_early(work: DueWork, now: dt.datetime) -> None:
    """End the check-in where it is, what was answered kept: after an alarm's reply its
    next questions would read as not listening."""
    work.stage = None
    work.status = "answered"
    work.answered_at = now
    work.next_at = None
    work.next_action = None


async def _after(session: AsyncSession, work: DueWork, stage: str, skip: bool) -> str | None:
    """The question after `stage`. Skip on the pain score ends the check-in: no PEG without
    its pain item, and "skip" typed to the daily one is today's check-in declined (a typed
    score reads as "-" too, but its record is kept)."""
    baseline = is_baseline(work)
    if stage == "pain" and skip and await _pain_record(session, work) is None:
        return None
    if baseline:
        return next_stage(stage, work.weekly, peg_only=True)
    if is_pain_now(work):
        # where it hurts, kept from the very message that was asked its score ("my leg
        # is killing me"), is not asked again
        told = await session.execute(
            select(Record.kind, Record.data).where(
                Record.user_id == work.user_id,
                Record.kind == PLACE,
                Record.logged_at >= work.due_at - PLACE_TOLD_WITH,
            )
        )
        said = already_said((kind, json.loads(data)) for kind, data in told)
        return next_stage(stage, False, pain_only=True, said=said)
    if next_stage(stage, work.weekly) not in MAY_BE_SAID:
        return next_stage(stage, work.weekly)  # the PEG items and the last word: always asked
    # What the person already wrote in this check-in is not asked again: its answers,
    # and what they wrote in their own words while it was under way ("slept ok, maybe 6
    # hours" as the side effects were asked, then asked how they slept).
    rows = list(
        await session.execute(
            select(Record.kind, Record.data).where(Record.batch == batch_of(work))
        )
    )
    pain = await _pain_record(session, work)
    if pain is not None:
        rows += await session.execute(
            select(Record.kind, Record.data).where(
                Record.user_id == work.user_id,
                Record.logged_at >= pain.logged_at,
                Record.kind.in_(("sleep", "activity", "side_effect")),
            )
        )
    said = already_said((kind, json.loads(data)) for kind, data in rows)
    return next_stage(stage, work.weekly, said=said)


async def _store_peg(session: AsyncSession, work: DueWork, user: User, now: dt.datetime) -> None:
    rows = list(await session.scalars(select(Record).where(Record.batch == batch_of(work))))
    pain = next((r.score for r in rows if r.kind == "pain"), None)
    items = {json.loads(r.data).get("item"): r.score for r in rows if r.kind == "peg_item"}
    enjoyment, general = items.get("enjoyment"), items.get("general")
    if pain is None or enjoyment is None or general is None:
        return
    await _add(
        session,
        user,
        work,
        now,
        "peg",
        {"pain": pain, "enjoyment": enjoyment, "general": general},
        round(peg_score(pain, enjoyment, general), 2),
    )
