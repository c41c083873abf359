"""Typed button payloads: one small class per button family, decoded once.

Each family names the actions it owns (`ACTIONS`), reads a verified `Callback` into
typed fields (`parse`, ValueError on anything malformed) and writes itself back
(`wire`). The wire format is unchanged from the bare `action:args` strings these classes
replaced, so buttons already sitting in people's chats keep working after a deploy.
Pure: no Telegram imports; signing stays in `callbacks.CallbackCodec.pack`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, Final

from bot.domain.checkback import CheckBackAnswer
from bot.domain.states import PauseReason, SkipReason
from bot.domain.trials import Verdict
from bot.telegram.callbacks import Callback, Payload, Wire, pack_ids, unpack_ids


def _hhmm(raw: str) -> dt.time:
    """`0830` → 08:30 (ValueError on anything else)."""
    if len(raw) != 4 or not raw.isdigit():
        raise ValueError(f"not a HHMM time: {raw!r}")
    return dt.time(int(raw[:2]), int(raw[2:]))


def _compact(at: dt.time) -> str:
    return at.strftime("%H%M")


def _bounded(raw: str, low: int, high: int) -> int:
    value = int(raw)
    if not low <= value <= high:
        raise ValueError(f"out of range: {raw!r}")
    return value


# ------------------------------------------------------------------------ reminders
class ReminderAction(StrEnum):
    """The buttons under a dose reminder."""

    TAKEN = "T"
    ALL_TAKEN = "A"
    SNOOZE_MENU = "z"
    SKIP_MENU = "s"
    SNOOZE = "Z"
    SKIP = "S"
    BACK = "B"
    UNDO = "U"  # take back a Taken or Skipped pressed by mistake
    # "I took it at 22:00" under a dose tapped Taken late (`d`); "Just now" (`n`) only in
    # older messages, from the question a late Taken used to ask before storing anything.
    # ("w", that question, is retired: no button ever carried it.)
    TAKEN_AT = "W"
    # On a dose reminded while out of it: still out (skipped, ran out), or more came.
    STILL_OUT = "O"
    GOT_MORE = "G"


class TakenWhen(StrEnum):
    """When a dose tapped Taken was taken, as a button says it."""

    DUE = "d"  # around when it was due
    NOW = "n"  # just now


#: Actions that record an answer (the others open or close a menu).
ANSWERING = frozenset(
    {
        ReminderAction.TAKEN,
        ReminderAction.ALL_TAKEN,
        ReminderAction.SNOOZE,
        ReminderAction.SKIP_MENU,  # the skip is stored at the tap, its reason asked after
        ReminderAction.SKIP,
        ReminderAction.TAKEN_AT,
        ReminderAction.STILL_OUT,
    }
)


@dataclass(frozen=True, slots=True)
class ReminderTap:
    """A tap on a reminder: `dose` is the dose it is about; `doses` the message's doses
    where the button carries them (All taken, Back)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset(ReminderAction)

    action: ReminderAction
    dose: int
    doses: frozenset[int] = frozenset()
    minutes: int | None = None
    reason: SkipReason | None = None
    when: TakenWhen | None = None

    @classmethod
    def all_taken(cls, ids: Sequence[int]) -> ReminderTap:
        """All taken, for these doses."""
        return cls(ReminderAction.ALL_TAKEN, min(ids), frozenset(ids))

    def wire(self) -> Wire:
        """`T:<dose>`, `Z:<dose>:<minutes>`, `S:<dose>:<reason>`, `A:<ids>`, `B:<dose>:<ids>`,
        `U:<dose>`, `W:<dose>:<d|n>`."""
        if self.action is ReminderAction.ALL_TAKEN:
            return Wire(self.action, (), sorted(self.doses))
        if self.action is ReminderAction.BACK:
            return Wire(self.action, (self.dose,), sorted(self.doses))
        if self.action is ReminderAction.SNOOZE:
            return Wire(self.action, (self.dose, self.minutes))
        if self.action is ReminderAction.SKIP:
            return Wire(self.action, (self.dose, self.reason))
        if self.action is ReminderAction.TAKEN_AT:
            return Wire(self.action, (self.dose, self.when))
        return Wire(self.action, (self.dose,))

    @classmethod
    def parse(cls, cb: Callback) -> ReminderTap:
        """Read a reminder tap; an unknown skip reason reads as `other`."""
        action = ReminderAction(cb.action)
        if action is ReminderAction.ALL_TAKEN:
            return cls.all_taken(unpack_ids(cb.args[0]))
        dose = cb.int_arg()
        if action is ReminderAction.BACK:
            doses = frozenset(unpack_ids(cb.args[1])) if len(cb.args) > 1 else frozenset()
            return cls(action, dose, doses)
        if action is ReminderAction.SNOOZE:
            return cls(action, dose, minutes=int(cb.args[1]))
        if action is ReminderAction.SKIP:
            return cls(action, dose, reason=SkipReason.read(cb.args[1]))
        if action is ReminderAction.TAKEN_AT:
            return cls(action, dose, when=TakenWhen(cb.args[1]))
        return cls(action, dose)

    @property
    def named(self) -> frozenset[int]:
        """Every dose this button names."""
        return self.doses | {self.dose}


