"""Rush-hour replies: people tapping and writing while the 08:00 burst goes out.

What it does (see BENCHMARKS.md, "Rush-hour replies"):

1. Seeds N users exactly as `benchmarks/dispatch.py` does (its `build_rows`), so 90 %
   of them are due at one instant D, and runs the real bot (`dispatch.run_bot`:
   `build_application` + `start_services`, long polling, the BenchClock, the
   SendLimiter when `--rate` > 0) against a fake Bot API in another process.
2. The fake API here (`RushApi`, a `FakeBotApi` subclass) picks `--taps` and `--texts`
   due users at random. When such a user's reminder arrives, it waits a random
   "reading time" (uniform 0..`--think` s) and then acts as Telegram would:
   * a tap: a `callback_query` on the reminder just received, with the real
     `✅ Taken` button's signed callback_data (`FakeBotApi.press`);
   * a text: a message ("took my gabapentin", "pain 6", "/help", ...) via `send_text`.
   So the injected updates start as the burst starts and follow it, whatever its pace.
   The bot fetches them by `getUpdates` like every other update.
3. Per injected update the fake notes, on its own clock: when it was queued
   (injection), when a `getUpdates` answer first handed it to the bot, and every reply
   to that chat: `answerCallbackQuery`, `editMessageText`, and `sendMessage` other
   than a reminder. Each user is injected once, so every reply to that chat after its
   injection belongs to it. Reply latency = first reply - injection: for a tap that is
   the `answerCallbackQuery` (the spinner stops, "Recorded"); the redrawn reminder
   (`editMessageText`) is printed too. For a text it is the bot's first message back.
4. Prints the burst's figures as dispatch.py does (reminders, msgs/s, lateness) and
   the replies' (count, p50/p99/max, unanswered), the wait before `getUpdates`
   handed the update over, and the bot's event-loop lag during the burst.
5. Where the time goes, seen from inside the bot process (`instrument`, patches that
   live in this benchmark's bot process only): when PTB started and finished handling
   each person's update, and how long every SQL statement, commit and wait for a pooled
   connection took, split by who ran it (reply handlers or the dispatcher).

Run from the repository root::

    .venv/bin/python benchmarks/rush_replies.py --users 10k --db sqlite --rate 0
    .venv/bin/python benchmarks/rush_replies.py --users 10k --db sqlite --rate 30
    .venv/bin/python benchmarks/rush_replies.py --users 10k --db postgres --rate 0

PostgreSQL: a `bench_rush` database is recreated on 127.0.0.1:5432 (created from the
`postgres` maintenance database; the tests' `test` database is never touched).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from contextvars import ContextVar
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import dispatch  # noqa: E402
from bot.devtools.fakebotapi import FakeBotApi  # noqa: E402

TEXTS = ("took my gabapentin", "pain 6", "/help", "took my ibuprofen 400mg")
TAP_BUTTON = "✅ Taken"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PG_DB = "bench_rush"
SQLITE_PATH = Path("/tmp/backtrack-bench/rush_replies.db")
GRACE = 10.0  # seconds after the last reminder and injection before giving up on replies


# ------------------------------------------------------------------ fake API process
class RushApi(FakeBotApi):
    """The fake Bot API, acting as the people who tap and write during the burst."""

    def __init__(self, args: argparse.Namespace) -> None:
        super().__init__(dispatch.TOKEN)
        self.expect: int = args.expect
        self.think: float = args.think
        self.rng = random.Random(args.seed)
        self.plan = plan_injections(args.n, args.taps, args.texts, self.rng)
        self.arrivals: list[tuple[int, float, bool]] = []
        self.reminders = 0
        self.injected: dict[int, tuple[str, str, float]] = {}  # chat -> (kind, what, at)
        self.fetched: dict[int, float] = {}  # chat -> first getUpdates answer holding it
        self.replies: dict[int, list[tuple[str, float]]] = {}
        self.last_event = 0.0

    # -- the people
    def _schedule(self, chat_id: int, message_id: int) -> None:
        if chat_id not in self.plan or chat_id in self.injected:
            return
        delay = self.rng.uniform(0.0, self.think)
        loop = asyncio.get_running_loop()
        loop.call_later(delay, lambda: loop.create_task(self._inject(chat_id, message_id)))

    async def _inject(self, chat_id: int, message_id: int) -> None:
        kind, what = self.plan[chat_id]
        at = time.time()
        self.injected[chat_id] = (kind, what, at)
        self.last_event = max(self.last_event, at)
        if kind == "tap":
            await self.press(chat_id, message_id, what)
        else:
            await self.send_text(chat_id, what)

    def _reply(self, chat_id: int | None, method: str, at: float) -> None:
        if chat_id in self.injected:
            self.replies.setdefault(chat_id, []).append((method, at))

    # -- Bot API methods
    async def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        at = time.time()
        result = await super()._m_sendmessage(params)
        chat_id = int(params["chat_id"])
        if "Time for your" in str(params.get("text", "")):
            self.arrivals.append((chat_id, at, True))
            self.reminders += 1
            self.last_event = max(self.last_event, at)
            self._schedule(chat_id, int(result["message_id"]))
        else:
            self._reply(chat_id, "send", at)
        # Keep the fake lean (as dispatch.py's): `_store` keeps what `press` needs.
        self.sent.clear()
        self.request_log.clear()
        return result

    async def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        at = time.time()
        result = await super()._m_editmessagetext(params)
        self._reply(int(params["chat_id"]), "edit", at)
        return result

    async def _m_answercallbackquery(self, params: dict[str, Any]) -> bool:
        at = time.time()
        chat_id = self._open_queries.get(str(params.get("callback_query_id")), (None, 0))[0]
        result = await super()._m_answercallbackquery(params)
        self._reply(chat_id, "answer", at)
        return result

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        updates = await super()._m_getupdates(params)
        at = time.time()
        for update in updates:
            inner = update.get("message") or update.get("callback_query") or {}
            sender = inner.get("from") or {}
            if "id" in sender:
                self.fetched.setdefault(int(sender["id"]), at)
        return updates

    # -- the orchestrator's window
    def settled(self) -> bool:
        """Every reminder out, every injection made and answered (or the grace is over)."""
        if self.reminders < self.expect:
            return False
        everyone = len(self.injected) == len(self.plan)
        if everyone and all(self._complete(chat) for chat in self.injected):
            return True
        return time.time() - self.last_event > GRACE

    def _complete(self, chat_id: int) -> bool:
        methods = {m for m, _ in self.replies.get(chat_id, [])}
        return "edit" in methods if self.injected[chat_id][0] == "tap" else bool(methods)

    async def _m_benchstats(self, params: dict[str, Any]) -> dict[str, Any]:
        # dispatch.run_bot stops once "reminders" reaches its --expect: hold it back until
        # the injected updates are answered too.
        shown = self.reminders if self.settled() else min(self.reminders, self.expect - 1)
        return {"reminders": shown, "messages": len(self.arrivals)}

    async def _m_benchdump(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "arrivals": self.arrivals,
            "injected": self.injected,
            "fetched": self.fetched,
            "replies": self.replies,
        }


def plan_injections(
    n: int, taps: int, texts: int, rng: random.Random
) -> dict[int, tuple[str, str]]:
    """Which due users tap `✅ Taken` and which write (and what); disjoint."""
    due = [uid for uid in range(1, n + 1) if uid % 10 != 0]  # dispatch.zone_of's due users
    chosen = rng.sample(due, min(len(due), taps + texts))
    plan = {uid: ("tap", TAP_BUTTON) for uid in chosen[:taps]}
    for i, uid in enumerate(chosen[taps:]):
        plan[uid] = ("text", TEXTS[i % len(TEXTS)])
    return plan


async def run_fake(args: argparse.Namespace) -> None:
    """Serve the RushApi until stdin closes (the orchestrator's signal)."""
    api = RushApi(args)
    await api.start()
    print(api.base_url, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await api.stop()


# ------------------------------------------------------------------ bot process
# Where a reply's time goes, seen from inside the bot (printed as JSON at the end).
IN_UPDATE: ContextVar[bool] = ContextVar("in_update", default=False)
HANDLING: dict[int, list[float]] = {}  # user id -> [handler start, handler end] (first update)
DB_TIMES: dict[str, list[float]] = {}  # "reply:UPDATE", "dispatch:COMMIT" -> seconds each


def _note_db(kind: str, seconds: float) -> None:
    key = f"{'reply' if IN_UPDATE.get() else 'dispatch'}:{kind}"
    DB_TIMES.setdefault(key, []).append(seconds)


def _time_db(engine: Any) -> None:
    """Time every statement, commit and wait for a pooled connection, by who ran it (a
    handler or the dispatcher). On SQLite a wait for the writer's lock is inside the
    first write statement's time."""
    from sqlalchemy import event

    sync_engine = engine.sync_engine

    def before(conn: Any, *_a: Any) -> None:
        conn.info.setdefault("bench_t", []).append(time.perf_counter())

    def after(conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
        _note_db(
            statement.split(None, 1)[0].upper(), time.perf_counter() - conn.info["bench_t"].pop()
        )

    event.listen(sync_engine, "before_cursor_execute", before)
    event.listen(sync_engine, "after_cursor_execute", after)
    do_commit = sync_engine.dialect.do_commit

    def timed_commit(dbapi_connection: Any) -> None:
        started = time.perf_counter()
        do_commit(dbapi_connection)
        _note_db("COMMIT", time.perf_counter() - started)

    sync_engine.dialect.do_commit = timed_commit
    take = sync_engine.pool._do_get  # a connection from the pool: the wait for a free one

    def timed_take() -> Any:
        started = time.perf_counter()
        try:
            return take()
        finally:
            _note_db("POOL-WAIT", time.perf_counter() - started)

    sync_engine.pool._do_get = timed_take


def instrument() -> None:
    """Patch (in this process only) PTB's process_update to note when each person's
    update starts and ends being handled, and the engine factory to time the database."""
    from telegram.ext import Application

    import bot.storage.db as db

    process_update = Application.process_update

    async def noted(self: Any, update: Any) -> None:
        user = getattr(update, "effective_user", None)
        IN_UPDATE.set(True)
        marks = HANDLING.setdefault(user.id, []) if user is not None else []
        if not marks:
            marks.append(time.time())
        await process_update(self, update)
        if len(marks) == 1:
            marks.append(time.time())

    Application.process_update = noted  # type: ignore[method-assign]
    make_engine = db.make_engine

    def timed_engine(url: str, **kwargs: Any) -> Any:
        engine = make_engine(url, **kwargs)
        _time_db(engine)
        return engine

    db.make_engine = timed_engine


async def run_bot(args: argparse.Namespace) -> None:
    """dispatch.run_bot (the real Application), with the event loop's lag sampled."""
    instrument()
    lags: list[tuple[float, float]] = []

    async def sample(every: float = 0.02) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(every)
            lags.append((time.time(), time.perf_counter() - before - every))

    sampler = asyncio.get_running_loop().create_task(sample())
    await dispatch.run_bot(args)
    sampler.cancel()
    print(json.dumps({"lags": lags, "handling": HANDLING, "db": DB_TIMES}), flush=True)


def bot_main(args: argparse.Namespace) -> None:
    """The bot role on the event loop `backtrack run` uses (BENCH_PROFILE: cProfile)."""
    profile = os.environ.get("BENCH_PROFILE")
    if profile:
        import cProfile

        cProfile.runctx("asyncio.run(run_bot(args))", globals(), locals(), profile)
        return
    from bot.cli import loop_factory

    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        runner.run(run_bot(args))


def fake_main(args: argparse.Namespace) -> None:
    """The fake API role, on uvloop like dispatch.py's (it shares the two cores)."""
    from bot.cli import loop_factory

    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        runner.run(run_fake(args))


# ------------------------------------------------------------------ seeding
async def _seed_pg(rows: dict[str, list[dict[str, Any]]]) -> str:
    """dispatch.py's PostgreSQL seeding, into a database of our own."""
    import asyncpg

    from bot.storage.migrate import upgrade

    admin = await asyncpg.connect(f"{PG_SERVER}/postgres")
    await admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
    await admin.execute(f"CREATE DATABASE {PG_DB}")
    await admin.close()
    url = f"{PG_SERVER.replace('postgresql:', 'postgresql+asyncpg:')}/{PG_DB}"
    await upgrade(url)
    conn = await asyncpg.connect(f"{PG_SERVER}/{PG_DB}")
    try:
        for name, table_rows in rows.items():
            cols = list(table_rows[0])
            records = [tuple(r[c] for c in cols) for r in table_rows]
            await conn.copy_records_to_table(name, records=records, columns=cols)
            await conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT max(id) FROM {name}))"
            )
            await conn.execute(f"ANALYZE {name}")
    finally:
        await conn.close()
    return url


