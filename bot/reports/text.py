"""The weekly summary as a chat message: short, plain text, kind to someone in pain.

Plain text (no Markdown/HTML), so it can be sent without a parse mode and nothing a
user typed (a medication name, a skip reason) can break the formatting. Facts only:
no dose advice; red flags are listed as things for a doctor, without alarm words
("emergency"/"crisis" belong to the immediate red-flag reply, not to a weekly recap).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.domain.alcohol import DRINK_WITHIN
from bot.domain.exposure import IngredientDay, counts_every_dose
from bot.domain.leg_symptoms import PLACE_WORDS
from bot.domain.opioid_constipation import OpioidConstipation
from bot.domain.records import MedicinePaused, RemindersPaused
from bot.domain.regimen import display_name
from bot.domain.safety import NO_DAILY_MAXIMUM
from bot.domain.summary import (
    WHILE_REMINDERS_ON,
    Adherence,
    AfterDrink,
    AsNeededUse,
    BreathingAlert,
    DiscussionPoint,
    MedicationAdherence,
    MmeSummary,
    PainStats,
    RedFlagEntry,
    RegimenVersion,
    SideEffectCount,
    Summary,
    TwoProducts,
    flag_label,
    format_amount,
    pause_days,
    pause_reason_label,
    pause_words,
    reason_label,
    short_date,
    why_said,
)
from bot.domain.supply import describe_stock
from bot.domain.voice import OWN, Voice
from bot.domain.warnings import END
from bot.domain.wording import and_list
from bot.knowledge.local_names import local_names
from bot.reports.facts_text import patient_fact_lines
from bot.reports.reassessment_text import follow_up_section, routines_section, visit_section

#: The parts of the day (bot.domain.clinician_detail.DAY_PARTS) with their hours, so a
#: doctor reads which doses the words mean.
PART_SPAN = {
    "morning": "Morning doses (before noon)",
    "midday": "Midday doses (noon to 5 pm)",
    "evening": "Evening doses (5 to 9 pm)",
    "night": "Night doses (9 pm or later)",
}

__all__ = [
    "PART_SPAN",
    "as_needed_line",
    "constipation_line",
    "discussion_line",
    "ingredient_total_lines",
    "med_heading",
    "paused_tail",
    "period_label",
    "quote",
    "rated_before",
    "summary_text",
    "use_counts",
]


def discussion_line(
    point: DiscussionPoint, zone: dt.tzinfo, *, clinician: bool = False, v: Voice = OWN
) -> str:
    """A "worth discussing" fact in words, for the summary (`v`: whose chat reads it) and
    the report."""
    f = point.fact
    match point.code:
        case "over_label_max":
            e = f("episode")
            start, end = e.start.astimezone(zone), e.end.astimezone(zone)
            said = (
                f"{e.ingredient[:1].upper()}{e.ingredient[1:]} went past its labelled maximum "
                f"of {format_amount(e.limit_mg)} {e.unit} in 24 hours"
            )
            if e.longer_than_its_peak:  # one episode, said once: its span, then its peak
                first, last = (t.astimezone(zone) for t in e.span)
                said += f" from {_moment(first)} to {_moment(last)}, at its highest"
            return (
                f"{said}: {'at least' if e.at_least else 'about'} "
                f"{format_amount(e.total_mg)} {e.unit} from "
                f"{', '.join(display_name(name) for name in e.products)} "
                f"({_moment(start)} to {_moment(end)})."
            )
        case "red_flag":
            said = flag_label(f("flag"), clinician=clinician)
            return f"Reported {said} ({short_date(f('day'))})."
        case "pain_up":
            pain = f("pain")
            pct = f", {pain.change_percent:+d}%" if pain.change_percent is not None else ""
            return (
                f"Average pain went up from {format_amount(pain.previous_mean or 0)} to "
                f"{format_amount(pain.mean or 0)} ({pain.change:+.1f} points{pct}) "
                f"compared with the period before{rated_before(pain, f('days'))}."
            )
        case "severe_pain_days":
            return f"Pain was 7 or more on {f('days')} days."
        case "low_adherence":
            a = f("adherence")
            said = f"{a.taken} of {a.scheduled} scheduled doses were taken ({a.percent}%)."
            paused = [_paused_what(x, zone) for x in f("pauses")]
            if paused:
                said += f" Not counted: doses while paused on purpose ({'; '.join(paused)})."
            return said
        case "part_of_day_missed":
            w = f("worst")
            return (
                f"{PART_SPAN[w.part.part]} were taken {w.part.taken} of {w.part.due} times, "
                f"against {w.other_taken} of {w.other_due} at other times of day."
            )
        case "medication_missed":
            m = f("medication")
            said = _missed_and_skipped(m)
            if m.ran_out:  # a supply problem, said apart from the doses not chosen
                out = f"ran out ({day_span(m.ran_out_days)}, {_plural(m.ran_out, 'dose')})"
                said = f"{said}; {out}" if said else f"{m.label} {out}"
            return f"{said}."
        case "over_own_max":
            return own_max_line(f("use"))
        case "too_soon":
            return too_soon_line(f("use"))
        case "one_medicine_two_products":
            return two_products_line(f("doubled"))
        case "ran_out_as_needed":
            return f"Ran out of {f('name')} ({short_date(f('day'))})."
        case "alcohol_then_sedating":
            return alcohol_line(f("drinks"))
        case "opioid_constipation":
            return constipation_line(f("constipation"), clinician=clinician, v=v)
        case "side_effect_days":
            e = f("effect")
            return f"{e.label.capitalize()} was reported on {e.days} days."
        case "legs_numb" | "legs_weak":
            what = "Numbness or tingling" if point.code == "legs_numb" else "Weakness"
            # ("the numbness is getting worse" names no place: none is said)
            where = _legs_said(f("places"))
            said = f"{what}{f' in {where}' if where else ''} ({_days_said(f('days'))})"
            worse: Sequence[dt.date] = f("worse") if point.code == "legs_numb" else ()
            if worse:
                said += f", getting worse or spreading on {_days_said(worse)}"
            return f"{said}."
    raise ValueError(f"no words for discussion point {point.code!r}")


def constipation_line(c: OpioidConstipation, *, clinician: bool = False, v: Voice = OWN) -> str:
    """Constipation told while an opioid was taken, with the person's own count of days:
    a labelled adverse reaction of opioids (tramadol label, ADVERSE REACTIONS: constipation
    in 46% of patients by 90 days; CDC 2022 guideline p. 27: constipation among the effects
    patients rank important — cited in full in bot.domain.opioid_constipation). A fact,
    never what to do about it."""
    opioids = and_list([display_name(n) for n in c.opioids])
    days = f"{_plural(len(c.days), 'day')} ({_days_said(c.days)})"
    if clinician:
        said = f"Constipation reported while taking an opioid ({opioids}): {days}"
        if c.said_days is not None and c.said_on is not None:
            whose = "carer's" if c.carer else "patient's"
            said += f"; {whose} own count {_plural(c.said_days, 'day')} ({short_date(c.said_on)})"
        return f"{said}. A labelled adverse reaction of opioids [{c.source}]."
    said = f"Constipation was reported on {days} while taking {opioids}"
    if c.said_days is not None:
        whose = v.says("your carer's", "your") if c.carer else v.says("your own", "their own")
        said += f", {_plural(c.said_days, 'day')} by {whose} count"
    return f"{said}. Constipation is a known side effect of opioid medicines: {END}"


def _moment(at: dt.datetime) -> str:
    """`Tue 8 Dec 13:00` (local time, as kept)."""
    return f"{short_date(at.date())} {at:%H:%M}"


def own_max_line(u: AsNeededUse) -> str:
    """Each 24 hours past the own maximum, counted as the chat's warning counts them (any
    24 hours holding a dose), so the report never says "0" beside a warned "5 in 24 h"."""
    spans = [
        f"{u.in_units(x.units)} in 24 hours ({_moment(x.start)} to {_moment(x.end)})"
        for x in u.over_max
    ]
    limit = u.over_max[-1].limit if u.over_max else u.max_per_day
    most = u.in_units(limit) if limit is not None else None
    return f"{display_name(u.name)} went above the set maximum of {most} a day: {'; '.join(spans)}."


def _hours_apart(after: dt.timedelta) -> str:
    """ "1 h", "2.5 h", "40 min": how long after the dose before."""
    minutes = after.total_seconds() / 60
    if minutes < 60:
        return f"{round(minutes)} min"
    return f"{format_amount(round(minutes / 30) / 2)} h"


def too_soon_line(u: AsNeededUse, most: int = 6) -> str:
    """`Tramadol was taken sooner than the planned 6 hours apart 3 times: Mon 7 Dec 11:00
    (1 h after the one before), …` — what the chat warned of at each dose."""
    soon = u.too_soon
    shown = [f"{_moment(t.at)} ({_hours_apart(t.after)})" for t in soon[:most]]
    shown[0] = f"{_moment(soon[0].at)} ({_hours_apart(soon[0].after)} after the one before)"
    more = f" and {len(soon) - most} more" if len(soon) > most else ""
    gap = f"the planned {u.gap_hours} hours apart" if u.gap_hours else "the planned gap"
    return (
        f"{display_name(u.name)} was taken sooner than {gap} "
        f"{_plural(len(soon), 'time')}: {', '.join(shown)}{more}."
    )


def two_products_line(d: TwoProducts) -> str:
    """`Naproxen was taken as two products on the same day (Naproxen and Aleve): Mon 7 Dec,
    1,440 mg that day.` — one medicine doubled up, said once."""
    about = "at least " if d.at_least else ""
    ingredient = f"{d.ingredient[:1].upper()}{d.ingredient[1:]}"
    if len(set(d.day_products)) > 1:
        # Not the same products each day: each day says its own, so two on most days are
        # not read as the three of one day (Percocet and Tylenol; once also Tylenol ES)
        each = ", ".join(
            f"{short_date(day)} ({and_list(list(names))}: {about}{format_amount(mg)} mg)"
            for (day, mg), names in zip(d.days, d.day_products, strict=True)
        )
        return f"{ingredient} was taken as more than one product on the same day: {each}."
    days = ", ".join(f"{short_date(day)} ({about}{format_amount(mg)} mg)" for day, mg in d.days)
    what = "two products" if len(d.products) == 2 else f"{len(d.products)} products"
    return (
        f"{ingredient} was taken as {what} on the same day ({and_list(list(d.products))}): {days}."
    )


def alcohol_line(drinks: Sequence[AfterDrink]) -> str:
    """`A drink was mentioned on Wed 9 Dec 17:00, followed within 6 hours by tramadol and
    cyclobenzaprine, whose labels warn about alcohol.` — facts, once for the period."""
    said = [
        f"{_moment(d.at)} (then {and_list([display_name(m) for m in d.medicines])})" for d in drinks
    ]
    hours = format_amount(DRINK_WITHIN.total_seconds() / 3600)
    return (
        f"A drink was mentioned, then within {hours} hours a medicine whose label warns "
        f"about alcohol was taken: {'; '.join(said)}."
    )


def _paused_what(pause: RemindersPaused | MedicinePaused, zone: dt.tzinfo) -> str:
    """``Naproxen 500 mg, Tue 8 – Fri 11 Dec`` or ``all reminders, since Wed 16 Dec``."""
    what = pause.medicine if isinstance(pause, MedicinePaused) else "all reminders"
    return f"{what}, {pause_days(pause, zone)}"


def _legs_said(places: Sequence[str]) -> str:
    """ "both legs" for the left and the right; "the left leg", "the leg and the hip"
    otherwise, in plain words."""
    both = {"leg_left", "leg_right"} <= set(places)
    rest = [p for p in places if not (both and p in ("leg_left", "leg_right", "leg"))]
    words = [f"the {PLACE_WORDS.get(p, p.replace('_', ' '))}" for p in rest]
    return and_list(["both legs", *words] if both else words)


def _days_said(days: Sequence[dt.date]) -> str:
    shown = ", ".join(short_date(d) for d in days[:3])
    return shown + (f" and {len(days) - 3} more" if len(days) > 3 else "")


#: Beside words a carer wrote in the patient's chat: the doctor must know who said them.
CARER_SAID = "(said by their carer)"


def whose_words(carer: bool) -> str:
    """Whose words a report quotes: "patient's words", or "carer's words"."""
    return "carer's words" if carer else "patient's words"


def quote(words: str, limit: int = 90) -> str:
    """The person's own words, shortened for a line: “cant feel my legs…”."""
    flat = " ".join(words.split())
    if len(flat) <= limit:
        return f"“{flat}”"
    cut = flat[: limit - 1]
    # at a word's end where one is near ("… sharon does e…" read as a typo)
    at_word = cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut
    return f"“{at_word.rstrip(' ,;:-')}…”"