# ---------------------------------------------------------------------- medicines
class MedAction(StrEnum):
    """The buttons under /meds and a removal's confirmation."""

    EDIT = "me"
    PAUSE = "mp"
    RESUME = "mr"
    REMOVE = "mx"
    REMOVE_CONFIRMED = "mX"
    KEEP = "mk"
    PAUSE_FOR = "mf"  # how long a pause lasts, in days (`since`; 0: until resumed)
    DOSE = "md"  # its dose changed to `strength` ("150mg"; none: asked, to type)


# A strength on a Dose tap: "150mg", "37.5mg", "25mcg" (or none)
_A_STRENGTH: Final = re.compile(r"(?:\d{1,4}(?:\.\d{1,2})?(?:mg|mcg|ml))?")


@dataclass(frozen=True, slots=True)
class MedTap:
    """A tap on one medicine's button."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset(MedAction)

    action: MedAction
    med: int
    #: Remove: the day it was said to be stopped (a date's ordinal; 0: from the tap).
    #: Pause for: how many days (0: until the person resumes it).
    since: int = 0
    #: Pause: why, when the person said ("told to stop it for now by …").
    why: PauseReason | None = None
    #: Dose: the new strength tapped ("150mg"; "": the person types it).
    strength: str = ""

    def wire(self) -> Wire:
        """`<action>:<medication id>[:<day stopped> | :<why paused> | :<strength>]`."""
        if self.action is MedAction.PAUSE and self.why is not None:
            return Wire(self.action, (self.med, self.why))
        if self.action is MedAction.DOSE:
            return Wire(self.action, (self.med, self.strength) if self.strength else (self.med,))
        return Wire(self.action, (self.med, self.since) if self.since else (self.med,))

    @classmethod
    def parse(cls, cb: Callback) -> MedTap:
        """Read a medicine tap (a reason it does not know pauses with none)."""
        action = MedAction(cb.action)
        if action is MedAction.PAUSE:
            why = PauseReason.read(cb.args[1]) if len(cb.args) > 1 else None
            return cls(action, cb.int_arg(), why=why)
        if action is MedAction.DOSE:
            strength = cb.args[1] if len(cb.args) > 1 else ""
            if not _A_STRENGTH.fullmatch(strength):
                raise ValueError("not a strength")
            return cls(action, cb.int_arg(), strength=strength)
        since = cb.int_arg(1) if len(cb.args) > 1 else 0
        return cls(action, cb.int_arg(), since)


# ------------------------------------------------------------------- /add answers
class AddAction(StrEnum):
    """The taps of the guided /add."""

    DOSE = "ad"
    TIMES = "at"
    CONFIRM = "av"
    COURSE = "ac"  # how many days from today (`-`: no end date)
    STEP_TIMES = "as"  # a titration's later step: its times


@dataclass(frozen=True, slots=True)
class AddTap:
    """A tap in /add: a strength (None = skip), times (none = as needed), or the answer
    to a safety warning (`save`)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset(AddAction)

    action: AddAction
    strength: str | None = None
    times: tuple[dt.time, ...] = ()
    save: bool = False
    days: int | None = None

    @classmethod
    def course(cls, days: int | None) -> AddTap:
        """A course of `days` from today, or None: no end date."""
        return cls(AddAction.COURSE, days=days)

    @classmethod
    def dose(cls, strength: str | None) -> AddTap:
        """A strength button, or Skip."""
        return cls(AddAction.DOSE, strength=strength)

    @classmethod
    def at(cls, times: Sequence[dt.time]) -> AddTap:
        """A set of times, or as needed when empty."""
        return cls(AddAction.TIMES, times=tuple(times))

    @classmethod
    def at_step(cls, times: Sequence[dt.time]) -> AddTap:
        """The times of a titration's later step."""
        return cls(AddAction.STEP_TIMES, times=tuple(times))

    @classmethod
    def confirm(cls, save: bool) -> AddTap:
        """Save anyway / Cancel."""
        return cls(AddAction.CONFIRM, save=save)

    @property
    def as_needed(self) -> bool:
        """The As needed button."""
        return self.action is AddAction.TIMES and not self.times

    def wire(self) -> Wire:
        """`ad:<strength|->`, `at:<HHMM.HHMM|prn>`, `as:<HHMM.HHMM>`, `av:<y|n>`,
        `ac:<days|->`."""
        if self.action is AddAction.COURSE:
            return Wire(self.action, (self.days or "-",))
        if self.action is AddAction.DOSE:
            return Wire(self.action, (self.strength or "-",))
        if self.action in (AddAction.TIMES, AddAction.STEP_TIMES):
            value = ".".join(map(_compact, self.times)) if self.times else "prn"
            return Wire(self.action, (value,))
        return Wire(self.action, ("y" if self.save else "n",))

    @classmethod
    def parse(cls, cb: Callback) -> AddTap:
        """Read a tap in /add."""
        action, value = AddAction(cb.action), cb.args[0]
        if action is AddAction.COURSE:
            return cls.course(None if value == "-" else _bounded(value, 1, 366))
        if action is AddAction.DOSE:
            return cls.dose(None if value == "-" else value)
        if action in (AddAction.TIMES, AddAction.STEP_TIMES):
            times = () if value == "prn" else tuple(_hhmm(v) for v in value.split("."))
            return cls(action, times=times)
        return cls.confirm(value == "y")


