"""Soak: 24 simulated hours of 1,000 people, on a driven clock.

What it does (see BENCHMARKS.md, "Floods, head-of-line and soak"):

1. Seeds `--users` onboarded people (default 1,000) in five time zones (Berlin, London,
   New York, Tokyo, Sydney), each with 2-4 scheduled medicines (1-3 times a day), a
   daily check-in time (19:00-21:30 local) and the weekly summary on the simulated day
   (Wednesday 2026-11-25, 18:00 local). Medicines are seeded unmaterialised: the bot's
   own top-up creates their doses and `repair_planned_work` plans check-ins/summaries.
2. Runs the real bot (`build_application` + `start_services`, long polling, the
   production logging set-up) in one process, the fake Bot API in another. The bot's
   clock stands still except when the driver moves it: one simulated minute per step,
   then `deps.ticker.run_once(wait=True)` (as tests/conftest.py `tick` does), then it
   waits (at most `--settle` s) until the fake's people have acted and been answered.
3. The people (fake side), reacting as soon as a message arrives: a reminder is tapped
   `All taken`/`Taken` (55 %), skipped with a reason (15 %) or left alone (nudged, then
   missed); a nudge is answered Taken half the time; a check-in is answered (75 %) and
   its follow-up questions tapped through at random; and each person writes about
   `--texts-per-day` free texts a day at random minutes (realistic mix).
4. After the run: RSS at start, every simulated 3 h and at the end (the bot reads its
   own VmRSS), ERROR/CRITICAL records (a counting handler on the root logger, plus the
   captured stderr), and exactly-once delivery: the first reminder of each due dose
   seen by the fake (occurrence ids from the reminder's signed buttons) against the
   database's due rows, check-in questions per due check-in, summaries per person.

    .venv/bin/python benchmarks/soak.py                     # 1,000 people, SQLite
    .venv/bin/python benchmarks/soak.py --db postgres       # a `bench_soak` database
    .venv/bin/python benchmarks/soak.py --users 300 --hours 24
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import dispatch, floodkit  # noqa: E402
from bot.services.drawing import DRAWINGS_PER_CHILD  # noqa: E402

START = dt.datetime(2026, 11, 25, 0, 0, tzinfo=dt.UTC)  # a Wednesday
ZONES = ("Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney")
CHECKIN_TIMES = ("19:00", "20:00", "21:00", "21:30")
MEDS = (
    ("Ibuprofen", "ibuprofen", 400.0, "08:00, 20:00"),
    ("Gabapentin", "gabapentin", 300.0, "08:00, 14:00, 22:00"),
    ("Duloxetine", "duloxetine", 30.0, "09:00"),
    ("Naproxen", "naproxen", 250.0, "07:30, 19:30"),
    ("Amitriptyline", "amitriptyline", 10.0, "22:00"),
)
FREE_TEXTS = (*floodkit.TEXT_MIX, "pain 4, lower back", "feeling a bit better today")
SQLITE_PATH = Path("/tmp/backtrack-bench/soak.db")
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PG_DB = "bench_soak"
REMINDER = "Time for your"
CHECKIN_ASK = "How is your pain right now?"


# ------------------------------------------------------------------ seeding
def build_rows(n: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Users and their medicines (no doses: the bot materialises them)."""
    from bot.storage.models import Medication, User

    rng = random.Random(seed)
    user_d = dispatch._defaults(User.__table__)
    med_d = dispatch._defaults(Medication.__table__)
    users, meds = [], []
    for uid in range(1, n + 1):
        users.append(
            user_d
            | {
                "id": uid,
                "chat_id": uid,
                "timezone": ZONES[uid % len(ZONES)],
                "timezone_set": True,
                "created_at": START - dt.timedelta(days=8),
                "checkin_time": rng.choice(CHECKIN_TIMES),
                "summary_weekday": START.weekday(),
                "summary_time": "18:00",
            }
        )
        for name, generic, amount, times in rng.sample(MEDS, rng.randint(2, 4)):
            meds.append(
                med_d
                | {
                    "user_id": uid,
                    "name": name,
                    "generic": generic,
                    "amount": amount,
                    "unit": "mg",
                    "times": times,
                    "started_at": START - dt.timedelta(minutes=1),
                    "materialised_until": None,
                }
            )
    return {"users": users, "medications": meds}