def med_heading(m: MedicationAdherence) -> str:
    """`Gabapentin 300 mg (until Tue 13 Jan)`: the strength, and when this version began
    or ended inside the period."""
    dates = []
    if m.since is not None and m.since == m.until:
        dates.append(f"{short_date(m.since)} only")  # one day of a taper or a dose pack
    else:
        if m.since is not None:
            dates.append(f"from {short_date(m.since)}")
        if m.until is not None:
            dates.append(f"until {short_date(m.until)}")
    if m.paused_on is not None:
        # its count stops there: fewer doses due, never doses missed
        dates.append(f"paused {short_date(m.paused_on)}")
    if not dates:
        return m.label
    # "Medrol dosepak 20 mg (5 tablets)" already ends in brackets: no second pair.
    return m.label + (
        f" · {', '.join(dates)}" if m.label.endswith(")") else f" ({', '.join(dates)})"
    )


def clinician_line(v: RegimenVersion) -> str:
    """A version's regimen line for the doctor, its ingredients after a name that does not
    say them: `Emzor (acetaminophen) 500 mg · as needed, max 8 a day`. The patient knows
    the box by its brand or its maker; the doctor reading "Emzor" or "Crocin" may not know
    what is in it (the PDF then names it as the country does: paracetamol)."""
    head = display_name(v.name)
    if not v.generic or not v.line.startswith(head):
        return v.line
    said = " ".join(v.name.lower().replace("-", " ").split())
    missing = [
        part
        for part in v.generic.lower().split("/")
        if part not in said and _INN_NAMES.get(part, part) not in said
    ]
    if not missing:
        return v.line
    return f"{head} ({v.generic}){v.line[len(head) :]}"


