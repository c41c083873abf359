"""The callback codec: signed per user, 64 bytes at most, never crashes on junk."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.telegram.callbacks import MAX_BYTES, Callback, CallbackCodec, pack_ids, unpack_ids

codec = CallbackCodec("secret")


def test_round_trip() -> None:
    data = codec.encode(42, "Z", 123456789, 15)
    assert len(data.encode()) <= MAX_BYTES
    assert codec.decode(42, data) == Callback("Z", ("123456789", "15"))
    assert codec.decode(42, data).int_arg() == 123456789  # type: ignore[union-attr]


def test_other_user_or_other_key_cannot_use_it() -> None:
    data = codec.encode(42, "T", 7)
    assert codec.decode(43, data) is None
    assert CallbackCodec("other").decode(42, data) is None


def test_tampering_is_detected() -> None:
    data = codec.encode(42, "T", 7)
    assert codec.decode(42, data.replace("T:7", "T:8")) is None


def test_too_long_is_refused() -> None:
    with pytest.raises(ValueError):
        codec.encode(1, "tz", "x" * 60)
    with pytest.raises(ValueError):
        codec.encode(1, "a:b")


@given(st.integers(min_value=-(2**62), max_value=2**62), st.text(max_size=300))
@example(0, "0:0000000\x80")  # non-ASCII signature: compare_digest refuses such str
@example(0, "\ud800:00000000")  # a lone surrogate (JSON can carry one)
@example(0, "0:0000000\ud800")
def test_decode_never_raises(user_id: int, data: str) -> None:
    assert codec.decode(user_id, data) is None or isinstance(codec.decode(user_id, data), Callback)


@given(
    st.integers(min_value=1, max_value=2**52),
    st.sampled_from(["T", "A", "z", "Z", "S", "me", "tz"]),
    st.lists(st.integers(min_value=0, max_value=10**9), max_size=2),
)
def test_any_encoded_payload_round_trips(user_id: int, action: str, args: list[int]) -> None:
    data = codec.encode(user_id, action, *args)
    assert codec.decode(user_id, data) == Callback(action, tuple(str(a) for a in args))


@given(st.sets(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=30))
def test_packed_ids_round_trip(ids: set[int]) -> None:
    assert unpack_ids(pack_ids(ids)) == sorted(ids)


def test_all_taken_names_every_dose_of_a_big_reminder_within_64_bytes() -> None:
    codec = CallbackCodec("secret")
    ids = [9_000_000_000 + 7 * n for n in range(8)]
    data = codec.encode_fitting(123456789, "A", ids=ids)
    assert len(data.encode()) <= 64
    cb = codec.decode(123456789, data)
    assert cb is not None and unpack_ids(cb.args[0]) == ids


def test_ids_that_cannot_all_fit_keep_the_first_ones() -> None:
    codec = CallbackCodec("secret")
    ids = [10**9 + 10**6 * n for n in range(30)]
    data = codec.encode_fitting(1, "B", 10**9, ids=ids)
    cb = codec.decode(1, data)
    assert cb is not None
    kept = unpack_ids(cb.args[1])
    assert kept == ids[: len(kept)] and len(kept) >= 3
