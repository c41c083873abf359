"""Repositories for what people report: pain, side effects, red flags, sleep, activity, notes."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.episodes import Told, told_from
from bot.domain.records import BreathingWarning
from bot.domain.states import DoseStatus
from bot.domain.travel import ZoneChange
from bot.domain.warnings import PairTold
from bot.storage.models import DoseLog, DoseOccurrence, Medication, Record, RoutineLog, Supply

#: A message kept aside (not in the record) until the person says what it is.
UNSORTED = "unsorted"

#: A record's data key saying who told it, when not the patient: a carer writing in the
#: patient's own chat ("this is Sarah, her daughter … she skipped her gabapentin"), so
#: the doctor's report says whose words it quotes (no column: data already holds what
#: each record says beside its kind).
SAID_BY = "said_by"
CARER = "carer"


def new_batch() -> str:
    """An id shared by the rows one message created (for Undo)."""
    return secrets.token_hex(8)


def message_batch(message_id: int) -> str:
    """The batch of what one Telegram message created: named after the message, so an
    edit of it finds what it said the first time (message ids are per chat, and every
    query by batch is also by person)."""
    return f"m{message_id}"


async def add_record(
    session: AsyncSession,
    *,
    user_id: int,
    kind: str,
    at: dt.datetime,
    now: dt.datetime,
    batch: str,
    data: dict[str, Any],
    source: str = "text",
    raw_text: str | None = None,
    score: float | None = None,
) -> Record:
    """Store one record."""
    rec = Record(
        user_id=user_id,
        kind=kind,
        at=at,
        logged_at=now,
        batch=batch,
        source=source,
        data=json.dumps(data, ensure_ascii=False),
        raw_text=raw_text,
        score=score,
    )
    session.add(rec)
    await session.flush()
    return rec


#: Kind of the record that keeps a change of the person's zone (after their first): data
#: {"from": zone key, "to": zone key}; `at` is when. Records keep UTC only, so without it
#: a London dose would read in New York time once they flew (bot.domain.travel).
ZONE_SET = "zone_set"


async def keep_zone_change(
    session: AsyncSession, user_id: int, before: str, after: str, now: dt.datetime
) -> None:
    """Keep that the person's zone went from `before` to `after` now."""
    await add_record(
        session,
        user_id=user_id,
        kind=ZONE_SET,
        at=now,
        now=now,
        batch=new_batch(),
        data={"from": before, "to": after},
        source="zone",
    )


async def zone_changes(session: AsyncSession, user_id: int) -> tuple[ZoneChange, ...]:
    """Every zone change the person made, oldest first (a handful: all are read, so a
    period long past still knows where they were)."""
    rows = await session.scalars(
        select(Record)
        .where(Record.user_id == user_id, Record.kind == ZONE_SET)
        .order_by(Record.at, Record.id)
    )
    out = []
    for rec in rows:
        data = json.loads(rec.data or "{}")
        before, after = data.get("from"), data.get("to")
        if isinstance(before, str) and isinstance(after, str):
            out.append(ZoneChange(rec.at, before, after))
    return tuple(out)


#: Kind of the record that keeps a pair warning said in full after a dose: data {"code":
#: the rule, "meds": its two generics, sorted}; `at` is when. Said again within a week, it
#: is one line (bot.domain.safety.said_briefly); its own batch, so no Undo takes it back.
PAIR_TOLD = "pair_told"


async def keep_pairs_told(session: AsyncSession, user_id: int, told: Sequence[PairTold]) -> None:
    """Keep that each of `told` was said in full."""
    for pair in told:
        await add_record(
            session,
            user_id=user_id,
            kind=PAIR_TOLD,
            at=pair.at,
            now=pair.at,
            batch=new_batch(),
            data={"code": pair.code, "meds": list(pair.medications)},
            source="safety",
        )


async def pairs_told_since(
    session: AsyncSession, user_id: int, since: dt.datetime
) -> list[PairTold]:
    """The pair warnings said in full at or after `since`, oldest first."""
    rows = await session.execute(
        select(Record.at, Record.data)
        .where(Record.user_id == user_id, Record.kind == PAIR_TOLD, Record.at >= since)
        .order_by(Record.at, Record.id)
    )
    out = []
    for at, data in rows:
        said = json.loads(data or "{}")
        code, meds = said.get("code"), said.get("meds")
        if isinstance(code, str) and isinstance(meds, list):
            out.append(PairTold(code, tuple(str(m) for m in meds), at))
    return out


