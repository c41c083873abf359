"""Dispatch benchmark: the real bot sending one morning's reminders to N users.

What it does (see BENCHMARKS.md, "Dispatch"):

1. Seeds N users straight into the database with bulk inserts: each has 3 scheduled
   medications (08:00, 08:00, and 08:00 + 20:00 local), their dose occurrences for the
   next 36 h (computed with `bot.domain.schedule`, exactly as `materialise` would), a
   planned check-in and weekly summary. 90 % of users live in four UTC+1 zones
   (Berlin, Paris, Warsaw, Lagos), so their 08:00 is one instant D; 10 % live in London
   and New York and are not due during the run (they are there to show that the tick
   does not pay for users who have nothing due).
2. Starts a fake Bot API (tests/fakebotapi.py) in its own process and the real bot
   (`build_application` + `start_services`, JobQueue ticker, long polling, aiohttp
   request) in another. The bot's clock stands still at D - 5 s until its first tick
   has finished (that moment is "ready"), then runs at real speed, so D happens 5 s of
   real time later and the JobQueue wakes the dispatcher for it on its own.
3. Stops when every due user has a reminder, waits 2 s more for duplicates, and prints:

   * reminders/s: reminder *messages* per second = messages / (last received - D).
     One message per user (their three doses at 08:00 are grouped); doses/s is 3x.
   * lateness of each message = (real time the fake API received the sendMessage) -
     (real time at which the bot's clock reached the dose's due instant D); p50/p99/max.
   * duplicates: reminder messages beyond one per user; missing: due users without one.
   * peak RSS of the bot process (VmHWM), startup (process spawn -> first tick
     done), DB statements per reminder message during the burst (SQLAlchemy
     `before_cursor_execute`; an executemany counts once) and at start-up.

Run from the repository root::

    .venv/bin/python benchmarks/dispatch.py --users 10k --db sqlite --rate 0
    .venv/bin/python benchmarks/dispatch.py --users 100k --db postgres --rate 0
    .venv/bin/python benchmarks/dispatch.py --users 1k --db sqlite --rate 30
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOKEN = "123456:BENCH"
# 08:00 in the UTC+1 zones on a Wednesday without DST changes nearby.
DUE = dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC)
SEEDED_AT = DUE - dt.timedelta(minutes=10)
LEAD = 5.0  # seconds of real time between "ready" and the due instant
SAME_INSTANT_ZONES = ("Europe/Berlin", "Europe/Paris", "Europe/Warsaw", "Africa/Lagos")
OTHER_ZONES = ("Europe/London", "America/New_York")
MED_TIMES = ("08:00", "08:00", "08:00, 20:00")
MEDS = (("Ibuprofen", "ibuprofen", 400.0), ("Gabapentin", "gabapentin", 300.0))
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
PG_BENCH = "postgresql+asyncpg://postgres@127.0.0.1:5432/bench"
SQLITE_PATH = Path("/tmp/backtrack-bench/dispatch.db")


def zone_of(uid: int) -> str:
    """90 % of users in the same-instant zones, the rest elsewhere."""
    if uid % 10 == 0:
        return OTHER_ZONES[(uid // 10) % len(OTHER_ZONES)]
    return SAME_INSTANT_ZONES[uid % len(SAME_INSTANT_ZONES)]


def due_users(n: int) -> int:
    """How many users are due at DUE."""
    return sum(1 for uid in range(1, n + 1) if uid % 10 != 0)


# ------------------------------------------------------------------ seeding
def _defaults(table: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table.columns:
        default = col.default
        if default is not None and getattr(default, "is_scalar", False):
            out[col.name] = default.arg
        elif col.nullable:
            out[col.name] = None
    return out


Slot = tuple[dt.date, str, dt.datetime, dt.datetime]  # local date, "HH:MM", due, cutoff
WorkItem = tuple[str, dt.date, dt.datetime, bool]  # kind, local date, due, weekly


@dataclass
class _RowBuilder:
    """build_rows' state: each table's defaults, the per-zone caches and the rows so far.

    Every user in one zone has the same slots and check-in/summary times, so they are
    computed once per (zone, times) and reused (100k users take seconds, not minutes).
    """

    user_d: dict[str, Any]
    med_d: dict[str, Any]
    occ_d: dict[str, Any]
    work_d: dict[str, Any]
    end: dt.datetime
    window: dt.timedelta
    slot_cache: dict[tuple[str, str], list[Slot]] = field(default_factory=dict)
    work_cache: dict[str, list[WorkItem]] = field(default_factory=dict)
    # Insertion order is the seeding order: parents before the rows that refer to them.
    rows: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {
            "users": [],
            "medications": [],
            "dose_occurrences": [],
            "due_work": [],
        }
    )

    def slots(self, zone_name: str, times: str) -> list[Slot]:
        """The dose slots of a medication taken at `times` in `zone_name`, as materialise
        computes them, from SEEDED_AT to the horizon."""
        from bot.domain.schedule import missed_cutoff, slots_between
        from bot.storage.models import Medication
        from bot.storage.repositories import schedule_of

        key = (zone_name, times)
        if key not in self.slot_cache:
            zone = ZoneInfo(zone_name)
            sched = schedule_of(Medication(times=times, weekdays=127))
            self.slot_cache[key] = [
                (
                    s.local_date,
                    s.local_time.strftime("%H:%M"),
                    s.due_at,
                    missed_cutoff(s.due_at, sched, zone, self.window),
                )
                for s in slots_between(sched, zone, SEEDED_AT, self.end)
            ]
        return self.slot_cache[key]

    def work(self, zone_name: str) -> list[WorkItem]:
        """The planned check-in and weekly summary of a user in `zone_name`."""
        from bot.domain.checkin import next_checkin
        from bot.domain.quiet import parse_hhmm

        if zone_name not in self.work_cache:
            zone = ZoneInfo(zone_name)
            at = parse_hhmm(self.user_d["checkin_time"])
            assert at is not None
            day, due = next_checkin(at, zone, SEEDED_AT)
            weekly = day.weekday() == self.user_d["summary_weekday"]
            s_day, s_due = self._next_summary(zone)
            self.work_cache[zone_name] = [
                ("checkin", day, due, weekly),
                ("summary", s_day, s_due, False),
            ]
        return self.work_cache[zone_name]

    def _next_summary(self, zone: ZoneInfo) -> tuple[dt.date, dt.datetime]:
        """The first weekly summary due at or after SEEDED_AT in `zone` (day, due)."""
        from bot.domain.quiet import parse_hhmm
        from bot.domain.schedule import local_to_utc

        s_at = parse_hhmm(self.user_d["summary_time"])
        assert s_at is not None
        s_day = SEEDED_AT.astimezone(zone).date()
        while True:
            s_due = local_to_utc(s_day, s_at, zone)
            if s_day.weekday() == self.user_d["summary_weekday"] and s_due >= SEEDED_AT:
                return s_day, s_due
            s_day += dt.timedelta(days=1)

    def add_user(self, uid: int) -> None:
        """User `uid` with their medications, dose occurrences and due work."""
        zone_name = zone_of(uid)
        self.rows["users"].append(
            self.user_d
            | {
                "id": uid,
                "chat_id": uid,
                "timezone": zone_name,
                "timezone_set": True,
                "created_at": SEEDED_AT,
            }
        )
        for k, times in enumerate(MED_TIMES):
            med_id = self._add_medication(uid, k, times)
            for slot in self.slots(zone_name, times):
                self._add_occurrence(uid, med_id, slot)
        for item in self.work(zone_name):
            self._add_work(uid, item)

    def _add_medication(self, uid: int, k: int, times: str) -> int:
        """The user's k-th medication (of MED_TIMES); returns its id."""
        meds = self.rows["medications"]
        med_id = len(meds) + 1  # ids run 1, 2, ... over all users, as they are appended
        name, generic, amount = MEDS[k % len(MEDS)] if k < 2 else ("Duloxetine", None, 30.0)
        meds.append(
            self.med_d
            | {
                "id": med_id,
                "user_id": uid,
                "name": name,
                "generic": generic,
                "amount": amount,
                "unit": "mg",
                "times": times,
                "started_at": SEEDED_AT,
                "materialised_until": self.end,
            }
        )
        return med_id

    def _add_occurrence(self, uid: int, med_id: int, slot: Slot) -> None:
        """One pending dose occurrence of medication `med_id`, due to be reminded."""
        local_date, local_time, due_at, cutoff_at = slot
        occs = self.rows["dose_occurrences"]
        occs.append(
            self.occ_d
            | {
                "id": len(occs) + 1,
                "user_id": uid,
                "medication_id": med_id,
                "local_date": local_date,
                "local_time": local_time,
                "due_at": due_at,
                "cutoff_at": cutoff_at,
                "status": "pending",
                "next_at": due_at,
                "next_action": "remind",
            }
        )

    def _add_work(self, uid: int, item: WorkItem) -> None:
        """One pending check-in or weekly summary."""
        kind, day, due, weekly = item
        works = self.rows["due_work"]
        works.append(
            self.work_d
            | {
                "id": len(works) + 1,
                "user_id": uid,
                "kind": kind,
                "local_date": day,
                "due_at": due,
                "status": "pending",
                "next_at": due,
                "next_action": "ask" if kind == "checkin" else "send",
                "weekly": weekly,
            }
        )


