"""A bigger dose of an opioid taken within 24 hours of a benzodiazepine or gabapentinoid
has the pair said again in one line, though it was told with an earlier dose that day
(Sandbox, Glasgow: "took 4 co-codamol at once" hours after diazepam and pregabalin was
told of paracetamol only)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.safety import DoseTaken, RegimenItem, sedatives_beside_a_bigger_dose

T0 = datetime(2026, 12, 9, 8, 0, tzinfo=UTC)
REGIMEN = [
    RegimenItem("pregabalin", "Pregabalin", 75.0, "mg", 1.0, False, None),
    RegimenItem("codeine/acetaminophen", "Co-codamol", None, None, 2.0, True, 8.0),
    RegimenItem("diazepam", "Diazepam", 2.0, "mg", 1.0, False, None),
    RegimenItem("naproxen", "Naproxen", 500.0, "mg", 1.0, False, None),
]


def _taken(generic: str, name: str, hours: float, count: float | None = None) -> DoseTaken:
    amount = {"pregabalin": 75.0, "diazepam": 2.0, "naproxen": 500.0}.get(generic)
    strength = "30/500" if generic == "codeine/acetaminophen" else None
    return DoseTaken(
        generic, name, amount, "mg" if amount else None, count, T0 + timedelta(hours=hours),
        generic != "codeine/acetaminophen", strength,
    )  # fmt: skip


def _four_at_once(hours: float = 20) -> DoseTaken:
    return _taken("codeine/acetaminophen", "Co-codamol", hours, 4.0)


def test_the_sedating_partners_of_the_day_are_named_once() -> None:
    day = [
        _taken("pregabalin", "Pregabalin", 0),
        _taken("diazepam", "Diazepam", 0),
        _taken("naproxen", "Naproxen", 0),
        _taken("codeine/acetaminophen", "Co-codamol", 2, 2.0),
        _taken("diazepam", "Diazepam", 6),
    ]
    (warning,) = sedatives_beside_a_bigger_dose(REGIMEN, day, _four_at_once())
    assert warning.text.startswith("You've also taken Diazepam and Pregabalin in the last 24")
    assert "slowed or difficult breathing" in warning.text
    assert "Naproxen" not in warning.text
    assert warning.text.endswith("talk to your doctor or pharmacist.")
    assert warning.severity.value == "warning"


def test_nothing_without_a_sedating_partner_in_the_24_hours() -> None:
    yesterday = [_taken("diazepam", "Diazepam", -10), _taken("naproxen", "Naproxen", 18)]
    assert not sedatives_beside_a_bigger_dose(REGIMEN, yesterday, _four_at_once())


def test_nothing_for_a_medicine_that_is_no_opioid() -> None:
    day = [_taken("diazepam", "Diazepam", 0)]
    bigger = _taken("pregabalin", "Pregabalin", 4, 2.0)
    assert not sedatives_beside_a_bigger_dose(REGIMEN, day, bigger)