# ------------------------------------------------------------------- ✏️ Edit parts
class EditPart(StrEnum):
    """What to change about a medicine, chosen after ✏️ Edit."""

    DOSE = "d"
    TIMES = "t"
    DAYS = "w"
    COURSE = "c"
    SUPPLY = "s"


class EditAction(StrEnum):
    """The taps of a part edit: the part, then its answer (a course is answered with
    /add's own `AddTap.course`)."""

    PART = "ep"  # ep:<med>:<part>
    DAYS = "ey"  # ey:<med>:<weekday mask 1..127 | e2 (every other day)>
    SUPPLY = "es"  # es:<med>:<units on hand>
    OFFERED_COUNT = "eo"  # eo:<med>:<units on hand>, offered after /add (no edit waits)


@dataclass(frozen=True, slots=True)
class EditTap:
    """A tap while changing one part of medicine `med` (the version being edited)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset(EditAction)

    action: EditAction
    med: int
    part: EditPart | None = None
    weekdays: int | None = None  # a weekday mask (bit 0 = Monday)
    every_days: int | None = None
    count: int | None = None

    def wire(self) -> Wire:
        """See `EditAction` for each action's arguments."""
        if self.action is EditAction.PART:
            return Wire(self.action, (self.med, self.part))
        if self.action is EditAction.DAYS:
            value = f"e{self.every_days}" if self.every_days else str(self.weekdays)
            return Wire(self.action, (self.med, value))
        return Wire(self.action, (self.med, self.count))

    @classmethod
    def parse(cls, cb: Callback) -> EditTap:
        """Read a part-edit tap (ValueError on anything malformed)."""
        action, med, value = EditAction(cb.action), cb.int_arg(), cb.args[1]
        if action is EditAction.PART:
            return cls(action, med, part=EditPart(value))
        if action is EditAction.DAYS:
            if value.startswith("e"):
                return cls(action, med, every_days=_bounded(value[1:], 2, 30))
            return cls(action, med, weekdays=_bounded(value, 1, 127))
        return cls(action, med, count=_bounded(value, 1, 10000))