#: An ingredient's name where the knowledge file's (US) one is not used: a medicine
#: called "Paracetamol 500" says its ingredient as well as one called "Tylenol" does not.
_INN_NAMES = local_names("Europe/London")


def paused_tail(v: RegimenVersion) -> str:
    """What follows a paused medicine's line: ` — paused Wed 9 Dec (told to stop for now
    by the out-of-hours doctor)`, without the brackets when no reason was said, or
    ` (paused)` when its day was not kept; "" for one that runs."""
    if not v.paused:
        return ""
    if v.paused_on is None:
        return " (paused)"
    why = pause_reason_label(v.pause_reason)
    return f" — paused {short_date(v.paused_on)}" + (f" ({why})" if why else "")


def period_label(summary: Summary) -> str:
    """``Mon 11 – Sun 17 May`` (year and both months only when they differ)."""
    return span_label(summary.start, summary.end)


def span_label(start: dt.date, end: dt.date) -> str:
    """``Mon 11 – Sun 17 May`` for any two days (year and both months only when they
    differ)."""
    last = f"{short_date(end)}"
    if start == end:
        return last
    if start.year != end.year:
        return f"{short_date(start)} {start.year} – {last} {end.year}"
    if start.month != end.month:
        return f"{short_date(start)} – {last}"
    return f"{short_date(start).rsplit(' ', 1)[0]} – {last}"


