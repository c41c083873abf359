"""A Spanish-speaking patient in Madrid on an NSAID (Sandbox, Madrid): "tomé" texted
without its accent is a dose taken before a medicine, and the stomach's side effects an
NSAID patient must be able to report are read, in Spanish as in English. Each case is of
a kind, in words of our own beside the ones the sandbox showed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise
from tests.unit.parsing.helpers import check, run

MADRID = ZoneInfo("Europe/Madrid")
NOW = datetime(2026, 12, 7, 16, 5, tzinfo=MADRID)
MEDS = ["ibuprofen", "omeprazole", "paracetamol", "tramadol"]
LONDON = ZoneInfo("Europe/London")
NAPROXEN = ["naproxen", "ibuprofen"]


def intents(text: str) -> list[dict[str, object]]:
    return run(text, MEDS, NOW, MADRID)


# ---- "tome": taken, before a medicine ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "medication"),
    [
        ("tome el omeprazol", "omeprazole"),
        ("tome mi omeprazol", "omeprazole"),
        ("tome ibuprofeno hace media hora", "ibuprofen"),
        ("si, tome el paracetamol", "paracetamol"),
        # the reminder's own dose: a pill word, or "it"
        ("tome la pastilla", None),
        ("la tome a las 4", None),
    ],
)
def test_unaccented_tome_before_a_medicine_is_taken(text: str, medication: str | None) -> None:
    got = intents(text)
    assert check(got, [{"kind": "dose", "status": "taken", "medication": medication}]) is None


@pytest.mark.parametrize(
    "text",
    [
        "¿tome el ibuprofeno?",  # asked
        "¿debo tomar el ibuprofeno?",
        "cuando tome el omeprazol te aviso",  # not yet: "when I take"
        "el médico dice que tome el omeprazol antes del desayuno",  # told
        "no sé si tome el omeprazol",  # not known
        "tome el ibuprofeno cada 8 horas",  # an instruction
        "tome un café con leche",  # no medicine after it
    ],
)
def test_tome_asked_told_or_not_of_a_medicine_is_no_dose_taken(text: str) -> None:
    assert not [o for o in intents(text) if o["kind"] == "dose" and o["status"] == "taken"]


# ---- the stomach, in Spanish ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("me cae mal al estomago", "stomach_pain"),
        ("el ibuprofeno me sienta fatal", "stomach_pain"),
        ("la pastilla me está sentando mal", "stomach_pain"),
        ("me duele el estómago desde ayer", "stomach_pain"),
        ("la barriga me duele un poco", "stomach_pain"),
        ("tengo dolor de tripa", "stomach_pain"),
        ("dolor de panza", "stomach_pain"),
        ("molestias en el estómago", "stomach_pain"),
        ("tengo el estómago revuelto", "stomach_pain"),
        ("se me revuelve el estómago con el ibuprofeno", "stomach_pain"),
        ("ardor de estómago", "heartburn"),
        ("tengo acidez", "heartburn"),
        ("me arde el estómago después de comer", "heartburn"),
    ],
)
def test_the_stomach_said_in_spanish(text: str, effect: str) -> None:
    got = intents(text)
    effects = [e for o in got if o["kind"] == "side_effect" for e in o["effects"]]  # type: ignore[attr-defined]
    assert effect in effects


@pytest.mark.parametrize(
    "text",
    [
        "mi jefe me cae mal",  # a dislike, of a person
        "no me duele el estómago",
        "no me cae mal",
        "sin acidez ni nada",
        "¿debo tomar el ibuprofeno si me duele el estómago?",  # an "if", asked
    ],
)
def test_no_stomach_effect_where_none_is_had(text: str) -> None:
    assert not [o for o in intents(text) if o["kind"] == "side_effect"]


def test_a_skip_for_the_stomach_keeps_its_reason() -> None:
    got = intents("no tome el ibuprofeno porque me cae mal")
    assert check(got, [{"kind": "dose", "status": "skipped", "reason": "side_effects"}]) is None


def test_the_reminders_medicine_is_what_sits_badly_after_a_skip() -> None:
    # (Sandbox, Madrid) the clause after the comma names no one: the pill just skipped
    got = intents("no la tome, me sienta fatal y tengo acidez")
    effects = {e for o in got if o["kind"] == "side_effect" for e in o["effects"]}  # type: ignore[attr-defined]
    assert effects == {"stomach_pain", "heartburn"}


def test_a_burning_chest_stays_a_red_flag_beside_the_stomach_words() -> None:
    # the red flags read "ardor en el pecho"; only the stomach's burning is heartburn
    assert detect_red_flags(normalise("tengo ardor en el pecho")) == ["chest_pain"]
    assert "chest_pain" not in detect_red_flags(normalise("ardor de estómago"))


@pytest.mark.parametrize(
    "text",
    ["vomito sangre", "he vomitado sangre", "heces negras y dolor de estómago", "caca negra"],
)
def test_stomach_bleeding_signs_in_spanish(text: str) -> None:
    assert "gi_bleeding" in detect_red_flags(normalise(text))


# ---- the stomach, in English ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("ibuprofen is upsetting my stomach", "stomach_pain"),
        ("the naproxen upsets my stomach", "stomach_pain"),
        ("naproxen doesn't agree with my stomach", "stomach_pain"),
        ("the naproxen gives me heartburn", "heartburn"),
    ],
)
def test_the_stomach_said_in_english(text: str, effect: str) -> None:
    got = run(text, NAPROXEN, datetime(2026, 12, 7, 14, 0, tzinfo=LONDON), LONDON)
    assert check(got, [{"kind": "side_effect", "effects": [effect]}]) is None


def test_a_medicine_that_does_not_agree_names_no_symptom() -> None:
    # "doesn't agree with me" says no more than that: no stomach pain put in the record
    got = run(
        "the naproxen doesn't agree with me",
        NAPROXEN,
        datetime(2026, 12, 7, 14, 0, tzinfo=LONDON),
        LONDON,
    )
    assert not [o for o in got if o["kind"] == "side_effect"]
