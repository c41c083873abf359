"""The clinician report (``/report``): one or two A4 pages from the same Summary.

Uses DejaVu Sans from matplotlib's bundled fonts so any medication name (accents,
Cyrillic, Greek …) renders; falls back to the core Helvetica font, with characters it
cannot show replaced, if those files are missing.
"""

from __future__ import annotations

import datetime as dt
import io

from fpdf.enums import XPos, YPos

from bot.domain.exposure import IngredientDay
from bot.domain.regimen import display_name
from bot.domain.summary import (
    Adherence,
    AsNeededUse,
    SideEffectCount,
    Summary,
    format_amount,
    reason_label,
    short_date,
)
from bot.domain.trials import MIN_DAYS_TO_COMPARE
from bot.knowledge import mme_guidance
from bot.reports.first_page import (
    counted_from,
    doctor_sentences,
    first_page,
    fitting_scale,
    pause_lines,
)
from bot.reports.pdf_doc import CDC, FOOTER, ReportDoc
from bot.reports.reassessment_text import change_rows, routine_rows
from bot.reports.text import (
    CARER_SAID,
    clinician_line,
    day_span,
    discussion_line,
    med_heading,
    paused_tail,
    quote,
    supply_lines,
    whose_words,
)
from bot.reports.timeline import render_timeline, timeline_height

__all__ = ["FOOTER", "render_pdf"]


def _pct(p: int | None) -> str:
    return "–" if p is None else f"{p}%"


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.1f}"