def _previous_label(summary: Summary) -> str:
    return "the week before" if summary.days == 7 else f"the {summary.days} days before"


def rated_before(pain: PainStats, days: int) -> str:
    """` (4 days rated)`: what a comparison with the period before rests on, when that
    period was not rated every day (Sandbox, Lagos: "down 1.5 from 7.5" of one day)."""
    n = pain.previous_days
    return "" if n >= days else f" ({n} day{'' if n == 1 else 's'} rated)"


def _missed_and_skipped(m: MedicationAdherence) -> str:
    """ "Lyrica 75 mg: no answer 6 times, skipped once (side effects)": the report's own
    words (a GP reads "missed" as not taken, and the report says "No answer"); a reason
    said only of the skips that gave it."""
    skipped = m.skipped - m.ran_out
    parts = [f"no answer {_times(m.missed)}"] if m.missed else []
    if skipped:
        reason = reason_label(m.top_skip_reason)
        if reason and m.top_skip_count == skipped:
            reason = f" ({reason})"
        elif reason:
            reason = f" ({m.top_skip_count} of them: {reason})"
        parts.append(f"skipped {_times(skipped)}{reason}")
    return f"{m.label}: {', '.join(parts)}" if parts else ""


def _times(n: int) -> str:
    """ "once", "twice", "3 times"."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _plural(n: float, word: str) -> str:
    return f"{format_amount(n)} {word}{'' if n == 1 else 's'}"


def _med_line(m: MedicationAdherence) -> str:
    if m.scheduled == 0:
        return f"• {med_heading(m)}: nothing due yet"
    parts = [f"• {med_heading(m)}: {m.taken} of {m.scheduled} ({m.percent}%)"]
    if m.part_taken:
        parts.append(f"{m.part_taken} of them only in part")
    chosen = m.skipped - m.ran_out
    if chosen:
        parts.append(f"{chosen} skipped")
    if m.ran_out:
        parts.append(f"ran out: {_plural(m.ran_out, 'dose')}, {day_span(m.ran_out_days)}")
    if m.missed:  # the report's column: unanswered is not known to be untaken
        parts.append(f"{m.missed} no answer")
    line = " · ".join(parts)
    if m.top_skip_reason:
        usual = "reason" if chosen == 1 else "usual reason"
        line += f" ({usual} for skipping: {reason_label(m.top_skip_reason)})"
    return line


def day_span(days: Sequence[dt.date]) -> str:
    """`Wed 9 Dec`, `Wed 9 – Fri 11 Dec` (days in a row), or `Mon 7, Wed 9 Dec`."""
    if not days:
        return ""
    first, last = days[0], days[-1]
    in_a_row = (last - first).days == len(days) - 1
    if len(days) == 1:
        return short_date(first)
    head = [short_date(d).rsplit(" ", 1)[0] for d in days[:-1]]  # "Wed 9"
    if in_a_row:
        return f"{head[0]} – {short_date(last)}"
    return ", ".join(head) + f", {short_date(last)}"


def as_needed_line(u: AsNeededUse) -> str:
    """`• Tramadol: 2 times, 100 mg in all; most in a day: …` — one medicine's doses
    outside a schedule, as the summary and the report both say them."""
    # (the listed range beside the counts: "most in a day: 3" of "1–2 tablets" reads right)
    dose = f" ({u.dose_range} a dose)" if u.dose_range else ""
    return f"• {display_name(u.name)}{dose}: {use_counts(u)}"


def use_counts(u: AsNeededUse) -> str:
    """`2 times, 100 mg in all; most in a day: 2 × 50 mg (Wed 13 May)`."""
    line = _plural(u.times, "time")
    if u.total_text:
        line += f", {u.total_text} in all"
    elif u.units != u.times:
        # No strength was said: the count is of tablets ("2 tablets in all", not "2 in all").
        line += f", {_plural(u.units, 'tablet')} in all"
    if u.most_on is not None and u.times > 1:
        line += f"; most in a day: {u.most_text} ({short_date(u.most_on)})"
    return line


def _pain_lines(summary: Summary) -> list[str]:
    p = summary.pain
    if p.mean is None:
        return ["📈 Pain: no ratings this week."]
    rng = (
        f" (range {format_amount(p.min)}–{format_amount(p.max)})"
        if p.min is not None and p.max is not None and p.min != p.max
        else ""
    )
    lines = [f"📈 Pain: average {p.mean:.1f} out of 10{rng}"]
    if p.change is not None and p.previous_mean is not None:
        prev = f"{p.previous_mean:.1f} {_previous_label(summary)}"
        prev += rated_before(p, summary.days)
        if p.change > 0:
            lines.append(f"Up {p.change:.1f} from {prev}.")
        elif p.change < 0:
            lines.append(f"Down {-p.change:.1f} from {prev}.")
        else:
            lines.append(f"Same as {prev}.")
    if p.worst_day and p.best_day:
        lines.append(
            f"Hardest day: {short_date(p.worst_day.date)} ({p.worst_day.mean:.1f}) · "
            f"easiest: {short_date(p.best_day.date)} ({p.best_day.mean:.1f})"
        )
    if summary.peg is not None:
        lines.append(f"PEG score: {summary.peg.score:.1f} of 10 ({short_date(summary.peg.date)})")
    return lines


def _effect_line(e: SideEffectCount, v: Voice) -> str:
    said = (
        f" — {v.who_wrote(e.words[0] in e.carer_words)} {quote(e.words[0], 60)}" if e.words else ""
    )
    return f"• {e.label} ({_plural(e.days, 'day')}){said}"


def _flag_line(r: RedFlagEntry, v: Voice) -> str:
    # (a daughter's words are never the patient's: Sandbox, Sydney, Karen's "she's a bit
    # drowsy" read back as "you wrote")
    line = f"• {r.label} ({short_date(r.date)})"
    if r.words:
        line += f" — {v.who_wrote(r.carer)} {quote(r.words, 70)}"
    if r.followup:
        line += f"; later: {quote(r.followup, 70)}"
    elif r.handled:
        line += " (you said it had been seen to)"
    return line


def _sleep_line(summary: Summary, v: Voice) -> str:
    sl = summary.sleep
    assert sl is not None
    parts = [
        f"{n} {word}" for n, word in ((sl.poor, "poor"), (sl.fair, "fair"), (sl.good, "good")) if n
    ]
    hours = ""
    if sl.mean_hours and sl.nights_with_hours < sl.nights:
        # (hours told on some nights only: their mean, said as theirs)
        told = _plural(sl.nights_with_hours, "night")
        where = v.says("where you gave hours", "where hours were given")
        hours = f", about {format_amount(sl.mean_hours)} h a night {where} ({told})"
    elif sl.mean_hours:
        hours = f", about {format_amount(sl.mean_hours)} h a night"
    return f"😴 Sleep: {_plural(sl.nights, 'night')} noted — {', '.join(parts)}{hours}."


def _opioids_taken(summary: Summary, v: Voice) -> str:
    """What was actually taken, beside what the regimen comes to (clinician review §2.3)."""
    mme = summary.mme
    assert mme is not None and mme.highest_taken is not None
    top = mme.highest_taken
    line = (
        f"Opioids taken: up to {format_amount(top.mme)} MME in a day "
        f"({short_date(top.date)}), on {len(mme.taken)} of {summary.days_covered} days"
    )
    if mme.counted:
        at_max = any(m.at_max for m in mme.lines)
        what = f"{v.your} set maximum comes to" if at_max else f"{v.your} regimen comes to"
        line += f"; {what} about {format_amount(mme.total)} MME a day"
    return line + f" — MME is a number {v.your} doctor uses to compare opioid doses."


def summary_text(summary: Summary, *, carer: bool = False) -> str:
    """The weekly summary for the chat (plain text, send without parse mode); `carer`: a
    carer reads it in the patient's chat, so the week is said to be theirs."""
    v = Voice(carer)
    head = f"📋 {v.says('Your', 'Their')} week, {period_label(summary)}"
    if summary.zones_said:
        # flown mid-week: a London 08:00 dose reads 08:00, said so once
        head += f"\n🧳 {summary.zones_said}"
    if not summary.has_data:
        empty = (
            f"{head}\n\nNothing recorded yet for these days. As you answer "
            f"{v.says('', 'their ')}reminders and check-ins, {v.your} week will show up here. 🌱"
        )
        rest = [
            pauses_section(summary, v),
            follow_up_section(summary, v),
            _questions_section(summary, v),
            _goals_section(summary, v),
            visit_section(summary, v),
        ]
        return "\n\n".join([empty, *(s for s in rest if s)])
    sections = [
        head,
        _doses_section(summary.adherence, paused=bool(summary.pauses)),
        pauses_section(summary, v),
        routines_section(summary),
        *(f"📦 {line}" for line in supply_lines(summary, pace=f"{v.your} recent pace")),
        _as_needed_section(summary),
        *ingredient_total_lines(summary),
        "\n".join(_pain_lines(summary)),
        follow_up_section(summary, v),
        _side_effects_section(summary, v),
        _red_flags_section(summary, v),
        _sleep_line(summary, v) if summary.sleep is not None else None,
        _moods_section(summary, v),
        _opioids_section(summary, v),
        _safety_section(summary, v),
        _discussion_section(summary, v),
        _notes_section(summary, v),
        _questions_section(summary, v),
        _goals_section(summary, v),
        visit_section(summary, v),
        f"Thank you for keeping track{v.says('', ' for them')} — it helps. 💙",
    ]
    return "\n\n".join(s for s in sections if s is not None)