def build_rows(n: int) -> dict[str, list[dict[str, Any]]]:
    """Every row to insert, computed with the same domain code the bot uses."""
    from bot.storage.models import DoseOccurrence, DueWork, Medication, User
    from bot.storage.repositories import HORIZON

    user_d = _defaults(User.__table__)
    builder = _RowBuilder(
        user_d=user_d,
        med_d=_defaults(Medication.__table__),
        occ_d=_defaults(DoseOccurrence.__table__),
        work_d=_defaults(DueWork.__table__),
        end=SEEDED_AT + HORIZON,
        window=dt.timedelta(minutes=user_d["missed_cutoff_minutes"]),
    )
    for uid in range(1, n + 1):
        builder.add_user(uid)
    return builder.rows


def seed_sqlite(rows: dict[str, list[dict[str, Any]]]) -> str:
    """Fresh migrated SQLite file, filled with Core executemany (type processing included)."""
    from sqlalchemy import create_engine

    from bot.storage.migrate import upgrade_sync
    from bot.storage.models import Base

    SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
    url = f"sqlite+aiosqlite:///{SQLITE_PATH}"
    upgrade_sync(url)
    engine = create_engine(f"sqlite:///{SQLITE_PATH}")
    with engine.begin() as conn:
        for name, table_rows in rows.items():
            conn.execute(Base.metadata.tables[name].insert(), table_rows)
    engine.dispose()
    return url


