"""The facts a doctor acts on (bot.domain.clinical_facts) as the report's lines, each
with its source in brackets, and as the weekly summary's lines in the patient's words.
Facts only: counts, dates, limits and where they come from — never advice."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain.clinical_facts import ClinicalFacts, CoUse, Listed, NaloxoneFacts, NsaidExposure
from bot.domain.exposure import OpioidDay
from bot.domain.summary import format_amount, short_date

__all__ = ["patient_fact_lines", "report_fact_lines"]


def _days(days: Sequence[OpioidDay]) -> str:
    return ", ".join(f"{short_date(d.date)} {format_amount(d.mme)}" for d in days)


def _dates(co: CoUse, most: int = 4) -> str:
    shown = ", ".join(short_date(d.date) for d in co.days[:most])
    return shown + (f" and {len(co.days) - most} more" if len(co.days) > most else "")


def _co_use(what: str, co: CoUse) -> str:
    """`Two NSAIDs (ibuprofen, naproxen) the same day: 2 days (Mon 5 Jan, …) [source]`."""
    n = len(co.days)
    return (
        f"{what} ({', '.join(co.others)}) the same day: {n} day{'' if n == 1 else 's'} "
        f"({_dates(co)}) [{co.source}]"
    )


def _on_the_list(what: str, listed: Listed, absent: str) -> str:
    """`Naloxone on the medicine list: yes (naloxone) [source]`, or `absent` for "yes"."""
    said = f"yes ({', '.join(listed.names)})" if listed.recorded else absent
    return f"{what}: {said} [{listed.source}]"


def _opioid(f: ClinicalFacts) -> list[str]:
    o = f.opioid
    if o is None:
        return []
    used = f"Opioid as taken: on {len(o.days_used)} of {o.period_days} days"
    if o.highest is not None:
        used += f"; MME a day {_days(o.mme_days)}; highest {format_amount(o.highest.mme)}"
    if o.prescribed_mme is not None:
        used += f"; prescribed maximum {format_amount(o.prescribed_mme)} MME a day"
    if o.not_counted:
        used += f"; not counted: {', '.join(o.not_counted)}"
    return [f"{used} [{o.method}]"]


def _naloxone(n: NaloxoneFacts | None) -> list[str]:
    if n is None:
        return []
    out = []
    if n.high_taken is not None:
        out.append(f"≥ 50 MME taken in a day: {_days(n.high_taken.days)} [{n.high_taken.source}]")
    if n.high_prescribed is not None and n.high_prescribed.prescribed is not None:
        amount = format_amount(n.high_prescribed.prescribed)
        out.append(f"Prescribed maximum ≥ 50 MME a day ({amount}) [{n.high_prescribed.source}]")
    if n.benzodiazepine is not None:
        out.append(_co_use("Opioid and benzodiazepine", n.benzodiazepine))
    if n.sedating is not None:
        out.append(_co_use("Opioid with another sedating medicine", n.sedating))
    out.append(_on_the_list("Naloxone on the medicine list", n.naloxone, "no"))
    return out


def _nsaid(n: NsaidExposure | None) -> list[str]:
    if n is None:
        return []
    line = f"NSAID taken on {len(n.days)} of {n.period_days} days"
    if n.run is not None:
        line += (
            f"; longest run {n.run.days} days in a row ({short_date(n.run.start)} – "
            f"{short_date(n.run.end)})"
        )
    out = [f"{line} [{n.source}]"]
    if n.two_nsaids is not None:
        out.append(_co_use("Two NSAIDs", n.two_nsaids))
    if n.with_steroid is not None:
        out.append(_co_use("NSAID with a corticosteroid", n.with_steroid))
    out.append(_on_the_list("Stomach-protecting medicine", n.gastroprotection, "none recorded"))
    return out


def report_fact_lines(facts: ClinicalFacts | None) -> list[str]:
    """The report's fact lines, in the order a doctor reads them."""
    if facts is None:
        return []
    return [*_opioid(facts), *_naloxone(facts.naloxone), *_nsaid(facts.nsaid)]


def _n_days(n: int) -> str:
    return f"{n} day" + ("" if n == 1 else "s")


def patient_fact_lines(facts: ClinicalFacts | None) -> list[str]:
    """The same facts for the weekly summary, short and in the patient's words."""
    if facts is None:
        return []
    out = []
    nsaid, nal = facts.nsaid, facts.naloxone
    if nsaid is not None and nsaid.with_steroid is not None:
        n = _n_days(len(nsaid.with_steroid.days))
        out.append(f"An NSAID and a steroid were taken on the same day on {n}.")
    if nsaid is not None and nsaid.two_nsaids is not None:
        n = _n_days(len(nsaid.two_nsaids.days))
        out.append(f"Two different NSAIDs were taken on the same day on {n}.")
    if nal is not None and nal.sedating is not None:
        others = " and ".join(nal.sedating.others)
        n = _n_days(len(nal.sedating.days))
        out.append(f"The opioid was taken on the same day as {others} on {n}.")
    if nal is not None and nal.high_taken is not None:
        n = _n_days(len(nal.high_taken.days))
        out.append(f"On {n}, the opioid taken came to 50 MME or more.")
    return out