def supply_lines(summary: Summary, *, pace: str = "your recent pace") -> list[str]:
    """`Celecoxib: 55 on hand — about 27 days, until Sat 26 Dec · had 6 Mon 23 Nov ·
    refilled Thu 26 Nov (60)`, one per medicine counted: what is left now first (the
    first count of the week, said alone, read as what was left at its end), then the
    period's counts (the chat summary and the report say it alike; `pace` names whose
    as-needed use the days are estimated from)."""
    by_name: dict[str, list[str]] = {}
    for now in summary.on_hand:
        said = (
            f"out since {short_date(now.out_since)}, no more yet"
            if now.out_since is not None
            else describe_stock(now.stock, pace=pace)
        )
        by_name.setdefault(display_name(now.name), []).append(said)
    for e in summary.supplies:
        said = (
            f"refilled {short_date(e.day)} ({format_amount(e.on_hand)})"
            if e.refill
            else f"had {format_amount(e.on_hand)} {short_date(e.day)}"
        )
        by_name.setdefault(display_name(e.name), []).append(said)
    return [f"{name}: {' · '.join(said)}" for name, said in by_name.items()]


def pauses_section(summary: Summary, v: Voice = OWN) -> str | None:
    """``⏸ You paused reminders (in hospital): Wed 16 Dec 09:10 – Fri 18 Dec 17:30 (2
    days)``, one line a pause: the days without doses due are said, not left blank."""
    zone = summary.tz
    paused = v.says("You paused reminders", "Their reminders were paused")
    lines = [f"⏸ {paused}{why_said(x)}: {pause_words(x, zone)}" for x in summary.pauses]
    # a medicine paused on purpose: its doses then are not missed ones, and say so
    lines += [
        f"⏸ {v.says(f'You paused {x.medicine}', f'{x.medicine} was paused')}: "
        f"{pause_words(x, zone)} — its doses then aren't counted."
        for x in summary.med_pauses
    ]
    return "\n".join(lines) or None