# ------------------------------------------------------------ questions for the doctor
@dataclass(frozen=True, slots=True)
class QuestionTap:
    """✅ Asked under question `question` of the /ask list."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"qa"})

    question: int

    def wire(self) -> Wire:
        """`qa:<question id>`."""
        return Wire("qa", (self.question,))

    @classmethod
    def parse(cls, cb: Callback) -> QuestionTap:
        """Read a ✅ Asked tap."""
        return cls(cb.int_arg())


# ---------------------------------------------------------------------- appointments
class AppointmentAction(StrEnum):
    """The buttons of /appointment and of the after-visit question."""

    CANCEL = "apx"
    NO_CHANGES = "apn"
    UPDATE = "apu"
    KEEP_TOLD = "apk"  # apk:<id of the message kept aside>: a visit told in passing, kept


@dataclass(frozen=True, slots=True)
class AppointmentTap:
    """Cancel under a listed visit, or an answer to "did anything change?"."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset(AppointmentAction)

    action: AppointmentAction
    appointment: int

    def wire(self) -> Wire:
        """`<action>:<appointment id>`."""
        return Wire(self.action, (self.appointment,))

    @classmethod
    def parse(cls, cb: Callback) -> AppointmentTap:
        """Read an appointment tap."""
        return cls(AppointmentAction(cb.action), cb.int_arg())


# ------------------------------------------------------------------------ routines
class RoutineAction(StrEnum):
    """Done / Skip under a routine's reminder, Remove under the /routine list."""

    DONE = "rod"  # rod:<due-work id of the reminder>
    SKIP = "ros"  # ros:<due-work id of the reminder>
    REMOVE = "rox"  # rox:<routine id>


@dataclass(frozen=True, slots=True)
class RoutineTap:
    """A routine button: `ref` is the reminder's due-work row (Done, Skip) or the
    routine itself (Remove)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset(RoutineAction)

    action: RoutineAction
    ref: int

    def wire(self) -> Wire:
        """`<action>:<id>`."""
        return Wire(self.action, (self.ref,))

    @classmethod
    def parse(cls, cb: Callback) -> RoutineTap:
        """Read a routine tap."""
        return cls(RoutineAction(cb.action), cb.int_arg())


# ---------------------------------------------------------------------- caregivers
class CaregiverAction(StrEnum):
    """Yes / No thanks under an invite opened, Unlink (patient) and Stop (caregiver)
    under /caregiver's lists."""

    ACCEPT = "cga"  # cga:<invite id>
    DECLINE = "cgn"  # cgn:<invite id>
    UNLINK = "cgx"  # cgx:<link id>, tapped by the patient
    STOP = "cgs"  # cgs:<link id>, tapped by the caregiver


@dataclass(frozen=True, slots=True)
class CaregiverTap:
    """A caregiver button: `link` is the invite or link row it is about (whoever taps it
    is checked against that row again)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset(CaregiverAction)

    action: CaregiverAction
    link: int

    def wire(self) -> Wire:
        """`<action>:<id>`."""
        return Wire(self.action, (self.link,))

    @classmethod
    def parse(cls, cb: Callback) -> CaregiverTap:
        """Read a caregiver tap."""
        return cls(CaregiverAction(cb.action), cb.int_arg())


# ------------------------------------------------------------------------ trials
#: A verdict's one-letter code on the wire (`tr:<review>:<code>`); `-` skips the note.
_VERDICT_CODES = {Verdict.HELPING: "h", Verdict.NOT_SURE: "u", Verdict.NOT_HELPING: "n"}
_CODE_VERDICTS = {code: verdict for verdict, code in _VERDICT_CODES.items()}


@dataclass(frozen=True, slots=True)
class TrialTap:
    """`Helping` / `Not sure` / `Not helping` under a trial review, or Skip (no note):
    `verdict` None."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"tr"})

    review: int
    verdict: Verdict | None = None

    def wire(self) -> Wire:
        """`tr:<review id>:<h|u|n|->`."""
        code = "-" if self.verdict is None else _VERDICT_CODES[self.verdict]
        return Wire("tr", (self.review, code))

    @classmethod
    def parse(cls, cb: Callback) -> TrialTap:
        """Read a trial tap (ValueError on an unknown code)."""
        code = cb.args[1]
        if code != "-" and code not in _CODE_VERDICTS:
            raise ValueError(f"not a verdict: {code!r}")
        return cls(cb.int_arg(), _CODE_VERDICTS.get(code))


