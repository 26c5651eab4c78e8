"""The PIN block: how a PIN travels to the card, shared by the card and the software.

A PIN travels as an 8-byte ISO 9564 format 2 block (the "GLP" encoding): ``2N`` with N the
number of digits (4 to 12), the digits in BCD, the rest filled with F. ``1234`` is
``24 12 34 FF FF FF FF FF``.
"""

from __future__ import annotations

BLOCK_LENGTH = 8
MIN_DIGITS = 4
MAX_DIGITS = 12


class PinFormatError(ValueError):
    pass


def encode_pin_block(pin: str) -> bytes:
    if not (pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise PinFormatError(f"a PIN has {MIN_DIGITS} to {MAX_DIGITS} digits")
    nibbles = pin + "F" * (2 * BLOCK_LENGTH - 2 - len(pin))
    return bytes((0x20 | len(pin),)) + bytes.fromhex(nibbles)


def decode_pin_block(block: bytes) -> str:
    if len(block) != BLOCK_LENGTH:
        raise PinFormatError(f"a PIN block has {BLOCK_LENGTH} bytes, not {len(block)}")
    control, length = block[0] >> 4, block[0] & 0x0F
    if control != 2:
        raise PinFormatError(f"a PIN block starts with nibble 2, not {control:X}")
    if not MIN_DIGITS <= length <= MAX_DIGITS:
        raise PinFormatError(f"a PIN has {MIN_DIGITS} to {MAX_DIGITS} digits, not {length}")
    nibbles = block[1:].hex().upper()
    digits, filler = nibbles[:length], nibbles[length:]
    if not digits.isdigit() or set(filler) != {"F"}:
        raise PinFormatError("a PIN block holds BCD digits followed by F filler")
    return digits
