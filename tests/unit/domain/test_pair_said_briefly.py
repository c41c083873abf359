"""A risky pair told in full is said in one line when a dose brings it together again
within a week, and in full again after it; amounts (two NSAIDs, two opioids, a shared
ingredient) are said whole every time (Sandbox, Glasgow: the serotonin paragraph after
every nightly amitriptyline)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.domain.safety import (
    END,
    PAIR_TOLD_FOR,
    DoseTaken,
    PairTold,
    RegimenItem,
    check_taken_together,
    said_briefly,
)

GLASGOW = ZoneInfo("Europe/London")
MON = datetime(2026, 12, 7, 22, 0, tzinfo=UTC)
REGIMEN = [
    RegimenItem("codeine/paracetamol", "Co-codamol", 30.0, "mg", None, True, 8, "30/500"),
    RegimenItem("amitriptyline", "Amitriptyline", 10.0, "mg", 1.0, False, None),
    RegimenItem("pregabalin", "Pregabalin", 75.0, "mg", 2.0, False, None),
]


def _amitriptyline(at: datetime) -> DoseTaken:
    return DoseTaken("amitriptyline", "Amitriptyline", 10.0, "mg", None, at, True)


def _co_codamol(at: datetime) -> DoseTaken:
    return DoseTaken("codeine/paracetamol", "Co-codamol", 30.0, "mg", 2.0, at, False, "30/500")


def _pairs(at: datetime) -> list:
    """The pair the nightly amitriptyline is told of, co-codamol taken that afternoon."""
    return check_taken_together(REGIMEN, [_co_codamol(at - timedelta(hours=8))], _amitriptyline(at))


def test_first_time_a_pair_is_told_in_full_and_kept() -> None:
    pairs = _pairs(MON)
    # the brain slowed first: more often met than the rare serotonin syndrome
    sleepiness, serotonin = pairs
    assert (sleepiness.code, serotonin.code) == ("opioid_amitriptyline", "opioid_serotonergic")
    out, fresh = said_briefly(REGIMEN, pairs, [], _amitriptyline(MON), MON, GLASGOW)
    assert out == pairs
    assert "severe drowsiness, breathing problems" in out[0].text
    assert "Get medical help right away" in out[1].text
    assert fresh == [
        PairTold(told.code, tuple(sorted(told.medications)), MON)
        for told in (sleepiness, serotonin)
    ]


def test_told_within_the_week_is_one_line_naming_the_fact_and_the_day() -> None:
    told = said_briefly(REGIMEN, _pairs(MON), [], _amitriptyline(MON), MON, GLASGOW)[1]
    wed = MON + timedelta(days=2)
    (sleepy, line), fresh = said_briefly(
        REGIMEN, _pairs(wed), told, _amitriptyline(wed), wed, GLASGOW
    )
    assert line.text == (
        "Still with Co-codamol: the rare risk of serotonin syndrome I told you about on "
        f"Mon 7 Dec. Please {END}"
    )
    assert sleepy.text.startswith(
        "Still with Co-codamol: the risk of severe drowsiness and breathing problems I told you"
    )
    assert fresh == []
    tue = MON + timedelta(days=1)
    (_sleepy, line), _ = said_briefly(REGIMEN, _pairs(tue), told, _amitriptyline(tue), tue, GLASGOW)
    assert "I told you about yesterday." in line.text
    # from the other side, by the name the full warning used ("amitriptyline")
    thu = MON + timedelta(days=3)
    codamol = _co_codamol(thu)
    pairs = check_taken_together(REGIMEN, [_amitriptyline(thu - timedelta(hours=16))], codamol)
    (_sleepy, line), _ = said_briefly(REGIMEN, pairs, told, codamol, thu, GLASGOW)
    assert line.text.startswith("Still with amitriptyline: the rare risk of serotonin")


def test_past_the_week_it_is_told_in_full_again() -> None:
    told = said_briefly(REGIMEN, _pairs(MON), [], _amitriptyline(MON), MON, GLASGOW)[1]
    later = MON + PAIR_TOLD_FOR
    out, fresh = said_briefly(REGIMEN, _pairs(later), told, _amitriptyline(later), later, GLASGOW)
    assert "Get medical help right away" in out[1].text
    assert [f.at for f in fresh] == [later, later]


def test_another_pair_of_the_same_medicine_is_not_shortened() -> None:
    # breathing told with pregabalin does not make the serotonin pair brief
    told = [PairTold("opioid_gabapentinoid", ("codeine/paracetamol", "pregabalin"), MON)]
    tue = MON + timedelta(days=1)
    out, fresh = said_briefly(REGIMEN, _pairs(tue), told, _amitriptyline(tue), tue, GLASGOW)
    assert "Get medical help right away" in out[1].text and len(fresh) == 2


def test_amounts_stay_whole_every_time() -> None:
    regimen = [
        RegimenItem("meloxicam", "Meloxicam", 15.0, "mg", 1.0, False, None),
        RegimenItem("naproxen", "Aleve", 220.0, "mg", None, True, None),
    ]
    meloxicam = DoseTaken("meloxicam", "Meloxicam", 15.0, "mg", None, MON, True)
    aleve = DoseTaken("naproxen", "Aleve", 220.0, "mg", None, MON + timedelta(hours=3))
    pairs = check_taken_together(regimen, [meloxicam], aleve)
    assert [w.code for w in pairs] == ["nsaid_duplicate"]
    told = [PairTold("nsaid_duplicate", ("meloxicam", "naproxen"), MON - timedelta(days=1))]
    out, fresh = said_briefly(regimen, pairs, told, aleve, aleve.at, GLASGOW)
    assert out == pairs and fresh == []


def test_the_weekly_list_says_a_pair_in_one_line_by_the_names_on_the_list() -> None:
    """The summary restated every pair's paragraph each week (four paragraphs for
    co-codamol, pregabalin and amitriptyline): a pair is one line there, told in full when
    it came up; an amount (a shared ingredient) stays whole."""
    from bot.domain.safety import check_regimen, in_brief

    said = {w.code: in_brief(REGIMEN, w) for w in check_regimen(REGIMEN)}
    assert said["opioid_gabapentinoid"] == (
        "Co-codamol with pregabalin: risk of serious breathing problems."
    )
    assert said["opioid_amitriptyline"] == (
        "Co-codamol with amitriptyline: risk of severe drowsiness and breathing problems."
    )
    assert said["gabapentinoid_amitriptyline"] == (
        "Pregabalin with amitriptyline: risk of serious breathing problems."
    )
    shared = [
        RegimenItem("codeine/paracetamol", "Co-codamol", 30.0, "mg", None, True, 8, "30/500"),
        RegimenItem("acetaminophen", "Panadol", 500.0, "mg", None, True, 8),
    ]
    (both,) = check_regimen(shared)
    assert in_brief(shared, both) is None
