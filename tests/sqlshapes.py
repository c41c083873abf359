"""Which SQL statements run on PostgreSQL in the suite.

Most database tests run on SQLite alone; those marked `both_databases` run on PostgreSQL
too. That is safe while every statement shape the bot sends is sent by at least one of
them. Record the shapes (a pytest plugin, SQLite runs only) and list the uncovered ones:

    SQL_SHAPES=/tmp/shapes .venv/bin/pytest -q -n auto -p tests.sqlshapes tests/integration
    .venv/bin/python -m tests.sqlshapes /tmp/shapes

A shape is the statement with its parameters and IN-lists folded, so the same query
with other values is one shape.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

_PLACEHOLDER = re.compile(r"\$\d+(::[A-Z_]+(\[\])?)?|\?")
_LIST = re.compile(r"\?(\s*,\s*\?)+")
_ROWS = re.compile(r"\(\?\)(\s*,\s*\(\?\))+")
_SPACE = re.compile(r"\s+")


def shape_of(statement: str) -> str:
    """The statement with whitespace, parameters and lists of them folded."""
    folded = _PLACEHOLDER.sub("?", _SPACE.sub(" ", statement).strip())
    return _ROWS.sub("(?)", _LIST.sub("?", folded))


_OUT = os.environ.get("SQL_SHAPES")
_current: list[str] = [""]
_on_postgres: dict[str, bool] = {}
_shapes: dict[str, set[str]] = defaultdict(set)


def pytest_runtest_setup(item: Any) -> None:
    """Note the test about to run and whether its statements run on PostgreSQL: marked
    `both_databases`, or not one of the tests run on either database (a test made for
    SQLite alone, e.g. a crash test with its own PostgreSQL twin)."""
    _current[0] = item.nodeid.split("[")[0]
    callspec = getattr(item, "callspec", None)
    either = callspec is not None and "database_url" in callspec.params
    _on_postgres[_current[0]] = not either or item.get_closest_marker("both_databases") is not None


def _statement(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    if conn.dialect.name == "sqlite" and _current[0]:
        _shapes[shape_of(statement)].add(_current[0])


def _write() -> None:
    data = {"shapes": {k: sorted(v) for k, v in _shapes.items()}, "on_postgres": _on_postgres}
    Path(f"{_OUT}.{os.getpid()}.json").write_text(json.dumps(data))


if _OUT:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    event.listen(Engine, "before_cursor_execute", _statement)
    atexit.register(_write)


def uncovered(prefix: str) -> dict[str, list[str]]:
    """Shapes no `both_databases` test sends, with the tests that send them."""
    shapes: dict[str, set[str]] = defaultdict(set)
    on_postgres: dict[str, bool] = {}
    for path in Path(prefix).parent.glob(Path(prefix).name + ".*.json"):
        data = json.loads(path.read_text())
        on_postgres.update(data["on_postgres"])
        for shape, tests in data["shapes"].items():
            shapes[shape].update(tests)
    return {
        shape: sorted(tests)
        for shape, tests in shapes.items()
        if not any(on_postgres.get(t) for t in tests)
    }


def main(argv: list[str]) -> int:
    """Print the uncovered shapes; exit 1 when there are any."""
    missing = uncovered(argv[1])
    for shape, tests in sorted(missing.items()):
        print(f"{shape[:160]}\n    sent by {', '.join(tests[:3])}")
    print(f"{len(missing)} statement shapes run on SQLite only")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
