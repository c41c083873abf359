"""The closed sets the record is written in: what became of a dose, what a due row wakes
for, the life of a check-in or summary. Enums in code; the columns stay strings (a
StrEnum is its value), so the schema and stored data do not change."""

from __future__ import annotations

from enum import StrEnum


class DoseStatus(StrEnum):
    """What became of one scheduled dose (`dose_occurrences.status`)."""

    PENDING = "pending"  # not yet reminded
    SENT = "sent"  # reminded, not answered
    SNOOZED = "snoozed"
    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"


#: A dose still waiting for an answer.
OPEN_DOSE = (DoseStatus.PENDING, DoseStatus.SENT, DoseStatus.SNOOZED)
#: A dose the person said something about, or that passed its cutoff.
RESOLVED_DOSE = (DoseStatus.TAKEN, DoseStatus.SKIPPED, DoseStatus.MISSED)
#: The person's own answers, which they can take back (a miss is no answer of theirs).
UNDOABLE_DOSE = (DoseStatus.TAKEN, DoseStatus.SKIPPED)


class NextAction(StrEnum):
    """What a due row's next wake-up is for (`next_action` columns)."""

    REMIND = "remind"
    FOLLOWUP = "followup"
    EXPIRE = "expire"
    MISS = "miss"


class WorkStatus(StrEnum):
    """The life of a check-in or summary row (`due_work.status`)."""

    PENDING = "pending"
    SENT = "sent"
    ANSWERED = "answered"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    # A check-in not asked that day, or left unasked after, because a red flag's alarm
    # was told in the hours before: its reply was the day's last word (bot.domain.
    # due_steps.ALARM_HUSH). Not missed: the person was not asked.
    HELD = "held"


class WorkKind(StrEnum):
    """What a due-work row is (`due_work.kind`)."""

    CHECKIN = "checkin"
    SUMMARY = "summary"
    TRIAL = "trial"  # "is it helping?" some weeks after a change (ref: trial_reviews)
    ROUTINE = "routine"  # a routine's reminder on one day (ref: routines)
    APPT_EVE = "appt_eve"  # the day before a visit: report, questions, .ics (ref: appointments)
    APPT_SOON = "appt_soon"  # two hours before a visit
    APPT_AFTER = "appt_after"  # after a visit: did anything change?
    CHECKBACK = (
        "checkback"  # the day after thoughts of suicide: how are you? (bot.domain.checkback)
    )
    MED_RESUME = "med_resume"  # a medicine paused for a set time comes back (ref: medications)


#: The stage of a MED_RESUME row once its medicine is back on and its "back on" message
#: is still owed (held by quiet hours, or retried after a failed send).
MED_BACK_OWED = "back_owed"


#: Due work sent once when due (held by quiet hours, dropped while paused); the chat
#: decides the message from the row it refers to (`due_work.ref_id`).
ONE_SHOT_WORK = frozenset(
    {
        WorkKind.TRIAL,
        WorkKind.ROUTINE,
        WorkKind.APPT_EVE,
        WorkKind.APPT_SOON,
        WorkKind.APPT_AFTER,
        WorkKind.CHECKBACK,
        WorkKind.MED_RESUME,
    }
)


class SkipReason(StrEnum):
    """Why a dose was skipped (`dose_occurrences.skip_reason`), as the Skip menu offers."""

    FORGOT = "forgot"
    SIDE_EFFECTS = "side_effects"
    FELT_FINE = "felt_fine"
    RAN_OUT = "ran_out"
    OTHER = "other"

    @classmethod
    def read(cls, value: str | None) -> SkipReason:
        """The reason `value` names; anything else is `other`."""
        try:
            return cls(value or cls.OTHER)
        except ValueError:
            return cls.OTHER

    @classmethod
    def said(cls, value: str | None) -> SkipReason | None:
        """The reason a typed skip gave, or None when it gave none ("skip" alone is not
        "other": the report would tell the doctor a reason nobody gave)."""
        return cls.read(value) if value else None


class PauseReason(StrEnum):
    """Why a medicine was paused, when the person said (`medications.pause_reason`): told
    to stop it for now, and by whom when they named them."""

    TOLD = "told"
    OUT_OF_HOURS = "told_ooh"
    URGENT_CARE = "told_urgent"
    EMERGENCY = "told_ed"
    HOSPITAL = "told_hospital"
    GP = "told_gp"
    DOCTOR = "told_doctor"
    SPECIALIST = "told_specialist"
    PHARMACIST = "told_pharmacist"
    NURSE = "told_nurse"

    @classmethod
    def told_by(cls, who: str | None) -> PauseReason:
        """Told to stop for now by `who` (bot.parsing.regimen_change.stop_told_by's word)."""
        return _TOLD_BY.get(who or "", cls.TOLD)

    @classmethod
    def read(cls, value: str | None) -> PauseReason | None:
        """The reason `value` names, or None (nothing kept, or not one of ours)."""
        try:
            return cls(value) if value else None
        except ValueError:
            return None


_TOLD_BY = {
    "out_of_hours": PauseReason.OUT_OF_HOURS,
    "urgent_care": PauseReason.URGENT_CARE,
    "emergency": PauseReason.EMERGENCY,
    "hospital": PauseReason.HOSPITAL,
    "gp": PauseReason.GP,
    "doctor": PauseReason.DOCTOR,
    "specialist": PauseReason.SPECIALIST,
    "pharmacist": PauseReason.PHARMACIST,
    "nurse": PauseReason.NURSE,
}
