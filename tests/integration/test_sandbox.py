"""`backtrack sandbox`: the real handlers in a terminal, with a clock to move forward.

The README's sandbox transcript is this file's output: the test fails when they differ,
and `UPDATE_README=1` rewrites the README block from what the sandbox printed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
BEGIN = "<!-- sandbox transcript:"
END = "<!-- end sandbox transcript -->"

#: The README's example: start, add a medicine, move the clock to the reminder, Taken.
START = "2026-01-05T07:55"  # a Monday; London is on UTC in January
README_SCRIPT = [
    "/start",
    "/timezone Europe/London",
    ":press 4",
    "/add ibuprofen 400mg 08:00 20:00",
    ":advance 5m",
    ":press 1",
]


def real_time_script() -> str:
    """Start, add a medicine, move the real clock just past its next reminder, Taken.

    The clock runs from the real time of day, so the script stops right after the next
    08:00 or 20:00 reminder: moving a whole day could end on a later check-in question
    (the last message with buttons would then not be the reminder). The check-in is set
    at 22:00, which never shares the reminder's minute."""
    now = dt.datetime.now(dt.UTC)
    upcoming = [
        now.replace(hour=h, minute=0, second=0, microsecond=0) + dt.timedelta(days=d)
        for d in (0, 1)
        for h in (8, 20)
    ]
    due = min(t for t in upcoming if t > now + dt.timedelta(minutes=1))
    minutes = int((due - now).total_seconds() // 60) + 2
    return "\n".join(
        [
            "/start",
            "/timezone UTC",
            ":press 6",
            "/add ibuprofen 400mg 08:00 20:00",
            f":advance {minutes}m",
            ":press 1",
            ":quit",
            "",
        ]
    )


def sandbox(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`backtrack sandbox ARGS` with `script` as its stdin."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "sandbox", *args],
        input=script,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def readme_command() -> str:
    """The shell command the README shows (and .ci/run runs) for the transcript."""
    lines = "".join(f"  {shlex.quote(line)} \\\n" for line in README_SCRIPT)
    return f"printf '%s\\n' \\\n{lines}  | make -s sandbox ARGS='--start {START}'"


def transcript_block(output: str) -> str:
    """The README text between the markers: the command, then what it prints."""
    # Editors strip trailing blanks from Markdown: the only normalisation made.
    lines = [line.rstrip() for line in output.strip("\n").splitlines()]
    body = "\n".join(lines)
    return f"```sh\n{readme_command()}\n```\n\n```text\n{body}\n```\n"


def readme_region(text: str) -> re.Match[str]:
    """The marked transcript region of the README (head marker, body, end marker)."""
    m = re.search(
        rf"(?P<head>{re.escape(BEGIN)}.*?-->\n)(?P<body>.*?)(?P<tail>{re.escape(END)})",
        text,
        flags=re.S,
    )
    assert m, f"README.md lacks the {BEGIN} … {END} markers"
    return m


@pytest.mark.slow
def test_readme_transcript_is_what_the_sandbox_prints(tmp_path: Path) -> None:
    proc = sandbox("\n".join(README_SCRIPT) + "\n", "--start", START, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Time for your 08:00 dose" in proc.stdout and "Taken 08:00" in proc.stdout
    expected = transcript_block(proc.stdout)
    text = README.read_text()
    region = readme_region(text)
    if os.environ.get("UPDATE_README") == "1":
        README.write_text(text[: region.start("body")] + expected + text[region.end("body") :])
        return
    assert region.group("body") == expected, (
        "README's sandbox transcript differs from the sandbox's output; if the change is "
        "intended, run: UPDATE_README=1 .venv/bin/pytest tests/integration/test_sandbox.py"
    )


@pytest.mark.slow
def test_sandbox_talks_and_moves_the_clock(tmp_path: Path) -> None:
    # Real-time mode (no --start): the JobQueue runs too, as in production.
    script = real_time_script()
    proc = sandbox(script, "--database-url", f"sqlite+aiosqlite:///{tmp_path}/s.db", cwd=tmp_path)
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "not a doctor" in out
    assert "Saved: Ibuprofen 400 mg" in out
    assert "Time for your" in out, out[-3000:]
    assert "[1] ✅ Taken" in out
    assert "(edited)" in out.split("> :press 1")[-1]
    # The clock stops at each due minute, so no reminder is *sent* late. (A Taken press
    # may still say "(late)": a day ahead of real time of day, the dose may have passed
    # its cutoff before the script presses Taken.)
    assert "I was offline" not in out, "the clock stops at each due minute"


@pytest.mark.slow
def test_end_of_input_leaves_cleanly_and_bad_commands_are_explained(tmp_path: Path) -> None:
    proc = sandbox(":press 3\n:advance soon\n:warp\n/help\n", "--start", START, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "No such button." in proc.stdout
    assert "Try :advance 30m" in proc.stdout
    assert "Unknown sandbox command :warp" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_bad_start_is_one_line(tmp_path: Path) -> None:
    proc = sandbox("", "--start", "next tuesday", cwd=tmp_path)
    assert proc.returncode == 2
    assert "not an ISO 8601 time" in proc.stderr and "Traceback" not in proc.stderr


def test_files_keeps_what_the_bot_sends(tmp_path: Path) -> None:
    """--files DIR: the chart and the report land in DIR, numbered, openable."""
    script = (
        "/start\n/timezone Europe/London\n:press 4\n/add ibuprofen 400mg 08:00\n"
        ":advance 1d\n:press Taken\npain 6\n/summary\n/report\n"
    )
    out_dir = tmp_path / "sent"
    proc = sandbox(script, "--start", START, "--files", str(out_dir), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    saved = sorted(p.name for p in out_dir.iterdir())
    assert any(n.endswith(".png") for n in saved), (saved, proc.stdout[-2000:])
    report = next(p for p in out_dir.iterdir() if p.suffix == ".pdf")
    assert report.read_bytes().startswith(b"%PDF")
    chart = next(p for p in out_dir.iterdir() if p.suffix == ".png")
    assert chart.read_bytes().startswith(b"\x89PNG")
    assert f"saved {report}" in proc.stdout


@pytest.mark.slow
def test_press_by_label_reaches_a_reminder_further_up(tmp_path: Path) -> None:
    # A report typed after the reminder has its own Undo: ":press Taken" still finds the
    # reminder, as a thumb scrolling up would, and does not press the report's Undo.
    script = [*README_SCRIPT[:-1], "pain 5", ":press Taken"]
    proc = sandbox("\n".join(script) + "\n", "--start", START, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    after = proc.stdout.split("> :press Taken")[-1]
    assert "Taken 08:00" in after and "Undone" not in after
