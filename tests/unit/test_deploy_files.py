"""deploy/: the compose stack, the image and the systemd unit say what deploy/README.md
promises (the image's command itself is run in tests/integration/test_image_command.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deployfiles import (
    DEPLOY,
    container_command,
    dockerfile_instructions,
    healthcheck,
    image_env,
    last,
    systemd_unit,
)

COMPOSE = DEPLOY / "docker-compose.yml"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    """deploy/docker-compose.yml as data."""
    data = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(data, dict)
    return data


def test_compose_has_bot_and_postgres_with_a_named_volume(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"bot", "db"}
    db = services["db"]
    assert db["image"].startswith("postgres:15")
    mounts = [m.split(":")[0] for m in db["volumes"]]
    assert "pgdata" in mounts and "pgdata" in compose["volumes"], "data outlives the container"
    assert db["environment"]["POSTGRES_DB"] == "backtrack"


def test_compose_bot_waits_for_a_healthy_db_and_restarts(compose: dict[str, Any]) -> None:
    bot = compose["services"]["bot"]
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert bot["env_file"] == "../.env"
    assert bot["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}
    assert bot["environment"]["DATABASE_URL"].startswith("postgresql+asyncpg://")
    assert "@db:5432/backtrack" in bot["environment"]["DATABASE_URL"]
    for service in compose["services"].values():
        assert service["restart"] in ("unless-stopped", "always", "on-failure")
    assert bot["stop_grace_period"] == "30s", "time for in-flight sends after SIGTERM"


def test_compose_healthchecks(compose: dict[str, Any]) -> None:
    db_check = compose["services"]["db"]["healthcheck"]["test"]
    assert "pg_isready" in " ".join(db_check)
    bot_check = compose["services"]["bot"]["healthcheck"]["test"]
    assert bot_check[0] == "CMD-SHELL"
    # Compose writes a literal $ as $$; otherwise it is the image's own probe.
    assert bot_check[1].replace("$$", "$") == healthcheck().shell


def test_compose_config_validates_when_the_plugin_exists(tmp_path: Path) -> None:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("docker is not installed: `docker compose config` not run")
    version = subprocess.run([docker, "compose", "version"], capture_output=True, text=True)
    if version.returncode != 0:
        pytest.skip("the docker compose plugin is not installed: `docker compose config` not run")
    # A copy next to an empty .env: env_file must exist, and the real .env is nobody's test input.
    (tmp_path / "deploy").mkdir()
    shutil.copy(COMPOSE, tmp_path / "deploy" / "docker-compose.yml")
    shutil.copy(DEPLOY / "Dockerfile", tmp_path / "deploy" / "Dockerfile")
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=1:x\n")
    proc = subprocess.run(
        [
            docker,
            "compose",
            "-f",
            str(tmp_path / "deploy" / "docker-compose.yml"),
            "config",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr


def test_image_runs_backtrack_run_as_a_non_root_user() -> None:
    assert last("FROM") == "python:3.11-slim"
    assert container_command() == ["backtrack", "run"]
    user = last("USER")
    assert user and user not in ("root", "0")
    names = [name for name, _ in dockerfile_instructions()]
    assert names.index("USER") < names.index("ENTRYPOINT"), "the command runs as that user"
    assert last("VOLUME") == '["/app/data"]'
    env = image_env()
    assert env["DATABASE_URL"] == "sqlite+aiosqlite:////app/data/backtrack.db"
    assert last("EXPOSE") == env["HEALTH_PORT"] == "8080"


def test_image_healthcheck_probes_healthz_with_stdlib_python() -> None:
    check = healthcheck()
    assert check.shell is not None, "shell form, so ${HEALTH_PORT} is expanded in the container"
    assert check.shell.startswith("python -c ") and "urllib.request" in check.shell
    assert "http://127.0.0.1:${HEALTH_PORT:-8080}/healthz" in check.shell
    assert {"interval", "timeout", "start-period", "retries"} <= set(check.options)


def test_systemd_unit_is_hardened() -> None:
    unit = systemd_unit()
    service = unit["Service"]
    assert service["ExecStart"].endswith("/backtrack run")
    assert service["User"] == "backtrack"
    assert service["EnvironmentFile"].endswith(".env")
    assert service["Restart"] == "on-failure"
    for key, value in {
        "NoNewPrivileges": "true",
        "ProtectSystem": "strict",
        "ProtectHome": "true",
        "PrivateTmp": "true",
    }.items():
        assert service[key] == value, key
    data_dir = service["ReadWritePaths"]
    assert data_dir == f"{service['WorkingDirectory']}/data", "SQLite's default path is writable"
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_systemd_unit_verifies(tmp_path: Path) -> None:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed")
    # verify insists that ExecStart exists: point it at any executable.
    text = (DEPLOY / "backtrack.service").read_text()
    exec_start = systemd_unit()["Service"]["ExecStart"].split()[0]
    unit = tmp_path / "backtrack.service"
    unit.write_text(text.replace(exec_start, shutil.which("true") or "/bin/true"))
    proc = subprocess.run([tool, "verify", str(unit)], capture_output=True, text=True, timeout=60)
    problems = [
        line
        for line in (proc.stdout + proc.stderr).splitlines()
        if "backtrack.service" in line  # verify also reports unrelated units of the host
    ]
    assert proc.returncode == 0 and not problems, problems or proc.stderr