def _doses_section(a: Adherence, *, paused: bool = False) -> str | None:
    """Scheduled doses taken, overall and per medicine, and how many are still to come;
    when reminders were paused, the count is said to be of the days they were on."""
    if a.scheduled:
        which = f", {WHILE_REMINDERS_ON}" if paused else ""
        block = [f"💊 Doses: {a.taken} of {a.scheduled} taken ({a.percent}%{which})"]
        block += [_med_line(m) for m in a.per_medication if m.scheduled]
    elif a.pending:
        block = ["💊 Doses: none due yet."]
    else:
        block = []
    if a.pending:
        block.append(f"({_plural(a.pending, 'dose')} still to come, not counted yet.)")
    return "\n".join(block) if block else None


def _as_needed_section(summary: Summary) -> str | None:
    if not summary.as_needed:
        return None
    wanted = [u for u in summary.as_needed if not u.scheduled]
    outside = [u for u in summary.as_needed if u.scheduled]
    block = ["As needed:", *(as_needed_line(u) for u in wanted)] if wanted else []
    if outside:
        # doses of a scheduled medicine told outside its times (before its schedule began,
        # or an extra one): "As needed: Pan 1 time" read as an extra PPI (Sandbox, Pune)
        block += ["Outside their schedule:", *(as_needed_line(u) for u in outside)]
    return "\n".join(block)


