"""Shared pieces of the flood, head-of-line and soak benchmarks.

* `SlowApi`: the fake Bot API (`FakeBotApi`) answering every call after a fixed delay
  (`--api-delay`, 0.2 s by default), noting every update it injects and every reply,
  keyed by a reference the bot process stamps on its requests.
* `tag_replies`: patches that live in a benchmark's *bot* process only. While PTB works
  on an update (`PerUserUpdateProcessor.process_update`, shed answers included) every
  Bot API request it makes carries `bench_ref` = the update's reference (`m<chat>:<msg>`
  for a message, `c<query id>` for a tap), so the fake knows exactly which update a reply
  answers, whatever the order or number of replies. It also notes when each update's
  handler began and ended (after waiting for the person's turn and a slot).
* RSS of another process (`/proc/<pid>/status` VmRSS) and a sampler thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from contextvars import ContextVar
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import dispatch  # noqa: E402
from bot.devtools.fakebotapi import FakeBotApi  # noqa: E402

CATCHING_UP_MARK = "still reading your earlier messages"
TEXT_MIX = ("pain 6", "took 2 advil", "slept badly", "/help", "took my gabapentin")


# ------------------------------------------------------------------ figures
def pct(values: list[float], q: float) -> float:
    """The q-quantile (nearest rank), NaN when empty."""
    return dispatch._pct(values, q)


def fmt(values: list[float]) -> str:
    """p50 / p99 / max of latencies in seconds."""
    if not values:
        return "—"
    return f"p50 {pct(values, 0.5):.3f} s  p99 {pct(values, 0.99):.3f} s  max {max(values):.3f} s"


def rss_kb(pid: int) -> int:
    """VmRSS of process `pid` in kB (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class RssSampler(threading.Thread):
    """Samples a process's VmRSS every `every` seconds: [(time, kB)]."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.every = every
        self.samples: list[tuple[float, int]] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            kb = rss_kb(self.pid)
            if kb:
                self.samples.append((time.time(), kb))


def load_average() -> str:
    """`uptime`'s load averages (1, 5, 15 min)."""
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


# ------------------------------------------------------------------ the fake API
class SlowApi(FakeBotApi):
    """FakeBotApi answering each call `delay` s late, noting injections and replies."""

    def __init__(self, delay: float) -> None:
        super().__init__(dispatch.TOKEN)
        self.delay = delay
        self.injected: dict[str, tuple[int, str, str, float]] = {}  # ref -> chat, role, text, at
        self.fetched: dict[str, float] = {}  # ref -> first getUpdates answer holding it
        self.replies: dict[str, list[tuple[str, float, bool]]] = {}  # ref -> method, at, shed?
        self.untagged: dict[str, int] = {}  # replies outside any update, by method
        self.last_event = 0.0

    async def _handle(self, request: Any) -> Any:
        if self.delay and not request.match_info["method"].startswith("bench"):
            await asyncio.sleep(self.delay)
        return await super()._handle(request)

    async def inject(self, chat_id: int, text: str, role: str) -> str:
        """A message from `chat_id`, queued for the bot's next getUpdates."""
        at = time.time()
        message_id = await self.send_text(chat_id, text)
        ref = f"m{chat_id}:{message_id}"
        self.injected[ref] = (chat_id, role, text, at)
        self.last_event = max(self.last_event, at)
        return ref

    def note_reply(self, params: dict[str, Any], method: str) -> None:
        """A reply: to the update named by its `bench_ref`, or an untagged send."""
        ref = params.get("bench_ref")
        at = time.time()
        if not isinstance(ref, str):
            self.untagged[method] = self.untagged.get(method, 0) + 1
            return
        shed = CATCHING_UP_MARK in str(params.get("text", ""))
        self.replies.setdefault(ref, []).append((method, at, shed))
        self.last_event = max(self.last_event, at)

    async def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        result = await super()._m_sendmessage(params)
        self.note_reply(params, "send")
        self.on_sent(params, result)
        self.sent.clear()  # lean: `_store` keeps what `press` needs
        self.request_log.clear()
        return result

    def on_sent(self, params: dict[str, Any], result: dict[str, Any]) -> None:
        """Subclasses: react to a message the bot sent (e.g. a reminder)."""

    async def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        result = await super()._m_editmessagetext(params)
        self.note_reply(params, "edit")
        self.edits.clear()
        return result

    async def _m_answercallbackquery(self, params: dict[str, Any]) -> bool:
        result = await super()._m_answercallbackquery(params)
        self.note_reply(params, "answer")
        self.callback_answers.clear()
        return result

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        updates = await super()._m_getupdates(params)
        at = time.time()
        for update in updates:
            message = update.get("message")
            if message is not None:
                ref = f"m{message['chat']['id']}:{message['message_id']}"
                self.fetched.setdefault(ref, at)
        return updates

    def answered(self, ref: str) -> bool:
        return bool(self.replies.get(ref))

    def dump(self) -> dict[str, Any]:
        return {
            "injected": self.injected,
            "fetched": self.fetched,
            "replies": self.replies,
            "untagged": self.untagged,
        }


async def serve(api: FakeBotApi) -> None:
    """Serve until stdin closes (the orchestrator's signal); print the base URL first."""
    await api.start()
    print(api.base_url, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await api.stop()


def run_loop(coro: Any) -> None:
    """Run on the event loop `backtrack run` uses (uvloop when installed)."""
    from bot.cli import loop_factory

    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        runner.run(coro)


# ------------------------------------------------------------------ the bot process
REF: ContextVar[str | None] = ContextVar("bench_ref", default=None)
HANDLED: dict[str, list[float]] = {}  # ref -> [turn + slot taken (handler start), end]
# CPU seconds (all threads) of updates handled while no other update was in a handler:
# the whole process's CPU in that span, so it includes the loop's other work (polling).
SOLO: dict[str, int] = {"running": 0, "started": 0}
SOLO_CPU: dict[str, float] = {}


def ref_of(update: Any) -> str | None:
    """`m<chat>:<message>` or `c<query>` of a PTB Update."""
    message = getattr(update, "message", None)
    if message is not None:
        return f"m{message.chat.id}:{message.message_id}"
    query = getattr(update, "callback_query", None)
    return f"c{query.id}" if query is not None else None


def tag_replies() -> None:
    """Stamp every Bot API request made for an update with its reference (this process
    only), and note when each update's handler ran."""
    from telegram import Bot
    from telegram.ext import Application

    from bot.telegram.botapi import BotApi
    from bot.telegram.updates import PerUserUpdateProcessor

    outer = PerUserUpdateProcessor.process_update

    async def tagged(self: Any, update: object, coroutine: Any) -> None:
        REF.set(ref_of(update))
        await outer(self, update, coroutine)

    PerUserUpdateProcessor.process_update = tagged  # type: ignore[method-assign]
    inner = Application.process_update

    async def timed(self: Any, update: object) -> None:
        marks = HANDLED.setdefault(REF.get() or "-", [])
        marks.append(time.time())
        SOLO["running"] += 1
        SOLO["started"] += 1
        alone, cpu = SOLO["running"] == 1, time.process_time()
        seen = SOLO["started"]
        try:
            await inner(self, update)
        finally:
            SOLO["running"] -= 1
            marks.append(time.time())
            if alone and SOLO["started"] == seen:  # no other update overlapped it
                SOLO_CPU[REF.get() or "-"] = time.process_time() - cpu

    Application.process_update = timed  # type: ignore[method-assign]
    call = BotApi.call

    async def stamped_call(self: Any, method: str, params: Any, **kw: Any) -> Any:
        ref = REF.get()
        return await call(
            self, method, params if ref is None else {**params, "bench_ref": ref}, **kw
        )

    BotApi.call = stamped_call  # type: ignore[method-assign]
    do_post = Bot._do_post

    async def stamped_post(self: Any, endpoint: str, data: dict[str, Any], **kw: Any) -> Any:
        ref = REF.get()
        if ref is not None:
            data = {**data, "bench_ref": ref}
        return await do_post(self, endpoint, data, **kw)

    Bot._do_post = stamped_post  # type: ignore[method-assign]


def bot_main(run: Any, args: Any) -> None:
    """Run the bot coroutine `run(args)`; BENCH_PROFILE=path writes cProfile stats."""
    profile = os.environ.get("BENCH_PROFILE")
    if profile:
        import cProfile

        cProfile.runctx(
            "asyncio.run(run(args))", {"asyncio": asyncio}, {"run": run, "args": args}, profile
        )
        return
    run_loop(run(args))


def spawn(cmd: list[str], **kw: Any) -> subprocess.Popen[str]:
    """A child running this repository's code."""
    # HEALTH_PORT=0: no ops endpoint (8080 may be taken by someone else's bot on this host).
    env = os.environ | {"PYTHONPATH": str(ROOT), "HEALTH_PORT": "0"}
    return subprocess.Popen(cmd, text=True, env=env, cwd=ROOT, **kw)


def json_lines(out: str) -> list[dict[str, Any]]:
    """Every JSON object line of a child's stdout."""
    found = []
    for line in out.splitlines():
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                found.append(json.loads(line))
    return found


def print_top_profile(path: str, n: int = 25) -> None:
    """The top functions of a cProfile dump by own time and by cumulative time."""
    import pstats

    stats = pstats.Stats(path)
    stats.sort_stats("tottime").print_stats(n)
    stats.sort_stats("cumulative").print_stats(n)


def seed_sqlite(rows: dict[str, list[dict[str, Any]]], path: Path) -> str:
    """dispatch.py's SQLite seeding into `path` (not dispatch.py's own file)."""
    dispatch.SQLITE_PATH = path
    return dispatch.seed_sqlite(rows)


def only_users(rows: dict[str, list[dict[str, Any]]], keep: set[int]) -> dict[str, Any]:
    """dispatch.build_rows' rows of the users in `keep` only."""
    return {
        name: [r for r in table if (r["id"] if name == "users" else r["user_id"]) in keep]
        for name, table in rows.items()
    }


def run_pair(fake_cmd: list[str], bot_cmd: list[str]) -> dict[str, Any]:
    """Start the fake (it prints its URL), then the bot (`--api URL` appended) while
    sampling the bot's RSS; returns the bot's JSON lines, the fake's dump, the RSS
    samples and the machine's CPU split over the run."""
    fake = spawn(fake_cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert fake.stdout is not None and fake.stdin is not None
    api = fake.stdout.readline().strip()
    try:
        cpu_before = dispatch._cpu_snapshot(fake.pid)
        cmd = [*bot_cmd, "--api", api, "--spawned-at", repr(time.time())]
        if os.environ.get("BENCH_PYSPY"):  # a path: py-spy's collapsed stacks of the bot
            spy = str(Path(sys.executable).with_name("py-spy"))
            cmd = [spy, "record", "-r", "250", "-f", "raw", "-o", os.environ["BENCH_PYSPY"]]
            cmd += ["--", sys.executable, *bot_cmd[1:], "--api", api]
            cmd += ["--spawned-at", repr(time.time())]
        bot = spawn(cmd, stdout=subprocess.PIPE)
        sampler = RssSampler(bot.pid)
        sampler.start()
        out, _ = bot.communicate()
        sampler.stopped.set()
        cpu_after = dispatch._cpu_snapshot(fake.pid)
        if bot.returncode:
            raise SystemExit(f"bot process failed ({bot.returncode})")
        dump = asyncio.run(dispatch._call(api, "benchDump"))
    finally:
        fake.stdin.close()
        fake.wait(timeout=60)
    return {
        "bot": json_lines(out),
        "dump": dump,
        "rss": sampler.samples,
        "cpu": {k: cpu_after[k] - cpu_before[k] for k in cpu_before},
    }
