"""The caregiver buttons' payload: signed for one person, read back typed; anything
malformed is refused."""

from __future__ import annotations

import pytest

from bot.telegram.callbacks import Callback, CallbackCodec
from bot.telegram.payloads import CaregiverAction, CaregiverTap, claims

codec = CallbackCodec("secret")


@pytest.mark.parametrize("action", list(CaregiverAction))
def test_round_trip_for_its_person_only(action: CaregiverAction) -> None:
    tap = CaregiverTap(action, 123)
    data = codec.pack(2002, tap)
    assert claims(CaregiverTap)(data)
    cb = codec.decode(2002, data)
    assert cb is not None and CaregiverTap.parse(cb) == tap
    assert codec.decode(1001, data) is None, "a button made for the caregiver is theirs"


@pytest.mark.parametrize(
    "cb", [Callback("cga", ("x",)), Callback("cgq", ("1",)), Callback("cgx", ())]
)
def test_malformed_is_refused(cb: Callback) -> None:
    with pytest.raises((ValueError, IndexError)):
        CaregiverTap.parse(cb)