#: An ingredient's other name (paracetamol for acetaminophen): a product of that name is
#: the ingredient itself, not a product it hides in.
_SAME_NAME = {v: k for k, v in local_names("Europe/London").items()}


def ingredient_total_lines(summary: Summary) -> list[str]:
    """`💊 Acetaminophen (in Norco and Tylenol): highest day 3,250 mg (Tue 8 Dec) · label
    max 4,000 mg a day` — the week's highest calendar day of an ingredient whose every
    day is totalled (the report's figure), only when it was taken."""
    return [
        _ingredient_total(summary, top)
        for top in summary.ingredient_peaks
        if top.limit_mg and counts_every_dose(top.ingredient)
    ]


def _ingredient_total(summary: Summary, top: IngredientDay) -> str:
    name = top.ingredient
    assert top.limit_mg is not None
    days = [d for d in summary.ingredient_days if d.ingredient == name]
    products = [display_name(p) for p in dict.fromkeys(p for d in days for p in d.products)]
    hidden = [p for p in products if _SAME_NAME.get(p.lower(), p.lower()) != name]
    head = f"💊 {name.capitalize()}" + (f" (in {and_list(hidden)})" if hidden else "")
    amount = f"{'at least ' if top.at_least else ''}{format_amount(top.total_mg)} mg"
    said = f"{head}: highest day {amount} ({short_date(top.date)})"
    limit = f"{format_amount(top.limit_mg)} mg a day"
    over = [d for d in days if d.limit_mg and d.total_mg > d.limit_mg + 1e-6]
    if over:
        # A fact, never advice: the label's figure, the days, and whom to ask.
        times = f" on {_plural(len(over), 'day')}" if len(over) > 1 else ""
        return f"{said}, more than the label max of {limit}{times}. Please {END}"
    said += f" · label max {limit}"
    if top.otc_limit_mg and top.total_mg > top.otc_limit_mg + 1e-6:
        # Many Drug Facts packs say less than the prescription label's figure.
        said += f" ({format_amount(top.otc_limit_mg)} mg on some over-the-counter packs)"
    if any(e.ingredient == name and e.unit == "mg" for e in summary.overuse):
        # No calendar day over it, but a rolling 24 hours was (clinician review §2.1).
        said += "; it went past that within 24 hours (see below)"
    return said


def _side_effects_section(summary: Summary, v: Voice) -> str | None:
    if not summary.side_effects:
        return None
    effects = [_effect_line(e, v) for e in summary.side_effects[:6]]
    return "\n".join(["Side effects:", *effects])


def _red_flags_section(summary: Summary, v: Voice) -> str | None:
    flags = [_flag_line(r, v) for r in summary.red_flags]
    flags += [_breathing_line(a, v) for a in summary.breathing_alerts]
    if not flags:
        return None
    head = v.says(
        "🩺 Things you told me that need a doctor's attention:",
        "🩺 Things that need their doctor's attention:",
    )
    return "\n".join([head, *flags])


def _breathing_line(a: BreathingAlert, v: Voice) -> str:
    """ "• Drowsiness and confusion on Gabapentin and Co-codamol, a possible sign of
    breathing trouble (Mon 7 Dec) — you wrote “…”", as a red flag's line."""
    what = and_list([e.replace("_", " ") for e in a.effects])
    line = (
        f"• {what[:1].upper()}{what[1:]} on {a.first} and {a.second}, a possible sign of "
        f"breathing trouble ({short_date(a.at.date())})"
    )
    return line + (f" — {v.who_wrote(a.carer)} {quote(a.words, 70)}" if a.words else "")


def _opioids_section(summary: Summary, v: Voice) -> str | None:
    """What opioids were taken, or when none were, what the regimen comes to."""
    if summary.mme is None:
        return None
    if summary.mme.taken:
        return _opioids_taken(summary, v)
    mme = summary.mme
    if mme.taken_unknown:
        days = ", ".join(short_date(d) for d in mme.taken_unknown)
        return (
            f"Opioids: taken on {_plural(len(mme.taken_unknown), 'day')} ({days}), in an amount "
            "I can't count (its strength wasn't given)."
        )
    if not mme.counted and mme.notes and all(line.factor is None for line in mme.lines):
        # Buprenorphine alone: the CDC table's own reason, not "a strength is missing"
        return "Opioids: " + " ".join(mme.notes)
    if mme.lines and all(line.note == NO_DAILY_MAXIMUM for line in mme.lines):
        # As needed, none taken, no maximum set: nothing is missing, there is just no
        # daily amount to count (it had said "the strength or the number per day is missing")
        return (
            "Opioids: none taken this week (as needed, with no daily maximum set, so there "
            "is no daily amount to count)."
        )
    return _opioid_regimen(mme, v) + f" — a number {v.your} doctor uses to compare opioid doses."


