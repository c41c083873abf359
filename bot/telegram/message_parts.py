"""Cutting a long text into messages Telegram accepts."""

from __future__ import annotations

from collections.abc import Callable

#: Telegram's cap on a message's text, counted in UTF-16 code units (an emoji is two).
MESSAGE_MAX = 4096


def _length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, limit: int) -> list[str]:
    """A run with no line break that is itself too long: cut at the last space."""
    pieces: list[str] = []
    while _length(text) > limit:
        end = limit
        while _length(text[:end]) > limit:
            end -= 1
        space = text.rfind(" ", 0, end)
        at = space if space > 0 else end
        pieces.append(text[:at].rstrip())
        text = text[at:].lstrip()
    return [*pieces, text]


def message_parts(text: str, limit: int = MESSAGE_MAX) -> list[str]:
    """`text` as few messages of at most `limit`, cut between paragraphs, else between
    lines, so a heading stays with what follows it as far as room allows.

    A busy week (a flare, a red flag, several interactions) ran past 4,096 and Telegram
    refused the whole summary, every retry (Sandbox, Chicago)."""
    if _length(text) <= limit:
        return [text]
    return _packed(text.split("\n\n"), "\n\n", limit, _lines)


def _lines(block: str, limit: int) -> list[str]:
    """A paragraph too long for one message, as runs of whole lines that fit."""
    return _packed(block.split("\n"), "\n", limit, _cut)


def _packed(
    pieces: list[str], sep: str, limit: int, split: Callable[[str, int], list[str]]
) -> list[str]:
    """`pieces` joined by `sep` into as few runs of at most `limit` as fit; a piece too
    long on its own is `split` first."""
    runs: list[str] = []
    current = ""
    for whole in pieces:
        for piece in [whole] if _length(whole) <= limit else split(whole, limit):
            joined = f"{current}{sep}{piece}" if current else piece
            if _length(joined) <= limit:
                current = joined
            else:
                runs.append(current)
                current = piece
    if current:
        runs.append(current)
    return runs
