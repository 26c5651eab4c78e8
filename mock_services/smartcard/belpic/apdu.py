"""Command and response APDUs (ISO 7816-4, short lengths) and the status words of the card.

The card parses every command with :meth:`CommandApdu.parse`; the eID middleware builds its
commands with :meth:`CommandApdu.to_bytes`, so both sides agree on the encoding.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class SW(IntEnum):
    """Status words the card answers (SW1 SW2 as one number)."""

    OK = 0x9000
    WRONG_LENGTH = 0x6700
    SECURITY_STATUS_NOT_SATISFIED = 0x6982
    AUTHENTICATION_METHOD_BLOCKED = 0x6983
    CONDITIONS_OF_USE_NOT_SATISFIED = 0x6985
    COMMAND_NOT_ALLOWED_NO_CURRENT_EF = 0x6986
    WRONG_DATA = 0x6A80
    FILE_NOT_FOUND = 0x6A82
    INCORRECT_P1_P2 = 0x6A86
    REFERENCED_DATA_NOT_FOUND = 0x6A88
    WRONG_PARAMETERS = 0x6B00
    INSTRUCTION_NOT_SUPPORTED = 0x6D00
    CLASS_NOT_SUPPORTED = 0x6E00
    NO_PRECISE_DIAGNOSIS = 0x6F00


def bytes_available(count: int) -> int:
    """61xx: ``count`` response bytes wait for GET RESPONSE (00 stands for 256)."""
    return 0x6100 | (count & 0xFF)


def wrong_le(available: int) -> int:
    """6Cxx: wrong Le, ``available`` bytes are there (00 stands for 256)."""
    return 0x6C00 | (available & 0xFF)


def wrong_pin(tries_left: int) -> int:
    """63Cx: verification failed, ``tries_left`` tries remain."""
    return 0x63C0 | tries_left


def is_valid_status_word(sw: int) -> bool:
    """Whether ``sw`` is a status word ISO 7816-4 allows (9000, or SW1 in 61..6F)."""
    return sw == SW.OK or 0x61 <= sw >> 8 <= 0x6F


class CardError(Exception):
    """A command failed; the card answers ``sw`` and nothing else."""

    def __init__(self, sw: int, reason: str = "") -> None:
        super().__init__(f"{sw:04X}" + (f": {reason}" if reason else ""))
        self.sw = sw
        self.reason = reason


@dataclass(frozen=True)
class CommandApdu:
    """A command APDU. ``le`` is the expected response length (1..256), None when absent."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    def __post_init__(self) -> None:
        for name in ("cla", "ins", "p1", "p2"):
            value = getattr(self, name)
            if not 0 <= value <= 0xFF:
                raise ValueError(f"{name} must be one byte, not {value:#x}")
        if len(self.data) > 255:
            raise ValueError(f"a short APDU carries at most 255 data bytes, not {len(self.data)}")
        if self.le is not None and not 1 <= self.le <= 256:
            raise ValueError(f"Le must be between 1 and 256, not {self.le}")

    @property
    def p1p2(self) -> int:
        return self.p1 << 8 | self.p2

    @classmethod
    def parse(cls, raw: bytes) -> CommandApdu:
        """Read a short APDU (cases 1 to 4); anything else is a wrong length (6700)."""
        if len(raw) < 4:
            raise CardError(SW.WRONG_LENGTH, f"an APDU has at least 4 bytes, not {len(raw)}")
        cla, ins, p1, p2 = raw[:4]
        body = raw[4:]
        if not body:
            return cls(cla, ins, p1, p2)
        if len(body) == 1:
            return cls(cla, ins, p1, p2, le=body[0] or 256)
        lc = body[0]
        if lc == 0:
            raise CardError(SW.WRONG_LENGTH, "extended length APDUs are not supported")
        if len(body) == 1 + lc:
            return cls(cla, ins, p1, p2, data=bytes(body[1:]))
        if len(body) == 2 + lc:
            return cls(cla, ins, p1, p2, data=bytes(body[1:-1]), le=body[-1] or 256)
        raise CardError(SW.WRONG_LENGTH, f"Lc {lc} does not match the {len(body) - 1} bytes sent")

    def to_bytes(self) -> bytes:
        out = bytearray((self.cla, self.ins, self.p1, self.p2))
        if self.data:
            out += bytes((len(self.data),)) + self.data
        if self.le is not None:
            out.append(self.le & 0xFF)
        return bytes(out)


def response(data: bytes = b"", sw: int = SW.OK) -> bytes:
    """A response APDU: data followed by SW1 SW2."""
    return data + sw.to_bytes(2, "big")
