"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.models import Base

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

#: One person as the schema has held them since 0006 (`:at` their creation).
PERSON = (
    "INSERT INTO users (id, chat_id, timezone, timezone_set, checkin_time,"
    " summary_weekday, summary_time, snooze_minutes, followup_minutes,"
    " missed_cutoff_minutes, paused, active, onboarding, created_at) VALUES (1, 1, 'UTC',"
    " TRUE, '20:00', 6, '18:00', 15, 30, 180, FALSE, TRUE, FALSE, :at)"
)


async def test_migrations_at_head_match_the_models(database_url: str) -> None:
    engine = create_async_engine(database_url)

    def diff(sync_conn: Any) -> list[Any]:
        context = MigrationContext.configure(sync_conn, opts={"compare_type": False})
        return list(compare_metadata(context, Base.metadata))

    try:
        async with engine.connect() as conn:
            changes = await conn.run_sync(diff)
    finally:
        await engine.dispose()
    # Only the table alembic keeps for itself may differ.
    assert [c for c in changes if "alembic_version" not in repr(c)] == []


async def test_onboarding_word_moves_out_of_the_draft(database_url: str) -> None:
    """0006 on a database holding data: the "onboarding" word in `users.draft` becomes
    the flag; an /add draft stays; downgrading puts the word back."""
    from alembic import command
    from sqlalchemy import text

    from bot.storage.migrate import alembic_config

    cfg = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, cfg, "0005")
    engine = create_async_engine(database_url)
    insert = text(
        "INSERT INTO users (id, chat_id, timezone, timezone_set, checkin_time,"
        " summary_weekday, summary_time, snooze_minutes, followup_minutes,"
        " missed_cutoff_minutes, paused, active, draft, created_at) VALUES (:id, :id, 'UTC',"
        " FALSE, '20:00', 6, '18:00', 15, 30, 180, FALSE, TRUE, :draft, :at)"
    )
    at = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    add_draft = '{"name": "ibuprofen"}'
    try:
        async with engine.begin() as conn:
            for uid, draft in ((1, "onboarding"), (2, add_draft), (3, None)):
                await conn.execute(insert, {"id": uid, "draft": draft, "at": at})
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.connect() as conn:
            query = text("SELECT id, onboarding, draft FROM users ORDER BY id")
            rows = (await conn.execute(query)).all()
        assert [(r[0], bool(r[1]), r[2]) for r in rows] == [
            (1, True, None),
            (2, False, add_draft),
            (3, False, None),
        ]
        await asyncio.to_thread(command.downgrade, cfg, "0005")
        async with engine.connect() as conn:
            query = text("SELECT draft FROM users ORDER BY id")
            drafts = (await conn.execute(query)).scalars().all()
        assert drafts == ["onboarding", add_draft, None]
        await asyncio.to_thread(command.upgrade, cfg, "head")
    finally:
        await engine.dispose()


async def test_courses_added_to_medicines_that_hold_doses(database_url: str) -> None:
    """0007 on a database holding a medicine and its doses: they run every day from now
    on (no first or last day, every 1 day, no last dose); down and up again keep them."""
    from alembic import command
    from sqlalchemy import text

    from bot.storage.migrate import alembic_config

    cfg = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, cfg, "0006")
    engine = create_async_engine(database_url)
    at = dt.datetime(2026, 12, 1, 8, tzinfo=dt.UTC)
    rows = (
        PERSON,
        "INSERT INTO medications (id, user_id, name, times, weekdays, as_needed, paused,"
        " started_at) VALUES (7, 1, 'naproxen', '08:00', 127, FALSE, FALSE, :at)",
        "INSERT INTO dose_occurrences (id, user_id, medication_id, local_date, local_time,"
        " due_at, cutoff_at, status, late, taken_late, snooze_count, followup_sent) VALUES"
        " (3, 1, 7, '2026-12-01', '08:00', :at, :at, 'pending', FALSE, FALSE, 0, FALSE)",
    )
    try:
        async with engine.begin() as conn:
            for row in rows:
                await conn.execute(text(row), {"at": at})
        await asyncio.to_thread(command.upgrade, cfg, "head")
        query = text(
            "SELECT m.first_day, m.last_day, m.every_days, o.last_of_course FROM medications m"
            " JOIN dose_occurrences o ON o.medication_id = m.id"
        )
        async with engine.connect() as conn:
            got = (await conn.execute(query)).all()
        assert [(r[0], r[1], r[2], bool(r[3])) for r in got] == [(None, None, 1, False)]
        await asyncio.to_thread(command.downgrade, cfg, "0006")
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.connect() as conn:
            assert len((await conn.execute(query)).all()) == 1
    finally:
        await engine.dispose()


