"""The report's first page, written for a doctor with a minute before the visit
(reference/clinician-review.md §3): the days that hold data, dated alerts, then the
regimen and its changes, adherence by medicine and time of day with the reasons,
as-needed use day by day, pain and function, sleep, side effects with what was taken
before them, the safety facts, the patient's questions and the next appointment.

Clinician voice throughout: no "you", no advice, no apologies, no internal codes; every
score says its direction. The details and the chart follow on the next page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from bot.domain.clinician_detail import ClinicianDetail
from bot.domain.leg_symptoms import PLACE_WORDS
from bot.domain.regimen import display_name
from bot.domain.sedation import SOURCE as SEDATION_SOURCE
from bot.domain.summary import (
    NOT_DUE_WHILE_PAUSED,
    WHILE_REMINDERS_ON,
    RedFlagEntry,
    Summary,
    format_amount,
    med_pause_line,
    pause_line,
    reason_label,
    short_date,
)
from bot.domain.warnings import END, SafetyWarning
from bot.knowledge.places import zone_shown
from bot.reports.facts_text import report_fact_lines
from bot.reports.pdf_doc import ReportDoc
from bot.reports.reassessment_text import VERDICTS, change_pain, change_words, visit_lines
from bot.reports.text import (
    CARER_SAID,
    clinician_line,
    discussion_line,
    med_heading,
    paused_tail,
    period_label,
    quote,
    rated_before,
    span_label,
    use_counts,
    whose_words,
)

__all__ = ["SECTIONS", "breathing_lines", "doctor_sentences", "extra_doses_line", "first_page"]

#: The first page's sections, in the order a doctor acts on them.
SECTIONS = (
    "Alerts",
    "Regimen and changes",
    "Adherence",
    "As-needed use",
    "Pain and function",
    "Sleep and mood",
    "Side effects",
    "Safety facts",
    "Patient's questions and goals",
    "Next appointment",
)
_SIZE = 8.1
#: What a sentence written to the patient starts or contains: left out for the doctor.
_TO_PATIENT = re.compile(r"\b([Yy]ou|[Yy]our|[Yy]ou're|I|I'm)\b")


def _line(doc: ReportDoc, text: str, *, bold: bool = False) -> None:
    doc.para(text, size=_SIZE * doc.scale, bold=bold)


def _heading(doc: ReportDoc, title: str) -> None:
    doc.heading(title, size=9.5 * doc.scale, keep=12)


def _paused_days(s: Summary) -> str:
    """``; reminders paused Wed 16 – Fri 18 Dec``: days without entries may be days the
    patient had paused reminders (the times are under Adherence)."""
    zone = s.tz
    spans = []
    for x in s.pauses:
        first = x.start.astimezone(zone).date()
        if x.end is None:
            spans.append(f"since {short_date(first)}")
        else:
            last = x.end.astimezone(zone).date()
            spans.append(short_date(first) if first == last else span_label(first, last))
    return f"; reminders paused {', '.join(spans)}" if spans else ""


def _header(doc: ReportDoc, s: Summary, patient: str, generated_at: dt.datetime) -> None:
    d = s.detail
    doc.set_font(doc.family, "B", 15)
    doc.cell(0, 8, doc.t("Medication and back-pain report"), new_x="LMARGIN", new_y="NEXT")
    if d.first_day and d.last_day:
        span = span_label(d.first_day, d.last_day)
        span += "" if d.first_day.year != d.last_day.year else f" {d.last_day.year}"
        data = f"Data: {span} ({d.days_with_data} of {s.days_covered} days with entries"
        if s.covered_start > s.start:
            # a 30-day report of a week-old diary: its days, not 30 (clinician-review §1.2.9)
            data += f", since the diary began {short_date(s.covered_start)}"
        data += _paused_days(s) + ")"
    else:
        data = f"No entries in {period_label(s)} {s.end.year}"
    doc.para(f"Patient: {patient or '–'}    {data}    {zone_shown(s.zone)}", size=9.5)
    if s.zones_said:
        # the patient changed zone: each time is where they were then, said before any
        doc.para(s.zones_said, size=9.5)
    # whose words the diary holds: a carer writing in the patient's chat is said too
    whose = (
        "chat entries of the patient and their carer"
        if s.carer_wrote
        else ("patient's own chat entries")
    )
    doc.para(
        f"Generated {generated_at:%Y-%m-%d %H:%M} {_offset_label(generated_at)} from the "
        f"{whose}: a diary, not a medical or dispensing record.",
        size=8.5,
        grey=True,
    )


def _offset_label(at: dt.datetime) -> str:
    """The clock's offset from UTC: zone abbreviations mislead (Manila's is "PST")."""
    offset = at.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{mins:02d}" if mins else f"UTC{sign}{hours}"


def _flags(s: Summary) -> list[str]:
    """Red flags, one line per mention (several flags in one message are one event)."""
    by_moment: dict[dt.datetime, list[RedFlagEntry]] = {}
    for r in s.red_flags:
        by_moment.setdefault(r.at, []).append(r)
    out = []
    for at, flags in by_moment.items():
        first = flags[0]
        said = "; ".join(f.clinician_label for f in flags)
        line = f"{short_date(at.date())} {at:%H:%M} Red flag: {said}"
        if first.words:
            line += f" — {whose_words(first.carer)}: {quote(first.words, 160)}"
        if first.followup and first.followup_at is not None:
            line += f". Then {short_date(first.followup_at.date())}: {quote(first.followup, 160)}"
        elif first.handled:
            line += " (the patient said it had already been seen to)"
        out.append(line)
    return out


def breathing_lines(s: Summary) -> list[str]:
    """Each warning of breathing trouble given in the chat, dated, with what was told and
    whose words it answered (one line per warning)."""
    out = []
    for a in s.breathing_alerts:
        what = ", ".join(a.effects).replace("_", " ")
        line = (
            f"{short_date(a.at.date())} {a.at:%H:%M} Sedation signs: {what} on {a.first} + "
            f"{a.second} → told to get medical help right away (signs of breathing trouble; "
            f"{SEDATION_SOURCE})"
        )
        if a.words:
            line += f" — {'carer' if a.carer else 'patient'}'s words: {quote(a.words, 160)}"
        out.append(line)
    return out


def _span(a: dt.datetime, b: dt.datetime) -> str:
    """ "Tue 8 Dec 08:40 – Wed 9 Dec 10:00"."""
    return f"{short_date(a.date())} {a:%H:%M} – {short_date(b.date())} {b:%H:%M}"


def _alerts(doc: ReportDoc, s: Summary) -> None:
    zone = s.tz
    lines = _flags(s) + breathing_lines(s)
    for e in s.overuse:
        a, b = e.start.astimezone(zone), e.end.astimezone(zone)
        parts = ", ".join(
            f"{display_name(n)} {format_amount(mg)} {e.unit}" for n, mg in e.by_product
        )
        amount = f"{'at least ' if e.at_least else ''}{format_amount(e.total_mg)} {e.unit}"
        limit = f"label maximum {format_amount(e.limit_mg)} {e.unit} a day"
        if not e.longer_than_its_peak:
            lines.append(f"{_span(a, b)} {e.ingredient} {amount} in 24 h ({parts}) — {limit}")
            continue
        # one episode, one line: its whole span, and the 24 h of its highest total
        first, last = (t.astimezone(zone) for t in e.span)
        lines.append(
            f"{_span(first, last)} {e.ingredient} over the maximum; highest {amount} "
            f"in 24 h ({_span(a, b)}: {parts}) — {limit}"
        )
    for u in s.as_needed:
        # any 24 hours holding a dose, as the chat's warning counted them (calendar days
        # hid a warned "5 in 24 h": Sandbox, New York)
        for x in u.over_max:
            lines.append(
                f"{short_date(x.start.date())} {x.start:%H:%M} – {short_date(x.end.date())} "
                f"{x.end:%H:%M} {display_name(u.name)}: {u.in_units(x.units)} in 24 h — "
                f"set maximum {u.in_units(x.limit)} a day"
            )
        if u.too_soon:
            n = len(u.too_soon)
            lines.append(
                f"{display_name(u.name)}: {n} dose{'' if n == 1 else 's'} sooner than the "
                f"set {u.gap_hours} h apart (see Other points)"
            )
    _heading(doc, "Alerts")
    if not lines:
        # (said only when no line stands above: a warning of breathing trouble is an alert)
        _line(doc, "No red flags and no labelled or set maximum passed in this period.")
        return
    for line in lines:
        _line(doc, f"! {line}", bold=True)


def _regimen(doc: ReportDoc, s: Summary) -> None:
    _heading(doc, "Regimen and changes")
    current = [v for v in s.regimen if v.until is None]
    for v in current or s.regimen:
        _line(doc, f"• {clinician_line(v)}{paused_tail(v)}")
    if not s.regimen:
        _line(doc, "No medicines recorded.")
    for c in s.reassessment.changes:
        f = c.figures
        said = "; ".join(
            f"{VERDICTS[r.verdict]} at {r.weeks} wk" for r in c.trial.reviews if r.verdict
        )
        pain = f"; pain {said_pain}" if (said_pain := change_pain(f)) else ""
        view = f"; patient: {said}" if said else ""
        _line(doc, f"{short_date(f.change_day)}: {change_words(c)}{pain}{view}")


def _reason_words(code: str) -> str:
    """ "ran out", "no answer", "for another reason": what follows a count of doses."""
    if code == "no_answer":
        return "no answer"
    return f"for {reason_label(code)}" if code == "other" else reason_label(code)


def _reasons(d: ClinicianDetail, med_id: int) -> str:
    """`; not taken: 1 ran out, 1 side effects, 1 no answer` for one medicine version."""
    for n in d.not_taken:
        if n.med_id == med_id:
            words = [f"{count} {_reason_words(code)}" for code, count in n.reasons]
            return "; not taken: " + ", ".join(words)
    return ""


def pause_lines(s: Summary, say: Callable[[str], None]) -> None:
    """Each pause of all reminders in the period, dated, and that the counts are of the
    days reminders were on: paused days have no doses due, so 100% could read over them;
    then each pause of one medicine, the same way."""
    zone = s.tz
    for pause in s.pauses:
        say(pause_line(pause, zone) + ".")
    if s.pauses:
        say(f"Counts are {WHILE_REMINDERS_ON}.")
    # one medicine paused on purpose: dated, so its doses then read as a pause, not missed
    for med_pause in s.med_pauses:
        say(med_pause_line(med_pause, zone) + ".")
    if s.med_pauses:
        say(f"{NOT_DUE_WHILE_PAUSED[:1].upper()}{NOT_DUE_WHILE_PAUSED[1:]}.")


def _adherence(doc: ReportDoc, s: Summary) -> None:
    _heading(doc, "Adherence (scheduled doses taken / due)")
    pause_lines(s, lambda text: _line(doc, text, bold=True))
    rows = [m for m in s.adherence.per_medication if m.scheduled]
    if not rows:
        _line(doc, "No scheduled doses due in this period.")
    for m in rows:
        pct = f" ({m.percent}%)" if m.percent is not None else ""
        reasons = _reasons(s.detail, m.med_id)
        # counted as taken, but less than the dose went in: said beside the count
        part = f", {m.part_taken} of them only in part" if m.part_taken else ""
        _line(doc, f"• {med_heading(m)}: {m.taken}/{m.scheduled}{pct}{part}{reasons}")
    parts = " · ".join(f"{p.part} {p.taken}/{p.due}" for p in s.detail.by_part)
    if parts:
        _line(doc, f"By time of day: {parts}")
    # Listed under as-needed use they read as taken as needed (Sandbox, Sydney: "Lyrica:
    # 1 of 30 days"): said with the scheduled medicines, as the weekly summary says them.
    if (extra := extra_doses_line(s)) is not None:
        _line(doc, extra)
    routines = [
        f"{r.routine.label} {r.done}/{r.due}" + (f" ({r.skipped} skipped)" if r.skipped else "")
        for r in s.reassessment.routines
        if r.due
    ]
    if routines:
        _line(doc, "Routines (non-drug) done / due: " + " · ".join(routines))


def _as_needed(doc: ReportDoc, s: Summary) -> None:
    _heading(doc, "As-needed use (units a day, on the days used)")
    wanted = [u for u in s.as_needed if not u.scheduled]
    if not wanted:
        _line(doc, "None logged in this period.")
    for u in sorted(wanted, key=lambda u: display_name(u.name).lower()):
        days = ", ".join(f"{short_date(d)} {u.in_units(n)}" for d, n in u.per_day)
        limit = f"; set maximum {u.in_units(u.max_per_day)} a day" if u.max_per_day else ""
        _line(
            doc,
            f"• {display_name(u.name)}: {u.days_used} of {s.days_covered} days{limit} — {days}",
        )
    for line in _peaks(s):
        _line(doc, line)


def extra_doses_line(s: Summary) -> str | None:
    """`Extra doses of scheduled medicines: Lyrica 1 time, 75 mg in all (Thu 10 Dec)` —
    doses of a medicine taken on a schedule, logged outside it, in the summary's words."""
    said = []
    for u in sorted(s.as_needed, key=lambda u: u.name.lower()):
        if u.scheduled:
            days = ", ".join(short_date(d) for d, _ in u.per_day)
            said.append(f"{display_name(u.name)} {use_counts(u)} ({days})")
    return "Extra doses of scheduled medicines: " + "; ".join(said) if said else None