def _opioid_regimen(mme: MmeSummary, v: Voice) -> str:
    """The MME a day the regimen comes to, for a period in which no opioid was taken."""
    if not mme.counted:
        # "about 0 MME a day" would read as "no opioids", which is not what we know.
        return (
            "Opioids: I couldn't count the MME a day (the strength or the number per "
            "day is missing)"
        )
    if all(line.at_max for line in mme.lines if line.mme is not None):
        # Only as-needed opioids, none taken: the ceiling is not what was taken.
        return (
            f"Opioids: none taken this week; {v.your} set maximum comes to about "
            f"{format_amount(mme.total)} MME a day"
        )
    at_max = any(line.at_max for line in mme.lines)
    # As-needed doses are counted at the person's own maximum: an upper bound.
    about = "up to about" if at_max else "about"
    text = f"Opioids: {about} {format_amount(mme.total)} MME a day"
    if at_max:
        text += f" (as-needed doses counted at {v.your} daily maximum)"
    if not mme.complete:
        text += " (some could not be counted)"
    return text


def _safety_section(summary: Summary, v: Voice) -> str | None:
    if not summary.safety_warnings:
        return None
    # A whole warning ends with "talk to your doctor or pharmacist." (safety.py); a pair
    # in brief does not, and the section ends with it then.
    said = summary.safety_said or tuple(w.text for w in summary.safety_warnings)
    lines = [f"⚠️ Worth knowing about {v.your} medicines:", *(f"• {x}" for x in said)]
    if not said[-1].endswith(END):
        lines.append(f"Please {END}")
    return "\n".join(lines)


def _discussion_section(summary: Summary, v: Voice) -> str | None:
    # Red flags already have their own section; the report's safety facts join the list,
    # said as facts (the doctor sees them with their sources on the report's first page).
    zone = summary.tz
    points = [discussion_line(d, zone, v=v) for d in summary.discuss if d.code != "red_flag"]
    points += patient_fact_lines(summary.facts)
    if not points:
        return None
    return "\n".join([f"📝 Worth discussing with {v.your} doctor:", *(f"• {p}" for p in points)])


def _goals_section(summary: Summary, v: Voice) -> str | None:
    """The goals the person set (their words; in the report too)."""
    goals = [f"• “{text}”" for _, text in summary.detail.goals]
    return "\n".join([f"🎯 {v.says('Your', 'Their')} goals:", *goals]) if goals else None


def _questions_section(summary: Summary, v: Voice) -> str | None:
    """The questions still open for the doctor (they are in the report too)."""
    waiting = [q for q in summary.questions if q.asked_at is None]
    if not waiting:
        return None
    lines = [f"• {quote(q.text, 120)}" for q in waiting[:10]]
    if len(waiting) > 10:
        lines.append(f"(and {_plural(len(waiting) - 10, 'more')}: /ask lists them all)")
    head = v.says("❓ Your questions for the doctor:", "❓ Questions for their doctor:")
    return "\n".join([head, *lines])


def _moods_section(summary: Summary, v: Voice) -> str | None:
    """The moods told, newest four (the rest only in the report)."""
    if not summary.moods:
        return None
    recent = summary.moods[-4:]
    told = "; ".join(f"{m.label} ({short_date(m.at.date())})" for m in recent)
    more = len(summary.moods) - len(recent)
    tail = f" (and {more} more in {v.your} report)" if more else ""
    return f"💭 {v.says('Mood you told me', 'Their mood, as you told me')}: {told}{tail}."


def _notes_section(summary: Summary, v: Voice) -> str | None:
    """The last three notes; the rest are only in the report."""
    if not summary.notes:
        return None
    recent = summary.notes[-3:]
    # whose words, when they are not the reader's: the carer's in the patient's chat, the
    # patient's own in a carer's
    other = v.says(" (your carer)", " (they wrote)")
    notes = [
        f"• {short_date(n.at.date())}: {quote(n.text, 70)}" + (other if n.carer != v.carer else "")
        for n in recent
    ]
    more = len(summary.notes) - len(recent)
    if more:
        notes.append(f"(and {_plural(more, 'more note')} in {v.your} report)")
    return "\n".join([v.says("🗒 Your notes:", "🗒 Notes you kept for them:"), *notes])