async def _seed_pg(rows: dict[str, list[dict[str, Any]]]) -> None:
    import asyncpg

    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute("DROP DATABASE IF EXISTS bench WITH (FORCE)")
    await admin.execute("CREATE DATABASE bench")
    await admin.close()
    from bot.storage.migrate import upgrade

    await upgrade(PG_BENCH)
    conn = await asyncpg.connect(PG_ADMIN.rsplit("/", 1)[0] + "/bench")
    try:
        for name, table_rows in rows.items():
            cols = list(table_rows[0])
            await conn.copy_records_to_table(
                name, records=[tuple(r[c] for c in cols) for r in table_rows], columns=cols
            )
            await conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT max(id) FROM {name}))"
            )
            await conn.execute(f"ANALYZE {name}")
    finally:
        await conn.close()


def seed(db: str, n: int) -> tuple[str, float]:
    """Seed the chosen backend; returns (URL, seconds)."""
    started = time.perf_counter()
    rows = build_rows(n)
    if db == "sqlite":
        url = seed_sqlite(rows)
    else:
        asyncio.run(_seed_pg(rows))
        url = PG_BENCH
    return url, time.perf_counter() - started


# ------------------------------------------------------------------ fake API process
async def run_fake() -> None:
    """Serve the fake Bot API; record when each sendMessage arrived."""
    from aiohttp import web  # noqa: F401  (imported for the fake)

    from tests.fakebotapi import FakeBotApi

    class BenchApi(FakeBotApi):
        def __init__(self) -> None:
            super().__init__(TOKEN)
            self.arrivals: list[tuple[int, float, bool]] = []
            self.reminders = 0

        async def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
            at = time.time()
            result = await super()._m_sendmessage(params)
            reminder = "Time for your" in str(params.get("text", ""))
            self.arrivals.append((int(params["chat_id"]), at, reminder))
            self.reminders += reminder
            # Keep the fake lean at 100k: the benchmark needs arrivals, not message history.
            self.sent.clear()
            self.request_log.clear()
            return result

        async def _m_benchstats(self, params: dict[str, Any]) -> dict[str, Any]:
            return {"reminders": self.reminders, "messages": len(self.arrivals)}

        async def _m_benchdump(self, params: dict[str, Any]) -> list[Any]:
            return self.arrivals

    api = BenchApi()
    await api.start()
    print(api.base_url, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await api.stop()


# ------------------------------------------------------------------ bot process
class BenchClock:
    """Stands still until `start()`, then runs at real speed from where it stood."""

    def __init__(self, at: dt.datetime) -> None:
        self._at = at
        self._since: float | None = None

    def now(self) -> dt.datetime:
        if self._since is None:
            return self._at
        return self._at + dt.timedelta(seconds=time.time() - self._since)

    def start(self) -> float:
        self._since = time.time()
        return self._since


async def _call(api: str, method: str) -> Any:
    import aiohttp

    async with aiohttp.ClientSession() as http, http.post(f"{api}{TOKEN}/{method}") as resp:
        return (await resp.json())["result"]


def peak_rss_kb() -> int:
    """This process's own RSS high-water mark (VmHWM).

    Not `ru_maxrss`: Linux carries the parent's high-water mark across fork + exec into
    it, so a bot spawned by an orchestrator that has just seeded 100k users in memory
    "peaked" at the orchestrator's size. VmHWM belongs to the exec'd image alone.
    """
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


@dataclass
class _BotRun:
    """What run_bot measures, shared by the hooks it puts into the bot."""

    spawned_at: float
    clock: BenchClock
    queries: int = 0  # SQL statements so far (before_cursor_execute)
    marks: dict[str, float] = field(default_factory=dict)  # start-up step -> s since spawn
    ready: dict[str, float] = field(default_factory=dict)  # at, queries, cpu: first tick done
    # Time in the garbage collector during the burst, per generation (bot.runtime).
    gc_seconds: dict[str, float] = field(default_factory=dict)
    gc_runs: dict[str, int] = field(default_factory=dict)
    gc_began: float = 0.0

    def mark(self, name: str) -> None:
        """Note that start-up step `name` is done, in seconds since the process spawned."""
        self.marks[name] = time.time() - self.spawned_at

    def on_gc(self, phase: str, info: dict[str, int]) -> None:
        """gc.callbacks hook: add each collection's duration to its generation."""
        if phase == "start":
            self.gc_began = time.perf_counter()
            return
        key = f"gen{info['generation']}"
        self.gc_seconds[key] = self.gc_seconds.get(key, 0.0) + time.perf_counter() - self.gc_began
        self.gc_runs[key] = self.gc_runs.get(key, 0) + 1


def _count_queries(engine: Any, run: _BotRun) -> None:
    """Count every SQL statement the engine runs into `run.queries`."""
    from sqlalchemy import event

    def count(*_a: Any, **_k: Any) -> None:
        run.queries += 1

    event.listen(engine.sync_engine, "before_cursor_execute", count)


async def _boot(args: argparse.Namespace, run: _BotRun) -> Any:
    """Build, initialise and start the services of the real Application (marks noted)."""
    from bot.app import build_application, start_services
    from bot.config import Settings

    # Imported here, at call time: rush_replies' `instrument` patches it before run_bot.
    from bot.storage.db import make_engine

    engine = make_engine(args.url)
    _count_queries(engine, run)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=args.api,
        DATABASE_URL=args.url,
        SEND_RATE_PER_SECOND=args.rate,
    )
    run.mark("imported")
    app = build_application(settings, clock=run.clock, engine=engine, whole_process=True)
    await app.initialize()
    run.mark("initialized")
    await start_services(app)
    run.mark("services")
    return app