def _peaks(s: Summary) -> list[str]:
    """Each ingredient's highest calendar-day total, from every product, on one line."""
    said = []
    for top in s.ingredient_peaks:
        name = top.ingredient
        limit = f", label max {format_amount(top.limit_mg)} mg" if top.limit_mg else ""
        # a dose of unsaid strength counted at its least: the doctor reads a floor
        floor = "at least " if top.at_least else ""
        said.append(
            f"{name} {floor}{format_amount(top.total_mg)} mg ({short_date(top.date)}{limit})"
        )
    if not said:
        return []
    whole = "all products" if not s.not_counted else counted_from(s)
    return [f"Most in a calendar day, {whole}: " + "; ".join(said)]


def counted_from(s: Summary) -> str:
    """Where the per-ingredient totals come from, honestly: "from every product that
    contains it", and which ingredients no total holds (told, but not known)."""
    if not s.not_counted:
        return "from every product that contains it"
    missing = "; ".join(n.said for n in s.not_counted)
    return f"from every product that contains it, as far as known (not counted: {missing})"


def _pain(doc: ReportDoc, s: Summary) -> None:
    _heading(doc, "Pain and function (0–10, higher = worse)")
    p = s.pain
    if p.mean is None:
        _line(doc, "Pain: no ratings in this period.")
    else:
        trend = ""
        if p.change is not None and p.previous_mean is not None:
            pct = f", {p.change_percent:+d}%" if p.change_percent is not None else ""
            rated = rated_before(p, s.days).strip(" ()")  # what it rests on, when short
            n = f"; {rated}" if rated else ""
            trend = f"; previous {s.days} days {p.previous_mean:.1f} ({p.change:+.1f}{pct}{n})"
        elif p.previous_days:
            trend = f"; previous {s.days} days{rated_before(p, s.days)}: too few to compare"
        worst = (
            f"; worst {short_date(p.worst_day.date)} ({p.worst_day.mean:.1f})"
            if p.worst_day
            else ""
        )
        _line(
            doc,
            f"Pain (NRS): mean of daily means {p.mean:.1f}, range {format_amount(p.min or 0)}–"
            f"{format_amount(p.max or 0)}, rated on {p.days_with_data} of {s.days_covered} days"
            f"{trend}{worst}; ≥ 7 on {p.severe_days} day{'' if p.severe_days == 1 else 's'}",
        )
    _line(doc, _peg_line(s))
    if (legs := _legs_line(s)) is not None:
        _line(doc, legs)