async def _seed_pg(rows: dict[str, list[dict[str, Any]]]) -> str:
    import asyncpg
    from sqlalchemy import insert

    from bot.storage.db import make_engine
    from bot.storage.migrate import upgrade
    from bot.storage.models import Base

    admin = await asyncpg.connect(f"{PG_SERVER}/postgres")
    await admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
    await admin.execute(f"CREATE DATABASE {PG_DB}")
    await admin.close()
    url = f"{PG_SERVER.replace('postgresql:', 'postgresql+asyncpg:')}/{PG_DB}"
    await upgrade(url)
    engine = make_engine(url)
    async with engine.begin() as conn:
        for name, table_rows in rows.items():
            await conn.execute(insert(Base.metadata.tables[name]), table_rows)
    await engine.dispose()
    return url


def seed(args: argparse.Namespace) -> str:
    rows = build_rows(args.users, args.seed)
    if args.db == "postgres":
        return asyncio.run(_seed_pg(rows))
    return floodkit.seed_sqlite(rows, SQLITE_PATH)


# ------------------------------------------------------------------ the people (fake API)
def _buttons(markup: Any) -> list[dict[str, Any]]:
    rows = (markup or {}).get("inline_keyboard") or []
    return [b for row in rows for b in row if isinstance(b, dict)]


class SoakApi(floodkit.SlowApi):
    """The simulated people, and what the bot sent them."""

    def __init__(self, args: argparse.Namespace) -> None:
        super().__init__(args.api_delay)
        self.args = args
        self.rng = random.Random(args.seed + 1)
        self.reminded: Counter[int] = Counter()  # occurrence id -> first reminders
        self.asked: Counter[int] = Counter()  # check-in row id -> questions asked
        self.summaries: Counter[int] = Counter()  # chat -> summary charts
        self.kinds: Counter[str] = Counter()
        self.scheduled = 0  # actions decided but not yet made
        self.open: dict[str, float] = {}  # injected, not yet answered -> when

    async def inject(self, chat_id: int, text: str, role: str) -> str:
        ref = await super().inject(chat_id, text, role)
        self.open[ref] = time.time()
        return ref

    def note_reply(self, params: dict[str, Any], method: str) -> None:
        super().note_reply(params, method)
        self.open.pop(str(params.get("bench_ref")), None)

    def act(self, coro_factory: Any) -> None:
        """Do it soon (on this loop), counted as pending until done."""
        self.scheduled += 1
        loop = asyncio.get_running_loop()

        async def run() -> None:
            try:
                await coro_factory()
            except AssertionError:
                self.kinds["press failed"] += 1
            finally:
                self.scheduled -= 1

        loop.call_soon(lambda: loop.create_task(run()))

    async def tap(self, chat: int, message_id: int, label: str) -> None:
        cq = await self.press(chat, message_id, label)
        self.injected[f"c{cq}"] = (chat, "tap", label, time.time())
        self.open[f"c{cq}"] = time.time()

    def on_sent(self, params: dict[str, Any], result: dict[str, Any]) -> None:
        chat, text = int(params["chat_id"]), str(params.get("text", ""))
        mid, buttons = int(result["message_id"]), _buttons(params.get("reply_markup"))
        if REMINDER in text and not isinstance(params.get("bench_ref"), str):
            self.kinds["reminder"] += 1
            for b in buttons:
                if str(b.get("callback_data", "")).startswith("T:"):
                    self.reminded[int(b["callback_data"].split(":")[1])] += 1
            self.on_reminder(chat, mid, buttons)
        elif "Gentle nudge" in text and "dose" in text:
            self.kinds["dose nudge"] += 1
            if self.rng.random() < 0.5:
                self.act(lambda: self.tap(chat, mid, "✅ Taken"))
        elif "How is your pain right now" in text and isinstance(params.get("bench_ref"), str):
            # Sent while handling someone's update: the question asked again after a
            # report came in between (checkin.ask_again) or /checkin, not the dispatcher.
            self.kinds["check-in asked again after a message"] += 1
            self.on_checkin_step(chat, mid, buttons)
        elif text.startswith(CHECKIN_ASK) or "How is your pain right now" in text:
            self.kinds["check-in nudge" if "nudge" in text else "check-in"] += 1
            work = {
                int(str(b["callback_data"]).split(":")[1])
                for b in buttons
                if str(b.get("callback_data", "")).startswith("c:")
            }
            if "nudge" not in text:
                for w in work:
                    self.asked[w] += 1
            if self.rng.random() < 0.75:
                self.act(lambda: self.tap(chat, mid, str(self.rng.randint(0, 10))))
        else:
            self.kinds["other message"] += 1
            self.on_checkin_step(chat, mid, buttons)

    def on_reminder(self, chat: int, mid: int, buttons: list[dict[str, Any]]) -> None:
        r = self.rng.random()
        labels = [str(b["text"]) for b in buttons]
        if r < 0.55:
            label = "✅ All taken" if "✅ All taken" in labels else "✅ Taken"
            self.act(lambda: self.tap(chat, mid, label))
        elif r < 0.70:
            self.act(lambda: self.tap(chat, mid, "⏭ Skip"))

    def on_checkin_step(self, chat: int, mid: int, buttons: list[dict[str, Any]]) -> None:
        """A check-in's next question (sent or redrawn): tap something, 80 %."""
        choices = [
            str(b["text"]) for b in buttons if str(b.get("callback_data", "")).startswith("c:")
        ]
        if choices and self.rng.random() < 0.8:
            label = self.rng.choice(choices)
            self.act(lambda: self.tap(chat, mid, label))

    async def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        result = await super()._m_editmessagetext(params)
        text, buttons = str(params.get("text", "")), _buttons(params.get("reply_markup"))
        chat, mid = int(params["chat_id"]), int(params["message_id"])
        if "Why are you skipping" in text:
            self.act(lambda: self.tap(chat, mid, "Forgot"))
        else:
            self.on_checkin_step(chat, mid, buttons)
        return result

    async def _m_sendphoto(self, params: dict[str, Any]) -> dict[str, Any]:
        result = await super()._m_sendphoto(params)
        self.summaries[int(params["chat_id"])] += 1
        self.sent.clear()
        return result

    async def _m_benchminute(self, params: dict[str, Any]) -> dict[str, Any]:
        """A simulated minute begins: some people write."""
        p = self.args.texts_per_day / 1440
        for uid in range(1, self.args.users + 1):
            if self.rng.random() < p:
                text = self.rng.choice(FREE_TEXTS)
                self.act(lambda u=uid, t=text: self.inject(u, t, "text"))
        return {}

    async def _m_benchpending(self, params: dict[str, Any]) -> dict[str, Any]:
        now = time.time()
        waiting = sum(1 for at in self.open.values() if now - at < 3.0)
        return {"pending": self.scheduled + waiting}

    async def _m_benchdump(self, params: dict[str, Any]) -> dict[str, Any]:
        unanswered = [v for ref, v in self.injected.items() if not self.answered(ref)]
        return {
            "reminded": self.reminded,
            "asked": self.asked,
            "summaries": self.summaries,
            "kinds": self.kinds,
            "injected": len(self.injected),
            "unanswered": unanswered[:20],
            "n_unanswered": len(unanswered),
            "untagged": self.untagged,
        }


