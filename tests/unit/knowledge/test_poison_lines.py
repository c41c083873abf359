"""Whom to call after too much, said for where the person lives (bot.knowledge.poison_lines)."""

from __future__ import annotations

from bot.knowledge.local_names import say_locally
from bot.knowledge.poison_lines import US_CALL, US_NOTE, poison_lines_locally

QUOTED = "The label says: “… (1-800-222-1222) …” " + US_NOTE
TOLD = f"Please {US_CALL} now. " + US_CALL[0].upper() + US_CALL[1:] + " if unsure."


def test_the_uk_is_told_nhs_111_beside_the_us_label() -> None:
    said = poison_lines_locally(QUOTED, "Europe/London")
    assert "1-800-222-1222" in said, "the label's own words stay quoted"
    assert "in the UK, call NHS 111 now" in said and "elsewhere" not in said
    told = poison_lines_locally(TOLD, "Europe/London")
    assert "Please call NHS 111 now" in told and "Call NHS 111 now" in told
    assert "Poison Control" not in told


def test_ireland_is_told_its_poisons_line_and_its_hours() -> None:
    said = say_locally(QUOTED, "Europe/Dublin")
    assert "in Ireland, call the Poisons Information Line, (01) 809 2166" in said
    assert "8am to 10pm every day" in said and "hospital emergency department" in said


def test_elsewhere_the_us_words_stay() -> None:
    for zone in ("America/New_York", "Australia/Sydney", "UTC", None):
        assert poison_lines_locally(QUOTED, zone) == QUOTED
        assert poison_lines_locally(TOLD, zone) == TOLD