def _legs_line(s: Summary) -> str | None:
    """Sciatica as told: pain in or down a leg by side, and numbness or tingling, and
    weakness, apart."""
    legs = s.detail.legs
    if legs is None:
        return None

    def days(n: int) -> str:
        return f"{n} day{'' if n == 1 else 's'}"

    said = []
    if legs.leg_days:
        where = ", ".join(PLACE_WORDS[c] for c in legs.sides if c != "leg")
        said.append(
            f"pain in or down a leg on {days(len(legs.leg_days))}"
            + (f" ({where})" if where else "")
        )
    if legs.not_down_days:
        said.append(f"not down a leg on {days(len(legs.not_down_days))}")
    told = (
        ("numbness or tingling", legs.nerve_days, legs.nerve_places),
        ("weakness", legs.weak_days, legs.weak_places),
    )
    for what, on, places in told:
        if on:
            where = ", ".join(PLACE_WORDS[c] for c in places)
            when = ", ".join(short_date(d) for d in on[:3])
            more = f" and {len(on) - 3} more" if len(on) > 3 else ""
            # ("the numbness is getting worse" names no place: none is said)
            said.append(f"{what} on {days(len(on))} ({f'{where}; ' if where else ''}{when}{more})")
    if legs.nerve_worse:
        # how it grew, day by day, in the patient's words (Sandbox, Glasgow: a spinal
        # surgeon wants to see numbness spreading over the week)
        grew = ", ".join(f"{short_date(d)} {quote(w, 60)}" for d, w in legs.nerve_worse)
        said.append(f"numbness or tingling told as getting worse or spreading: {grew}")
    return "Legs: " + "; ".join(said)


