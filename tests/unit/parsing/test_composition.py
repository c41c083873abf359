"""What one tablet holds, said ingredient by ingredient, is a composition: never doses
(Sandbox, Bengaluru: "aceclofenac 100 + paracetamol 325 + serratiopeptidase 15", said
while /add asked Zerodol-SP's strength, logged two doses she never took)."""

from __future__ import annotations

import pytest

from bot.parsing.composition import composition, joined_strength


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "aceclofenac 100 + paracetamol 325 + serratiopeptidase 15",
            [("aceclofenac", "aceclofenac", 100), ("paracetamol", "acetaminophen", 325),
             ("serratiopeptidase", None, 15)],
        ),
        (
            "aceclofenac 100, paracetamol 325, serratiopeptidase 15",
            [("aceclofenac", "aceclofenac", 100), ("paracetamol", "acetaminophen", 325),
             ("serratiopeptidase", None, 15)],
        ),
        (
            "pregabalin 75 mg + methylcobalamin 750 mcg",
            [("pregabalin", "pregabalin", 75), ("methylcobalamin", None, 750)],
        ),
        (
            "Paracetamol 500mg and caffeine 65mg.",
            [("paracetamol", "acetaminophen", 500), ("caffeine", None, 65)],
        ),
        (
            "paracetamol 1,000 mg + codeine 30 mg",
            [("paracetamol", "acetaminophen", 1000), ("codeine", "codeine", 30)],
        ),
    ],
)  # fmt: skip
def test_each_ingredient_with_its_strength(
    text: str, expected: list[tuple[str, str | None, float]]
) -> None:
    parts = composition(text)
    assert parts is not None
    assert [(p.name, p.generic, p.amount) for p in parts] == expected


@pytest.mark.parametrize(
    "text",
    [
        "took paracetamol 500 and ibuprofen 400",  # doses: a taking is said
        "dolo 650 + pan 40",  # products by brand, not what one tablet holds
        "paracetamol 500",  # one alone: a dose or a strength, read as before
        "9:30am and 9:30pm",
        "8 and 20",
        "tab 1 and tab 2",
        "paracetamol 500 mg and morning 8",
        "pain 6 and stiffness 4",
    ],
)
def test_anything_else_is_no_composition(text: str) -> None:
    assert composition(text) is None


def test_names_alone_answer_what_is_in_it() -> None:
    parts = composition("pregabalin and methylcobalamin", amounts=False)
    assert parts is not None and [p.generic for p in parts] == ["pregabalin", None]
    assert composition("pregabalin and methylcobalamin") is None  # a strength needs amounts
    one = composition("pantoprazole 40", least=1, amounts=False)
    assert one is not None and one[0].generic == "pantoprazole"


def test_the_strength_as_the_box_prints_it() -> None:
    parts = composition("aceclofenac 100 + paracetamol 325 + serratiopeptidase 15")
    assert parts is not None and joined_strength(parts) == ("100/325/15", None)
    mg = composition("paracetamol 320mg, codeine 10mg, doxylamine 5mg")
    assert mg is not None and joined_strength(mg) == ("320/10/5", "mg")
    mixed = composition("pregabalin 75 mg + methylcobalamin 750 mcg")
    assert mixed is not None and joined_strength(mixed) == ("75mg/750mcg", None)


def test_a_strength_of_three_parts_on_the_add_line_is_kept_whole() -> None:
    """Sandbox, Bengaluru: "/add Zerodol-SP 100/325/15 mg" was saved as 15 mg."""
    from bot.telegram.handlers.regimen import line_fields

    line = line_fields("Zerodol-SP 100/325/15 mg at 09:30 and 21:30")
    assert (line.strength, line.amount) == ("100/325/15", None)
    assert line_fields("until 12/10/26").strength is None  # a date, never a strength