def _wire_limiter(app: Any, rate: float) -> str:
    """Make sure reminders go through a SendLimiter at `rate` (0 = none); says how."""
    from bot.app import deps_of
    from bot.telegram.notifier import TelegramNotifier
    from bot.telegram.ratelimit import SendLimiter

    notifier = deps_of(app).dispatcher.notifier
    assert isinstance(notifier, TelegramNotifier)
    sender = notifier.sender  # deps.sender is the replies' view of it
    limiter = SendLimiter(rate)
    if not limiter.enabled:
        return "no limiter"
    if getattr(sender, "limiter", None) is not None:
        return "the Sender's own limiter"
    if hasattr(sender, "limiter"):
        sender.limiter = limiter
        return "Sender.limiter"
    original = sender.send

    async def limited_send(chat_id: int, text: str, markup: Any = None) -> Any:
        async with limiter.slot(chat_id):
            return await original(chat_id, text, markup)

    sender.send = limited_send  # type: ignore[method-assign]
    return "wrapped Sender.send"


def _hold_clock_until_first_tick(app: Any, run: _BotRun) -> None:
    """Wrap the dispatcher's tick: the first one done starts the clock ("ready")."""
    from bot.app import deps_of

    dispatcher = deps_of(app).dispatcher
    tick = dispatcher.tick

    async def first_tick_then_run() -> Any:
        run.marks.setdefault("first_tick_start", time.time() - run.spawned_at)
        result = await tick()
        if not run.ready:
            run.ready["at"] = run.clock.start()
            run.ready["queries"] = run.queries
            run.ready["cpu"] = time.process_time()
            # Only the burst's collections count: forget start-up's.
            run.gc_seconds.clear()
            run.gc_runs.clear()
        return result

    dispatcher.tick = first_tick_then_run  # type: ignore[method-assign]


