#!/usr/bin/env python3
"""Print a command from README.md, so CI runs what the README tells a newcomer to run.

    readme_command.py SECTION [--line WORD]

Prints the first ```sh block under the `## SECTION` heading; with --line, only its one
line that contains WORD as a word. Exits 1 with a reason when there is no such block or
line, so a README edit that moves or renames a command fails CI instead of going stale.
Standard library only: it runs before the project's venv exists.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def section(text: str, title: str) -> str:
    """The text under `## title` up to the next heading of level 1 or 2."""
    m = re.search(rf"^##[ \t]+{re.escape(title)}[ \t]*$(.*?)(?=^#{{1,2}}[ \t]|\Z)",
                  text, flags=re.M | re.S | re.I)
    if m is None:
        raise SystemExit(f"README.md has no '## {title}' section")
    return m.group(1)


def first_sh_block(text: str, title: str) -> str:
    """The first ```sh fenced block of that section."""
    m = re.search(r"^```(?:sh|bash|shell)[ \t]*\n(.*?)^```[ \t]*$", section(text, title),
                  flags=re.M | re.S)
    if m is None:
        raise SystemExit(f"README.md section '{title}' has no ```sh block")
    return m.group(1).rstrip("\n")


def main(argv: list[str]) -> int:
    """Print the command; 1 with a reason when the README does not have it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("section")
    parser.add_argument("--line", metavar="WORD", help="only the line containing WORD")
    args = parser.parse_args(argv)
    try:
        block = first_sh_block(README.read_text(encoding="utf-8"), args.section)
        if args.line:
            word = re.compile(rf"\b{re.escape(args.line)}\b")
            lines = [ln for ln in block.splitlines() if word.search(ln)]
            if len(lines) != 1:
                raise SystemExit(
                    f"README.md '{args.section}' block has {len(lines)} lines with "
                    f"{args.line!r}, expected 1:\n{block}"
                )
            block = lines[0].strip()
    except SystemExit as exc:
        print(f"readme_command: {exc}", file=sys.stderr)
        return 1
    print(block)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
