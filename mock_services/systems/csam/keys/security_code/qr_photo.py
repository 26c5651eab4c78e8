"""Reading the QR code in a photo the phone's camera took, as an authenticator app does.

The camera hands the app a picture (a file input with ``capture``, as on a phone's browser);
the app finds the QR code in it with ZXing and reads the ``otpauth://`` URI it holds.
"""

from __future__ import annotations

import io
from enum import StrEnum

import zxingcpp
from PIL import Image, UnidentifiedImageError

from mock_services.systems.csam.keys.security_code.authenticator_devices import AppAccount

MAX_PHOTO_BYTES = 8 * 1024 * 1024
OTPAUTH_TOTP = "otpauth://totp/"


class ScanProblem(StrEnum):
    """Why a photo gave no account (``csam.authenticator.scan.<problem>`` in the catalogue)."""

    NO_PHOTO = "no_photo"
    NOT_A_PICTURE = "not_a_picture"
    NO_QR_CODE = "no_qr_code"
    NOT_A_KEY = "not_a_key"


class ScanError(Exception):
    def __init__(self, problem: ScanProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def read_account(photo: bytes) -> AppAccount:
    """The authenticator account whose QR code is in ``photo``, or ScanError."""
    if not photo or len(photo) > MAX_PHOTO_BYTES:
        raise ScanError(ScanProblem.NO_PHOTO)
    try:
        with Image.open(io.BytesIO(photo)) as opened:
            picture = opened.convert("L")
    except (UnidentifiedImageError, OSError, ValueError):
        raise ScanError(ScanProblem.NOT_A_PICTURE) from None
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    found = zxingcpp.read_barcodes(picture, formats=qr_only)
    if not found:
        raise ScanError(ScanProblem.NO_QR_CODE)
    text = found[0].text
    if not text.startswith(OTPAUTH_TOTP):
        raise ScanError(ScanProblem.NOT_A_KEY)
    try:
        return AppAccount.from_uri(text)
    except (ValueError, TypeError):
        raise ScanError(ScanProblem.NOT_A_KEY) from None