# ------------------------------------------------------------------------ check-in
@dataclass(frozen=True, slots=True)
class CheckinTap:
    """An answer to one check-in question: the row, the stage's one-letter code and the
    value (a score, a choice, `-` for skip, `done`)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"c"})

    work: int
    code: str
    value: str

    def wire(self) -> Wire:
        """`c:<work>:<stage code>:<value>`."""
        return Wire("c", (self.work, self.code, self.value))

    @classmethod
    def parse(cls, cb: Callback) -> CheckinTap:
        """Read a check-in answer."""
        return cls(cb.int_arg(), cb.args[1], cb.args[2])


# --------------------------------------------------------------------- onboarding
@dataclass(frozen=True, slots=True)
class ZoneTap:
    """One of several time zones that matched what the person typed."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"tz"})

    zone: str

    def wire(self) -> Wire:
        """`tz:<IANA zone>`."""
        return Wire("tz", (self.zone,))

    @classmethod
    def parse(cls, cb: Callback) -> ZoneTap:
        """Read a zone tap."""
        return cls(cb.args[0])


@dataclass(frozen=True, slots=True)
class CheckinTimeTap:
    """A daily check-in time."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"ci"})

    at: dt.time

    def wire(self) -> Wire:
        """`ci:<HHMM>`."""
        return Wire("ci", (_compact(self.at),))

    @classmethod
    def parse(cls, cb: Callback) -> CheckinTimeTap:
        """Read a check-in time tap."""
        return cls(_hhmm(cb.args[0]))


# ----------------------------------------------------------------------- settings
class Setting(StrEnum):
    """The /settings buttons."""

    CHECKIN = "checkin"
    SUMMARY = "summary"
    SNOOZE = "snooze"
    QUIET = "quiet"
    REFILL = "refill"
    NAME = "name"
    PAUSE = "pause"
    RESUME = "resume"


@dataclass(frozen=True, slots=True)
class SettingsTap:
    """A setting opened (`value` None) or a value chosen in its menu."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"set"})

    what: Setting
    value: str | None = None

    def wire(self) -> Wire:
        """`set:<what>[:<value>]`."""
        return Wire("set", (self.what,) if self.value is None else (self.what, self.value))

    @classmethod
    def parse(cls, cb: Callback) -> SettingsTap:
        """Read a settings tap."""
        return cls(Setting(cb.args[0]), cb.args[1] if len(cb.args) > 1 else None)


