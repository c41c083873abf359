"""The house's rules, read from the source: dependencies point down only (the chat layer
uses the scheduler, services and core, never the other way round), the pure core touches
neither Telegram nor a database, and no modules import each other in a circle."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"
# Below the chat adapter: none of these may import bot.telegram.
BELOW_CHAT = ("scheduling", "services", "domain", "parsing", "knowledge", "storage", "reports")
PURE = ("domain", "parsing", "knowledge")
NOT_IN_PURE = (
    "bot.telegram",
    "bot.storage",
    "bot.services",
    "bot.scheduling",
    "sqlalchemy",
    "telegram",
)


def _module(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(p): p for p in BOT.rglob("*.py")}


def _target(node: ast.ImportFrom | ast.Import, module: str) -> Iterator[str]:
    """The modules an import statement loads (a name imported from a package that is
    itself a module counts as that module)."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:
        package = module.split(".")
        if MODULES[module].name != "__init__.py":
            package = package[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, base] if base else package)
    for alias in node.names:
        full = f"{base}.{alias.name}"
        yield full if full in MODULES else base


def _imports(module: str, *, runtime_only: bool) -> set[str]:
    """What `module` imports; `runtime_only`: at import time (not under TYPE_CHECKING,
    not inside a function), the imports that can close a circle."""
    tree = ast.parse(MODULES[module].read_text("utf-8"))
    found: set[str] = set()

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                if not runtime_only:
                    visit(child, top)
                continue
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if not runtime_only:
                    visit(child, False)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.update(_target(child, module))
            visit(child, top)

    visit(tree, True)
    return found


def test_nothing_below_the_chat_layer_imports_it() -> None:
    upward = sorted(
        f"{m} imports {t}"
        for m in MODULES
        if m.split(".")[1:2] and m.split(".")[1] in BELOW_CHAT
        for t in _imports(m, runtime_only=False)
        if t == "bot.telegram" or t.startswith("bot.telegram.")
    )
    assert not upward, upward


def test_the_pure_core_touches_neither_telegram_nor_a_database() -> None:
    impure = sorted(
        f"{m} imports {t}"
        for m in MODULES
        if m.split(".")[1:2] and m.split(".")[1] in PURE
        for t in _imports(m, runtime_only=False)
        if any(t == n or t.startswith(n + ".") for n in NOT_IN_PURE)
    )
    assert not impure, impure


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                out.append(sorted(part))

    for v in graph:
        if v not in index:
            strong(v)
    return out


def test_no_modules_import_each_other_in_a_circle() -> None:
    # Every arrow counts, TYPE_CHECKING and lazy imports too: a circle drawn only for the
    # type checker still ties the rooms together.
    graph = {
        m: {t for t in _imports(m, runtime_only=False) if t in MODULES and t != m} for m in MODULES
    }
    # A package's __init__ re-exporting its own modules is not a circle of behaviour.
    for m in graph:
        graph[m] = {t for t in graph[m] if not (t.startswith(m + ".") or m.startswith(t + "."))}
    assert _circles(graph) == []


def test_the_check_sees_an_upward_import() -> None:
    """The rule is not vacuous: the chat layer's own imports are read."""
    assert "bot.scheduling.notifier" in _imports("bot.telegram.notifier", runtime_only=True)
