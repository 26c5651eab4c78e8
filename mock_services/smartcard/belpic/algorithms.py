"""The algorithm references of MSE SET (tag 80): how the software tells the card how to sign.

With 01 the card receives the whole DigestInfo; with 02 (SHA-1), 04 (MD5) and 08 (SHA-256)
the bare hash. The PSS references (10, 20) are not emulated.
"""

from __future__ import annotations

from enum import IntEnum


class Algorithm(IntEnum):
    """Algorithm references of MSE SET (tag 80)."""

    PKCS1 = 0x01
    PKCS1_SHA1 = 0x02
    PKCS1_MD5 = 0x04
    PKCS1_SHA256 = 0x08