# ------------------------------------------------------------------ records, data
@dataclass(frozen=True, slots=True)
class DeleteTap:
    """The answer to /delete's confirmation."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"del"})

    confirmed: bool

    def wire(self) -> Wire:
        """`del:<y|n>`."""
        return Wire("del", ("y" if self.confirmed else "n",))

    @classmethod
    def parse(cls, cb: Callback) -> DeleteTap:
        """Read the confirmation."""
        return cls(cb.args[0] == "y")


@dataclass(frozen=True, slots=True)
class UndoTap:
    """Undo what one free-text message recorded: all of it, or (`doses`, `records`) only
    what the reply carrying the button said — a message can get several replies, each
    with its own Undo ("took 2 tylenol and a tramadol")."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"u"})

    batch: str
    doses: frozenset[int] = frozenset()  # extra doses logged (DoseLog ids)
    records: frozenset[int] = frozenset()  # symptoms and notes (Record ids)

    @property
    def whole(self) -> bool:
        """Whether the tap takes back everything the message recorded (older buttons)."""
        return not self.doses and not self.records

    def wire(self) -> Wire:
        """`u:<batch>`, then `d<ids>` and/or `r<ids>` when only part of it."""
        tagged = (("d", self.doses), ("r", self.records))
        parts = [f"{tag}{pack_ids(ids)}" for tag, ids in tagged if ids]
        return Wire("u", (self.batch, *parts))

    @classmethod
    def parse(cls, cb: Callback) -> UndoTap:
        """Read an undo tap."""
        found: dict[str, frozenset[int]] = {"d": frozenset(), "r": frozenset()}
        for part in cb.args[1:]:
            if part[:1] not in found:
                raise ValueError("unknown undo part")
            found[part[:1]] = frozenset(unpack_ids(part[1:]))
        return cls(cb.args[0], found["d"], found["r"])


@dataclass(frozen=True, slots=True)
class KeepNoteTap:
    """Keep a message the bot did not understand as a note, or (`question`) as a question
    for the doctor; `stays`: the answer tapped under stays above the kept line (the labels'
    words on pregnancy are still read after the tap)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"kn", "kq", "ks"})

    record: int
    question: bool = False
    stays: bool = False

    def wire(self) -> Wire:
        """`kn:<record id>` (a note), `kq:<record id>` (a question for the doctor) or
        `ks:<record id>` (a question, the answer above it kept)."""
        action = "ks" if self.stays else "kq" if self.question else "kn"
        return Wire(action, (self.record,))

    @classmethod
    def parse(cls, cb: Callback) -> KeepNoteTap:
        """Read a keep-note tap."""
        stays = cb.action == "ks"
        return cls(cb.int_arg(), question=stays or cb.action == "kq", stays=stays)


@dataclass(frozen=True, slots=True)
class AddToldTap:
    """Add the medicine a message told was started ("dr started me on pregabalin 75mg
    twice a day"): the message waits aside as record `record` (its words are too long for
    callback data), read again at the tap as `/add` would read them."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"an"})

    record: int
    #: which medicine of a list sent in one message ("naproxen 500 twice a day, omeprazole
    #: 20 in the morning"); None: the one a clinician started
    nth: int | None = None

    def wire(self) -> Wire:
        """`an:<record id>`, or `an:<record id>:<nth>` for one of a list."""
        return Wire("an", (self.record,) if self.nth is None else (self.record, self.nth))

    @classmethod
    def parse(cls, cb: Callback) -> AddToldTap:
        """Read an add-told tap."""
        nth = int(cb.args[1]) if len(cb.args) > 1 else None
        return cls(cb.int_arg(), nth)


@dataclass(frozen=True, slots=True)
class KeepContentsTap:
    """Keep what a message told medicine `med` holds ("myospaz has chlorzoxazone 250 mg
    paracetamol 300 mg") as its ingredients: the message waits aside as record `record`,
    read again at the tap."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"kc"})

    record: int
    med: int

    def wire(self) -> Wire:
        """`kc:<record id>:<medication id>`."""
        return Wire("kc", (self.record, self.med))

    @classmethod
    def parse(cls, cb: Callback) -> KeepContentsTap:
        """Read a keep-contents tap."""
        return cls(cb.int_arg(0), cb.int_arg(1))


@dataclass(frozen=True, slots=True)
class WhoseTap:
    """The answer to "is this about the person this diary is for?", asked of words kept
    aside as record `record`: `theirs` (Yes) or someone else's (No)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"wh"})

    record: int
    theirs: bool

    def wire(self) -> Wire:
        """`wh:<record id>:<y|n>`."""
        return Wire("wh", (self.record, "y" if self.theirs else "n"))

    @classmethod
    def parse(cls, cb: Callback) -> WhoseTap:
        """Read a whose-is-it tap (ValueError on anything but y or n)."""
        if len(cb.args) != 2 or cb.args[1] not in ("y", "n"):
            raise ValueError("whose answer")
        return cls(cb.int_arg(), cb.args[1] == "y")