async def _rss_every_second(args: argparse.Namespace) -> None:
    """BENCH_MEMDEBUG: print the bot's RSS and the reminders sent, every second."""
    while True:
        with open("/proc/self/statm") as f:  # noqa: ASYNC230 - procfs, instant
            pages = int(f.read().split()[1])
        print(
            f"rss {pages * 4 // 1024} MB at +{time.time() - args.spawned_at:.0f}s "
            f"sent {(await _call(args.api, 'benchStats'))['reminders']}",
            file=sys.stderr,
        )
        await asyncio.sleep(1)


def _print_memory_use() -> None:
    """BENCH_MEMDEBUG: where the memory went (slow; debugging only)."""
    import collections
    import tracemalloc

    counts = collections.Counter(type(o).__name__ for o in gc.get_objects())
    print("objects:", counts.most_common(15), file=sys.stderr)
    if tracemalloc.is_tracing():
        top = tracemalloc.take_snapshot().statistics("lineno")[:15]
        for stat in top:
            print(stat, file=sys.stderr)


async def _wait_for_reminders(args: argparse.Namespace, run: _BotRun, deadline: float) -> None:
    """Poll the fake API until `args.expect` reminders arrived (after ready) or the deadline."""
    while time.time() < deadline:
        await asyncio.sleep(0.25)
        if run.ready and (await _call(args.api, "benchStats"))["reminders"] >= args.expect:
            break


async def _stop_bot(app: Any) -> None:
    """Stop polling, the Application and the services, in the order `backtrack run` does."""
    from bot.app import stop_services

    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    await stop_services(app)


