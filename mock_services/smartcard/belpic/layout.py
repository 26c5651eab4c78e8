"""Where things are on a Belgian eID card (BELPIC applet v1.7): files, AIDs, key and PIN references.

Paths are absolute, from the master file 3F00, as middleware selects them
(``00 A4 08 0C`` + path).
"""

from __future__ import annotations

from enum import IntEnum

# The answer to reset of BELPIC applet v1.1 to v1.7 cards (T=0); OpenSC and the official
# middleware recognise the card by it.
ATR = bytes.fromhex("3B 98 13 40 0A A5 03 01 01 01 AD 13 11")

# AID of the BELPIC JavaCard applet (selecting it resets the file selection to the MF) and
# of the PKCS#15 application in DF00.
APPLET_AID = bytes.fromhex("A0 00 00 00 30 29 05 70 00 AD 13 10 01 01 FF")
PKCS15_AID = bytes.fromhex("A0 00 00 01 77 50 4B 43 53 2D 31 35")
PKCS15_LABEL = "BELPIC"

MF = bytes.fromhex("3F00")
EF_DIR = bytes.fromhex("3F002F00")

# DF00: the PKCS#15 application with keys and certificates.
DF_BELPIC = bytes.fromhex("3F00DF00")
ODF = DF_BELPIC + bytes.fromhex("5031")
TOKEN_INFO = DF_BELPIC + bytes.fromhex("5032")
AODF = DF_BELPIC + bytes.fromhex("5034")
PRKDF = DF_BELPIC + bytes.fromhex("5035")
CDF = DF_BELPIC + bytes.fromhex("5037")
CERT_AUTHENTICATION = DF_BELPIC + bytes.fromhex("5038")
CERT_SIGNATURE = DF_BELPIC + bytes.fromhex("5039")
CERT_CA = DF_BELPIC + bytes.fromhex("503A")
CERT_ROOT = DF_BELPIC + bytes.fromhex("503B")
CERT_RRN = DF_BELPIC + bytes.fromhex("503C")

# DF01: the identity files, signed by the national register (RRN).
DF_ID = bytes.fromhex("3F00DF01")
ID_FILE = DF_ID + bytes.fromhex("4031")
ID_SIGNATURE = DF_ID + bytes.fromhex("4032")
ADDRESS_FILE = DF_ID + bytes.fromhex("4033")
ADDRESS_SIGNATURE = DF_ID + bytes.fromhex("4034")
PHOTO = DF_ID + bytes.fromhex("4035")


class KeyReference(IntEnum):
    """Private key references for MSE SET (tag 84)."""

    AUTHENTICATION = 0x82
    NON_REPUDIATION = 0x83


PIN_REFERENCE = 0x01  # the one PIN of the card (VERIFY P2)
PIN_TRIES = 3
RSA_BITS = 2048

# GET CARD DATA answers 28 bytes; byte 21 is the applet version (0x17 = v1.7, RSA 2048).
CARD_DATA_LENGTH = 0x1C
APPLET_VERSION = 0x17


def path_text(path: bytes) -> str:
    """``3F00DF005038`` -> ``3F00/DF00/5038``, for messages."""
    return "/".join(path[i : i + 2].hex().upper() for i in range(0, len(path), 2))