# ------------------------------------------------------------------ the bot process
class DrivenClock:
    """Moves only when told."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def now(self) -> dt.datetime:
        return self.at


class CountingHandler(logging.Handler):
    """Counts log records by level name."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()
        self.first: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.levelname] += 1
        if record.levelno >= logging.ERROR and len(self.first) < 10:
            self.first.append(f"{record.name}: {record.getMessage()[:200]}")


async def _post(http: Any, api: str, method: str, payload: dict[str, Any] | None = None) -> Any:
    async with http.post(f"{api}{dispatch.TOKEN}/{method}", json=payload or {}) as resp:
        return (await resp.json())["result"]


class _Traces:
    """With BENCH_TRACEMALLOC=N: where the memory kept since the start was allocated (top
    N source lines between the first snapshot, +3 h, and the last), written to
    /tmp/soak-tracemalloc.txt (the bot's stdout and stderr belong to the run)."""

    def __init__(self) -> None:
        import os
        import tracemalloc

        self.top = int(os.environ.get("BENCH_TRACEMALLOC", "0"))
        self.snaps: list[tuple[str, Any]] = []
        if self.top:
            tracemalloc.start(1)
            self.snaps.append(("start", tracemalloc.take_snapshot()))

    def take(self, label: str) -> None:
        import tracemalloc

        if self.top:
            self.snaps.append((label, tracemalloc.take_snapshot()))

    def report(self) -> None:
        if not self.top or len(self.snaps) < 3:
            return
        pairs = ((self.snaps[0], self.snaps[1]), (self.snaps[1], self.snaps[-1]))
        with open("/tmp/soak-tracemalloc.txt", "w") as out:
            for (a, old), (b, new) in pairs:
                print(f"== tracemalloc {a} -> {b}", file=out)
                for stat in new.compare_to(old, "lineno")[: self.top]:
                    print(f"  {stat}", file=out)


