"""Storage rows → the plain History the weekly numbers are computed from."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain import records as r
from bot.domain.schedule import local_to_utc, mask_to_weekdays, parse_times
from bot.storage.models import User
from bot.storage.records import user_rows_between


def period_bounds(zone: ZoneInfo, end_date: dt.date, days: int) -> tuple[dt.datetime, dt.datetime]:
    """UTC bounds covering the period and the one before it (for "change")."""
    start_day = end_date - dt.timedelta(days=2 * days - 1)
    start = local_to_utc(start_day, dt.time(0), zone)
    end = local_to_utc(end_date + dt.timedelta(days=1), dt.time(0), zone)
    return start, end


async def load_history(
    session: AsyncSession, user: User, start: dt.datetime, end: dt.datetime
) -> r.History:
    """Everything about `user` in [start, end), as plain records."""
    meds, doses, logs, recs = await user_rows_between(session, user.id, start, end)
    regimen = tuple(
        r.RegimenEntry(
            med_id=m.id,
            name=m.name,
            generic=m.generic,
            amount=m.amount,
            unit=m.unit,
            times=parse_times(m.times),
            as_needed=m.as_needed,
            max_per_day=m.max_per_day,
            started_at=m.started_at,
            ended_at=m.ended_at,
            paused=m.paused,
            weekdays=mask_to_weekdays(m.weekdays),
            strength=m.strength,
        )
        for m in meds
    )
    scheduled = tuple(
        r.ScheduledDose(
            med_id=m.id,
            name=m.name,
            generic=m.generic,
            due_at=o.due_at,
            local_date=o.local_date,
            local_time=dt.time.fromisoformat(o.local_time),
            status=o.status,
            answer_until=o.cutoff_at,
            taken_at=o.taken_at,
            taken_late=o.taken_late,
            skip_reason=o.skip_reason,
            amount=m.amount,
            unit=m.unit,
            strength=m.strength,
        )
        for o, m in doses
    )
    extra = tuple(
        r.ExtraDose(
            name=g.name,
            generic=g.generic,
            taken_at=g.taken_at,
            amount=g.amount,
            unit=g.unit,
            count=g.count,
            med_id=g.medication_id,
        )
        for g in logs
    )
    pain, effects, flags, peg, sleep, activity, notes, places = [], [], [], [], [], [], [], []
    for rec in recs:
        data = json.loads(rec.data or "{}")
        if rec.kind == "pain" and data.get("score") is not None:
            pain.append(
                r.PainReport(
                    at=rec.at,
                    score=float(data["score"]),
                    locations=tuple(data.get("locations") or ()),
                    qualities=tuple(data.get("qualities") or ()),
                    radiating=data.get("radiating"),
                )
            )
        elif rec.kind == "side_effect":
            effects.append(
                r.SideEffectReport(
                    at=rec.at, effects=tuple(data.get("effects") or ()), words=rec.raw_text
                )
            )
        elif rec.kind == "red_flag":
            flags.append(
                r.RedFlagReport(
                    at=rec.at,
                    flags=tuple(data.get("flags") or ()),
                    words=rec.raw_text,
                    handled=bool(data.get("handled")),
                )
            )
        elif rec.kind == "pain_place":
            places.append(
                r.PainPlaceReport(
                    at=rec.at,
                    locations=tuple(data.get("locations") or ()),
                    radiating=data.get("radiating"),
                )
            )
        elif rec.kind == "peg":
            peg.append(
                r.PegReport(
                    at=rec.at,
                    pain=float(data["pain"]),
                    enjoyment=float(data["enjoyment"]),
                    activity=float(data["general"]),
                )
            )
        elif rec.kind == "sleep" and data.get("quality"):
            sleep.append(r.SleepReport(at=rec.at, quality=data["quality"], hours=data.get("hours")))
        elif rec.kind == "activity":
            activity.append(
                r.ActivityReport(
                    at=rec.at, kinds=tuple(data.get("kinds") or ()), minutes=data.get("minutes")
                )
            )
        elif rec.kind == "note" and data.get("text"):
            notes.append((rec.at, str(data["text"])))
    return r.History(
        zone=user.timezone,
        regimen=regimen,
        doses=scheduled,
        extra_doses=extra,
        pain=tuple(pain),
        side_effects=tuple(effects),
        red_flags=tuple(flags),
        peg=tuple(peg),
        sleep=tuple(sleep),
        activity=tuple(activity),
        notes=tuple(notes),
        places=tuple(places),
    )
