"""message_parts: a long text cut into messages Telegram accepts."""

from __future__ import annotations

from bot.telegram.message_parts import message_parts


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_a_short_text_is_one_message() -> None:
    assert message_parts("📋 Your week\n\nall fine") == ["📋 Your week\n\nall fine"]


def test_cut_between_paragraphs_nothing_lost() -> None:
    paragraphs = [f"Heading {i}\n" + "x" * 30 for i in range(10)]
    text = "\n\n".join(paragraphs)
    parts = message_parts(text, limit=100)
    assert len(parts) > 1
    assert "\n\n".join(parts) == text
    assert all(_units(p) <= 100 for p in parts)
    # a paragraph is never split when it fits
    assert all(p.split("\n\n")[0].startswith("Heading") for p in parts)


def test_a_paragraph_too_long_is_cut_between_lines_then_words() -> None:
    lines = ["• " + "word " * 8 for _ in range(6)]
    text = "Title\n\n" + "\n".join(lines) + "\n• " + "long " * 40
    parts = message_parts(text, limit=60)
    assert all(_units(p) <= 60 for p in parts)
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())


def test_emoji_count_twice_as_telegram_counts_them() -> None:
    text = "💊" * 30 + "\n\n" + "💊" * 30  # 60 + 2 + 60 UTF-16 units
    parts = message_parts(text, limit=100)
    assert parts == ["💊" * 30, "💊" * 30]