def _peg_line(s: Summary) -> str:
    """The PEG against the first one ever given (the baseline), with the 30 % rule."""
    t = s.detail.peg
    if t is None:
        return "PEG: not answered yet."
    b = t.baseline
    items = f"pain {format_amount(b.pain)}, enjoyment {format_amount(b.enjoyment)}, "
    items += f"activity {format_amount(b.activity)}"
    base = f"baseline {b.score:.1f} ({short_date(b.date)}; {items})"
    if t.latest is None:
        return f"PEG (Krebs 2009): none in this period; {base}"
    if t.change is None:
        return f"PEG (Krebs 2009): {base}; no later PEG to compare yet"
    pct = f", {t.change_percent:+d}%" if t.change_percent is not None else ""
    recent = ", ".join(f"{short_date(p.date)} {p.score:.1f}" for p in t.points[-4:])
    if t.meaningful_improvement:
        verdict = "≥ 30% better: meaningful"
    elif t.change > 0:
        verdict = "worse"  # (never "not a 30% improvement" of a PEG that rose — Sandbox)
    elif t.change == 0:
        verdict = "unchanged"
    else:
        verdict = "better, but less than the 30% that is meaningful"
    return (
        f"PEG (Krebs 2009): {base} → {t.latest.score:.1f} ({t.change:+.1f}{pct}; {verdict} "
        f"[{t.source}]); in period: {recent}"
    )


