"""Signed, user-bound button payloads (Telegram allows 64 bytes of callback data).

Layout: `action:arg1:arg2:sig`. The signature is an HMAC over the presser's user id and
the payload, so a button copied into another chat, forged, or pressed by someone else
fails to decode. Pure: no Telegram imports.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, NamedTuple, Protocol, Self

MAX_BYTES = 64
SIG_CHARS = 8
MAX_IDS = 40  # more ids than any reminder holds: a bound on what a payload can ask for
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True, slots=True)
class Callback:
    """A decoded button press."""

    action: str
    args: tuple[str, ...] = ()

    def int_arg(self, index: int = 0) -> int:
        """Argument `index` as an int (ValueError if it is not one)."""
        return int(self.args[index])


class Wire(NamedTuple):
    """What a payload puts on a button: its action, its arguments and, last, ids that
    may be trimmed to fit Telegram's 64 bytes (None when it carries none)."""

    action: str
    args: tuple[object, ...] = ()
    ids: Sequence[int] | None = None


class Payload(Protocol):
    """A button family's payload."""

    ACTIONS: ClassVar[frozenset[str]]

    def wire(self) -> Wire:
        """The action and arguments to sign."""
        ...

    @classmethod
    def parse(cls, cb: Callback) -> Self:
        """The typed payload of a verified press (ValueError if malformed)."""
        ...


def _base36(n: int) -> str:
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = _B36[r] + out
        if n == 0:
            return out


def pack_ids(ids: Iterable[int]) -> str:
    """Several record ids as one payload argument: the first in decimal, then the gaps
    in base 36 (`1234.1.a`), so a reminder's doses fit in Telegram's 64 bytes."""
    ordered = sorted(set(ids))
    if not ordered or ordered[0] < 0:
        raise ValueError("ids must be non-negative and at least one")
    parts = [str(ordered[0])]
    parts += [_base36(b - a) for a, b in zip(ordered, ordered[1:], strict=False)]
    return ".".join(parts)


def unpack_ids(token: str) -> list[int]:
    """The ids :func:`pack_ids` packed (ValueError on anything else)."""
    first, *gaps = token.split(".")
    if len(gaps) >= MAX_IDS:
        raise ValueError("too many ids")
    ids = [int(first)]
    for gap in gaps:
        ids.append(ids[-1] + int(gap, 36))
    return ids


class CallbackCodec:
    """Encodes and verifies button payloads with a secret key."""

    __slots__ = ("_key",)

    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(b"backtrack-callback:" + secret.encode()).digest()

    def _sig(self, user_id: int, payload: str) -> str:
        # hmac.digest is the one-shot C path: several times cheaper than hmac.new().digest()
        # and the dispatcher signs ten buttons per reminder.
        msg = f"{user_id}|{payload}".encode("utf-8", "surrogatepass")  # untrusted text
        mac = hmac.digest(self._key, msg, "sha256")
        return base64.urlsafe_b64encode(mac[:6]).decode()

    def encode(self, user_id: int, action: str, *args: object) -> str:
        """Payload for a button only `user_id` may press."""
        payload = ":".join((action, *map(str, args)))
        if payload.count(":") != len(args):
            raise ValueError("callback parts must not contain ':'")
        data = f"{payload}:{self._sig(user_id, payload)}"
        if len(data.encode()) > MAX_BYTES:
            raise ValueError("callback data longer than 64 bytes")
        return data

    def encode_fitting(self, user_id: int, action: str, *args: object, ids: Sequence[int]) -> str:
        """`encode(user_id, action, *args, pack_ids(ids))`, dropping the last ids until
        the payload fits Telegram's 64 bytes (the rest are then found by message)."""
        keep = sorted(set(ids))
        while True:
            try:
                return self.encode(user_id, action, *args, pack_ids(keep))
            except ValueError:
                if len(keep) <= 1:
                    raise
                keep.pop()

    def pack(self, user_id: int, payload: Payload) -> str:
        """Signed callback data for a typed payload (see `payloads`)."""
        action, args, ids = payload.wire()
        if ids is None:
            return self.encode(user_id, action, *args)
        return self.encode_fitting(user_id, action, *args, ids=ids)

    def decode(self, user_id: int, data: str | None) -> Callback | None:
        """The callback if the signature matches `user_id`, else None."""
        if not data or len(data) > MAX_BYTES * 2:
            return None
        payload, _, sig = data.rpartition(":")
        if not payload or len(sig) != SIG_CHARS:
            return None
        # As bytes: compare_digest refuses non-ASCII str, and callback data is untrusted.
        given = sig.encode("utf-8", "surrogatepass")
        if not hmac.compare_digest(given, self._sig(user_id, payload).encode()):
            return None
        action, *args = payload.split(":")
        return Callback(action, tuple(args))
