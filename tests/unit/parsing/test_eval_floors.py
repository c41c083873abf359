"""Floors on how well the parser reads the development corpora (issue 14).

The figures and every failure are printed by `benchmarks/parse_eval.py`; this test keeps
them from sliding back. Lines judged mislabelled are in tests/corpus/exceptions.tsv.
"""

from __future__ import annotations

import pytest

from tests.corpus_eval import BLIND_FILES, DEV_FILES, LATER_FILES, OWN_FILES, evaluate

# Issue 14's floors on the development files: red-flag recall 100 %, no false alarm,
# fields ≥ 95 %.
FIELDS_FLOOR = 0.95
FLAG_RECALL_FLOOR = 1.0
FALSE_ALARMS_MAX = 0


@pytest.fixture(scope="module")
def dev():  # type: ignore[no-untyped-def]
    if not all(p.is_file() for p in DEV_FILES):
        pytest.skip("the shared development corpus is not beside this checkout")
    return evaluate(DEV_FILES)


def test_fields_are_read_right(dev) -> None:  # type: ignore[no-untyped-def]
    assert dev.all_fields.rate >= FIELDS_FLOOR, str(dev.all_fields)


def test_red_flags_are_found(dev) -> None:  # type: ignore[no-untyped-def]
    assert dev.flag_recall.rate >= FLAG_RECALL_FLOOR, str(dev.flag_recall)


def test_false_alarms_stay_few(dev) -> None:  # type: ignore[no-untyped-def]
    assert dev.alarms.hits <= FALSE_ALARMS_MAX, str(dev.alarms)


def test_own_examples_are_read() -> None:
    own = evaluate(OWN_FILES)
    assert own.lines.total >= 40
    assert own.all_fields.rate >= 0.95, str(own.all_fields)
    assert own.flag_recall.rate == 1.0 and own.alarms.hits == 0


@pytest.mark.slow
def test_once_blind_sets_keep_their_red_flags() -> None:
    """The sets written blind to the parser: every red flag found, no false alarm, and
    the fields no worse than when they were last worked on (figures in BENCHMARKS.md)."""
    blind = evaluate(BLIND_FILES)
    assert blind.lines.total >= 8090
    assert blind.lines.hits >= 7910, str(blind.lines)
    assert blind.flag_recall.rate >= 0.99, str(blind.flag_recall)
    assert blind.alarms.hits == 0, str(blind.alarms)
    assert blind.all_fields.rate >= 0.95, str(blind.all_fields)


@pytest.mark.slow
def test_later_sets_keep_what_they_read() -> None:
    """Sets 35-46 and 49-120 (BENCHMARKS.md): thoughts of suicide said indirectly, half of
    them near misses; corrections, questions and plans; doses asked for, owed or wished;
    doses and symptoms as typed on a phone; the physical red flags in everyday words;
    medicines by their brand names around the world (46: most of its misses are brands
    and combination products the knowledge file does not know yet); the development
    files' kinds in their style (49, 51) and from tired, voice-typing, amount-saying
    writers (50); the safety net, half red flags and half near misses (52, 55); when a
    dose was taken (53); long diary entries of many reports each (54: a line is right
    only when all of them are); short replies typed instead of a tap (56); how much of a
    dose was taken (57); several medicines in one line (58); times said by daily life
    (59); side effects in everyday words (60); pain with its details (61); messages
    dictated or typed in a hurry (62); what happened over a stretch of time, told after
    (63); whether a dose really happened, and whose it was (64); sleep, activity and mood
    (65); medicines in other forms and units (66); the safety net again (67); the
    development files' mix again, as a check of the work on 65–67 (68); numbers of every
    kind beside the ones that count (69); people on opioids (70); the Englishes of the
    world (71); skips and waits, and why (72); several doses in one message (73);
    combination products (74); the safety net against figures of speech, and signs said
    lightly (75); medicines described, not named (76); the development files' mix again
    (77); when it happened (78); the safety net, mixed (79); medicines spoken of with no
    dose taken (80); the development files' mix a third time (81); the sedation spectrum
    (82); several medicines with times and days (83); back pain signs that are and are
    not red flags (84); the development files' mix a fourth time (85); the safety net a
    third time (86); long letters from careful writers (87); emoji and shorthand (88);
    doses split, doubled and moved (89); the development files' mix a fifth time (90);
    the safety net a fourth time (91); replies typed to the bot's own questions (92); the
    development files' mix a sixth time (93); the safety net a fifth time (94); the
    development files' mix a seventh time (95); doses told in doubt, doubled for a miss,
    halved, moved from their slot, in emoji and corrected (97), and the same kinds in
    other voices (98), both written after the code that reads them, by helpers who never
    read it: first sight 65 % and 62 %; the development files' everyday mix again (99,
    first sight 87 %, three false alarms) and long multi-part evening letters (100, first
    sight 63 %, three false alarms, one flag missed), written before the thirty-sixth
    session's code; 99 and the flags of 100 were worked from; the safety net a sixth time
    (103, first sight 81 %, flags 64 of 82, ten false alarms; eight lines where a carer
    tells the patient's sign are left out, the parse contract reading them as someone
    else's); 101 (long letters again, first sight 53 %) and 102 (short everyday replies,
    first sight 92 %) were measured only, their failures never read (101 was worked from
    in the thirty-seventh session); the safety net a seventh time (104, first sight 91 %,
    flags 72 of 80, three false alarms), doses in detail (106, first sight 90 %, one false
    alarm), both worked from; everyday replies (105, first sight 94 %) and days told at
    length (107, first sight 54 %) measured only, only 107's one false alarm read; the
    development files' mix (108, first sight 95 %, measured only), the safety net in
    everyday words (109, first sight 88 %, flags 83 of 96, three false alarms), doses
    told with their times across a day (110, first sight 87 %) and answers to a reminder
    or the check-in (111, first sight 87 %), 109-111 worked from; the development files'
    mix from new voices (112, first sight 84 %, measured only but for its two false
    alarms) and the safety net inside ordinary daily reports (113, first sight 87 %,
    flags 63 of 70, worked from for its flags); the development files' mix (114, first
    sight 95 %, measured only but for its two false alarms), answers to a reminder of
    several medicines (115, 71 %), several doses in one message each at its own time
    (116, 73 %), the safety net in plain words (117, 87 %, flags 77 of 91, four false
    alarms), all three worked from; the dev mix from new voices (118, 86 %, measured only
    but for its flags and three false alarms); doses not taken and why (119, 73 %) and the
    safety net again (120, 91 %, flags 79 of 82, eight false alarms), both worked from; the dev
    mix (121, 87 %, measured only), the dev mix from new voices (122, 77 %, flags 18 of 19,
    one false alarm), the safety net (123, 85 %, flags 69 of 82, seven false alarms), doses
    told in detail (124, 93 %, two false alarms), check-in replies (125, 95 %, measured only
    but for its false readings) and answers to a reminder (126, 72 %), 122-124 and 126 worked
    from. These
    floors keep what is found, and allow no false alarm (the lines whose label the product
    does not follow are set apart in exceptions.tsv, with why)."""
    later = evaluate(LATER_FILES)
    assert later.lines.total >= 17660
    assert later.lines.hits >= 16598, str(later.lines)
    assert later.flag_recall.hits >= 3294, str(later.flag_recall)
    assert later.alarms.hits == 0, str(later.alarms)
    assert later.all_fields.rate >= 0.90, str(later.all_fields)