def _rss_mb() -> tuple[float, float]:
    """The bot's own VmRSS and its children's (the drawing process), in MB."""
    import glob
    import os

    children: list[int] = []
    for path in glob.glob(f"/proc/{os.getpid()}/task/*/children"):
        with open(path) as f:
            children += [int(pid) for pid in f.read().split()]
    return floodkit.rss_kb(os.getpid()) / 1024, sum(map(floodkit.rss_kb, children)) / 1024


async def start_bot(args: argparse.Namespace, clock: DrivenClock) -> Any:
    """The real Application, production logging, polling the fake."""
    from bot.app import build_application, start_services
    from bot.config import Settings
    from bot.logconfig import configure

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        TELEGRAM_BOT_TOKEN=dispatch.TOKEN,
        TELEGRAM_API_URL=args.api,
        DATABASE_URL=args.url,
        SEND_RATE_PER_SECOND=0,
        TICK_SECONDS=3600,
        HEALTH_PORT=0,
    )
    configure(settings.log_level, settings.log_format, dispatch.TOKEN)
    app = build_application(settings, clock=clock, whole_process=True)
    await app.initialize()
    await start_services(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=10)
    return app


async def settle(http: Any, api: str, limit: float) -> float:
    """Wait until the people have acted and been answered (at most `limit` s)."""
    began = time.perf_counter()
    await asyncio.sleep(0.005)
    while time.perf_counter() - began < limit:
        if not (await _post(http, api, "benchPending"))["pending"]:
            break
        await asyncio.sleep(0.01)
    return time.perf_counter() - began


async def run_bot(args: argparse.Namespace) -> None:
    import aiohttp

    from bot.app import deps_of, stop_services

    floodkit.tag_replies()
    counter = CountingHandler()
    clock = DrivenClock(START)
    app = await start_bot(args, clock)
    logging.getLogger().addHandler(counter)
    deps = deps_of(app)
    assert deps.ticker is not None
    rss: list[tuple[str, float, float]] = []
    steps, tick_s, settle_s, slow = args.hours * 60, [], 0.0, 0
    async with aiohttp.ClientSession() as http:
        await deps.ticker.run_once(wait=True)  # materialises doses, plans work
        await settle(http, args.api, args.settle)
        rss.append(("first tick", *_rss_mb()))
        # Start-up's deferred work (the gazetteer, then the GC freeze) before "start".
        await asyncio.wait([t for t in (deps.preload, deps.freeze) if t is not None], timeout=60)
        rss.append((clock.now().strftime("%H:%M"), *_rss_mb()))
        traces = _Traces()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for minute in range(1, steps + 1):
            clock.at = START + dt.timedelta(minutes=minute)
            await _post(http, args.api, "benchMinute")
            began = time.perf_counter()
            await deps.ticker.run_once(wait=True)
            tick_s.append(time.perf_counter() - began)
            waited = await settle(http, args.api, args.settle)
            settle_s += waited
            slow += waited >= args.settle
            if minute % 180 == 0:
                rss.append((f"+{minute // 60}h", *_rss_mb()))
                traces.take(f"+{minute // 60}h")
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        traces.report()
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    await stop_services(app)
    print(
        json.dumps(
            {
                "rss": rss,
                "logs": counter.counts,
                "first_errors": counter.first,
                "cpu_s": cpu,
                "wall_s": wall,
                "tick_p50": floodkit.pct(tick_s, 0.5),
                "tick_p99": floodkit.pct(tick_s, 0.99),
                "tick_max": max(tick_s),
                "settle_s": settle_s,
                "settle_timeouts": slow,
                "end": clock.now().isoformat(),
            }
        ),
        flush=True,
    )


