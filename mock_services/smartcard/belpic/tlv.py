"""The TLV format of the BELPIC identity and address files.

Not ASN.1: a tag is one byte, a length is a run of bytes that are added up while they are
0xFF (so 300 is ``FF 2D``), the value follows. Tag 0 may only come first; a file may end in
zero padding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable


class TlvError(ValueError):
    pass


def encode_length(length: int) -> bytes:
    if length < 0:
        raise ValueError(f"a length cannot be negative: {length}")
    return b"\xff" * (length // 0xFF) + bytes((length % 0xFF,))


def encode(fields: Iterable[tuple[int, bytes]]) -> bytes:
    out = bytearray()
    for position, (tag, value) in enumerate(fields):
        if not 0 <= tag <= 0xFF:
            raise ValueError(f"a tag is one byte, not {tag:#x}")
        if tag == 0 and position:
            raise ValueError("tag 0 may only be the first field")
        out.append(tag)
        out += encode_length(len(value))
        out += value
    return bytes(out)


def decode(data: bytes) -> dict[int, bytes]:
    """The fields of ``data`` by tag; trailing zero padding is ignored."""
    fields: dict[int, bytes] = {}
    index = 0
    while index < len(data):
        tag = data[index]
        if tag == 0 and index:
            if any(data[index:]):
                raise TlvError(f"tag 0 at offset {index}: only the first field may have tag 0")
            break
        index += 1
        length = 0
        while True:
            if index >= len(data):
                raise TlvError(f"field {tag:#04x} has no complete length")
            part = data[index]
            index += 1
            length += part
            if part != 0xFF:
                break
        if index + length > len(data):
            raise TlvError(f"field {tag:#04x} needs {length} bytes, only {len(data) - index} left")
        if tag in fields:
            raise TlvError(f"field {tag:#04x} occurs twice")
        fields[tag] = data[index : index + length]
        index += length
    return fields