#: Moods listed on the first page (the page is fitted to one sheet); the newest kept.
MOODS_SHOWN = 8


def _sleep(doc: ReportDoc, s: Summary) -> None:
    _heading(doc, "Sleep and mood")
    sl = s.sleep
    if sl is None:
        _line(doc, "Sleep not reported in this period.")
    else:
        hours = f"; mean {format_amount(sl.mean_hours)} h where given" if sl.mean_hours else ""
        nights = "1 night" if sl.nights == 1 else f"{sl.nights} nights"
        _line(doc, f"{nights} reported: poor {sl.poor}, fair {sl.fair}, good {sl.good}{hours}")
    if not s.moods:
        return  # (no line saying so: the page is fitted to one sheet)
    shown = s.moods[-MOODS_SHOWN:]
    carers = {m.carer for m in s.moods}
    # who told them, once when all by one; each a carer told marked when both did
    mixed = len(carers) > 1
    told = "; ".join(
        f"{short_date(m.at.date())} {m.at:%H:%M} {m.label}"
        + (f" {CARER_SAID}" if mixed and m.carer else "")
        for m in shown
    )
    earlier = len(s.moods) - len(shown)
    more = f" (and {earlier} earlier)" if earlier else ""
    by = (
        "the patient or their carer"
        if mixed
        else "their carer"
        if True in carers
        else "the patient"
    )
    _line(doc, f"Mood told by {by}: {told}{more}")