# ------------------------------------------------------------------ orchestration
async def db_rows(url: str, end: dt.datetime) -> dict[str, list[tuple[Any, ...]]]:
    """Due doses and due work up to `end`: (id, status, message_id[, kind, user])."""
    from sqlalchemy import select

    from bot.storage.db import make_engine
    from bot.storage.models import DoseOccurrence, DueWork

    engine = make_engine(url)
    async with engine.connect() as conn:
        occ = (
            await conn.execute(
                select(DoseOccurrence.id, DoseOccurrence.status, DoseOccurrence.message_id).where(
                    DoseOccurrence.due_at <= end
                )
            )
        ).all()
        work = (
            await conn.execute(
                select(
                    DueWork.id, DueWork.status, DueWork.message_id, DueWork.kind, DueWork.user_id
                ).where(DueWork.due_at <= end)
            )
        ).all()
    await engine.dispose()
    return {"occ": [tuple(r) for r in occ], "work": [tuple(r) for r in work]}


def orchestrate(args: argparse.Namespace) -> None:
    began = time.time()
    url = seed(args)
    load = floodkit.load_average()
    me = [sys.executable, __file__]
    opts = [
        "--users",
        str(args.users),
        "--seed",
        str(args.seed),
        "--api-delay",
        str(args.api_delay),
    ]
    opts += ["--texts-per-day", str(args.texts_per_day)]
    fake = floodkit.spawn(
        [*me, "--role", "fake", *opts], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert fake.stdout is not None and fake.stdin is not None
    api = fake.stdout.readline().strip()
    log_path = Path(f"/tmp/backtrack-bench/soak-{args.db}.stderr")
    try:
        with log_path.open("w") as err:
            bot = floodkit.spawn(
                [
                    *me,
                    "--role",
                    "bot",
                    "--url",
                    url,
                    "--api",
                    api,
                    "--hours",
                    str(args.hours),
                    "--settle",
                    str(args.settle),
                    *opts,
                ],
                stdout=subprocess.PIPE,
                stderr=err,
            )
            out, _ = bot.communicate()
        if bot.returncode:
            raise SystemExit(f"bot failed ({bot.returncode}); see {log_path}")
        dump = asyncio.run(dispatch._call(api, "benchDump"))
    finally:
        fake.stdin.close()
        fake.wait(timeout=60)
    res = floodkit.json_lines(out)[-1]
    Path(f"/tmp/backtrack-bench/soak-{args.db}-fake.json").write_text(json.dumps(dump))
    rows = asyncio.run(db_rows(url, START + dt.timedelta(hours=args.hours)))
    report(args, res, dump, rows, log_path, load, time.time() - began)


def delivery(dump: dict[str, Any], rows: dict[str, list[Any]]) -> dict[str, Any]:
    """Exactly-once: the fake's first reminders / questions / summaries against the rows."""
    reminded = {int(k): v for k, v in dump["reminded"].items()}
    due = {r[0] for r in rows["occ"]}
    asked = {int(k): v for k, v in dump["asked"].items()}
    checkins = {r[0] for r in rows["work"] if r[3] == "checkin"}
    summary_users = {r[4] for r in rows["work"] if r[3] == "summary"}
    charts = {int(k): v for k, v in dump["summaries"].items()}
    return {
        "doses_due": len(due),
        "doses_reminded": len(due & reminded.keys()),
        "doses_missing": sum(
            1
            for r in rows["occ"]
            if r[0] not in reminded and not (r[1] in ("taken", "skipped") and r[2] is None)
        ),
        "doses_answered_first": sum(
            1
            for r in rows["occ"]
            if r[0] not in reminded and (r[1] in ("taken", "skipped") and r[2] is None)
        ),
        "doses_dup": sum(v - 1 for v in reminded.values() if v > 1),
        "doses_not_due": len(reminded.keys() - due),
        "doses_no_message_id": sum(1 for r in rows["occ"] if r[2] is None),
        "dose_status": Counter(r[1] for r in rows["occ"]),
        "checkins_due": len(checkins),
        "checkins_missing": len(checkins - asked.keys()),
        "checkins_dup": sum(v - 1 for v in asked.values() if v > 1),
        "checkins_dup_ids": sorted(k for k, v in asked.items() if v > 1)[:10],
        "doses_dup_ids": sorted(k for k, v in reminded.items() if v > 1)[:10],
        "checkin_status": Counter(r[1] for r in rows["work"] if r[3] == "checkin"),
        "summaries_due": len(summary_users),
        "summaries_missing": len(summary_users - charts.keys()),
        "summaries_dup": sum(v - 1 for v in charts.values() if v > 1),
    }


def report(
    args: argparse.Namespace,
    res: dict[str, Any],
    dump: dict[str, Any],
    rows: dict[str, list[Any]],
    log_path: Path,
    load: str,
    wall: float,
) -> None:
    d = delivery(dump, rows)
    lines = log_path.read_text(errors="replace").splitlines()
    err_lines = [ln for ln in lines if " ERROR " in ln or " CRITICAL " in ln or "Traceback" in ln]
    rss = res["rss"]
    base = rss[1][1]  # after start-up's deferred work (rss[0]: right after the first tick)
    drift = max(abs(mb - base) for _, mb, _child in rss[1:]) / base * 100
    print(
        f"== soak: {args.users:,} people, {args.hours} simulated h, {args.db} "
        f"(load at start {load}, after {floodkit.load_average()}); wall {wall:.0f} s"
    )
    print(
        "RSS (MB)              "
        + ", ".join(f"{t} {mb:.0f}" for t, mb, _child in rss)
        + f"  -> max drift {drift:.1f} % (target flat within 10 %: "
        f"{'met' if drift <= 10 else 'NOT met'})"
    )
    print(
        "drawing process (MB)  "
        + ", ".join(f"{t} {child:.0f}" for t, _mb, child in rss)
        + " (0: not running; bot.services.drawing replaces it every "
        + f"{DRAWINGS_PER_CHILD} drawings)"
    )
    errors = res["logs"].get("ERROR", 0) + res["logs"].get("CRITICAL", 0)
    print(
        f"log records           {dict(res['logs'])} (>= WARNING); ERROR/CRITICAL {errors} "
        f"(target 0: {'met' if errors == 0 else 'NOT met'}); stderr lines {len(lines)}, "
        f"of them ERROR/CRITICAL/Traceback {len(err_lines)}"
    )
    for first in res["first_errors"]:
        print(f"  {first}")
    print_delivery(d)
    print(
        f"traffic               {dict(dump['kinds'])}; updates injected {dump['injected']:,}, "
        f"unanswered {dump['n_unanswered']}; untagged sends {dump['untagged']}"
    )
    print(
        f"bot                   CPU {res['cpu_s']:.0f} s over {res['wall_s']:.0f} s wall; tick "
        f"p50 {res['tick_p50'] * 1000:.0f} ms p99 {res['tick_p99'] * 1000:.0f} ms max "
        f"{res['tick_max']:.2f} s; waited for people {res['settle_s']:.0f} s "
        f"({res['settle_timeouts']} steps hit --settle)"
    )


def print_delivery(d: dict[str, Any]) -> None:
    """The exactly-once figures."""
    print(
        f"doses due             {d['doses_due']:,}: first reminder seen for {d['doses_reminded']:,}"
        f", answered by text before any reminder {d['doses_answered_first']}, missing "
        f"{d['doses_missing']}, duplicates {d['doses_dup']} {d['doses_dup_ids'] or ''}, "
        f"reminded but not due "
        f"{d['doses_not_due']}, rows without message id {d['doses_no_message_id']}"
    )
    print(f"  dose status         {dict(d['dose_status'])}")
    print(
        f"check-ins due         {d['checkins_due']:,}: missing {d['checkins_missing']}, "
        f"duplicates {d['checkins_dup']} {d['checkins_dup_ids'] or ''}; "
        f"status {dict(d['checkin_status'])}"
    )
    print(
        f"summaries due         {d['summaries_due']:,}: missing {d['summaries_missing']}, "
        f"duplicates {d['summaries_dup']}"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    p.add_argument("--users", type=int, default=1000)
    p.add_argument("--hours", type=int, default=24)
    p.add_argument("--texts-per-day", type=float, default=3.0)
    p.add_argument("--api-delay", type=float, default=0.0, help="fake API answer delay (s)")
    p.add_argument("--settle", type=float, default=2.0, help="most s to wait per step")
    p.add_argument("--seed", type=int, default=11)
    p.add_argument(
        "--role", choices=("main", "fake", "bot"), default="main", help=argparse.SUPPRESS
    )
    for hidden in ("--url", "--api"):
        p.add_argument(hidden, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.role == "fake":
        floodkit.run_loop(floodkit.serve(SoakApi(args)))
    elif args.role == "bot":
        floodkit.bot_main(run_bot, args)
    else:
        orchestrate(args)


if __name__ == "__main__":
    main()
