"""How a regimen entry reads to a person: one line per medication."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from bot.domain.patches import shown_unit
from bot.domain.schedule import ALL_DAYS, describe_weekdays
from bot.knowledge import all_drugs, get_drug, normalize_name, resolve_name


@lru_cache(maxsize=1024)
def combination_strength(
    generic: str | None, amount: float | None, unit: str | None, name: str | None = None
) -> str | None:
    """`10/325 mg` for a combination stored by its main ingredient (Norco as hydrocodone
    10 mg) when exactly one marketed strength of a medicine called `name` has that
    amount; None otherwise."""
    if not generic or "/" not in generic or amount is None or (unit or "mg") != "mg":
        return None
    drug = get_drug(generic)
    if drug is None or not drug.is_combination:
        return None
    matches = drug.strengths_with_primary(amount, name)
    if len(matches) != 1:
        return None
    return "/".join(f"{matches[0].amounts[i]:g}" for i in drug.ingredients) + " mg"


@lru_cache(maxsize=256)
def pack_tablets(generic: str | None, amount: float | None, unit: str | None, name: str) -> int:
    """How many of a dose pack's tablets `amount` is ("Medrol dosepak" 24 mg: 6); 0 when
    the medicine is not called by its pack's name or the amount is not whole tablets."""
    drug = get_drug(generic) if generic else None
    pack = drug.dose_pack if drug else None
    if pack is None or amount is None or (unit or "mg") != "mg":
        return 0
    low = name.lower()
    if not any(word in low for word in pack.names):
        return 0
    count = amount / pack.tablet_mg
    return int(count) if count.is_integer() and count > 0 else 0


_FORM_TOKENS = re.compile(r"\b(pm|er|xr|cr|sr|ds|xl|ir|dr)\b")


def names_it(said: str, generic: str | None, listed: str) -> bool:
    """Whether a name the parser read is this medicine: its generic, or its listed name
    as typed (a name of more than one word is read as listed: "buprenorphine patch")."""
    return said in ((generic or listed), listed.lower())


def product_names_it(product: str | None, listed: str) -> bool:
    """Whether the product a person wrote ("crocin", "dolo") is this list entry's own name
    ("Crocin", "Dolo 650"): the brand named, word for word, or the listed name's first
    words (its strength or form after them) or the other way round. Two entries of one
    ingredient (Crocin and Dolo 650, both paracetamol) are told apart by it."""
    if not product:
        return False
    said = normalize_name(product).split()
    name = normalize_name(listed).split()
    if not said or not name:
        return False
    short, long = (said, name) if len(said) <= len(name) else (name, said)
    return long[: len(short)] == short


def display_name(name: str) -> str:
    """A medicine's name as shown: a brand as its maker writes it ("Panadeine Forte");
    else its first letter upper-case, the rest as typed but for the form letters brands
    write in capitals ("Tylenol PM", "Ultram ER")."""
    brand = _brand_spellings().get(" ".join(name.lower().split()))
    if brand is not None:
        return brand
    name = _FORM_TOKENS.sub(lambda m: m.group(0).upper(), name)
    return name[:1].upper() + name[1:]


def button_name(name: str, longest: int = 18) -> str:
    """A medicine's shown name for a button label, at most `longest` characters: cut at a
    word with "…", never mid-word ("Tylenol arthriti" read as a typo: Sandbox, Phoenix)."""
    shown = display_name(name)
    if len(shown) <= longest:
        return shown
    head = shown[: longest - 1]
    if shown[longest - 1] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]  # the word cut through is left out whole
    return head.rstrip(" ·,-/") + "…"


def spelled_as_known(name: str) -> str:
    """A name typed misspelt ("ibuprofin", "gabapentine") as the knowledge file spells its
    medicine ("Ibuprofen"): the reminders, the summary and the doctor's report read it; a
    name it knows as written (a generic, a brand) stays as typed."""
    match = resolve_name(name)
    if match is None:
        return name
    key = normalize_name(name)
    misspelt = key in {normalize_name(m) for m in match.drug.misspellings}
    if not misspelt and (match.exact or "/" in match.generic):
        return name
    return display_name(match.drug.name)