def _effects(doc: ReportDoc, s: Summary) -> None:
    _heading(doc, "Side effects (with what was taken in the 24 h before)")
    effects = s.detail.effects
    if not effects:
        _line(doc, "None reported in this period.")
        return
    for e in effects[:8]:
        what = ", ".join(e.effects).replace("_", " ")
        words = f" — “{quote(e.words, 60).strip('“”')}”" if e.words else ""
        if e.words and e.carer:
            words += f" {CARER_SAID}"
        before = "; ".join(e.taken_before) or "nothing logged"
        _line(doc, f"• {short_date(e.at.date())} {e.at:%H:%M} {what}{words}; before: {before}")
    if len(effects) > 8:
        _line(doc, f"… and {len(effects) - 8} more (page 2)")


def doctor_sentences(w: SafetyWarning) -> list[str]:
    """A regimen warning's sentences without those written to the patient; none for a
    medicine the drug list does not know (said apart, in one line)."""
    if w.code in ("unknown_medication", "partly_known_medication"):
        return []
    return [
        x
        for x in re.split(r"(?<=[.!?])\s+", w.text.strip())
        if x and END not in x and not _TO_PATIENT.search(x)
    ]


# A sentence that says what can happen, not only which class each medicine is in.
_RISK = re.compile(
    r"\b(?:can|may|could|raises?|warns?|risk|says?|higher|causes?|adds?|harder|hard\s+to|"
    r"more\s+\w+\s+than)\b"
)


def doctor_line(w: SafetyWarning) -> str | None:
    """A regimen warning in one line for the clinician: the medicines, then the risk the
    label states ("Tramadol + gabapentin: The FDA warns that this combination can cause
    serious breathing problems."); the full wording is on page 2."""
    said = doctor_sentences(w)
    if not said:
        return None
    risk = next((x for x in said if _RISK.search(x)), said[0])
    named = [m for m in w.medications if m]
    if not named or all(m.lower() in risk.lower() for m in named):
        return risk
    names = " + ".join(named)
    return f"{names[:1].upper()}{names[1:]}: {risk}"


def safety_lines(warnings: Sequence[SafetyWarning]) -> list[str]:
    """The regimen's warnings for page one: one line per risk, naming every pair it
    applies to ("Tramadol + gabapentin, pregabalin + tramadol — serious breathing problems
    (FDA 2019)"), most severe first; a warning with no short fact in its own line."""
    pairs: dict[str, list[str]] = {}
    lines: list[str] = []
    for w in warnings:
        if w.fact is not None and w.medications:
            pairs.setdefault(w.fact, []).append(" + ".join(w.medications))
        elif (line := doctor_line(w)) is not None:
            lines.append(line)
    grouped = []
    for fact, named in pairs.items():
        said = ", ".join(dict.fromkeys(named))
        grouped.append(f"{said[:1].upper()}{said[1:]} — {fact}")
    return grouped + lines