async def test_supplies_added_beside_people_already_here(database_url: str) -> None:
    """0008 on a database holding a person: untracked, warned 7 days ahead; the supplies
    table takes a count; down and up again keep the person."""
    from alembic import command
    from sqlalchemy import text

    from bot.storage.migrate import alembic_config

    cfg = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, cfg, "0007")
    engine = create_async_engine(database_url)
    at = dt.datetime(2026, 12, 1, 8, tzinfo=dt.UTC)
    try:
        async with engine.begin() as conn:
            await conn.execute(text(PERSON), {"at": at})
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.begin() as conn:
            row = (
                await conn.execute(text("SELECT refill_warning_days, supply_tracked FROM users"))
            ).one()
            assert (row[0], bool(row[1])) == (7, False)
            await conn.execute(
                text(
                    "INSERT INTO supplies (user_id, medicine, on_hand, counted_at)"
                    " VALUES (1, 'celecoxib', 60, :at)"
                ),
                {"at": at},
            )
        await asyncio.to_thread(command.downgrade, cfg, "0007")
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM users"))).scalar() == 1
    finally:
        await engine.dispose()


async def test_yes_down_a_leg_in_a_checkin_names_the_leg(database_url: str) -> None:
    """0013 on a database holding check-in pain records: "Yes" to "down a leg?" beside a
    buttock gains the leg; a leg already tapped, a typed report and a "No" stay as they
    were."""
    import json

    from alembic import command
    from sqlalchemy import text

    from bot.storage.migrate import alembic_config

    cfg = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, cfg, "0012")
    engine = create_async_engine(database_url)
    at = dt.datetime(2026, 12, 1, 20, tzinfo=dt.UTC)
    said = {
        1: ("checkin", ["buttock"], True),  # gains "leg"
        2: ("checkin", ["leg_left"], True),
        3: ("text", ["buttock"], True),  # "gone into my bum again": spreads, no leg
        4: ("checkin", ["buttock"], False),
    }
    try:
        async with engine.begin() as conn:
            await conn.execute(text(PERSON), {"at": at})
            for rid, (source, places, radiating) in said.items():
                data = {"score": 6, "locations": places, "radiating": radiating, "qualities": []}
                await conn.execute(
                    text(
                        "INSERT INTO records (id, user_id, kind, at, logged_at, source, batch,"
                        " score, data) VALUES (:id, 1, 'pain', :at, :at, :source, 'b', 6, :data)"
                    ),
                    {"id": rid, "at": at, "source": source, "data": json.dumps(data)},
                )
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.connect() as conn:
            rows = (await conn.execute(text("SELECT id, data FROM records ORDER BY id"))).all()
        places = {r[0]: json.loads(r[1])["locations"] for r in rows}
        assert places == {1: ["buttock", "leg"], 2: ["leg_left"], 3: ["buttock"], 4: ["buttock"]}
    finally:
        await engine.dispose()


