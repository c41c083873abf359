"""`backtrack run` as a real process: no token → one line; with a token it connects."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakebotapi import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
BACKTRACK = [sys.executable, "-m", "bot"]


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(
            ("TELEGRAM_", "DATABASE_URL", "WEBHOOK_", "ALLOWED_", "LOG_", "HEALTH_")
        )
    }
    env["HEALTH_PORT"] = "0"  # parallel bot processes would fight over the default port
    env.update(extra)
    return env


def test_run_without_token_says_how_to_get_one(tmp_path: Path) -> None:
    proc = subprocess.run(
        BACKTRACK + ["run"],
        cwd=tmp_path,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "BotFather" in lines[0] and "TELEGRAM_BOT_TOKEN" in lines[0]


def test_make_run_without_token_is_one_line(tmp_path: Path) -> None:
    if not (ROOT / ".venv" / ".installed-stamp").exists():
        pytest.skip("make's venv is not set up here (run through `make test`)")
    env = clean_env()
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/x.db"
    proc = subprocess.run(
        ["make", "-s", "run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode != 0
    assert "BotFather" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("name", "value"), [("DATABASE_URL", "mysql://nope"), ("LOG_LEVEL", "loud")]
)
def test_malformed_setting_stops_with_one_line(tmp_path: Path, name: str, value: str) -> None:
    env = clean_env(TELEGRAM_BOT_TOKEN="1:abc", **{name: value})
    proc = subprocess.run(
        BACKTRACK + ["run"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0]


@pytest.mark.slow
async def test_run_migrates_connects_and_answers(fake: FakeBotApi, tmp_path: Path) -> None:
    db = tmp_path / "data" / "bot.db"
    env = clean_env(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_URL=fake.base_url,
        DATABASE_URL=f"sqlite+aiosqlite:///{db}",
        LOG_LEVEL="DEBUG",
    )
    proc = await asyncio.create_subprocess_exec(
        *BACKTRACK,
        "run",
        cwd=str(tmp_path),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        for _ in range(300):
            if any(m == "getUpdates" for m, _ in fake.request_log):
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError("backtrack run never polled the fake Bot API")
        assert db.exists(), "run migrates first"
        await fake.send_text(77, "/start")
        msg = await fake.wait_for_message(77, contains="not a doctor", timeout=15)
        assert msg is not None
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    assert proc.returncode == 0, err.decode()[-2000:]
    assert fake.token not in err.decode(), "the token must never be logged"
    assert fake.token.split(":")[1] not in err.decode()