@dataclass(frozen=True, slots=True)
class MoodCheckTap:
    """The answer to "are you having thoughts of ending your life?", asked after
    hopelessness said plainly: `safe` (No, I'm safe) or not (Yes, sometimes)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"mc"})

    safe: bool

    def wire(self) -> Wire:
        """`mc:<s|y>`."""
        return Wire("mc", ("s" if self.safe else "y",))

    @classmethod
    def parse(cls, cb: Callback) -> MoodCheckTap:
        """Read a mood-check tap (ValueError on anything but s or y)."""
        if cb.args not in (("s",), ("y",)):
            raise ValueError("mood check answer")
        return cls(safe=cb.args == ("s",))


@dataclass(frozen=True, slots=True)
class CheckBackTap:
    """An answer to the check-back the day after thoughts of suicide: the due-work row
    and `answer` (bot.domain.checkback.CheckBackAnswer)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"kb"})
    CODES: ClassVar[dict[str, CheckBackAnswer]] = {
        "b": CheckBackAnswer.BETTER,
        "s": CheckBackAnswer.SAME,
        "h": CheckBackAnswer.HELP,
    }

    work: int
    answer: CheckBackAnswer

    def wire(self) -> Wire:
        """`kb:<work id>:<b|s|h>`."""
        code = next(c for c, a in self.CODES.items() if a is self.answer)
        return Wire("kb", (self.work, code))

    @classmethod
    def parse(cls, cb: Callback) -> CheckBackTap:
        """Read a check-back tap (ValueError on an unknown answer)."""
        if len(cb.args) != 2 or cb.args[1] not in cls.CODES:
            raise ValueError("check-back answer")
        return cls(cb.int_arg(), cls.CODES[cb.args[1]])


@dataclass(frozen=True, slots=True)
class LegCheckTap:
    """The answer to the screening questions asked after numbness or weakness in both
    legs: the sign that is happening (`sign`: s saddle numbness, b bladder or bowel, w legs
    getting weaker), or none of them (`n`)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"lg"})
    SIGNS: ClassVar[tuple[str, ...]] = ("s", "b", "w", "n")

    sign: str

    def wire(self) -> Wire:
        """`lg:<s|b|w|n>`."""
        return Wire("lg", (self.sign,))

    @classmethod
    def parse(cls, cb: Callback) -> LegCheckTap:
        """Read a leg-check tap (ValueError on an unknown sign)."""
        if len(cb.args) != 1 or cb.args[0] not in cls.SIGNS:
            raise ValueError("leg check answer")
        return cls(cb.args[0])


@dataclass(frozen=True, slots=True)
class SupplyTap:
    """After `Ran out`: more of medicine `med` has come (`Refilled`) or not yet."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"so"})

    med: int
    refilled: bool

    def wire(self) -> Wire:
        """`so:<medication id>:<r|n>`."""
        return Wire("so", (self.med, "r" if self.refilled else "n"))

    @classmethod
    def parse(cls, cb: Callback) -> SupplyTap:
        """Read a Refilled / Not yet tap."""
        if cb.args[1] not in ("r", "n"):
            raise ValueError(f"not a supply answer: {cb.args[1]!r}")
        return cls(cb.int_arg(), cb.args[1] == "r")


class DoseAnswer(StrEnum):
    """Answers to the bot's questions about a typed dose."""

    YES = "y"  # took it just now
    NO = "n"  # not yet / none of these
    EARLY = "e"  # yes, my 08:00 dose
    EXTRA = "x"  # an extra one
    SAME = "s"  # the same dose, told twice
    MEDICINE = "m"  # this one of my medicines
    AMOUNT = "a"  # this much of a liquid (the question's own choice, by its place)