async def test_a_dose_range_is_added_to_medicines_already_listed(database_url: str) -> None:
    """0017 on a database holding medicines: each keeps its dose, with no range (a dose of
    two tablets stays two); a range is kept; down and up again keep the medicines."""
    from alembic import command
    from sqlalchemy import text

    from bot.storage.migrate import alembic_config

    cfg = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, cfg, "0016")
    engine = create_async_engine(database_url)
    at = dt.datetime(2026, 12, 1, 8, tzinfo=dt.UTC)
    medicine = (
        "INSERT INTO medications (id, user_id, name, amount, unit, units_per_dose, times,"
        " weekdays, as_needed, paused, started_at, every_days) VALUES (:id, 1, :name, 5, 'mg',"
        " :units, '', 127, TRUE, FALSE, :at, 1)"
    )
    query = text("SELECT id, units_per_dose, units_per_dose_max FROM medications ORDER BY id")
    try:
        async with engine.begin() as conn:
            await conn.execute(text(PERSON), {"at": at})
            for mid, name, units in ((1, "oxycodone", None), (2, "co-codamol", 2.0)):
                await conn.execute(
                    text(medicine), {"id": mid, "name": name, "units": units, "at": at}
                )
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.begin() as conn:
            assert [tuple(r) for r in (await conn.execute(query)).all()] == [
                (1, None, None),
                (2, 2.0, None),
            ]
            await conn.execute(text("UPDATE medications SET units_per_dose_max = 2 WHERE id = 1"))
            assert (await conn.execute(query)).first() == (1, None, 2.0)
        await asyncio.to_thread(command.downgrade, cfg, "0016")
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.connect() as conn:
            assert [tuple(r) for r in (await conn.execute(query)).all()] == [
                (1, None, None),
                (2, 2.0, None),
            ]
    finally:
        await engine.dispose()


async def test_a_liquids_volume_is_added_to_medicines_already_listed(database_url: str) -> None:
    """0020 on a database holding medicines: each keeps its dose, with no volume (a tablet
    is no liquid); a volume is kept; down and up again keep the medicines."""
    from alembic import command
    from sqlalchemy import text

    from bot.storage.migrate import alembic_config

    cfg = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, cfg, "0019")
    engine = create_async_engine(database_url)
    at = dt.datetime(2026, 12, 1, 8, tzinfo=dt.UTC)
    medicine = (
        "INSERT INTO medications (id, user_id, name, amount, unit, units_per_dose, times,"
        " weekdays, as_needed, paused, started_at, every_days) VALUES (:id, 1, :name, 10,"
        " 'mg', :units, '', 127, TRUE, FALSE, :at, 1)"
    )
    query = text("SELECT id, amount, units_per_dose, volume_ml FROM medications ORDER BY id")
    try:
        async with engine.begin() as conn:
            await conn.execute(text(PERSON), {"at": at})
            for mid, name, units in ((1, "oramorph", 0.5), (2, "oxycodone", None)):
                await conn.execute(
                    text(medicine), {"id": mid, "name": name, "units": units, "at": at}
                )
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.begin() as conn:
            assert [tuple(r) for r in (await conn.execute(query)).all()] == [
                (1, 10.0, 0.5, None),
                (2, 10.0, None, None),
            ]
            await conn.execute(text("UPDATE medications SET volume_ml = 5 WHERE id = 1"))
            assert (await conn.execute(query)).first() == (1, 10.0, 0.5, 5.0)
        await asyncio.to_thread(command.downgrade, cfg, "0019")
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.connect() as conn:
            assert [tuple(r) for r in (await conn.execute(query)).all()] == [
                (1, 10.0, 0.5, None),
                (2, 10.0, None, None),
            ]
    finally:
        await engine.dispose()