@lru_cache(maxsize=1)
def _brand_spellings() -> dict[str, str]:
    """Each brand of several words, lower-case -> as the knowledge file writes it."""
    return {b.lower(): b for d in all_drugs() for b in d.brands if " " in b and b[:1].isupper()}


class Dosed(Protocol):
    """A medicine's version with its dose, as the list, the summary and the trials hold it."""

    @property
    def name(self) -> str: ...
    @property
    def amount(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def generic(self) -> str | None: ...
    @property
    def strength(self) -> str | None: ...
    @property
    def units_per_dose(self) -> float | None: ...
    @property
    def units_per_dose_max(self) -> float | None: ...
    @property
    def volume_ml(self) -> float | None: ...


def version_label(med: Dosed) -> str:
    """`Gabapentin 300 mg`, `Oxycodone 5 mg, 1–2 tablets`: `dose_text` of one version."""
    return dose_text(
        med.name,
        med.amount,
        med.unit,
        med.generic,
        med.strength,
        med.units_per_dose,
        med.units_per_dose_max,
        volume_ml=med.volume_ml,
    )


def ml_dose(per_dose: float | None, most: float | None, volume_ml: float) -> str:
    """A liquid's dose in ml ("5 ml", "2.5–5 ml"): `per_dose` (to `most`) of `volume_ml`."""
    least = f"{(per_dose or 1) * volume_ml:g}"
    if varies(per_dose, most):
        return f"{least}\u2013{(most or 1) * volume_ml:g} ml"
    return f"{least} ml"


def liquid_amount(units: float, volume_ml: float, amount: float | None, unit: str | None) -> str:
    """ "30 ml (60 mg)": `units` of a liquid whose `volume_ml` ml hold `amount` `unit`, in
    ml with what they hold beside them (the ml alone when the amount is not known)."""
    said = f"{_num(units * volume_ml)} ml"
    if amount is None:
        return said
    return f"{said} ({_num(units * amount)} {unit or 'mg'})"


def limit_text(
    max_per_day: int,
    volume_ml: float | None = None,
    amount: float | None = None,
    unit: str | None = None,
    strength: str | None = None,
) -> str:
    """A day's maximum as it is counted: "6", or of a liquid listed with its
    concentration, in its ml with the mg they hold ("30 ml (60 mg)"): its units are
    the bottle's 5 ml, never tablets (Sandbox: "max 6 tablets a day" of Oramorph)."""
    if volume_ml and not strength:
        return liquid_amount(max_per_day, volume_ml, amount, unit)
    return f"{max_per_day}"


def _num(x: float) -> str:
    return f"{round(x, 2):g}"


def dose_text(
    name: str,
    amount: float | None,
    unit: str | None,
    generic: str | None,
    strength: str | None = None,
    per_dose: float | None = None,
    most: float | None = None,
    volume_ml: float | None = None,
) -> str:
    """`Ibuprofen 400 mg`, `Norco 10/325 mg`, `Co-codamol 30/500 mg` (a combination's
    strength as written), `Lidocaine patch 5%`, or just the name; `Ibuprofen 2 × 200 mg`
    when a dose is `per_dose` tablets of that strength; `Oxycodone 5 mg, 1–2 tablets`
    when it is `per_dose` (one when None) to `most`; `Oramorph 10 mg/5 ml, 2.5–5 ml`, a
    liquid whose `volume_ml` hold `amount`, its dose in ml."""
    if volume_ml and amount is not None and not strength:
        u = unit or "mg"
        head = f"{display_name(name)} {amount:g} {u}/{volume_ml:g} ml"
        if per_dose is None and most is None:
            return head  # no dose said: none is made up
        return f"{head}, {ml_dose(per_dose, most, volume_ml)}"
    if varies(per_dose, most):
        one = dose_text(name, amount, unit, generic, strength)
        return f"{one}, {tablets_range(per_dose, most)}"
    head = display_name(name)
    n = _units(per_dose)
    times = f"{n} × " if n else ""
    if strength:
        return f"{head} {times}{strength} mg"
    strength = combination_strength(generic, amount, unit, name)
    if strength is not None:
        return f"{head} {times}{strength}"
    if amount is None:
        return f"{head} × {n}" if n else head
    u = shown_unit(generic, name, unit) or ""
    text = f"{head} {times}{amount:g}{'' if u == '%' else ' '}{u}".rstrip()
    if not n and (tablets := pack_tablets(generic, amount, unit, name)):
        text += f" ({tablets} tablet{'s' if tablets > 1 else ''})"
    return text


def _units(per_dose: float | None) -> str:
    """The tablets of one dose as shown ("2", "½"); "" for one."""
    if per_dose is None or per_dose == 1:
        return ""
    return "½" if per_dose == 0.5 else f"{per_dose:g}"


def varies(per_dose: float | None, most: float | None) -> bool:
    """Whether a dose of `per_dose` (one when None) up to `most` tablets is a range."""
    return most is not None and most > (per_dose or 1.0)


def tablets_range(per_dose: float | None, most: float | None) -> str:
    """ "1–2 tablets": the least and the most one dose may be."""
    least = _units(per_dose) or "1"
    return f"{least}\u2013{most or 1:g} tablets"


def describe_medication(
    name: str,
    amount: float | None,
    unit: str | None,
    times: Sequence[dt.time],
    weekdays: frozenset[int] = ALL_DAYS,
    as_needed: bool = False,
    max_per_day: int | None = None,
    generic: str | None = None,
    strength: str | None = None,
    course: str = "",
    min_gap_hours: int | None = None,
    per_dose: float | None = None,
    most: float | None = None,
    instruction: str | None = None,
    volume_ml: float | None = None,
) -> str:
    """`Ibuprofen 400 mg · 08:00, 20:00 every day` or `… · as needed, max 6 a day`, with
    how it is taken and the course after it (`Naproxen 500 mg · 08:00 every day · with
    food · until Fri 11 Dec`)."""
    head = dose_text(name, amount, unit, generic, strength, per_dose, most, volume_ml)
    tail_course = (f" · {instruction}" if instruction else "") + (f" · {course}" if course else "")
    if as_needed or not times:
        tail = "as needed"
        if min_gap_hours:
            tail += f", at least {min_gap_hours} h apart"
        if max_per_day and volume_ml and amount is not None and not strength:
            tail += f", max {limit_text(max_per_day, volume_ml, amount, unit)} a day"
        elif max_per_day:
            # Of a range, how many doses the maximum is depends on each dose: it is said
            # in tablets, never read as doses ("max 8 a day" of "1–2 tablets").
            if varies(per_dose, most):
                tail += f", max {max_per_day} tablets a day"
            else:
                tail += f", max {max_per_day} a day{_in_doses(max_per_day, per_dose)}"
        return f"{head} · {tail}{tail_course}"
    clock = ", ".join(t.strftime("%H:%M") for t in sorted(times))
    # "every other day" replaces "every day": the interval is the day pattern; a course of
    # one day ("on Tue 8 Dec only", "today only") has no pattern to tell.
    every = (
        course.startswith(("every ", "on ", "today only")) and (weekdays or ALL_DAYS) == ALL_DAYS
    )
    days = "" if every else " " + describe_weekdays(weekdays or ALL_DAYS)
    return f"{head} · {clock}{days}{tail_course}"


def once_a_week(weekdays: int, every_days: int) -> bool:
    """Whether a schedule (weekday mask, interval in days) gives one dose day a week:
    "weekly monday" (one weekday) or "every 7 days" (Sandbox, Glasgow: alendronic acid's
    reminder read like a daily one)."""
    one_day = bin(weekdays & 0x7F).count("1") == 1
    return every_days == 7 or (every_days == 1 and one_day)


def _in_doses(max_units: int, per_dose: float | None) -> str:
    """ " (4 doses)" after a maximum counted in tablets when a dose is several."""
    if not per_dose or per_dose <= 1:
        return ""
    doses = max_units / per_dose
    return f" ({doses:g} doses)" if doses == int(doses) else ""


# Offered when /add did not say the clock times. Typical schedules, not advice: the
# person picks one or types their own.
_GENERAL: tuple[tuple[str, ...], ...] = (
    ("08:00",),
    ("08:00", "20:00"),
    ("08:00", "14:00", "22:00"),
)
_BY_PART: dict[frozenset[str], tuple[tuple[str, ...], ...]] = {
    frozenset({"morning"}): (("07:00",), ("08:00",), ("09:00",)),
    frozenset({"evening"}): (("18:00",), ("19:00",), ("20:00",)),
    frozenset({"bedtime"}): (("21:00",), ("22:00",), ("23:00",)),
    frozenset({"morning", "evening"}): (("08:00", "18:00"), ("08:00", "20:00"), ("07:00", "19:00")),
    frozenset({"morning", "bedtime"}): (("08:00", "22:00"), ("07:00", "21:00"), ("09:00", "23:00")),
}
_BY_COUNT: dict[int, tuple[tuple[str, ...], ...]] = {
    1: (("08:00",), ("20:00",), ("22:00",)),
    2: (("08:00", "20:00"), ("07:00", "19:00"), ("09:00", "21:00")),
    3: (("08:00", "14:00", "20:00"), ("08:00", "14:00", "22:00"), ("07:00", "15:00", "23:00")),
    4: (("08:00", "12:00", "16:00", "20:00"), ("06:00", "12:00", "18:00", "00:00")),
}


#: Waking hours for doses laid out "every N hours": the first no earlier than 06:00, the
#: last no later than 23:00 (a night dose is the person's to add, not ours to wake them for).
WAKING_FIRST, WAKING_LAST = 6, 23


def interval_times(every_hours: int) -> tuple[tuple[str, ...], ...]:
    """Times exactly `every_hours` apart within waking hours, starting at 06:00, 07:00 or
    08:00 (every 8 hours: 06:00 · 14:00 · 22:00, 07:00 · 15:00 · 23:00)."""
    if not 1 <= every_hours <= 24:
        return ()
    span = WAKING_LAST - WAKING_FIRST
    count = min(24 // every_hours, span // every_hours + 1)
    out = []
    for start in (6, 7, 8):
        hours = [start + k * every_hours for k in range(count)]
        if hours[-1] <= WAKING_LAST:
            out.append(tuple(f"{h:02d}:00" for h in hours))
    if count < 24 // every_hours:  # the whole day too, night doses included: theirs to pick
        hours = [(8 + k * every_hours) % 24 for k in range(24 // every_hours)]
        out.append(tuple(f"{h:02d}:00" for h in hours))
    return tuple(out)


def suggested_times(
    per_day: int | None = None,
    parts_of_day: frozenset[str] = frozenset(),
    every_hours: int | None = None,
) -> tuple[tuple[str, ...], ...]:
    """Clock-time choices for a dose whose times were not given, fitting what was said
    ("at bedtime" → 21:00 / 22:00 / 23:00, "3 times a day" → three times a day, "every
    8 hours" → three times 8 hours apart in waking hours)."""
    if every_hours and (spaced := interval_times(every_hours)):
        return spaced
    by_part = _BY_PART.get(parts_of_day)
    if by_part and (per_day is None or per_day == len(by_part[0])):
        return by_part
    if per_day in _BY_COUNT:
        return _BY_COUNT[per_day]
    return _GENERAL
