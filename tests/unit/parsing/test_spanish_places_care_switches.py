"""A bilingual patient in Houston writes where it hurts, a visit to urgent care and a
medicine switched in Spanish (Sandbox, Houston): each is read as its English equivalent
is — the pain's places and spreading leg (PRODUCT.md §5), the visit already seen to, the
list changed — and a switch is never a dose taken. Each case is of a kind, in words of
our own beside the ones the sandbox showed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.answers import where_in_sentences, where_it_hurts
from bot.parsing.handled import already_handled, declines_care, going_for_care
from bot.parsing.redflags import detect_red_flags
from bot.parsing.regimen_change import RegimenChange, says_regimen_changed
from bot.parsing.spanish import spanish_said
from bot.parsing.text import normalise
from tests.unit.parsing.helpers import check, run

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 12, 8, 19, 30, tzinfo=CHICAGO)
MEDS = ["tramadol", "tapentadol", "meloxicam"]


def intents(text: str) -> list[dict[str, object]]:
    return run(text, MEDS, NOW, CHICAGO)


def place(text: str) -> tuple[tuple[str, ...], bool | None] | None:
    """Where it hurts, said without a score, as the chat keeps it."""
    found = where_it_hurts(text) or where_in_sentences(text)
    return None if found is None else (found.locations, found.radiating)


# ---- where it hurts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locations", "radiating"),
    [
        # the sandbox's words, and the same kinds said otherwise
        ("me duele la espalda baja, 7", ["lower_back"], None),
        ("me duele mucho la parte baja de la espalda, 6", ["lower_back"], None),
        ("tengo un dolor fuerte en la cintura que se me va a la pierna derecha, 8",
         ["lower_back", "leg_right"], True),
        ("la rabadilla me duele, 5 de 10", ["lower_back"], None),
        ("me duelen las dos piernas, 6", ["leg_left", "leg_right"], None),
        ("me duele la cadera y la nalga derecha, 6", ["hip", "buttock"], None),
        ("me duele el cuello y el hombro izquierdo, 4", ["neck", "shoulder"], None),
        ("dolor en la espalda baja que me corre hasta el pie izquierdo, 7",
         ["lower_back", "leg_left"], True),
        ("ciática del lado derecho, 5", ["leg_right"], True),
        ("espalda baja y pierna izquierda, 6", ["lower_back", "leg_left"], None),
    ],
)  # fmt: skip
def test_a_spanish_pain_carries_its_places(
    text: str, locations: list[str], radiating: bool | None
) -> None:
    expect = {"kind": "pain", "locations": locations, "radiating": radiating}
    assert check(intents(text), [expect], absent=("note",)) is None


@pytest.mark.parametrize(
    ("text", "locations", "radiating"),
    [
        ("dolor en la parte baja de la espalda que me baja por la pierna izquierda",
         ("lower_back", "leg_left"), True),
        ("me corre hasta el pie derecho", ("leg_right",), True),
        ("ciática del lado izquierdo", ("leg_left",), True),
        ("me duele la cadera y la nalga derecha", ("buttock", "hip"), None),
        # down the left leg to the foot is the left foot, no leg of no side besides
        ("me baja por la pierna izquierda hasta el pie", ("leg_left",), True),
        ("se me va a la nalga", ("buttock",), True),
        ("el dolor me baja por la pierna izquierda", ("leg_left",), True),
        ("la ciática me baja por la pierna derecha", ("leg_right",), True),
        # "baja" the back's, not the pain going down: no leg, no spreading
        ("me duele la espalda baja por estar sentado", ("lower_back",), None),
        ("me duele la espalda alta del lado derecho", ("upper_back",), None),
        ("la espalda baja me duele y no me baja a la pierna", ("lower_back",), False),
        ("espalda baja y pierna izquierda", ("lower_back", "leg_left"), None),
    ],
)  # fmt: skip
def test_a_spanish_place_said_without_a_score_is_kept(
    text: str, locations: tuple[str, ...], radiating: bool | None
) -> None:
    assert place(text) == (locations, radiating)


@pytest.mark.parametrize(
    ("spanish", "english"),
    [
        ("me duele la espalda baja, 7", "my lower back hurts, 7"),
        ("dolor en la parte baja de la espalda que me baja por la pierna izquierda",
         "pain in my lower back that goes down my left leg"),
        ("me duele la cadera y la nalga derecha, 6", "my hip and my right buttock hurt, 6"),
        ("ciática del lado izquierdo, 5", "sciatica down my left leg, 5"),
    ],
)  # fmt: skip
def test_as_the_english_is_read(spanish: str, english: str) -> None:
    assert intents(spanish) == intents(english)


@pytest.mark.parametrize(
    "text",
    [
        # not the back: a headache stays as it was, and chest pain stays a red flag
        "me duele la cabeza",
        "me duele el pecho",
        # someone else's pain
        "mi hija le duele la pierna",
        "a mi esposo le duele la espalda baja",
        # "le baja" someone else's; "se va a la casa" no pain at all
        "le baja por la pierna",
        "se va a la casa",
        # no place at all
        "me duele mucho",
    ],
)
def test_near_misses_keep_their_words(text: str) -> None:
    low = text.lower()
    assert spanish_said(low) == low


def test_a_pain_to_come_keeps_its_words() -> None:
    # "va a" a plan: its words stay as said, only the day is read as English says it
    assert spanish_said("me va a doler mañana") == "me va a doler tomorrow"


def test_someone_elses_pain_is_no_place_of_the_writers() -> None:
    assert place("mi hija le duele la pierna") is None
    pains = [o for o in intents("a mi esposo le duele la espalda baja, 7") if o["kind"] == "pain"]
    assert all(not p["locations"] for p in pains)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a sign beside a place: the red flag's Spanish words are left for it to read
        ("me duele la espalda y el pecho", "chest_pain"),
        ("me duelen la espalda baja y el pecho", "chest_pain"),
        ("me duele la nalga y la tengo dormida", "saddle_numbness"),
        ("me duele la pierna y se me doblan las rodillas", "leg_weakness"),
        ("me duele la espalda baja y se me durmió la entrepierna", "saddle_numbness"),
    ],
)
def test_a_red_flag_beside_a_place_is_still_read(text: str, flag: str) -> None:
    assert flag in detect_red_flags(normalise(text))


# ---- urgent care already sought -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "fui a urgencias",
        "estuve en emergencias anoche",
        "me llevaron al hospital",
        "fuimos a la sala de emergencias por la fiebre",
        "me atendieron en urgencias",
        "ya vengo de urgencias",
        "me internaron",
        "llamé al 911",
        "went to the ER last night",  # the English it lands beside
    ],
)
def test_a_visit_to_urgent_care_is_read_as_seen_to(text: str) -> None:
    assert already_handled(text)


@pytest.mark.parametrize(
    "text",
    [
        "no fui a urgencias",  # not gone
        "¿tengo que ir a urgencias?",  # asked
        "llame al 911",  # "call 911", said to someone
        "voy a ir al hospital el viernes para mi resonancia",  # another day
    ],
)
def test_not_a_visit(text: str) -> None:
    assert not already_handled(text)
    assert not going_for_care(text)


def test_care_on_its_way_or_turned_down() -> None:
    assert going_for_care("voy camino a urgencias")
    assert going_for_care("mi esposo me lleva al hospital ahorita")
    assert not going_for_care("¿voy a urgencias?")
    assert declines_care("no voy a ir a urgencias, mañana veo al doctor")
    assert not already_handled("no voy a ir a urgencias")


def test_a_red_flag_told_with_the_visit_is_still_the_flag() -> None:
    text = "fuimos a urgencias por la fiebre"
    assert already_handled(text)
    assert check(intents(text), [{"kind": "red_flag", "flags": ["fever"]}]) is None


# ---- a medicine switched --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "me cambió el tramadol por tapentadol",
        "el doctor me cambió el tramadol por tapentadol",
        "la doctora garcía me cambió el tramadol por el tapentadol",
        "me cambiaron de tramadol a tapentadol de 50 mg",
        "ahora tomo tapentadol en vez de tramadol",
        "la doctora me recetó tapentadol en lugar del tramadol",
        "me subieron la dosis del tramadol",
        "me bajaron la dosis del tramadol a 50 mg",
        "the doctor changed my tramadol to tapentadol",  # the English it lands beside
    ],
)
def test_a_switch_is_a_change_to_the_list_and_never_a_dose(text: str) -> None:
    assert says_regimen_changed(text, ["tramadol"]) == RegimenChange("changed", "tramadol")
    assert check(intents(text), [], absent=("dose",)) is None


@pytest.mark.parametrize(
    "text",
    [
        # a dose taken in place of another, today: a dose, not the list changed
        "me tomé el tapentadol en vez del tramadol",
        # how one takes it, not a change
        "tomo tapentadol en vez de tramadol cuando me duele mucho",
        # a patch put on, the time of a dose: no medicine switched
        "cambié el parche",
    ],
)
def test_not_a_switch(text: str) -> None:
    assert says_regimen_changed(text, ["tramadol"]) is None