@dataclass(frozen=True, slots=True)
class DoseAnswerTap:
    """An answer to a question kept as record `record` (with the medicine for "which one?",
    the place of the amount chosen for "how much?")."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"tq"})

    record: int
    answer: DoseAnswer
    med: int | None = None
    choice: int | None = None

    def wire(self) -> Wire:
        """`tq:<record>:<y|n|e|x|s|m<med id>|a<choice>>`."""
        code = self.answer.value
        if self.answer is DoseAnswer.MEDICINE:
            code = f"m{self.med}"
        elif self.answer is DoseAnswer.AMOUNT:
            code = f"a{self.choice}"
        return Wire("tq", (self.record, code))

    @classmethod
    def parse(cls, cb: Callback) -> DoseAnswerTap:
        """Read an answer to a dose question."""
        code = cb.args[1]
        answer = DoseAnswer(code[:1])
        med = int(code[1:]) if answer is DoseAnswer.MEDICINE else None
        choice = int(code[1:]) if answer is DoseAnswer.AMOUNT else None
        return cls(cb.int_arg(), answer, med, choice)


@dataclass(frozen=True, slots=True)
class DoseUndoTap:
    """Under a reply that says doses were answered: take those answers back (`keep`: the
    person says the answer was right after all)."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"du", "dk"})

    doses: frozenset[int]
    keep: bool = False

    def wire(self) -> Wire:
        """`du:<ids>` (take back) or `dk:<ids>` (keep)."""
        return Wire("dk" if self.keep else "du", (), sorted(self.doses))

    @classmethod
    def parse(cls, cb: Callback) -> DoseUndoTap:
        """Read an undo of doses answered."""
        return cls(frozenset(unpack_ids(cb.args[0])), keep=cb.action == "dk")


@dataclass(frozen=True, slots=True)
class SkipWhyTap:
    """Why doses typed as skipped were skipped, tapped after the reply that said so."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"sw"})

    doses: frozenset[int]
    reason: SkipReason

    def wire(self) -> Wire:
        """`sw:<reason>:<ids>`."""
        return Wire("sw", (self.reason,), sorted(self.doses))

    @classmethod
    def parse(cls, cb: Callback) -> SkipWhyTap:
        """Read a reason given for doses skipped; an unknown reason reads as `other`."""
        return cls(frozenset(unpack_ids(cb.args[1])), SkipReason.read(cb.args[0]))


@dataclass(frozen=True, slots=True)
class OutWhichTap:
    """Which medicine of a reminder has run out, tapped after "pharmacy hadn't got it in"
    answered a reminder of several: its doses (every one for "All of them"); none: none
    is out."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset({"ow", "on"})

    doses: frozenset[int]

    def wire(self) -> Wire:
        """`ow:<ids>`, or `on` for none of them."""
        return Wire("ow", (), sorted(self.doses)) if self.doses else Wire("on")

    @classmethod
    def parse(cls, cb: Callback) -> OutWhichTap:
        """Read which doses ran out."""
        return cls(frozenset(unpack_ids(cb.args[0])) if cb.action == "ow" else frozenset())


# ----------------------------------------------------------------------- shortcuts
class Shortcut(StrEnum):
    """The one-tap ways on from a message: what can I say, a dose, a check-in, and
    reminders resumed."""

    HELP = "help"
    TOOK_HOW = "ask"
    CHECKIN = "chk"
    RESUME = "rsm"  # reminders back on, as /resume ("home now" while they are paused)


@dataclass(frozen=True, slots=True)
class ShortcutTap:
    """A shortcut button."""

    ACTIONS: ClassVar[frozenset[str]] = frozenset(Shortcut)

    shortcut: Shortcut

    def wire(self) -> Wire:
        """`<shortcut>`."""
        return Wire(self.shortcut)

    @classmethod
    def parse(cls, cb: Callback) -> ShortcutTap:
        """Read a shortcut tap."""
        return cls(Shortcut(cb.action))


def claims(family: type[Payload]) -> Callable[[object], bool]:
    """A `CallbackQueryHandler` pattern: whether callback data names one of the family's
    actions (unverified: the family's handler checks the signature)."""
    actions = family.ACTIONS

    def matches(data: object) -> bool:
        return isinstance(data, str) and data.partition(":")[0] in actions

    return matches