#: Kind of the record that keeps a "took it" while we ask which dose it was.
DOSE_QUESTION = "dose_question"


#: The questions asked only because a dose was told before its time: "was that your 08:00
#: dose?" (early) and "your 10:00 dose just now, or 22:00 last night?" (twelve)
TOLD_BEFORE_ITS_TIME = ("early", "twelve")


@dataclass(frozen=True, slots=True)
class SaidTaken:
    """A dose the person told us they took, still asked about: when they said it, and
    whether we asked only because it came before its time ("took gaba" at 07:00 for 08:00)."""

    at: dt.datetime
    early: bool


async def doses_said_taken(
    session: AsyncSession, user_ids: Collection[int], since: dt.datetime
) -> dict[int, SaidTaken]:
    """Scheduled doses (occurrence id -> what was said) that a person told us they took
    while we still ask whether it was that dose: a question about it left unanswered."""
    if not user_ids:
        return {}
    rows = await session.execute(
        select(Record.at, Record.data).where(
            Record.user_id.in_(user_ids), Record.at >= since, Record.kind == DOSE_QUESTION
        )
    )
    said: dict[int, SaidTaken] = {}
    for at, data in rows:
        asked = json.loads(data)
        occ = asked.get("occ")
        if occ is not None:
            said[int(occ)] = SaidTaken(at, asked.get("why") in TOLD_BEFORE_ITS_TIME)
    return said


#: Kind of the record that keeps a pause of all reminders: data {"until": ISO instant, or
#: None while still paused, "why": an AllPausedReason code, when said}; `at` is when it
#: began (no column: data holds the end and the reason).
PAUSED_ALL = "paused_all"
UNTIL = "until"


async def open_pause(session: AsyncSession, user_id: int) -> Record | None:
    """The person's pause of all reminders not yet ended, if any (the newest)."""
    for rec in await session.scalars(
        select(Record)
        .where(Record.user_id == user_id, Record.kind == PAUSED_ALL)
        .order_by(Record.at.desc(), Record.id.desc())
        .limit(1)
    ):
        if json.loads(rec.data or "{}").get(UNTIL) is None:
            return rec
    return None


def _set_instant(rec: Record, key: str, when: dt.datetime | None) -> None:
    """Keep `when` (UTC, ISO) under `key` in a pause record's data; the rest stays."""
    data = json.loads(rec.data or "{}")
    data[key] = when.astimezone(dt.UTC).isoformat() if when is not None else None
    rec.data = json.dumps(data, ensure_ascii=False)


def end_pause(rec: Record, now: dt.datetime) -> None:
    """Mark a pause record ended at `now` (reminders resumed); what else it keeps (a
    medicine's name, its planned end) stays."""
    _set_instant(rec, UNTIL, now)


def pause_span(rec: Record) -> tuple[dt.datetime, dt.datetime | None]:
    """When a pause record began and ended (None: not yet)."""
    return rec.at, instant(json.loads(rec.data or "{}").get(UNTIL))


async def _pauses_overlapping(
    session: AsyncSession, user_id: int, kind: str, start: dt.datetime, end: dt.datetime
) -> list[Record]:
    """The pause records of `kind` that overlap [start, end), oldest first: one begun
    before `start` counts while it lasted into it."""
    rows = await session.scalars(
        select(Record)
        .where(Record.user_id == user_id, Record.kind == kind, Record.at < end)
        .order_by(Record.at, Record.id)
    )
    return [rec for rec in rows if (until := pause_span(rec)[1]) is None or until > start]


