"""The authenticator app on the phone: it reads the QR code in a photo of the activation page
and shows the codes of what it scanned, not of CSAM's copy of the secret."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta

import pytest
import requests
import segno
from PIL import Image

from mock_services.systems.csam.credentials import Account, credentials, totp
from mock_services.systems.csam.keys.security_code.authenticator_devices import AppAccount
from mock_services.systems.csam.keys.security_code.qr_photo import (
    ScanError,
    ScanProblem,
    read_account,
)
from mock_services.world import World
from mock_services.world.people import person

USERNAME = "fatima.elamrani"


def qr_photo(text: str, scale: int = 4) -> bytes:
    """A PNG of the QR code of ``text``, as a camera would see it on a screen."""
    picture = io.BytesIO()
    segno.make(text, error="m").save(picture, kind="png", scale=scale, dark="#1d2330")
    return picture.getvalue()


@pytest.fixture
def pending(world: World) -> Account:
    """Fatima's account with a mobile-app key waiting for its first code."""
    store = credentials(world)
    account = store.register(person("fatima").national_number, "fatima.elamrani@example.be")
    store.set_login(world, account, USERNAME, "Zonnebloem-42")
    store.start_totp(world, account)
    return account


@pytest.fixture
def phone() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def test_a_photo_of_the_qr_code_gives_the_key_it_holds(pending: Account) -> None:
    uri = totp.provisioning_uri(pending.totp_secret, USERNAME)
    scanned = read_account(qr_photo(uri))
    assert scanned == AppAccount.from_uri(uri)
    assert (scanned.issuer, scanned.name, scanned.period) == ("CSAM", USERNAME, 30)


@pytest.mark.parametrize(
    ("photo", "problem"),
    [
        (b"", ScanProblem.NO_PHOTO),
        (b"not a picture", ScanProblem.NOT_A_PICTURE),
        (b"\x89PNG\r\n\x1a\n broken", ScanProblem.NOT_A_PICTURE),
        (qr_photo("https://example.be/digitale-sleutels"), ScanProblem.NOT_A_KEY),
        (
            qr_photo("otpauth://hotp/CSAM:fatima?secret=JBSWY3DPEHPK3PXPJBSWY3DP"),
            ScanProblem.NOT_A_KEY,
        ),
        (qr_photo("otpauth://totp/CSAM:fatima?secret=!!"), ScanProblem.NOT_A_KEY),
    ],
)
def test_a_photo_without_a_key_is_refused_with_its_reason(
    photo: bytes, problem: ScanProblem
) -> None:
    with pytest.raises(ScanError) as refused:
        read_account(photo)
    assert refused.value.problem is problem


def test_a_photo_without_a_qr_code_is_refused() -> None:
    blank = io.BytesIO()
    Image.new("RGB", (320, 240), "white").save(blank, format="PNG")
    with pytest.raises(ScanError) as refused:
        read_account(blank.getvalue())
    assert refused.value.problem is ScanProblem.NO_QR_CODE


def test_scanning_adds_the_account_and_the_app_shows_its_codes(
    world: World, phone: requests.Session, pending: Account
) -> None:
    app = world.url("csam", "/authenticator")
    assert 'data-screen="csam-authenticator-empty"' in phone.get(app, timeout=5).text
    uri = totp.provisioning_uri(pending.totp_secret, USERNAME)
    added = phone.post(
        world.url("csam", "/authenticator/scannen"),
        files={"photo": ("qr.png", qr_photo(uri), "image/png")},
        allow_redirects=False,
        timeout=5,
    )
    assert added.status_code == 302
    assert added.headers["Location"].endswith("/authenticator")
    cookie = added.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "Path=/authenticator" in cookie
    code = totp.current_code(world, pending.totp_secret)
    shown = phone.get(app, timeout=5).text
    assert USERNAME in shown
    assert f"{code[:3]} {code[3:]}" in shown
    world.clock.advance(timedelta(seconds=totp.STEP_SECONDS))
    later = totp.current_code(world, pending.totp_secret)
    assert f"{later[:3]} {later[3:]}" in phone.get(app, timeout=5).text


def test_a_new_qr_code_for_the_same_account_replaces_the_old_key(
    world: World, phone: requests.Session, pending: Account
) -> None:
    scan = world.url("csam", "/authenticator/scannen")
    first = totp.provisioning_uri(pending.totp_secret, USERNAME)
    phone.post(scan, files={"photo": ("qr.png", qr_photo(first), "image/png")}, timeout=5)
    newer = credentials(world).start_totp(world, pending)
    again = totp.provisioning_uri(newer, USERNAME)
    shown = phone.post(scan, files={"photo": ("qr.png", qr_photo(again), "image/png")}, timeout=5)
    assert shown.text.count('data-screen="csam-authenticator"') == 1
    code = totp.current_code(world, newer)
    assert f"{code[:3]} {code[3:]}" in shown.text


def test_a_photo_without_a_qr_code_says_so_and_adds_nothing(
    world: World, phone: requests.Session
) -> None:
    refused = phone.post(
        world.url("csam", "/authenticator/scannen"),
        files={"photo": ("photo.png", b"not a picture", "image/png")},
        timeout=5,
    )
    assert refused.status_code == 400
    assert "Deze foto kan niet gelezen worden" in refused.text
    assert "Set-Cookie" not in refused.headers
    nothing = phone.post(world.url("csam", "/authenticator/scannen"), timeout=5)
    assert nothing.status_code == 400
    assert "Neem eerst een foto van de QR-code" in nothing.text
    app = phone.get(world.url("csam", "/authenticator"), timeout=5)
    assert 'data-screen="csam-authenticator-empty"' in app.text
