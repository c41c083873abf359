"""SQLAlchemy models: the only description of what Backtrack keeps.

Times are stored as UTC instants (`UtcDateTime`); local wall-clock values (a dose's
`local_date`/`local_time`) are kept beside them because they are what the person set
and what makes an occurrence unique across DST changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from bot.domain.states import DoseStatus, WorkStatus

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite has no time zone type)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to UtcDateTime")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            # Naive UTC text sorts and compares correctly in SQLite.
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)  # type: ignore[no-any-return]
        return value.astimezone(dt.UTC)  # type: ignore[no-any-return]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    """A patient: one private chat, their zone and preferences, and the bot's state with them."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    timezone_set: Mapped[bool] = mapped_column(Boolean, default=False)
    checkin_time: Mapped[str] = mapped_column(String(5), default="20:00")
    summary_weekday: Mapped[int] = mapped_column(Integer, default=6)
    summary_time: Mapped[str] = mapped_column(String(5), default="18:00")
    snooze_minutes: Mapped[int] = mapped_column(Integer, default=15)
    followup_minutes: Mapped[int] = mapped_column(Integer, default=30)
    missed_cutoff_minutes: Mapped[int] = mapped_column(Integer, default=180)
    quiet_start: Mapped[str | None] = mapped_column(String(5), nullable=True)
    quiet_end: Mapped[str | None] = mapped_column(String(5), nullable=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A pending question (e.g. "add:amount") kept in the database, not in memory, so a
    # restart or a second process can carry on the conversation.
    awaiting: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # The /add draft (bot.domain.add_draft.AddDraft as JSON) while /add waits.
    draft: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Between /start and the check-in time: the first zone then asks the check-in time.
    onboarding: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # When `awaiting` was asked: the newest waiting question is the one a reply answers.
    awaiting_since: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # When a waiting question was last asked again after a report typed meanwhile: it is
    # asked again once, not after every message (bot.domain.conversation).
    reasked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The name or initials the person chose for their clinician report (optional).
    report_name: Mapped[str | None] = mapped_column(String(60), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Days ahead of running out that the refill warning comes (bot.domain.supply).
    refill_warning_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    # Some medicine's supply is counted: only then is it looked at after each update.
    supply_tracked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # When they last said they ran out of something: only then does the dispatcher read
    # stock-outs before a reminder (bot.storage.stock_outs), never for everyone.
    out_told_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Medication(Base):
    """One version of a regimen entry; editing ends it and starts a new version."""

    __tablename__ = "medications"
    # Courses still running, by last day: the minutely sweep that ends finished ones
    # reads only these, however much history the table holds.
    __table_args__ = (
        Index(
            "ix_medications_running_course",
            "last_day",
            sqlite_where=text("ended_at IS NULL AND last_day IS NOT NULL"),
            postgresql_where=text("ended_at IS NULL AND last_day IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    generic: Mapped[str | None] = mapped_column(String(120), nullable=True)
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str | None] = mapped_column(String(8), nullable=True)
    # A combination's strength as written ("30/500"); `amount` is its main ingredient.
    strength: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # The ingredients told that the knowledge file does not know ("aceclofenac 100,
    # serratiopeptidase 15"), beside the one `generic` counts: never counted nor checked.
    other_ingredients: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # How it is taken, as the /add line said it ("before breakfast", "with food").
    instruction: Mapped[str | None] = mapped_column(String(80), nullable=True)
    # An oral liquid's concentration: the ml that hold `amount` ("10 mg/5 ml": 5). A dose
    # is then `units_per_dose` of that volume, and a dose logged in ml is counted as mg.
    # NULL: no liquid (every row before 0020).
    volume_ml: Mapped[float | None] = mapped_column(Float, nullable=True)

    @property
    def said_generic(self) -> str | None:
        """The generic a name said stands for this medicine by: none for a product with
        ingredients no check knows beside the one counted ("Dolo" is paracetamol, but
        never Zerodol-SP, which holds paracetamol and aceclofenac)."""
        return None if self.other_ingredients else self.generic

    @property
    def known_as(self) -> str:
        """What the parser knows it by: its generic, else its name as typed."""
        return self.said_generic or self.name

    # Tablets (capsules, puffs) of that strength in one dose: "2 tablets" of 200 mg is
    # 400 mg a dose. NULL is one.
    units_per_dose: Mapped[float | None] = mapped_column(Float, nullable=True)
    # A dose that varies ("1-2 tablets"): the most tablets one dose may be, with
    # `units_per_dose` the least. NULL: every dose is `units_per_dose`.
    units_per_dose_max: Mapped[float | None] = mapped_column(Float, nullable=True)
    times: Mapped[str] = mapped_column(String(200), default="")
    weekdays: Mapped[int] = mapped_column(Integer, default=127)
    as_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    max_per_day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    # While paused: since when, and why when the person said (a PauseReason: "told to
    # stop for now by the out-of-hours doctor"), for the doctor's report. NULL on a
    # medicine that runs, and on one paused before these were kept.
    paused_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    pause_reason: Mapped[str | None] = mapped_column(String(24), nullable=True)
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    replaces_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("medications.id", ondelete="SET NULL"), nullable=True
    )
    # A course, as local dates of the person's zone (bot.domain.course): doses from
    # first_day to last_day (both included), every `every_days` days from first_day.
    first_day: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    last_day: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    every_days: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # As needed "every 4 hours": the person's own shortest gap between doses.
    min_gap_hours: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Ran out and no more yet ("Not yet" after Ran out): its doses are recorded as
    # skipped for that reason instead of being reminded, until a refill.
    out_since: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # A taper step's successor as shown the day before it starts ("Prednisone 10 mg").
    step_next: Mapped[str | None] = mapped_column(String(80), nullable=True)
    # Occurrences exist up to this instant; the top-up job extends it.
    materialised_until: Mapped[dt.datetime | None] = mapped_column(
        UtcDateTime, nullable=True, index=True
    )


class DoseOccurrence(Base):
    """One scheduled dose: what is due, when, and what became of it.

    `next_at`/`next_action` say what the dispatcher must do next; claiming sets
    `claimed_until`, a lease that another process respects.
    """

    __tablename__ = "dose_occurrences"
    __table_args__ = (
        UniqueConstraint("medication_id", "local_date", "local_time", name="uq_occurrence_slot"),
        Index("ix_occurrence_next_at", "next_at"),
        Index("ix_occurrence_user_due", "user_id", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    medication_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("medications.id", ondelete="CASCADE")
    )
    local_date: Mapped[dt.date] = mapped_column(Date)
    local_time: Mapped[str] = mapped_column(String(5))
    due_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    cutoff_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(10), default=DoseStatus.PENDING.value)
    next_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    next_action: Mapped[str | None] = mapped_column(String(10), nullable=True)
    claimed_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    followup_message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    taken_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    taken_late: Mapped[bool] = mapped_column(Boolean, default=False)
    # Part of the dose ("½ a naproxen"): the units of the listed strength taken; None is
    # the whole dose, as the medicine's units_per_dose has it.
    units_taken: Mapped[float | None] = mapped_column(Float, nullable=True)
    skip_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # A skip as forgotten, then told taken after all (a weekly patch changed a day late):
    # that skip's reason and when it was answered, for Undo to put back as it was.
    replaced_skip: Mapped[str | None] = mapped_column(String(16), nullable=True)
    replaced_skip_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    snooze_count: Mapped[int] = mapped_column(Integer, default=0)
    followup_sent: Mapped[bool] = mapped_column(Boolean, default=False)
    # The course's final dose: its reminder says the reminders stop after it.
    last_of_course: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Reminded while out of it: its reminder asks "got some now?" (Taken / Still out / Got
    # more), and so does every redraw of it.
    reminded_out: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class DoseLog(Base):
    """A dose taken outside the schedule: as-needed, or an extra one logged with /took."""

    __tablename__ = "dose_logs"
    __table_args__ = (Index("ix_dose_log_user_taken", "user_id", "taken_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    medication_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("medications.id", ondelete="SET NULL"), nullable=True
    )
    name: Mapped[str] = mapped_column(String(120))
    generic: Mapped[str | None] = mapped_column(String(120), nullable=True)
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str | None] = mapped_column(String(8), nullable=True)
    count: Mapped[float | None] = mapped_column(Float, nullable=True)
    taken_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    logged_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    raw_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    batch: Mapped[str | None] = mapped_column(String(24), nullable=True)


class Record(Base):
    """Something the person told us: pain, side effects, red flags, sleep, activity, notes.

    Rows from one message share `batch`, so Undo removes exactly what that message added.
    `data` is the parsed intent as JSON; `raw_text` what they wrote (None for a tap).
    """

    __tablename__ = "records"
    __table_args__ = (Index("ix_record_user_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    logged_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    source: Mapped[str] = mapped_column(String(10), default="text")
    batch: Mapped[str] = mapped_column(String(24), index=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    data: Mapped[str] = mapped_column(Text, default="{}")
    raw_text: Mapped[str | None] = mapped_column(Text, nullable=True)


class Supply(Base):
    """Units of a medicine on hand when counted (/add … supply N, /refill); the stock now
    is this count minus the doses taken since (bot.domain.supply). The newest row of a
    medicine is its current count; older ones are its refill history."""

    __tablename__ = "supplies"
    __table_args__ = (Index("ix_supply_user_medicine", "user_id", "medicine", "counted_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    # Which medicine, across its versions: its generic name, else its name as typed.
    medicine: Mapped[str] = mapped_column(String(120))
    on_hand: Mapped[float] = mapped_column(Float)
    counted_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    warned_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_day_warned_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class DoctorQuestion(Base):
    """A question the person keeps for their doctor (/ask, "ask the doctor …"); open
    until they tap ✅ Asked."""

    __tablename__ = "doctor_questions"
    __table_args__ = (Index("ix_doctor_question_user_added", "user_id", "added_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(String(500))
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    asked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Trial(Base):
    """A medication change being watched (issue 19): a medicine started, stopped, or its
    dose changed. Its reviews (`TrialReview`) ask after some weeks whether it helped."""

    __tablename__ = "trials"
    __table_args__ = (
        UniqueConstraint("user_id", "medication_id", "change", name="uq_trial_change"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    # The version that started, stopped, or carries the new dose (bot.domain.trials.Change).
    medication_id: Mapped[int] = mapped_column(Integer)
    change: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120))
    generic: Mapped[str | None] = mapped_column(String(120), nullable=True)
    # The dose before and after, as the person reads it ("Gabapentin 300 mg").
    before: Mapped[str | None] = mapped_column(String(120), nullable=True)
    after: Mapped[str | None] = mapped_column(String(120), nullable=True)
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    local_date: Mapped[dt.date] = mapped_column(Date)


class TrialReview(Base):
    """One "is it helping?" question of a trial, some weeks after the change; the verdict
    is the person's answer (`helping`, `not_sure`, `not_helping`), never advice."""

    __tablename__ = "trial_reviews"
    __table_args__ = (UniqueConstraint("trial_id", "weeks", name="uq_trial_review_weeks"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    trial_id: Mapped[int] = mapped_column(Integer, ForeignKey("trials.id", ondelete="CASCADE"))
    weeks: Mapped[int] = mapped_column(Integer)
    verdict: Mapped[str | None] = mapped_column(String(12), nullable=True)
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Appointment(Base):
    """A visit to the doctor (/appointment): its local day, time if known, and with whom;
    what the person said afterwards (`outcome`: `no_changes` / `update`)."""

    __tablename__ = "appointments"
    __table_args__ = (Index("ix_appointment_user_day", "user_id", "local_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    local_date: Mapped[dt.date] = mapped_column(Date)
    local_time: Mapped[str | None] = mapped_column(String(5), nullable=True)
    # The instant of the visit when its time is known (for the 2-hour reminder, .ics).
    starts_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    with_whom: Mapped[str | None] = mapped_column(String(80), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(12), nullable=True)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Routine(Base):
    """A non-drug part of the treatment (/routine stretches 10 min 07:00 mon-fri): one
    reminder on each of its days at its local time."""

    __tablename__ = "routines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(60))
    minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    time: Mapped[str] = mapped_column(String(5))
    weekdays: Mapped[int] = mapped_column(Integer, default=127)
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class RoutineLog(Base):
    """What became of a routine on one local day: `done` or `skipped` (by a tap or words)."""

    __tablename__ = "routine_logs"
    __table_args__ = (UniqueConstraint("routine_id", "local_date", name="uq_routine_log_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    routine_id: Mapped[int] = mapped_column(Integer, ForeignKey("routines.id", ondelete="CASCADE"))
    local_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    source: Mapped[str] = mapped_column(String(8), default="tap")


class DueWork(Base):
    """Due work other than doses (check-in, weekly summary, trial review, appointment
    messages, routine reminders), claimed like doses.

    A unique (user, kind, local date, ref) key makes a second check-in on one day, or a
    second reminder of one routine on one day, impossible. `ref_id` names the row the
    work is about (a trial review, an appointment, a routine); 0 when there is none.
    """

    __tablename__ = "due_work"
    __table_args__ = (
        UniqueConstraint("user_id", "kind", "local_date", "ref_id", name="uq_due_work_slot"),
        Index("ix_due_work_next_at", "next_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    local_date: Mapped[dt.date] = mapped_column(Date)
    ref_id: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    due_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(10), default=WorkStatus.PENDING.value)
    next_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    next_action: Mapped[str | None] = mapped_column(String(10), nullable=True)
    claimed_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    stage: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # When the current stage's question was sent (for "which question is newest").
    asked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    weekly: Mapped[bool] = mapped_column(Boolean, default=False)
    followup_sent: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class CareLink(Base):
    """A caregiver invited by a patient (/caregiver) and, once they accept, linked: told
    of the patient's missed doses, nothing else (bot.domain.caregiving).

    An invite is a row with no `caregiver_id` yet; accepting it fills the caregiver in.
    Only a hash of the invite's token is kept. `told_until`: the caregiver has been told
    of every miss whose cutoff is up to this instant (advanced by compare-and-set, so two
    processes never both tell one)."""

    __tablename__ = "caregivers"
    __table_args__ = (UniqueConstraint("user_id", "caregiver_id", name="uq_caregiver_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The patient: the row is theirs, as every table's `user_id` is its owner's.
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    invite_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The patient's Telegram first name when they made the invite: how the caregiver
    # hears them named unless they chose a name for their report.
    patient_name: Mapped[str] = mapped_column(String(64))
    invited_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    caregiver_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True
    )
    caregiver_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    told_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