#: The "Other points" also said among page one's safety facts.
PAGE_ONE_POINTS = ("one_medicine_two_products", "alcohol_then_sedating", "opioid_constipation")


def _safety(doc: ReportDoc, s: Summary) -> None:
    _heading(doc, "Safety facts")
    naloxone = s.facts.naloxone if s.facts is not None else None
    # "Prescribed maximum ≥ 50 MME a day (80) [CDC 2022]" below says it with its source;
    # the warning's own line was the patient's sentence ("Tramadol: Your opioid …").
    said_below = naloxone is not None and naloxone.high_prescribed is not None
    warnings = [w for w in s.safety_warnings if not (said_below and w.code == "mme_threshold")]
    lines = [f"• {line}" for line in safety_lines(warnings)]
    unknown = [
        m for w in s.safety_warnings if w.code == "unknown_medication" for m in w.medications
    ]
    if unknown:
        lines.append(f"• Not in Backtrack's drug list, so not checked: {', '.join(unknown)}")
    partly = [n for n in s.not_counted if n.parts]
    if partly:
        said = "; ".join(f"{n.name} ({', '.join(n.parts)})" for n in partly)
        lines.append(
            f"• Ingredients not in Backtrack's drug list, so not checked or counted: {said}"
        )
    lines += [f"• {line}" for line in report_fact_lines(s.facts)]
    # one medicine doubled through two products, a medicine whose label warns about
    # alcohol taken after a drink, and constipation told on an opioid (a labelled adverse
    # reaction, with its source in brackets): facts on the page read first
    # (reference/clinician-review.md), each once
    zone = s.tz
    lines += [
        f"• {discussion_line(d, zone, clinician=True)}"
        for d in s.discuss
        if d.code in PAGE_ONE_POINTS
    ]
    for line in lines or ["No interactions or duplicate ingredients among known medicines."]:
        _line(doc, line)


def _agenda(doc: ReportDoc, s: Summary) -> None:
    zone = s.tz
    _heading(doc, "Patient's questions and goals")
    waiting = [q for q in s.questions if q.asked_at is None]
    for q in waiting:
        added = short_date(q.added_at.astimezone(zone).date())
        _line(doc, f"• {quote(q.text, 200)} (added {added})")
    for at, goal in s.detail.goals:
        _line(doc, f"• Goal: {quote(goal, 200)} (set {short_date(at.date())})")
    if not waiting and not s.detail.goals:
        _line(doc, "No questions and no goals recorded.")
    _heading(doc, "Next appointment")
    nxt = [line for line in visit_lines(s) if line.startswith("Next")]
    _line(doc, nxt[0].removeprefix("Next appointment: ") if nxt else "None recorded.")


#: Smaller type, tried in turn, so that a long regimen still leaves the patient's agenda
#: on the one page a doctor reads; below the last, the page runs over.
SCALES = (1.0, 0.93, 0.86, 0.8)


def fitting_scale(s: Summary, *, patient: str, generated_at: dt.datetime) -> float:
    """The largest type scale at which the first page fits on one page."""
    for scale in SCALES:
        trial = ReportDoc(s.zone)
        trial.scale = scale
        trial.add_page()
        first_page(trial, s, patient=patient, generated_at=generated_at)
        if trial.page_no() == 1:
            return scale
    return SCALES[-1]


def first_page(doc: ReportDoc, s: Summary, *, patient: str, generated_at: dt.datetime) -> None:
    """Write the first page's sections, in the order of SECTIONS."""
    _header(doc, s, patient, generated_at)
    _alerts(doc, s)
    _regimen(doc, s)
    _adherence(doc, s)
    _as_needed(doc, s)
    _pain(doc, s)
    _sleep(doc, s)
    _effects(doc, s)
    _safety(doc, s)
    _agenda(doc, s)
