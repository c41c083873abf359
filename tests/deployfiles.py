"""Readers for the files in deploy/ (Dockerfile instructions, the systemd unit), shared by
the tests that check their structure and the one that runs the image's command locally."""

from __future__ import annotations

import configparser
import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"


@dataclass(frozen=True)
class Healthcheck:
    """A HEALTHCHECK: its options and its command (argv, or a shell string)."""

    options: dict[str, str]
    argv: list[str] | None
    shell: str | None


def dockerfile_instructions(path: Path = DEPLOY / "Dockerfile") -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with comments dropped and continuations joined."""
    joined: list[str] = []
    current = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not current and (not line or line.startswith("#")):
            continue
        if current and line.startswith("#"):
            continue  # a comment inside a continued instruction
        if line.endswith("\\"):
            current += line[:-1].strip() + " "
            continue
        joined.append(current + line)
        current = ""
    out = []
    for line in joined:
        word, _, rest = line.partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


def _argv(arguments: str) -> list[str]:
    """Exec form (JSON array) as is; shell form as Docker runs it, through /bin/sh -c."""
    if arguments.startswith("["):
        value = json.loads(arguments)
        assert isinstance(value, list) and all(isinstance(v, str) for v in value)
        return value
    return ["/bin/sh", "-c", arguments]


def last(instruction: str, path: Path = DEPLOY / "Dockerfile") -> str | None:
    """Arguments of the last such instruction (Docker uses the last one)."""
    found = [args for name, args in dockerfile_instructions(path) if name == instruction]
    return found[-1] if found else None


def container_command(path: Path = DEPLOY / "Dockerfile") -> list[str]:
    """ENTRYPOINT followed by CMD: the argv a container of the image starts with."""
    entrypoint, cmd = last("ENTRYPOINT", path), last("CMD", path)
    return (_argv(entrypoint) if entrypoint else []) + (_argv(cmd) if cmd else [])


def image_env(path: Path = DEPLOY / "Dockerfile") -> dict[str, str]:
    """The ENV the image sets (key=value form)."""
    env: dict[str, str] = {}
    for name, args in dockerfile_instructions(path):
        if name == "ENV":
            for pair in shlex.split(args):
                key, _, value = pair.partition("=")
                env[key] = value
    return env


def healthcheck(path: Path = DEPLOY / "Dockerfile") -> Healthcheck:
    """The image's HEALTHCHECK, split into options and command."""
    args = last("HEALTHCHECK", path)
    assert args, "the Dockerfile has no HEALTHCHECK"
    options: dict[str, str] = {}
    while (m := re.match(r"--([a-z-]+)=(\S+)\s+", args)) is not None:
        options[m.group(1)] = m.group(2)
        args = args[m.end() :]
    keyword, _, command = args.partition(" ")
    assert keyword.upper() == "CMD", f"HEALTHCHECK {args!r}"
    command = command.strip()
    if command.startswith("["):
        return Healthcheck(options, _argv(command), None)
    return Healthcheck(options, None, command)


class _UnitParser(configparser.RawConfigParser):
    """systemd keys are case-sensitive; configparser lower-cases them by default."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def systemd_unit(path: Path = DEPLOY / "backtrack.service") -> configparser.RawConfigParser:
    """The unit's sections and keys (a key given twice keeps its last value)."""
    parser = _UnitParser(strict=False, interpolation=None)
    parser.read_string(path.read_text())
    return parser