async def run_bot(args: argparse.Namespace) -> None:
    """The real Application against the fake API; prints one JSON line of results."""
    run = _BotRun(args.spawned_at, BenchClock(DUE - dt.timedelta(seconds=LEAD)))
    app = await _boot(args, run)
    wired = _wire_limiter(app, args.rate)
    _hold_clock_until_first_tick(app, run)
    gc.callbacks.append(run.on_gc)
    if os.environ.get("BENCH_MEMDEBUG"):
        asyncio.get_running_loop().create_task(_rss_every_second(args))
    await app.start()
    run.mark("started")
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=10)
    deadline = time.time() + args.timeout
    await _wait_for_reminders(args, run, deadline)
    done_at = time.time()
    burst_cpu = time.process_time() - run.ready.get("cpu", 0.0)
    burst_queries = run.queries - run.ready.get("queries", 0)
    await asyncio.sleep(2.0)  # anything sent now is a duplicate
    peak_kb = peak_rss_kb()
    if os.environ.get("BENCH_MEMDEBUG"):
        _print_memory_use()
    await _stop_bot(app)
    ready = run.ready
    print(
        json.dumps(
            {
                "ready_at": ready.get("at"),
                "startup_s": ready.get("at", done_at) - args.spawned_at,
                "startup_queries": ready.get("queries"),
                "burst_queries": burst_queries,
                "burst_cpu_s": burst_cpu,
                "gc_seconds": run.gc_seconds,
                "gc_runs": run.gc_runs,
                "burst_wall_s": done_at - ready.get("at", done_at),
                "peak_rss_mb": peak_kb / 1024,
                "limiter": wired,
                "marks": run.marks,
                "timed_out": done_at >= deadline,
            }
        ),
        flush=True,
    )


# ------------------------------------------------------------------ orchestration
def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


async def _sent_doses(url: str) -> int:
    from sqlalchemy import func, select

    from bot.storage.db import make_engine
    from bot.storage.models import DoseOccurrence

    engine = make_engine(url)
    async with engine.connect() as conn:
        sent = await conn.scalar(
            select(func.count()).where(
                DoseOccurrence.status == "sent", DoseOccurrence.message_id.is_not(None)
            )
        )
    await engine.dispose()
    return int(sent or 0)


def _proc_cpu(pid: int, children: bool = False) -> float:
    """CPU seconds (user + system) a process has used, with `children` also those of its
    reaped children (a PostgreSQL backend that has exited); 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(") ", 1)[1].split()
    except (FileNotFoundError, IndexError):
        return 0.0
    used = int(fields[11]) + int(fields[12])
    if children:
        used += int(fields[13]) + int(fields[14])
    return used / os.sysconf("SC_CLK_TCK")


def _cpu_snapshot(fake_pid: int) -> dict[str, float]:
    """Machine-wide busy and idle CPU seconds, the fake API's, and PostgreSQL's (all its
    backends), so a run shows where the two cores went (Linux /proc only)."""
    tck = os.sysconf("SC_CLK_TCK")
    snap = {"fake": _proc_cpu(fake_pid), "postgres": 0.0, "busy": 0.0, "idle": 0.0}
    try:
        with open("/proc/stat") as f:
            cpu = [int(v) for v in f.readline().split()[1:]]
        snap["idle"] = (cpu[3] + cpu[4]) / tck
        snap["busy"] = (sum(cpu[:8]) - cpu[3] - cpu[4]) / tck
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    with open(f"/proc/{entry.name}/comm") as f:
                        if f.read().strip() == "postgres":
                            snap["postgres"] += _proc_cpu(int(entry.name), children=True)
                except OSError:
                    continue
    except OSError:
        pass
    return snap


@dataclass
class _Burst:
    """The burst as the fake API saw it: reminder messages and their timing."""

    reminders: list[tuple[int, float]]  # (chat id, real time received)
    expect: int
    due_real: float  # real time at which the bot's clock reached DUE

    def per_chat(self) -> Counter[int]:
        """Reminder messages per chat."""
        return Counter(c for c, _ in self.reminders)

    def late(self) -> list[float]:
        """Each message's lateness: received - due_real."""
        return [t - self.due_real for _, t in self.reminders]

    def first_last(self) -> tuple[float, float]:
        """Real times of the first and last reminder received (due_real if none)."""
        if not self.reminders:
            return self.due_real, self.due_real
        return min(t for _, t in self.reminders), max(t for _, t in self.reminders)

    def rate(self) -> float:
        """Reminder messages per second = messages / (last received - due)."""
        last = self.first_last()[1]
        return (
            len(self.reminders) / (last - self.due_real) if last > self.due_real else float("nan")
        )

    def peak_1s(self) -> int:
        """Highest number of messages in any 1-second window (limiter check)."""
        times = sorted(t for _, t in self.reminders)
        peak, j = 0, 0
        for i, t in enumerate(times):
            while times[j] < t - 1.0:
                j += 1
            peak = max(peak, i - j + 1)
        return peak

    def min_gap(self) -> float | None:
        """Shortest time between two reminders to one chat (None: none had two)."""
        chat_times: dict[int, list[float]] = {}
        for c, t in self.reminders:
            chat_times.setdefault(c, []).append(t)
        return min(
            (
                b - a
                for ts in chat_times.values()
                for a, b in zip(sorted(ts), sorted(ts)[1:], strict=False)
            ),
            default=None,
        )


