"""``backtrack parse``: argument handling, one JSON object out, exit 2 on bad input."""

from __future__ import annotations

import json

import pytest

from bot.parsing.cli_parse import run


def test_prints_contract_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        ["--meds", "ibuprofen,gabapentin", "--now", "2026-11-25T20:05:00+01:00",
         "--tz", "Europe/Berlin", "took", "2", "advil", "at", "3pm"]
    )  # fmt: skip
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {
        "intents": [
            {"kind": "dose", "status": "taken", "medication": "ibuprofen", "amount": None,
             "unit": None, "count": 2, "at": "2026-11-25T15:00:00+01:00", "minutes": None,
             "reason": None}
        ]
    }  # fmt: skip


def test_defaults_and_unicode_kept(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["7, 😭 shooting down my left leg"]) == 0
    raw = capsys.readouterr().out
    assert raw.count("\n") == 1
    assert json.loads(raw)["intents"][0]["score"] == 7


def test_unrecognised_text_gives_empty_intents(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["asdfgh"]) == 0
    assert json.loads(capsys.readouterr().out) == {"intents": []}


@pytest.mark.parametrize(
    "argv",
    [
        ["--tz", "Mars/Olympus", "hi"],
        ["--tz", "../../etc/passwd", "hi"],
        ["--now", "yesterday", "hi"],
        ["--now", "2026-13-45T25:00", "hi"],
        ["--bogus", "hi"],
    ],
)
def test_bad_options_one_line_on_stderr_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("backtrack parse:")


def test_naive_now_is_in_given_zone(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(["--now", "2026-11-25T08:10", "--tz", "America/New_York", "took it an hour ago"]) == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["intents"][0]["at"] == "2026-11-25T07:10:00-05:00"


def test_a_dose_taken_is_never_after_now(capsys: pytest.CaptureFixture[str]) -> None:
    # 9am said at 08:00 is a little ahead (the chat asks whether it is still to come); the
    # contract's record is the last 09:00 before now, across a change of clocks too
    code = run(
        ["--meds", "acetaminophen", "--now", "2026-03-29T08:00:00+02:00",
         "--tz", "Europe/Berlin", "took", "paracetamol", "at", "9am"]
    )  # fmt: skip
    assert code == 0
    (dose,) = json.loads(capsys.readouterr().out)["intents"]
    assert dose["at"] == "2026-03-28T09:00:00+01:00"
