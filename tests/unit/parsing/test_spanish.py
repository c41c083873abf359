"""A bilingual patient writes Spanish and Spanglish (Sandbox, Houston): red flags, doses,
clock times, sleep and side effects said in Spanish are read as the English ones are.
Each case is of a kind, in words of our own beside the ones the sandbox showed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.redflags import denied_red_flags, detect_red_flags
from bot.parsing.spanish import spanish_said
from bot.parsing.text import normalise
from tests.unit.parsing.helpers import check, run

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 12, 8, 19, 30, tzinfo=CHICAGO)
MEDS = ["norco", "meloxicam", "cyclobenzaprine", "naproxen"]


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


def intents(text: str) -> list[dict[str, object]]:
    return run(text, MEDS, NOW, CHICAGO)


# ---- red flags --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # saddle numbness: the place, and numb / asleep / no feeling
        ("se me durmió la entrepierna", "saddle_numbness"),
        ("tengo entumida la entrepierna desde la mañana", "saddle_numbness"),
        ("no siento nada ahí abajo, entre las piernas", "saddle_numbness"),
        ("las nalgas las tengo adormecidas y no se me quita", "saddle_numbness"),
        ("se me adormecieron las partes intimas", "saddle_numbness"),
        ("cuando me limpio no siento nada", "saddle_numbness"),
        # bladder and bowels
        ("me oriné encima sin darme cuenta", "bladder_bowel"),
        ("me hice pipí en la cama y ni lo senti", "bladder_bowel"),
        ("se me sale la orina solita", "bladder_bowel"),
        ("ya no aguanto la orina", "bladder_bowel"),
        ("no he orinado desde ayer", "bladder_bowel"),
        ("me hice popo encima", "bladder_bowel"),
        # progressive leg weakness
        ("se me debilitan las piernas, cada vez peor", "leg_weakness"),
        ("no tengo fuerza en las piernas", "leg_weakness"),
        ("la pierna derecha está débil y cada vez peor", "leg_weakness"),
        ("se me doblan las rodillas", "leg_weakness"),
        ("voy arrastrando el pie izquierdo", "leg_weakness"),
        # fever with back pain
        ("tengo fiebre y me duele la espalda", "fever"),
        ("con calentura y escalofrios toda la noche", "fever"),
        # GI bleeding
        ("vomité sangre y hice popó negra", "gi_bleeding"),
        ("las heces me salen negras como chapopote", "gi_bleeding"),
        ("vi sangre en el popo", "gi_bleeding"),
        ("vomite como cafe molido", "gi_bleeding"),
        # chest pain
        ("me duele el pecho", "chest_pain"),
        ("tengo un dolor fuerte en el pecho", "chest_pain"),
        ("siento presión en el pecho", "chest_pain"),
        # overdose signs, seen by someone else or in someone else
        ("mi esposa no me podía despertar anoche", "overdose_signs"),
        ("mi hermano no despierta y respira muy lento", "overdose_signs"),
        ("tiene los labios morados", "overdose_signs"),
        ("no lo puedo despertar", "overdose_signs"),
    ],
)
def test_spanish_red_flag(text: str, flag: str) -> None:
    assert flag in flags(text)


def test_both_halves_of_a_cauda_equina_night_are_read() -> None:
    got = flags("se me durmió la entrepierna y no puedo orinar bien")
    assert {"saddle_numbness", "bladder_bowel"} <= set(got)


@pytest.mark.parametrize(
    "text",
    [
        # said absent or gone
        "no tengo fiebre",
        "sin fiebre, solo me duele la espalda",
        "no tengo fiebre ni escalofríos",
        "la fiebre ya se me quitó",
        "no me oriné",
        "vomité pero sin sangre",
        # everyday words near a red flag's
        "no me siento bien, me duelen las nalgas",
        "me quedé dormido en el sofá y me duele la nalga",
        "hormigueo en la nalga derecha hasta el pie",
        "no siento dolor ahí abajo",
        "me duele la pierna",
        "no puedo caminar bien por el dolor",
        "me cuesta despertarme en la mañana",
        "no me despierto hasta las 10",
        "el doctor no responde mis mensajes",
        "tengo agruras y ardor en el pecho",
        # someone else's
        "mi hijo tiene fiebre",
    ],
)
def test_spanish_no_alarm(text: str) -> None:
    assert flags(text) == []


def test_a_denial_is_kept_as_a_pertinent_negative() -> None:
    assert denied_red_flags(normalise("no tengo fiebre")) == ["fever"]


def test_a_negation_ends_at_the_writers_next_clause() -> None:
    assert flags("no puedo dormir y tengo fiebre") == ["fever"]
    assert flags("no tengo fiebre pero me duele el pecho") == ["chest_pain"]
    assert flags("mi esposa dice que tengo fiebre") == ["fever"]


# ---- doses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("me tomé una norco", {"status": "taken", "medication": "norco", "count": 1}),
        ("me tome la meloxicam", {"status": "taken", "medication": "meloxicam"}),
        ("me tomé una aleve con la comida", {"status": "taken", "medication": "naproxen"}),
        (
            "olvidé la meloxicam",
            {"status": "skipped", "medication": "meloxicam", "reason": "forgot"},
        ),
        ("se me olvidó tomar la flexeril", {"status": "skipped", "reason": "forgot"}),
        ("no me tomé la flexeril", {"status": "skipped", "medication": "cyclobenzaprine"}),
        # the pending reminder's dose, as "took it" / "already took the pill"
        ("ya me la tomé", {"status": "taken", "medication": None}),
        ("ya me tomé la pastilla", {"status": "taken", "medication": None}),
        ("todavía no me la tomo", {"status": "snoozed"}),
    ],
)
def test_spanish_dose(text: str, expect: dict[str, object]) -> None:
    assert check(intents(text), [{"kind": "dose", **expect}]) is None


def test_two_doses_in_one_spanglish_sentence() -> None:
    out = intents("a few beers at the carne asada, ahorita me tomé una norco y la flexeril")
    taken = {o["medication"] for o in out if o["kind"] == "dose" and o["status"] == "taken"}
    assert taken == {"norco", "cyclobenzaprine"}


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # "a las 4" after a dose is its clock time, the one already past — never pain 4
        ("me tomé una norco a las 4", "2026-12-08T16:00:00-06:00"),
        ("me tomé una norco a las 4 de la mañana", "2026-12-08T04:00:00-06:00"),
        ("me tomé la flexeril a las 6 y media", "2026-12-08T18:30:00-06:00"),
        ("ya me tomé la meloxicam hace 2 horas", "2026-12-08T17:30:00-06:00"),
        ("me tomé la flexeril anoche", "2026-12-07T22:00:00-06:00"),
    ],
)
def test_a_clock_time_after_a_spanish_dose(text: str, at: str) -> None:
    out = intents(text)
    assert check(out, [{"kind": "dose", "status": "taken", "at": at}], absent=("pain",)) is None


# ---- sleep and side effects -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("no dormí nada", {"kind": "sleep", "quality": "poor"}),
        ("dormí como 4 horas", {"kind": "sleep", "hours": 4}),
        ("me siento mareado y con sueño en el trabajo", {"kind": "side_effect",
                                                        "effects": ["dizziness", "drowsiness"]}),
        ("ando estreñido", {"kind": "side_effect", "effects": ["constipation"]}),
    ],
)  # fmt: skip
def test_everyday_spanish(text: str, expect: dict[str, object]) -> None:
    assert check(intents(text), [expect]) is None


@pytest.mark.parametrize(
    "text",
    [
        "took a norco at 4",
        "la la land was on tv, pain 5",
        "forgot my meds at lunch",
        "I'll take it at 4",
    ],
)
def test_english_is_left_as_it_is(text: str) -> None:
    low = text.lower()
    assert spanish_said(low) == low