def _spawn_fake(env: dict[str, str]) -> subprocess.Popen[str]:
    """This script in the fake API role; it prints its URL on its first line."""
    return subprocess.Popen(
        [sys.executable, __file__, "--role", "fake"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _bot_command(args: argparse.Namespace, url: str, api: str, expect: int) -> list[str]:
    """The command line of this script in the bot role, spawned now."""
    return [
        sys.executable,
        __file__,
        "--role",
        "bot",
        "--url",
        url,
        "--api",
        api,
        "--rate",
        str(args.rate),
        "--expect",
        str(expect),
        "--spawned-at",
        repr(time.time()),
        "--timeout",
        str(args.timeout),
    ]


def _run_processes(
    args: argparse.Namespace, url: str, expect: int
) -> tuple[dict[str, Any], list[Any], dict[str, float]]:
    """Run the fake API and the bot to the end: the bot's JSON result, the fake's
    arrivals and the CPU seconds spent (see `_cpu_snapshot`) over the bot's run."""
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    fake = _spawn_fake(env)
    assert fake.stdout is not None and fake.stdin is not None
    api = fake.stdout.readline().strip()
    try:
        cpu_before = _cpu_snapshot(fake.pid)
        bot = subprocess.run(
            _bot_command(args, url, api, expect),
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        cpu_after = _cpu_snapshot(fake.pid)
        res = json.loads(bot.stdout.strip().splitlines()[-1])
        arrivals = asyncio.run(_call(api, "benchDump"))
    finally:
        fake.stdin.close()
        fake.wait(timeout=30)
    spent = {k: cpu_after[k] - cpu_before[k] for k in cpu_before}
    return res, arrivals, spent


def _print_delivery(args: argparse.Namespace, burst: _Burst, doses: int) -> None:
    """The report's first part: what was sent, how fast and how late."""
    reminders, due_real = burst.reminders, burst.due_real
    per_chat = burst.per_chat()
    dups = sum(k - 1 for k in per_chat.values())
    missing = burst.expect - len(per_chat)
    late = burst.late()
    first, last = burst.first_last()
    rate = burst.rate()
    label = (
        f"{args.users} users, {args.db}, limiter {'off' if not args.rate else f'{args.rate:g}/s'}"
    )
    print(f"== dispatch: {label}")
    print(
        f"reminder messages     {len(reminders):,} (expected {burst.expect:,}, missing {missing})"
    )
    print(f"doses recorded sent   {doses:,} (3 per message)")
    print(f"reminders/s           {rate:,.0f} messages/s  ({3 * rate:,.0f} doses/s)")
    print(f"  first/last sent     +{first - due_real:.3f} s / +{last - due_real:.3f} s after due")
    print(
        f"lateness              p50 {_pct(late, 0.5):.3f} s  p99 {_pct(late, 0.99):.3f} s  "
        f"max {max(late, default=float('nan')):.3f} s  "
        f"(mean {statistics.fmean(late) if late else 0:.3f})"
    )
    print(f"duplicates            {dups}")
    print(
        f"peak 1-s window       {burst.peak_1s()} messages; min gap in one chat {burst.min_gap()}"
    )


def _print_costs(res: dict[str, Any], spent: dict[str, float], messages: int) -> None:
    """The report's second part: memory, start-up, statements, CPU and GC of the bot."""
    print(f"peak RSS (bot)        {res['peak_rss_mb']:.0f} MB")
    print(
        f"startup               {res['startup_s']:.2f} s (spawn -> first tick done), "
        f"{res['startup_queries']} statements"
    )
    per = res["burst_queries"] / max(messages, 1)
    print(
        f"DB statements         {per:.2f} per reminder message ({res['burst_queries']:,} in burst)"
    )
    print(
        f"bot CPU in burst      {res['burst_cpu_s']:.2f} s of {res['burst_wall_s']:.2f} s wall "
        f"({1000 * res['burst_cpu_s'] / max(messages, 1):.3f} ms per message)"
    )
    per_msg = 1000 / max(messages, 1)
    print(
        f"CPU over the bot run  machine busy {spent['busy']:.1f} s, idle {spent['idle']:.1f} s; "
        f"fake API {spent['fake']:.1f} s ({spent['fake'] * per_msg:.2f} ms/msg), "
        f"PostgreSQL {spent['postgres']:.1f} s ({spent['postgres'] * per_msg:.2f} ms/msg)"
    )
    gc_seconds, gc_runs = res["gc_seconds"], res["gc_runs"]
    print(
        f"GC in burst           {sum(gc_seconds.values()):.2f} s "
        + ", ".join(f"{k} {gc_runs[k]}× {v:.2f} s" for k, v in sorted(gc_seconds.items()))
    )
    print(f"startup marks         {res['marks']}")
    print(f"limiter wiring        {res['limiter']}; timed out: {res['timed_out']}")


def orchestrate(args: argparse.Namespace) -> None:
    """Seed, run the fake API and the bot in their own processes, print the figures."""
    n = SIZES.get(args.users) or int(args.users)
    expect = due_users(n)
    print(f"seeding {n:,} users into {args.db} ...", flush=True)
    url, seed_s = seed(args.db, n)
    print(f"seeded in {seed_s:.1f} s; {expect:,} users due at {DUE:%H:%M} UTC", flush=True)
    res, arrivals, spent = _run_processes(args, url, expect)
    doses = asyncio.run(_sent_doses(url))
    reminders = [(c, t) for c, t, r in arrivals if r]
    burst = _Burst(reminders, expect, res["ready_at"] + LEAD)
    _print_delivery(args, burst, doses)
    _print_costs(res, spent, len(reminders))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--users", default="1k", help="1k, 10k, 100k or a number")
    p.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    p.add_argument("--rate", type=float, default=0.0, help="SEND_RATE_PER_SECOND (0 = off)")
    p.add_argument("--timeout", type=float, default=900.0, help="give up after this many s")
    p.add_argument(
        "--role", choices=("main", "fake", "bot"), default="main", help=argparse.SUPPRESS
    )
    p.add_argument("--url", help=argparse.SUPPRESS)
    p.add_argument("--api", help=argparse.SUPPRESS)
    p.add_argument("--expect", type=int, help=argparse.SUPPRESS)
    p.add_argument("--spawned-at", type=float, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.role == "fake":
        fake_profile = os.environ.get("BENCH_FAKE_PROFILE")  # cProfile of the fake API
        if fake_profile:
            import cProfile

            cProfile.runctx("asyncio.run(run_fake())", globals(), locals(), fake_profile)
        else:
            # The fake shares the machine's two cores with the bot and the database: on
            # uvloop it takes less of them (its CPU is printed, and is not the bot's cost).
            from bot.cli import loop_factory

            with asyncio.Runner(loop_factory=loop_factory()) as runner:
                runner.run(run_fake())
    elif args.role == "bot":
        if os.environ.get("BENCH_MEMDEBUG") == "trace":
            import tracemalloc

            tracemalloc.start()
        profile = os.environ.get("BENCH_PROFILE")  # a path: write cProfile stats there
        if profile:
            import cProfile

            cProfile.runctx("asyncio.run(run_bot(args))", globals(), locals(), profile)
        else:
            from bot.cli import loop_factory  # the event loop `backtrack run` uses

            with asyncio.Runner(loop_factory=loop_factory()) as runner:
                runner.run(run_bot(args))
    else:
        orchestrate(args)


if __name__ == "__main__":
    main()
