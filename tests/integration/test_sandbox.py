"""`backtrack sandbox`: the real handlers in a terminal, with a clock to move forward."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = "\n".join([
    "/start",
    "/timezone UTC",
    ":press 4",
    "/add ibuprofen 400mg 08:00 20:00",
    ":advance 1d",
    ":press 1",
    ":quit",
    "",
])


@pytest.mark.slow
def test_sandbox_talks_and_moves_the_clock(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "sandbox", "--database-url",
         f"sqlite+aiosqlite:///{tmp_path}/s.db"],
        input=SCRIPT, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "not a doctor" in out
    assert "Saved: Ibuprofen 400 mg" in out
    assert "Time for your" in out, out[-3000:]
    assert "[1] ✅ Taken" in out
    assert "Taken" in out.split(":press 1")[-1] or "(edited)" in out
