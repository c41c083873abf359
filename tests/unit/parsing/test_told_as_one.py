"""A dose told with no name, as one or as several."""

from __future__ import annotations

import pytest

from bot.parsing.all_but import told_as_one


@pytest.mark.parametrize("text", ["took it", "yep had that one", "done it ✅", "Took it!"])
def test_one(text: str) -> None:
    assert told_as_one(text)


@pytest.mark.parametrize(
    "text", ["took them", "took them both", "all done", "meds taken", "had em", "took it all"]
)
def test_several(text: str) -> None:
    assert not told_as_one(text)
