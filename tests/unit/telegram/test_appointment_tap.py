"""The appointment buttons' payload: signed for one person, read back typed; anything
malformed is refused."""

from __future__ import annotations

import pytest

from bot.telegram.callbacks import Callback, CallbackCodec
from bot.telegram.payloads import AppointmentAction, AppointmentTap, claims

codec = CallbackCodec("secret")


@pytest.mark.parametrize("action", list(AppointmentAction))
def test_round_trip_for_its_person_only(action: AppointmentAction) -> None:
    tap = AppointmentTap(action, 123)
    data = codec.pack(42, tap)
    assert claims(AppointmentTap)(data)
    cb = codec.decode(42, data)
    assert cb is not None and AppointmentTap.parse(cb) == tap
    assert codec.decode(43, data) is None


@pytest.mark.parametrize(
    "cb", [Callback("apx", ("x",)), Callback("apq", ("1",)), Callback("apn", ())]
)
def test_malformed_is_refused(cb: Callback) -> None:
    with pytest.raises((ValueError, IndexError)):
        AppointmentTap.parse(cb)
