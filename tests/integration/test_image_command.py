"""The container's own command and HEALTHCHECK, read from deploy/Dockerfile and run here:
`backtrack run` against the fake Bot API must become healthy by the image's probe, and
the probe must fail once the bot is gone (so it is not a probe that always passes)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.deployfiles import container_command, healthcheck, image_env
from tests.fakebotapi import FakeBotApi
from tests.integration.test_process import clean_env
from tests.integration.test_webhook import free_port

VENV_BIN = Path(sys.executable).parent


def image_like_env(fake: FakeBotApi, tmp_path: Path, port: int) -> dict[str, str]:
    """The image's ENV with what differs outside a container replaced: paths and the port."""
    env = clean_env(**image_env())
    env.update(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_URL=fake.base_url,
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path}/data/backtrack.db",
        HEALTH_PORT=str(port),
        MPLCONFIGDIR=str(tmp_path / "mpl"),
        # `backtrack` and `python` resolve as in the image: this interpreter's scripts.
        PATH=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    return env


def probe(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the HEALTHCHECK command the way Docker does (shell form: /bin/sh -c)."""
    check = healthcheck()
    argv = check.argv or ["/bin/sh", "-c", check.shell or ""]
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=30)


@pytest.mark.slow
async def test_image_command_becomes_healthy_by_its_own_probe(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    command = container_command()
    assert command[0] == "backtrack", command
    (tmp_path / "data").mkdir()
    env = image_like_env(fake, tmp_path, free_port())
    assert probe(env).returncode != 0, "nothing listens yet: the probe must fail"

    proc = await asyncio.create_subprocess_exec(
        *command,
        cwd=str(tmp_path),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        last: subprocess.CompletedProcess[str] | None = None
        for _ in range(60):  # the image allows a 60 s start period; this takes a few
            last = await asyncio.to_thread(probe, env)
            if last.returncode == 0 or proc.returncode is not None:
                break
            await asyncio.sleep(0.5)
        assert proc.returncode is None, "backtrack run exited"
        assert last is not None and last.returncode == 0, last.stderr if last else ""
        # The healthy process really is the bot: it answers a person.
        await fake.send_text(77, "/start")
        await fake.wait_for_message(77, contains="not a doctor", timeout=15)
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)  # what `docker stop` sends
        _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    assert proc.returncode == 0, err.decode()[-2000:]
    assert probe(env).returncode != 0, "the bot is gone: the probe must fail"
    assert fake.token not in err.decode()