def render_pdf(
    summary: Summary,
    *,
    patient_label: str,
    regimen_lines: list[str] | None = None,
    generated_at: dt.datetime,
) -> bytes:
    """The clinician report as PDF bytes.

    ``patient_label`` is whatever name or initials the person chose to show;
    ``regimen_lines`` replaces the regimen section's lines (default: every medicine
    version of the period, with its strength and dates).
    """
    pdf = ReportDoc(summary.zone)
    pdf.set_title("Backtrack report")
    pdf.set_creator("Backtrack")
    pdf.add_page()
    s = summary
    pdf.scale = fitting_scale(s, patient=patient_label, generated_at=generated_at)
    first_page(pdf, s, patient=patient_label, generated_at=generated_at)
    pdf.scale = 1.0
    # The details start on their own page: the first one is read alone.
    pdf.add_page()
    pdf.set_font(pdf.family, "B", 13)
    pdf.cell(0, 7, pdf.t("Details"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _chart(pdf, s)
    _changes(pdf, s)
    pdf.heading("Regimen: every version in the period")
    pdf.bullets(regimen_lines or _regimen_lines(s) or ["No medications recorded."])
    _adherence(pdf, s)
    _routines(pdf, s)
    _as_needed(pdf, s)
    _opioids(pdf, s)
    _side_effects(pdf, s)
    _notes(pdf, s)
    _questions(pdf, s)
    _regimen_checks(pdf, s)
    pdf.heading("Other points from the data")
    zone = s.tz
    lines = [discussion_line(d, zone, clinician=True) for d in s.discuss]
    pdf.bullets(lines or ["Nothing else stood out in the data."])
    return bytes(pdf.output())


def _routines(pdf: ReportDoc, s: Summary) -> None:
    """Non-drug treatment (stretches, walks, physio) beside medication adherence."""
    rows = routine_rows(s)
    if len(rows) == 1:
        return
    pdf.heading("Routines (non-drug treatment)")
    pdf.grid(rows, (70, 28, 18, 22, 42))


def _changes(pdf: ReportDoc, s: Summary) -> None:
    """Each medication change of the period, the two weeks before it and the time since,
    and the patient's own verdicts when asked after 2 and 6 weeks."""
    rows = change_rows(s)
    if len(rows) == 1:
        return
    if pdf.get_y() > pdf.h - 70:  # the heading with its table, not alone at the foot
        pdf.add_page()
    pdf.heading("Medication changes and what followed")
    pdf.grid(rows, (18, 42, 30, 24, 26, 40))
    pdf.para(
        "Before: the 14 days before the change (fewer when the diary began later); since: "
        "from the change's day to the report's day (days rated on each side in brackets; "
        f"pain before rated on fewer than {MIN_DAYS_TO_COMPARE} days is not compared: –). "
        "Pain is the mean of daily means (NRS 0–10, higher = worse); PEG likewise (Krebs "
        "2009); side-effect days are days with any side effect reported.",
        size=8.5,
        grey=True,
    )


def _regimen_lines(s: Summary) -> list[str]:
    """Each medicine version of the period with its strength and its dates."""
    lines = []
    for v in s.regimen:
        if v.until is not None and v.until == v.since and v.line.endswith(" only"):
            lines.append(clinician_line(v) + paused_tail(v))
            continue
        if v.until is not None:
            when = f"{short_date(v.since)} – {short_date(v.until)}"
        else:
            when = f"since {short_date(v.since)}"
        lines.append(f"{clinician_line(v)} ({when}){paused_tail(v)}")
    # Counts and refills beside the regimen: a gap in doses may be a gap in supply.
    lines += [f"Supply: {line}" for line in supply_lines(s, pace="recent as-needed pace")]
    return lines


#: Under the details adherence table: what each column counts.
ADHERENCE_KEY = (
    "Not taken = Skipped + Ran out + No answer. Skipped: the patient chose not to take it "
    "(reason: the most given). Ran out: none on hand — told, or left unanswered after "
    "saying so, until a refill or a dose taken (the export's 'recorded from' says which). "
    "No answer: no reply by the cut-off. "
    "Late: of the taken."
)


def adherence_rows(a: Adherence) -> list[list[str]]:
    """The details adherence table: header, one row per medicine, and all of them."""
    rows = [
        ["Medication", "Taken/due", "%", "Skipped", "Ran out", "No answer", "Late", "Skip reason"]
    ]
    for m in a.per_medication:
        rows.append(
            [
                med_heading(m),
                f"{m.taken} / {m.scheduled}",
                _pct(m.percent),
                str(m.skipped - m.ran_out),
                f"{m.ran_out} ({day_span(m.ran_out_days)})" if m.ran_out else "0",
                str(m.missed),
                str(m.taken_late),
                # of the skips chosen: out of it is a supply problem, in its own column
                reason_label(m.top_skip_reason) if m.skipped > m.ran_out else "",
            ]
        )
    out = sum(m.ran_out for m in a.per_medication)
    totals = [f"{a.taken} / {a.scheduled}", _pct(a.percent), str(a.skipped - out), str(out)]
    rows.append(["All", *totals, str(a.missed), str(a.taken_late), ""])
    return rows


def _adherence(pdf: ReportDoc, s: Summary) -> None:
    a = s.adherence
    pdf.heading("Adherence (scheduled doses)")
    pause_lines(s, pdf.para)
    if not a.per_medication:
        pdf.para("No scheduled doses in this period.")
        return
    pdf.grid(adherence_rows(a), (42, 21, 11, 18, 30, 17, 11, 30))
    # What the columns count: they add up to the doses not taken (a "ran out" counted in
    # neither Skipped nor Missed while the reason column read "ran out" did not).
    pdf.para(ADHERENCE_KEY, size=9, grey=True)
    extra = []
    parts = [
        f"{med_heading(m)}, {m.part_taken} dose{'s' if m.part_taken > 1 else ''}"
        for m in a.per_medication
        if m.part_taken
    ]
    if parts:
        # counted as taken above: the doctor reads that less than the dose went in
        extra.append(f"Taken only in part (counted as taken): {'; '.join(parts)}.")
    if a.pending:
        # (doses due later today are among them: "answer window" read as doses late)
        n = a.pending
        extra.append(
            f"{n} dose{'' if n == 1 else 's'} not yet due, or due and still open to answer, "
            f"{'is' if n == 1 else 'are'} not counted."
        )
    if a.previous_percent is not None:
        # (what it rests on, when doses were not due on every day before)
        n = a.previous_days
        due = "" if n >= s.days else f" (doses due on {n} day{'' if n == 1 else 's'})"
        extra.append(f"Previous {s.days} days: {a.previous_percent}%{due}.")
    if extra:
        pdf.para(" ".join(extra), size=9, grey=True)


def _over_own_max(u: AsNeededUse) -> str:
    """ "2 times (most 5 in 24 h)", or "0"; "–" with no maximum set."""
    if u.max_per_day is None and not u.over_max:
        return "–"
    if not u.over_max:
        return "0"
    most = max(x.units for x in u.over_max)
    times = "1 time" if len(u.over_max) == 1 else f"{len(u.over_max)} times"
    return f"{times} (most {u.in_units(most)} in 24 h)"


def _as_needed(pdf: ReportDoc, s: Summary) -> None:
    wanted = [u for u in s.as_needed if not u.scheduled]
    outside = [u for u in s.as_needed if u.scheduled]
    if wanted:
        pdf.heading("As-needed use")
        rows = [["Medication", "Times", "Total", "Most in a day", "Own max/day", "Over own max*"]]
        for u in wanted:
            rows.append(
                [
                    display_name(u.name),
                    str(u.times),
                    _total(u),
                    _busiest(u),
                    u.in_units(u.max_per_day) if u.max_per_day is not None else "–",
                    _over_own_max(u),
                ]
            )
        pdf.grid(rows, (44, 15, 30, 35, 24, 32))
        # (the chat warns of any 24 hours holding a dose, so the report counts the same
        # way: calendar days had shown "0" beside a warned "5 in 24 h", Sandbox, New York)
        if any(u.max_per_day is not None or u.over_max for u in wanted):
            pdf.para(
                "* Stretches of 24 hours (from any dose) with more than the own maximum, "
                "as the patient was warned in the chat; not calendar days. Each is under "
                '"Other points from the data".',
                size=9,
                grey=True,
            )

    if outside:
        # Not as-needed use: a doctor reads a scheduled medicine in that table as one the
        # patient takes as needed (Sandbox, Sydney: Lyrica, Celebrex).
        pdf.heading("Extra doses of scheduled medicines (outside their schedule)")
        rows = [["Medication", "Times", "Total", "Most in a day", "Days"]]
        for u in outside:
            days = ", ".join(short_date(d) for d, _ in u.per_day)
            rows.append([display_name(u.name), str(u.times), _total(u), _busiest(u), days])
        pdf.grid(rows, (44, 15, 30, 35, 56))
    # Each rolling 24 h past a labelled maximum heads the first page's alerts.
    if s.ingredient_days:
        if not s.as_needed:
            pdf.heading("As-needed and extra doses")
        _ingredient_table(pdf, s)


def _total(u: AsNeededUse) -> str:
    return u.total_text or f"{format_amount(u.units)} unit{'' if u.units == 1 else 's'}"


def _busiest(u: AsNeededUse) -> str:
    if u.most_on is None:
        return ""
    # a liquid dose by dose, as the summary says it ("3 × 5 ml (10 mg each)")
    most = u.most_text if u.volume_ml else format_amount(u.most_in_one_day)
    return f"{most} ({short_date(u.most_on)})"


def _ingredient_table(pdf: ReportDoc, s: Summary) -> None:
    """One row a day, one column an ingredient (from every product that contains it)."""
    names = sorted({d.ingredient for d in s.ingredient_days})
    limits = {d.ingredient: d.limit_mg for d in s.ingredient_days}
    heads = []
    for n in names:
        limit = limits[n]
        heads.append(f"{n} (label max {format_amount(limit)} mg)" if limit else n)
    totals = {(d.date, d.ingredient): d for d in s.ingredient_days}
    rows = [["Day", *heads]]
    for day in sorted({d.date for d in s.ingredient_days}):
        cells = [_ingredient_cell(totals.get((day, n))) for n in names]
        rows.append([short_date(day), *cells])
    # (Sandbox, Denver: the lead line sat at the foot of page 2, its table on page 3)
    pdf.keep_room(10 + 5 * min(len(rows), 4))
    pdf.para(f"Daily totals per ingredient, {counted_from(s)}:", size=9)
    if any(d.at_least for d in s.ingredient_days):
        pdf.para(
            "≥: at least — a dose whose strength was not said is counted at its lowest.", size=9
        )
    width = (pdf.w - pdf.l_margin - pdf.r_margin - 30) / len(names)
    pdf.grid(rows, (30, *(width for _ in names)))


def _ingredient_cell(day: IngredientDay | None) -> str:
    if day is None:
        return "–"
    return f"{'≥ ' if day.at_least else ''}{format_amount(day.total_mg)} mg"


def _regimen_checks(pdf: ReportDoc, s: Summary) -> None:
    """The regimen's interactions and duplicate ingredients in full, for the doctor."""
    lines = [" ".join(said) for w in s.safety_warnings if (said := doctor_sentences(w))]
    if lines:
        pdf.heading("Interactions and duplicate ingredients in the regimen")
        pdf.bullets(lines)


def _chart(pdf: ReportDoc, s: Summary) -> None:
    """The regimen timeline above the daily pain line, over the days that hold data."""
    png = render_timeline(s, title="Medicines, daily pain and doses")
    width = 150.0
    height = width * timeline_height(png)
    if pdf.get_y() + height > pdf.h - 18:
        pdf.add_page()
    pdf.image(io.BytesIO(png), x=(pdf.w - width) / 2, w=width, h=height)


def _side_effects(pdf: ReportDoc, s: Summary) -> None:
    pdf.heading("Side effects")
    if not s.side_effects:
        pdf.para("None reported.")
        return
    lines = []
    for e in s.side_effects:
        line = (
            f"{e.label}: {e.days} day{'s' if e.days != 1 else ''}, "
            f"{e.reports} report{'s' if e.reports != 1 else ''}"
        )
        if e.words:
            line += " — " + _said(e)
        lines.append(line)
    pdf.bullets(lines)


def _said(e: SideEffectCount) -> str:
    """A side effect's words, each group under whose they are ("patient's words: “…”;
    carer's words: “…”")."""
    groups = []
    for carer in (False, True):
        said = [quote(w, 80) for w in e.words if (w in e.carer_words) is carer]
        if said:
            groups.append(f"{whose_words(carer)}: " + "; ".join(said))
    return "; ".join(groups)


def _opioids(pdf: ReportDoc, s: Summary) -> None:
    if s.mme is None:
        return
    pdf.heading("Opioids: morphine milligram equivalents (MME) per day")
    if s.mme.taken:
        top = s.mme.highest_taken
        assert top is not None
        days = ", ".join(f"{short_date(d.date)} {format_amount(d.mme)}" for d in s.mme.taken)
        pdf.para(
            f"As taken: highest {format_amount(top.mme)} MME ({short_date(top.date)}); "
            f"opioid taken on {len(s.mme.taken)} of {s.days_covered} days ({days}).",
            bold=True,
        )
    lines = []
    for line in s.mme.lines:
        if line.mme is None:
            why = line.note or "unknown"
            # ("not counted (not counted)": the table's own reason is in the note below)
            lines.append(
                f"{line.name}: not counted" + ("" if why == "not counted" else f" ({why})")
            )
        else:
            basis = (
                f"{format_amount(line.mg_per_day)} mg/day × {line.factor}"
                if line.mg_per_day is not None
                else f"× {line.factor}"
            )
            note = " — counted at the set maximum per day" if line.at_max else ""
            lines.append(f"{line.name}: {basis} = {format_amount(line.mme)} MME{note}")
    if s.mme.counted:
        pdf.para(f"As prescribed: about {format_amount(s.mme.total)} MME/day.", bold=True)
    elif s.mme.lines:
        pdf.para("As prescribed: total not computed (no opioid line could be counted).")
    pdf.bullets(lines)
    notes = [*(_to_the_doctor(n) for n in s.mme.notes), f"Factors: {CDC}."]
    if s.mme.total >= mme_guidance().threshold:
        notes.append(f"CDC 2022: “{mme_guidance().quote_threshold}”.")
    pdf.para(" ".join(notes), size=8.5, grey=True)


#: The knowledge file's note says "your own maximum" to the patient; the report is read
#: by their doctor (Sandbox, London: "counted at your own maximum" on the doctor's page).
AS_NEEDED_AT_MAX = (
    "As-needed opioids are counted at the patient's own maximum per day when no usual daily "
    "amount is set."
)


def _to_the_doctor(note: str) -> str:
    return AS_NEEDED_AT_MAX if note == mme_guidance().note_as_needed_max else note


def _questions(pdf: ReportDoc, s: Summary) -> None:
    """The patient's questions for this visit; those already asked, with their day."""
    if not s.questions:
        return
    zone = s.tz
    pdf.heading("Patient's questions")
    lines = []
    for q in s.questions:
        added = short_date(q.added_at.astimezone(zone).date())
        if q.asked_at is None:
            lines.append(f"{quote(q.text, 300)} (added {added})")
        else:
            asked = short_date(q.asked_at.astimezone(zone).date())
            lines.append(f"{quote(q.text, 300)} (asked {asked})")
    pdf.bullets(lines)


def _notes(pdf: ReportDoc, s: Summary) -> None:
    pdf.heading("Patient's notes")
    if not s.notes:
        pdf.para("None in this period.")
        return
    pdf.bullets(
        [
            f"{short_date(n.at.date())} {n.at:%H:%M}: {quote(n.text, 300)}"
            + (f" {CARER_SAID}" if n.carer else "")
            for n in s.notes
        ]
    )
