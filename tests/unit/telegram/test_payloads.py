"""Typed button payloads: each family writes the very bytes its buttons always carried
(buttons already in people's chats keep working across a deploy) and reads them back."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.states import PauseReason, SkipReason
from bot.telegram.callbacks import Callback, CallbackCodec, Payload
from bot.telegram.handlers.dose_undo import part_undo
from bot.telegram.payloads import (
    AddAction,
    AddTap,
    AddToldTap,
    CheckinTap,
    CheckinTimeTap,
    DeleteTap,
    DoseAnswer,
    DoseAnswerTap,
    DoseUndoTap,
    EditAction,
    EditPart,
    EditTap,
    KeepNoteTap,
    LegCheckTap,
    MedAction,
    MedTap,
    QuestionTap,
    ReminderAction,
    ReminderTap,
    Setting,
    SettingsTap,
    Shortcut,
    ShortcutTap,
    SkipWhyTap,
    SupplyTap,
    TakenWhen,
    UndoTap,
    ZoneTap,
    claims,
)
from tests.unit.telegram.test_routing import FAMILIES

codec = CallbackCodec("secret")
UID = 42

# Each payload beside the legacy encode() call its buttons were made with before.
LEGACY: list[tuple[Payload, tuple[object, ...]]] = [
    (ReminderTap(ReminderAction.TAKEN, 7), ("T", 7)),
    (ReminderTap(ReminderAction.SNOOZE_MENU, 7), ("z", 7)),
    (ReminderTap(ReminderAction.SKIP_MENU, 7), ("s", 7)),
    (ReminderTap(ReminderAction.SNOOZE, 7, minutes=30), ("Z", 7, 30)),
    (ReminderTap(ReminderAction.SKIP, 7, reason=SkipReason.RAN_OUT), ("S", 7, "ran_out")),
    (ReminderTap(ReminderAction.TAKEN_AT, 7, when=TakenWhen.DUE), ("W", 7, "d")),
    (ReminderTap(ReminderAction.TAKEN_AT, 7, when=TakenWhen.NOW), ("W", 7, "n")),
    (MedTap(MedAction.REMOVE_CONFIRMED, 3), ("mX", 3)),
    (MedTap(MedAction.EDIT, 3), ("me", 3)),
    (MedTap(MedAction.REMOVE_CONFIRMED, 3, 739622), ("mX", 3, 739622)),  # stopped on a day
    (MedTap(MedAction.PAUSE, 3), ("mp", 3)),
    (MedTap(MedAction.PAUSE_FOR, 3, 7), ("mf", 3, 7)),  # paused for a week
    (MedTap(MedAction.PAUSE_FOR, 3), ("mf", 3)),  # until resumed
    (MedTap(MedAction.DOSE, 3, strength="37.5mg"), ("md", 3, "37.5mg")),  # a dose told
    (MedTap(MedAction.DOSE, 3), ("md", 3)),  # Type it
    # paused on a clinician's word: why goes with the tap
    (MedTap(MedAction.PAUSE, 3, why=PauseReason.OUT_OF_HOURS), ("mp", 3, "told_ooh")),
    (AddTap.dose("10mg"), ("ad", "10mg")),
    (AddTap.dose(None), ("ad", "-")),
    (AddTap.at([dt.time(8), dt.time(20, 30)]), ("at", "0800.2030")),
    (AddTap.at(()), ("at", "prn")),
    (AddTap.at_step([dt.time(8), dt.time(20)]), ("as", "0800.2000")),
    (AddTap.confirm(True), ("av", "y")),
    (AddTap.confirm(False), ("av", "n")),
    (CheckinTap(11, "p", "7"), ("c", 11, "p", "7")),
    (ZoneTap("Europe/London"), ("tz", "Europe/London")),
    (CheckinTimeTap(dt.time(21)), ("ci", "2100")),
    (SettingsTap(Setting.QUIET), ("set", "quiet")),
    (SettingsTap(Setting.QUIET, "2200-0700"), ("set", "quiet", "2200-0700")),
    (DeleteTap(True), ("del", "y")),
    (UndoTap("b1x"), ("u", "b1x")),
    (KeepNoteTap(5), ("kn", 5)),
    (KeepNoteTap(5, question=True), ("kq", 5)),
    (KeepNoteTap(5, question=True, stays=True), ("ks", 5)),
    (DoseAnswerTap(9, DoseAnswer.EARLY), ("tq", 9, "e")),
    (DoseAnswerTap(9, DoseAnswer.MEDICINE, 12), ("tq", 9, "m12")),
    (DoseAnswerTap(9, DoseAnswer.AMOUNT, choice=2), ("tq", 9, "a2")),  # the third ml offered
    (ShortcutTap(Shortcut.TOOK_HOW), ("ask",)),
    (ShortcutTap(Shortcut.RESUME), ("rsm",)),
    (AddToldTap(5), ("an", 5)),  # the medicine told as started, its words kept as record 5
    (LegCheckTap("w"), ("lg", "w")),
    (LegCheckTap("n"), ("lg", "n")),
]


@pytest.mark.parametrize(("payload", "legacy"), LEGACY, ids=lambda v: repr(v)[:40])
def test_same_bytes_as_before_and_read_back(payload: Payload, legacy: tuple[object, ...]) -> None:
    data = codec.pack(UID, payload)
    assert data == codec.encode(UID, *legacy)
    cb = codec.decode(UID, data)
    assert cb is not None
    assert type(payload).parse(cb) == payload
    assert claims(type(payload))(data)


def test_ids_ride_fitted_as_before() -> None:
    ids = [100, 101, 105]
    all_taken = codec.pack(UID, ReminderTap.all_taken(ids))
    assert all_taken == codec.encode_fitting(UID, "A", ids=ids)
    back = ReminderTap(ReminderAction.BACK, 101, frozenset(ids))
    assert codec.pack(UID, back) == codec.encode_fitting(UID, "B", 101, ids=ids)
    cb = codec.decode(UID, all_taken)
    assert cb is not None
    tap = ReminderTap.parse(cb)
    assert tap.dose == 100 and tap.named == frozenset(ids)


def test_many_ids_are_trimmed_to_fit_and_the_first_kept() -> None:
    ids = list(range(10**9, 10**9 + 60 * 997, 997))
    data = codec.pack(UID, ReminderTap.all_taken(ids))
    assert len(data.encode()) <= 64
    cb = codec.decode(UID, data)
    assert cb is not None
    tap = ReminderTap.parse(cb)
    assert tap.dose == ids[0] and tap.doses <= frozenset(ids)


def test_supply_answers_round_trip() -> None:
    for tap in (SupplyTap(12, True), SupplyTap(12, False)):
        wire = tap.wire()
        assert SupplyTap.parse(Callback(wire[0], tuple(map(str, wire[1])))) == tap


@pytest.mark.parametrize(
    "tap",
    [
        EditTap(EditAction.PART, 4, part=EditPart.COURSE),
        EditTap(EditAction.DAYS, 4, weekdays=0b0011111),
        EditTap(EditAction.DAYS, 4, every_days=2),
        EditTap(EditAction.SUPPLY, 4, count=60),
        EditTap(EditAction.OFFERED_COUNT, 4, count=90),
    ],
)
def test_edit_taps_round_trip(tap: EditTap) -> None:
    wire = tap.wire()
    assert EditTap.parse(Callback(wire[0], tuple(map(str, wire[1])))) == tap


def test_a_pause_reason_not_known_pauses_with_none() -> None:
    assert MedTap.parse(Callback("mp", ("3", "told_by_the_moon"))) == MedTap(MedAction.PAUSE, 3)


def test_unknown_skip_reason_reads_as_other() -> None:
    assert ReminderTap.parse(Callback("S", ("7", "bored"))).reason is SkipReason.OTHER


@pytest.mark.parametrize(
    ("family", "cb"),
    [
        (ReminderTap, Callback("T", ("x",))),
        (ReminderTap, Callback("Z", ("7",))),
        (ReminderTap, Callback("W", ("7", "yesterday"))),
        (ReminderTap, Callback("W", ("7",))),
        (AddTap, Callback("at", ("25x0",))),
        (CheckinTimeTap, Callback("ci", ("9pm",))),
        (SettingsTap, Callback("set", ("volume",))),
        (DoseAnswerTap, Callback("tq", ("9", "q"))),
        (MedTap, Callback("mq", ("3",))),
        (SupplyTap, Callback("so", ("3", "maybe"))),
        (SupplyTap, Callback("so", ("x", "r"))),
        (EditTap, Callback("ep", ("3", "z"))),
        (EditTap, Callback("ey", ("3", "200"))),
        (EditTap, Callback("ey", ("3", "e1"))),
        (EditTap, Callback("ec", ("3", "10"))),  # a course is /add's own tap
        (AddTap, Callback("ac", ("0",))),
        (EditTap, Callback("es", ("3", "-5"))),
        (QuestionTap, Callback("qa", ("x",))),
    ],
)
def test_malformed_is_a_value_error(family: type[Payload], cb: Callback) -> None:
    with pytest.raises((ValueError, IndexError)):
        family.parse(cb)


def test_families_claim_disjoint_actions() -> None:
    families = FAMILIES
    assert len(families) >= 18  # the module's own families, none forgotten
    seen: set[str] = set()
    for family in families:
        assert not seen & family.ACTIONS, family
        seen |= family.ACTIONS
    assert set(AddAction) <= seen


@given(st.one_of(st.text(max_size=80), st.none(), st.integers()))
def test_claims_never_raises(data: object) -> None:
    claims(ReminderTap)(data)


def test_undo_taps_round_trip() -> None:
    for tap in (
        ReminderTap(ReminderAction.UNDO, 7),
        DoseUndoTap(frozenset({100, 101, 105})),
        DoseUndoTap(frozenset({100}), keep=True),
    ):
        data = codec.pack(UID, tap)
        cb = codec.decode(UID, data)
        assert cb is not None and claims(type(tap))(data)
        assert type(tap).parse(cb) == tap
    # Undo and keep are two actions of one family; neither is the message-undo "u".
    assert not claims(UndoTap)(codec.pack(UID, DoseUndoTap(frozenset({1}))))


def test_skip_why_taps_round_trip() -> None:
    for reason in SkipReason:
        tap = SkipWhyTap(frozenset({40, 41}), reason)
        data = codec.pack(UID, tap)
        cb = codec.decode(UID, data)
        assert cb is not None and claims(SkipWhyTap)(data) and not claims(DoseUndoTap)(data)
        assert SkipWhyTap.parse(cb) == tap


def test_a_typed_skip_without_a_reason_keeps_none() -> None:
    assert SkipReason.said(None) is None and SkipReason.said("") is None
    assert SkipReason.said("side_effects") is SkipReason.SIDE_EFFECTS
    assert SkipReason.said("bored") is SkipReason.OTHER


def test_an_undo_of_part_of_a_message_names_its_rows() -> None:
    tap = UndoTap("m4821", doses=frozenset({90210, 90211}), records=frozenset({7001}))
    data = codec.pack(UID, tap)
    assert data.startswith("u:m4821:d90210.1:r7001:")
    cb = codec.decode(UID, data)
    assert cb is not None
    back = UndoTap.parse(cb)
    assert back == tap and not back.whole
    # A button sent before parts existed still takes back the whole message.
    old = codec.decode(UID, codec.encode(UID, "u", "m4821"))
    assert old is not None and UndoTap.parse(old).whole


def test_an_undo_part_it_does_not_know_is_refused() -> None:
    cb = codec.decode(UID, codec.encode(UID, "u", "m4821", "x12"))
    assert cb is not None
    with pytest.raises(ValueError):
        UndoTap.parse(cb)


def test_an_undo_whose_rows_do_not_fit_a_button_takes_back_the_message() -> None:
    near = part_undo(codec, UID, "m4821", records=[7001, 7002])
    cb = codec.decode(UID, near)
    assert cb is not None and UndoTap.parse(cb).records == {7001, 7002}
    far = part_undo(codec, UID, "m4821", records=range(10**9, 10**9 + 40 * 10**7, 10**7))
    cb = codec.decode(UID, far)
    assert cb is not None and UndoTap.parse(cb).whole


def test_a_leg_check_sign_not_known_is_refused() -> None:
    with pytest.raises(ValueError):
        LegCheckTap.parse(Callback("lg", ("x",)))