async def test_the_skip_a_taken_replaced_is_added_to_doses_already_kept(database_url: str) -> None:
    """0021 on a database holding a skipped dose: it stays skipped, nothing replaced; a
    replaced skip is kept; down and up again keep the dose as it was."""
    from alembic import command
    from sqlalchemy import text

    from bot.storage.migrate import alembic_config

    cfg = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, cfg, "0020")
    engine = create_async_engine(database_url)
    at = dt.datetime(2026, 12, 1, 8, tzinfo=dt.UTC)
    medicine = (
        "INSERT INTO medications (id, user_id, name, amount, unit, times, weekdays, as_needed,"
        " paused, started_at, every_days) VALUES (1, 1, 'butrans', 10, 'mcg', '08:00', 1,"
        " FALSE, FALSE, :at, 1)"
    )
    dose = (
        "INSERT INTO dose_occurrences (id, user_id, medication_id, local_date, local_time,"
        " due_at, cutoff_at, status, late, taken_late, skip_reason, snooze_count,"
        " followup_sent) VALUES (1, 1, 1, :day, '08:00', :at, :at, 'skipped', FALSE, FALSE,"
        " 'forgot', 0, FALSE)"
    )
    query = text("SELECT id, status, skip_reason, replaced_skip FROM dose_occurrences")
    try:
        async with engine.begin() as conn:
            await conn.execute(text(PERSON), {"at": at})
            await conn.execute(text(medicine), {"at": at})
            await conn.execute(text(dose), {"at": at, "day": at.date()})
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.begin() as conn:
            assert tuple((await conn.execute(query)).one()) == (1, "skipped", "forgot", None)
            await conn.execute(
                text(
                    "UPDATE dose_occurrences SET status = 'taken', skip_reason = NULL,"
                    " replaced_skip = 'forgot' WHERE id = 1"
                )
            )
            assert tuple((await conn.execute(query)).one()) == (1, "taken", None, "forgot")
        await asyncio.to_thread(command.downgrade, cfg, "0020")
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.connect() as conn:
            assert tuple((await conn.execute(query)).one()) == (1, "taken", None, None)
    finally:
        await engine.dispose()


async def test_the_stock_out_marks_are_added_to_people_and_doses_already_kept(
    database_url: str,
) -> None:
    """0022 on a database holding a person and a dose: no stock-out said, no dose reminded
    while out; both marks kept once set; down and up again clear them."""
    from alembic import command
    from sqlalchemy import text

    from bot.storage.migrate import alembic_config

    cfg = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, cfg, "0021")
    engine = create_async_engine(database_url)
    at = dt.datetime(2026, 12, 1, 8, tzinfo=dt.UTC)
    medicine = (
        "INSERT INTO medications (id, user_id, name, amount, unit, times, weekdays, as_needed,"
        " paused, started_at, every_days) VALUES (1, 1, 'gabapentin', 300, 'mg', '08:00', 1,"
        " FALSE, FALSE, :at, 1)"
    )
    dose = (
        "INSERT INTO dose_occurrences (id, user_id, medication_id, local_date, local_time,"
        " due_at, cutoff_at, status, late, taken_late, snooze_count, followup_sent)"
        " VALUES (1, 1, 1, :day, '08:00', :at, :at, 'pending', FALSE, FALSE, 0, FALSE)"
    )
    person = text("SELECT id, out_told_at FROM users")
    query = text("SELECT id, status, reminded_out FROM dose_occurrences")
    try:
        async with engine.begin() as conn:
            await conn.execute(text(PERSON), {"at": at})
            await conn.execute(text(medicine), {"at": at})
            await conn.execute(text(dose), {"at": at, "day": at.date()})
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.begin() as conn:
            assert tuple((await conn.execute(person)).one()) == (1, None)
            assert tuple((await conn.execute(query)).one()) == (1, "pending", False)
            await conn.execute(text("UPDATE users SET out_told_at = :at"), {"at": at})
            await conn.execute(text("UPDATE dose_occurrences SET reminded_out = TRUE"))
            assert tuple((await conn.execute(query)).one()) == (1, "pending", True)
            assert (await conn.execute(person)).one()[1] is not None
        await asyncio.to_thread(command.downgrade, cfg, "0021")
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.connect() as conn:
            assert tuple((await conn.execute(person)).one()) == (1, None)
            assert tuple((await conn.execute(query)).one()) == (1, "pending", False)
    finally:
        await engine.dispose()