async def pauses_overlapping(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> list[tuple[dt.datetime, dt.datetime | None, str | None]]:
    """The pauses of all reminders that overlap [start, end), oldest first: began,
    ended (None: not yet), and why, when said."""
    return [
        (*pause_span(rec), pause_why(rec))
        for rec in await _pauses_overlapping(session, user_id, PAUSED_ALL, start, end)
    ]


def pause_why(rec: Record) -> str | None:
    """The reason code a pause record keeps, if any."""
    why = json.loads(rec.data or "{}").get(WHY)
    return why if isinstance(why, str) else None


def set_pause_why(rec: Record, why: str) -> None:
    """Keep why a pause record's pause was made; the rest of its data stays."""
    data = json.loads(rec.data or "{}")
    data[WHY] = why
    rec.data = json.dumps(data, ensure_ascii=False)


#: Kind of the record that keeps a pause of one medicine (its Pause button): data
#: {"until": as PAUSED_ALL's, "med": the medication id tapped, "name": its label then
#: ("Naproxen 500 mg"), "ends": ISO instant it is set to resume by itself, or None (until
#: the person resumes it), "why": a PauseReason code or None}. No column, no migration.
PAUSED_MED = "paused_med"
MED = "med"
NAME = "name"
ENDS = "ends"
WHY = "why"


async def open_med_pause(
    session: AsyncSession, user_id: int, med_ids: Collection[int]
) -> Record | None:
    """The pause not yet ended of a medicine among `med_ids` (its versions), if any (the
    newest)."""
    return await _newest_med_pause(session, user_id, med_ids, open_only=True)


async def newest_med_pause(
    session: AsyncSession, user_id: int, med_ids: Collection[int]
) -> Record | None:
    """The newest pause of a medicine among `med_ids`, ended or not (what a "back on"
    message retried after its resume tells of)."""
    return await _newest_med_pause(session, user_id, med_ids, open_only=False)


async def _newest_med_pause(
    session: AsyncSession, user_id: int, med_ids: Collection[int], *, open_only: bool
) -> Record | None:
    rows = await session.scalars(
        select(Record)
        .where(Record.user_id == user_id, Record.kind == PAUSED_MED)
        .order_by(Record.at.desc(), Record.id.desc())
    )
    for rec in rows:
        data = json.loads(rec.data or "{}")
        if data.get(MED) in med_ids and not (open_only and data.get(UNTIL) is not None):
            return rec
    return None


def pause_med_id(rec: Record) -> int:
    """The medication a medicine's pause record is of."""
    med = json.loads(rec.data or "{}").get(MED)
    return med if isinstance(med, int) else 0


def set_pause_end(rec: Record, ends: dt.datetime | None) -> None:
    """When a medicine's pause is set to end by itself (None: when the person says)."""
    _set_instant(rec, ENDS, ends)


def pause_ends(rec: Record) -> dt.datetime | None:
    """When a medicine's pause is set to end by itself, if it is."""
    return instant(json.loads(rec.data or "{}").get(ENDS))


def instant(value: object) -> dt.datetime | None:
    """An ISO instant kept in a record's data, read (None: none kept)."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else None


async def med_pauses_overlapping(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> list[Record]:
    """The pauses of single medicines that overlap [start, end), oldest first."""
    return await _pauses_overlapping(session, user_id, PAUSED_MED, start, end)


async def get_record(
    session: AsyncSession, user_id: int, record_id: int, kind: str
) -> Record | None:
    """One record of this user and kind (never another user's)."""
    rec = await session.get(Record, record_id)
    return rec if rec is not None and rec.user_id == user_id and rec.kind == kind else None


async def undo_batch(
    session: AsyncSession,
    user_id: int,
    batch: str,
    *,
    doses: Collection[int] | None = None,
    records: Collection[int] | None = None,
) -> int:
    """Remove what one message added (records, as-needed logs, and a routine its words
    marked done) — or, given `doses` / `records`, only those of it (what one reply of
    several said); returns rows removed."""
    whole = doses is None and records is None
    mine_records = [Record.user_id == user_id, Record.batch == batch]
    if not whole:
        mine_records.append(Record.id.in_(records or ()))
    # A routine marked done by the words carries the instant their records were logged.
    logged = select(Record.logged_at).where(*mine_records, Record.kind == "activity")
    await session.execute(
        delete(RoutineLog).where(
            RoutineLog.user_id == user_id,
            RoutineLog.source == "text",
            RoutineLog.at.in_(logged.scalar_subquery()),
        )
    )
    result = await session.execute(delete(Record).where(*mine_records))
    removed = int(result.rowcount or 0)  # type: ignore[attr-defined]
    mine_logs = [DoseLog.user_id == user_id, DoseLog.batch == batch]
    if not whole:
        mine_logs.append(DoseLog.id.in_(doses or ()))
    result = await session.execute(delete(DoseLog).where(*mine_logs))
    removed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return removed


async def records_between(
    session: AsyncSession,
    user_id: int,
    start: dt.datetime,
    end: dt.datetime,
    kinds: Sequence[str] | None = None,
) -> list[Record]:
    """A user's records with start <= at < end, oldest first."""
    q = select(Record).where(Record.user_id == user_id, Record.at >= start, Record.at < end)
    if kinds:
        q = q.where(Record.kind.in_(kinds))
    return list(await session.scalars(q.order_by(Record.at, Record.id)))


async def told_between(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> list[Told]:
    """The red flags told in [start, end) and what was said of them, read
    (bot.domain.episodes), oldest first."""
    rows = await records_between(session, user_id, start, end, ["red_flag"])
    return [told_from(r.at, json.loads(r.data)) for r in rows]


#: The key of a side effect's data that keeps the urgent reply it was given (what the
#: report's alerts say the person was told; no column, so no migration).
WARNED = "warned"


def warning_of(data: dict[str, Any]) -> BreathingWarning | None:
    """The breathing-trouble warning a side effect's data keeps, if any."""
    said = data.get(WARNED)
    if not isinstance(said, dict) or not said.get("first") or not said.get("second"):
        return None
    return BreathingWarning(str(said["first"]), str(said["second"]), bool(said.get("carer")))


async def keep_warning(
    session: AsyncSession,
    user_id: int,
    words: str,
    since: dt.datetime,
    warning: BreathingWarning,
) -> bool:
    """Keep `warning` beside the side effect told in `words` (logged since `since`, the
    newest such: the report's or the check-in's record alike); whether there was one."""
    rec = await session.scalar(
        select(Record)
        .where(
            Record.user_id == user_id,
            Record.kind == "side_effect",
            Record.raw_text == words,
            Record.logged_at >= since,
        )
        .order_by(Record.logged_at.desc(), Record.id.desc())
        .limit(1)
    )
    if rec is None:
        return False
    data = json.loads(rec.data)
    data[WARNED] = {"first": warning.first, "second": warning.second, "carer": warning.carer}
    rec.data = json.dumps(data, ensure_ascii=False)
    return True


async def user_rows_between(
    session: AsyncSession,
    user_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    records_from: dt.datetime | None = None,
) -> tuple[list[Any], list[Any], list[Any], list[Record]]:
    """Everything about a user overlapping [start, end): medication versions, scheduled
    doses with their medication, extra doses, and records (for summaries and export;
    the records from `records_from` when that is earlier, for a change's "before")."""
    meds = list(
        await session.scalars(
            select(Medication)
            .where(
                Medication.user_id == user_id,
                Medication.started_at < end,
                (Medication.ended_at.is_(None)) | (Medication.ended_at > start),
            )
            .order_by(Medication.id)
        )
    )
    doses = await doses_due_between(session, user_id, start, end)
    logs = await dose_logs_between(session, user_id, start, end)
    recs = await records_between(session, user_id, min(start, records_from or start), end)
    return meds, doses, logs, recs


async def doses_due_between(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> list[tuple[DoseOccurrence, Medication]]:
    """A user's scheduled doses due in [start, end), each with its medication, in order."""
    rows = await session.execute(
        select(DoseOccurrence, Medication)
        .join(Medication, Medication.id == DoseOccurrence.medication_id)
        .where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.due_at >= start,
            DoseOccurrence.due_at < end,
        )
        .order_by(DoseOccurrence.due_at, DoseOccurrence.id)
    )
    return [(o, m) for o, m in rows]


async def dose_logs_between(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> list[DoseLog]:
    """A user's extra doses logged in [start, end), in order."""
    rows = await session.scalars(
        select(DoseLog)
        .where(DoseLog.user_id == user_id, DoseLog.taken_at >= start, DoseLog.taken_at < end)
        .order_by(DoseLog.taken_at, DoseLog.id)
    )
    return list(rows)


async def supplies_between(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> list[Supply]:
    """Supply counts of `user_id` in [start, end), oldest first."""
    rows = await session.scalars(
        select(Supply)
        .where(Supply.user_id == user_id, Supply.counted_at >= start, Supply.counted_at < end)
        .order_by(Supply.counted_at, Supply.id)
    )
    return list(rows)


async def newest_entries_since(
    session: AsyncSession, user_id: int, since: dt.datetime
) -> tuple[Record | None, DoseLog | None]:
    """The person's newest pain score and newest logged dose entered at or after `since`
    (what a "sorry, I meant 6" may correct); None for either when there is none."""
    pain = await session.scalar(
        select(Record)
        .where(Record.user_id == user_id, Record.kind == "pain", Record.logged_at >= since)
        .order_by(Record.logged_at.desc(), Record.id.desc())
        .limit(1)
    )
    dose = await session.scalar(
        select(DoseLog)
        .where(DoseLog.user_id == user_id, DoseLog.logged_at >= since)
        .order_by(DoseLog.logged_at.desc(), DoseLog.id.desc())
        .limit(1)
    )
    return pain, dose


async def newest_pain_since(
    session: AsyncSession, user_id: int, since: dt.datetime, score: float | None = None
) -> Record | None:
    """The person's newest pain score entered at or after `since` (of that score, when
    one is given): what "no be pain 2" takes back."""
    q = select(Record).where(
        Record.user_id == user_id, Record.kind == "pain", Record.logged_at >= since
    )
    if score is not None:
        q = q.where(Record.score == score)
    return await session.scalar(q.order_by(Record.logged_at.desc(), Record.id.desc()).limit(1))


async def newest_told_since(
    session: AsyncSession, user_id: int, since: dt.datetime
) -> tuple[str | None, dt.datetime | None]:
    """The batch of the person's newest message that left entries (records other than a
    red flag, or logged doses) at or after `since`, and when; (None, None) if none."""
    record = (
        await session.execute(
            select(Record.batch, Record.logged_at)
            .where(
                Record.user_id == user_id,
                Record.logged_at >= since,
                Record.kind.not_in(
                    ("red_flag", UNSORTED, PAUSED_ALL, PAUSED_MED, ZONE_SET, PAIR_TOLD)
                ),
            )
            .order_by(Record.logged_at.desc(), Record.id.desc())
            .limit(1)
        )
    ).first()
    dose = (
        await session.execute(
            select(DoseLog.batch, DoseLog.logged_at)
            .where(DoseLog.user_id == user_id, DoseLog.logged_at >= since)
            .order_by(DoseLog.logged_at.desc(), DoseLog.id.desc())
            .limit(1)
        )
    ).first()
    found: list[tuple[str | None, dt.datetime]] = [
        (row[0], row[1]) for row in (record, dose) if row is not None
    ]
    if not found:
        return None, None
    return max(found, key=lambda row: (row[1], message_no(row[0])))


async def newest_answer_since(
    session: AsyncSession, user_id: int, since: dt.datetime
) -> dt.datetime | None:
    """When the person last answered a scheduled dose (a tap or typed), at or after
    `since`; None if not."""
    return await session.scalar(
        select(func.max(DoseOccurrence.answered_at)).where(
            DoseOccurrence.user_id == user_id, DoseOccurrence.answered_at >= since
        )
    )


async def answered_at(
    session: AsyncSession, user_id: int, at: dt.datetime
) -> list[tuple[DoseOccurrence, Medication]]:
    """The scheduled doses one answer settled (one tap, or one typed message), by the
    instant it was given."""
    rows = (
        await session.execute(
            select(DoseOccurrence, Medication)
            .join(Medication, Medication.id == DoseOccurrence.medication_id)
            .where(DoseOccurrence.user_id == user_id, DoseOccurrence.answered_at == at)
            .order_by(DoseOccurrence.due_at, DoseOccurrence.id)
        )
    ).all()
    return [(o, m) for o, m in rows]


async def newest_taken_since(
    session: AsyncSession, user_id: int, since: dt.datetime
) -> list[tuple[DoseOccurrence, Medication]]:
    """The scheduled doses the person last answered Taken at or after `since` (several
    when one tap took them all), with their medicines: what "oops, it was only half" may
    correct; empty if none."""
    rows = (
        await session.execute(
            select(DoseOccurrence, Medication)
            .join(Medication, Medication.id == DoseOccurrence.medication_id)
            .where(
                DoseOccurrence.user_id == user_id,
                DoseOccurrence.status == DoseStatus.TAKEN,
                DoseOccurrence.answered_at >= since,
            )
            .order_by(DoseOccurrence.answered_at.desc(), DoseOccurrence.id.desc())
            .limit(20)
        )
    ).all()
    newest = rows[0][0].answered_at if rows else None
    return [(o, m) for o, m in rows if o.answered_at == newest]


def message_no(batch: str | None) -> int:
    """The Telegram message a batch is named after (ids rise within a chat), else -1."""
    if batch and batch.startswith("m") and batch[1:].isdigit():
        return int(batch[1:])
    return -1


async def entries_of(
    session: AsyncSession, user_id: int, batch: str
) -> tuple[list[int], list[int]]:
    """The ids of what one message entered that words may take back: its records but a
    red flag's, and its logged doses."""
    kept = await session.scalars(
        select(Record.id).where(
            Record.user_id == user_id, Record.batch == batch, Record.kind != "red_flag"
        )
    )
    logs = await session.scalars(
        select(DoseLog.id).where(DoseLog.user_id == user_id, DoseLog.batch == batch)
    )
    return list(kept), list(logs)


async def move_back_a_day(session: AsyncSession, user_id: int, batch: str, zone: ZoneInfo) -> int:
    """Move what one message entered (its records but a red flag's, its logged doses) to
    the same time a day earlier — only what still stands on the day it was told, so
    saying so twice moves nothing twice; returns rows moved."""

    def told_today(at: dt.datetime, logged: dt.datetime) -> bool:
        return at.astimezone(zone).date() == logged.astimezone(zone).date()

    moved = 0
    for record in await session.scalars(
        select(Record).where(
            Record.user_id == user_id, Record.batch == batch, Record.kind != "red_flag"
        )
    ):
        if told_today(record.at, record.logged_at):
            record.at -= dt.timedelta(days=1)
            moved += 1
    for log in await session.scalars(
        select(DoseLog).where(DoseLog.user_id == user_id, DoseLog.batch == batch)
    ):
        if told_today(log.taken_at, log.logged_at):
            log.taken_at -= dt.timedelta(days=1)
            moved += 1
    return moved


#: Whether someone writes for the patient in their chat ("he's very drowsy" is then the
#: patient), as the chat answered when asked: data {"carer": true, false, or null while
#: the question is unanswered}. The newest says. Not a report: no summary reads it.
WRITER = "writer"


@dataclass(frozen=True, slots=True)
class WriterSaid:
    """What the chat said of who writes in it: `carer` (None: not said) and whether it
    was asked and not answered yet (`asked`)."""

    carer: bool | None = None
    asked: bool = False


async def writer_said(session: AsyncSession, user_id: int) -> WriterSaid:
    """The newest answer to whether someone writes for the patient in their chat."""
    data = await session.scalar(
        select(Record.data)
        .where(Record.user_id == user_id, Record.kind == WRITER)
        .order_by(Record.id.desc())
        .limit(1)
    )
    if data is None:
        return WriterSaid()
    carer = json.loads(data).get("carer")
    return WriterSaid(carer=carer if isinstance(carer, bool) else None, asked=carer is None)


async def carer_writes(session: AsyncSession, user_id: int) -> bool:
    """Whether the chat last said someone writes for the patient (`writer_said`): its
    replies then speak of the patient ("their")."""
    return (await writer_said(session, user_id)).carer is True


async def carers_writing(session: AsyncSession, user_ids: Collection[int]) -> set[int]:
    """Of `user_ids`, those whose chat last said someone writes for them (`writer_said`),
    in one query for a batch of reminders."""
    if not user_ids:
        return set()
    rows = await session.execute(
        select(Record.user_id, Record.data)
        .where(Record.user_id.in_(user_ids), Record.kind == WRITER)
        .order_by(Record.id)
    )
    newest = {uid: data for uid, data in rows}
    return {uid for uid, data in newest.items() if json.loads(data or "{}").get("carer") is True}


async def keep_writer(
    session: AsyncSession,
    user_id: int,
    carer: bool | None,
    now: dt.datetime,
    *,
    source: str = "button",
) -> None:
    """Keep what the chat said of who writes in it (None: asked, no answer yet), by a
    button or in words (`source` "text")."""
    await add_record(
        session,
        user_id=user_id,
        kind=WRITER,
        at=now,
        now=now,
        batch=new_batch(),
        data={"kind": WRITER, "carer": carer},
        source=source,
    )