def seed(db: str, n: int) -> str:
    """Seed the chosen backend with dispatch.py's rows; returns the bot's URL."""
    rows = dispatch.build_rows(n)
    if db == "postgres":
        return asyncio.run(_seed_pg(rows))
    dispatch.SQLITE_PATH = SQLITE_PATH  # not dispatch.py's file: both may run at once
    return dispatch.seed_sqlite(rows)


async def taken_doses(url: str) -> int:
    """Doses recorded taken after the run (every tap should have made one)."""
    from sqlalchemy import func, select

    from bot.storage.db import make_engine
    from bot.storage.models import DoseOccurrence

    engine = make_engine(url)
    async with engine.connect() as conn:
        taken = await conn.scalar(select(func.count()).where(DoseOccurrence.status == "taken"))
    await engine.dispose()
    return int(taken or 0)


# ------------------------------------------------------------------ orchestration
def _spawn_fake(args: argparse.Namespace, n: int, expect: int, env: dict[str, str]) -> Any:
    cmd = [sys.executable, __file__, "--role", "fake", "--n", str(n), "--expect", str(expect)]
    cmd += ["--taps", str(args.taps), "--texts", str(args.texts)]
    cmd += ["--think", str(args.think), "--seed", str(args.seed)]
    return subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )


def _run_bot_process(
    args: argparse.Namespace, url: str, api: str, expect: int, env: dict[str, str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Run the bot to the end; its dispatch.run_bot result and what `instrument` saw."""
    cmd = [sys.executable, __file__, "--role", "bot", "--url", url, "--api", api]
    cmd += ["--rate", str(args.rate), "--expect", str(expect)]
    cmd += ["--spawned-at", repr(time.time()), "--timeout", str(args.timeout)]
    out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT, check=True)
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    result = next(line for line in lines if "ready_at" in line)
    inside = next(line for line in lines if "lags" in line)
    return result, inside


def orchestrate(args: argparse.Namespace) -> None:
    n = dispatch.SIZES.get(args.users) or int(args.users)
    expect = dispatch.due_users(n)
    print(f"seeding {n:,} users into {args.db} ...", flush=True)
    started = time.perf_counter()
    url = seed(args.db, n)
    print(f"seeded in {time.perf_counter() - started:.1f} s; {expect:,} users due", flush=True)
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    fake = _spawn_fake(args, n, expect, env)
    assert fake.stdout is not None and fake.stdin is not None
    api = fake.stdout.readline().strip()
    try:
        cpu_before = dispatch._cpu_snapshot(fake.pid)
        result, inside = _run_bot_process(args, url, api, expect, env)
        cpu_after = dispatch._cpu_snapshot(fake.pid)
        dump = asyncio.run(dispatch._call(api, "benchDump"))
    finally:
        fake.stdin.close()
        fake.wait(timeout=30)
    taken = asyncio.run(taken_doses(url))
    cpu = {k: cpu_after[k] - cpu_before[k] for k in cpu_before}
    report(args, expect, result, dump, inside, taken, cpu)


# ------------------------------------------------------------------ report
def _fmt(values: list[float]) -> str:
    if not values:
        return "—"
    pct = dispatch._pct
    return f"p50 {pct(values, 0.5):.3f} s  p99 {pct(values, 0.99):.3f} s  max {max(values):.3f} s"


def burst_figures(arrivals: list[list[Any]], due_real: float, expect: int) -> dict[str, Any]:
    """dispatch.py's burst figures: messages, missing, duplicates, msgs/s, lateness."""
    reminders = [(int(c), float(t)) for c, t, r in arrivals if r]
    per_chat = Counter(c for c, _ in reminders)
    late = [t - due_real for _, t in reminders]
    last = max((t for _, t in reminders), default=due_real)
    return {
        "count": len(reminders),
        "missing": expect - len(per_chat),
        "duplicates": sum(k - 1 for k in per_chat.values()),
        "rate": len(reminders) / (last - due_real) if last > due_real else float("nan"),
        "late": late,
        "last": last,
    }


def reply_latencies(dump: dict[str, Any], last: float) -> dict[str, Any]:
    """Per injected update: first reply, tap answer, tap redraw, text reply, fetch wait."""
    out: dict[str, list[float]] = {k: [] for k in ("first", "answer", "edit", "send", "fetch")}
    per_text: dict[str, list[float]] = {}
    unanswered: Counter[str] = Counter()
    in_burst = 0
    for chat, (kind, what, at) in dump["injected"].items():
        in_burst += at <= last
        if chat in dump["fetched"]:
            out["fetch"].append(dump["fetched"][chat] - at)
        replies = dump["replies"].get(chat, [])
        if not replies:
            unanswered[kind] += 1
            continue
        first = min(t for _, t in replies) - at
        out["first"].append(first)
        # A tap's answer and redraw; a text's first message back (a text that reports a
        # dose may also redraw its reminder, which then is its first reply).
        for method in ("answer", "edit") if kind == "tap" else ("send",):
            times = [t for m, t in replies if m == method]
            if times:
                out[method].append(min(times) - at)
        if kind == "text":
            per_text.setdefault(what, []).append(first)
    return {"lat": out, "per_text": per_text, "unanswered": unanswered, "in_burst": in_burst}


def report(
    args: argparse.Namespace,
    expect: int,
    result: dict[str, Any],
    dump: dict[str, Any],
    inside: dict[str, Any],
    taken: int,
    cpu: dict[str, float],
) -> None:
    due_real = result["ready_at"] + dispatch.LEAD
    burst = burst_figures(dump["arrivals"], due_real, expect)
    replies = reply_latencies(dump, burst["last"])
    limiter = "off" if not args.rate else f"{args.rate:g}/s"
    print(f"== rush replies: {args.users} users, {args.db}, limiter {limiter}")
    print(
        f"reminder messages     {burst['count']:,} (expected {expect:,}, missing "
        f"{burst['missing']}, duplicates {burst['duplicates']})"
    )
    print(f"reminders/s           {burst['rate']:,.0f} messages/s")
    print(f"  last sent           +{burst['last'] - due_real:.3f} s after due")
    print(f"lateness              {_fmt(burst['late'])}")
    print_replies(replies, len(dump["injected"]), taken)
    print_inside(dump, inside)
    burst_lags = [lag for t, lag in inside["lags"] if due_real <= t <= burst["last"]]
    print(f"bot loop lag (burst)  {_fmt(burst_lags)} ({len(burst_lags)} samples of 20 ms)")
    print(
        f"CPU over the bot run  machine busy {cpu['busy']:.1f} s, idle {cpu['idle']:.1f} s; "
        f"fake API {cpu['fake']:.1f} s, PostgreSQL {cpu['postgres']:.1f} s; "
        f"bot {result['burst_cpu_s']:.1f} s in {result['burst_wall_s']:.1f} s"
    )
    print(f"limiter wiring        {result['limiter']}; timed out: {result['timed_out']}")


def print_replies(replies: dict[str, Any], injected: int, taken: int) -> None:
    lat, unanswered = replies["lat"], replies["unanswered"]
    print(
        f"injected updates      {injected} ({replies['in_burst']} before the last reminder); "
        f"unanswered: {sum(unanswered.values())} {dict(unanswered) or ''}"
    )
    print(f"reply (first)         n={len(lat['first'])}  {_fmt(lat['first'])}")
    print(f"  tap: answer         n={len(lat['answer'])}  {_fmt(lat['answer'])}")
    print(f"  tap: redraw (edit)  n={len(lat['edit'])}  {_fmt(lat['edit'])}")
    print(f"  text: message       n={len(lat['send'])}  {_fmt(lat['send'])}")
    print("  text, first reply by what was written:")
    for what, values in sorted(replies["per_text"].items()):
        print(f"    {what!r:26} n={len(values)}  {_fmt(values)}")
    print(f"  fetched by the bot  n={len(lat['fetch'])}  {_fmt(lat['fetch'])} after injection")
    print(f"doses recorded taken  {taken:,} (taps and texts that report a dose)")


def print_inside(dump: dict[str, Any], inside: dict[str, Any]) -> None:
    """Where the replies' time went: before the handler ran, in it, in the database."""
    waited, to_reply, handled = [], [], []
    for chat, (_kind, _what, _at) in dump["injected"].items():
        marks, fetched = inside["handling"].get(chat), dump["fetched"].get(chat)
        replies = dump["replies"].get(chat)
        if not marks or fetched is None or not replies:
            continue
        waited.append(marks[0] - fetched)
        to_reply.append(min(t for _, t in replies) - marks[0])
        if len(marks) > 1:
            handled.append(marks[1] - marks[0])
    print(f"  fetched -> handler  n={len(waited)}  {_fmt(waited)}")
    print(f"  handler -> 1st reply n={len(to_reply)} {_fmt(to_reply)}")
    print(f"  handler, whole      n={len(handled)}  {_fmt(handled)}")
    print("database time per statement/commit (who: reply handlers or the dispatcher):")
    for key, values in sorted(inside["db"].items()):
        print(f"  {key:20} n={len(values):6,}  {_fmt(values)}  total {sum(values):.2f} s")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--users", default="10k", help="1k, 10k, 100k or a number")
    p.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    p.add_argument("--rate", type=float, default=0.0, help="SEND_RATE_PER_SECOND (0 = off)")
    p.add_argument("--taps", type=int, default=300, help="users who tap ✅ Taken")
    p.add_argument("--texts", type=int, default=300, help="users who write")
    p.add_argument("--think", type=float, default=0.5, help="most s from reminder to action")
    p.add_argument("--seed", type=int, default=8, help="which users act, and when")
    p.add_argument("--timeout", type=float, default=900.0, help="give up after this many s")
    p.add_argument(
        "--role", choices=("main", "fake", "bot"), default="main", help=argparse.SUPPRESS
    )
    for hidden in ("--url", "--api"):
        p.add_argument(hidden, help=argparse.SUPPRESS)
    for hidden in ("--n", "--expect"):
        p.add_argument(hidden, type=int, help=argparse.SUPPRESS)
    p.add_argument("--spawned-at", type=float, help=argparse.SUPPRESS)
    args = p.parse_args()
    {"fake": fake_main, "bot": bot_main, "main": orchestrate}[args.role](args)


if __name__ == "__main__":
    main()
