"""From the appointment to activated keys, over HTTP as a browser does it, with the e-mails
read from the mailbox through the control API."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
import requests
from pypdf import PdfReader

from mock_services.systems.csam.credentials import Account, credentials, totp
from mock_services.world import World
from mock_services.world.faults import Fault
from mock_services.world.people import person
from tests.mail.conftest import messages, queued

FATIMA = "fatima.elamrani@example.be"
PASSWORD = "Zonnebloem-42"


@pytest.fixture
def browser() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def _book(world: World, browser: requests.Session, **fields: str) -> requests.Response:
    slots = browser.get(world.url("registration_office", "/kantoren/fod-bosa/"), timeout=5)
    first = re.search(r'href="(/kantoren/fod-bosa/afspraak\?slot=[^"]+)"', slots.text)
    assert first is not None, slots.text
    form = browser.get(world.url("registration_office", first.group(1)), timeout=5)
    slot = re.search(r'name="slot" value="([^"]+)"', form.text)
    assert slot is not None
    data = {
        "slot": slot.group(1),
        "name": "Fatima El Amrani",
        "email": FATIMA,
        "document_type": "passport",
        "document_number": "EN284613",
    } | fields
    return browser.post(
        world.url("registration_office", "/kantoren/fod-bosa/afspraak"), data=data, timeout=5
    )


def _reference(page: requests.Response) -> str:
    found = re.search(r'data-anchor="reference">(RK-[A-Z0-9]+)<', page.text)
    assert found is not None, page.text
    return found.group(1)


def _create_keys(world: World, browser: requests.Session, reference: str) -> requests.Response:
    console = world.url("office_console", f"/afspraken/{reference}")
    checked = browser.post(
        console + "/identiteit",
        data={"document_type": "passport", "document_number": "EN 284613"},
        timeout=5,
    )
    assert "Identiteit gecontroleerd" in checked.text
    assert "93.10.08-154." in checked.text
    return browser.post(console + "/sleutels", data={"email": FATIMA}, timeout=5)


def _activation_link(world: World) -> str:
    mail = [m for m in messages(world, FATIMA) if m["subject"] == "Activeer je digitale sleutels"]
    assert len(mail) == 1
    [link] = mail[0]["links"]
    return str(link)


def _choose_login(world: World, browser: requests.Session, link: str) -> Account:
    keys = browser.post(
        link,
        data={"username": "fatima.ea", "password": PASSWORD, "password_repeat": PASSWORD},
        timeout=5,
    )
    assert "Je gebruikersnaam is fatima.ea." in keys.text
    account = credentials(world).by_username("fatima.ea")
    assert account is not None
    return account


@pytest.fixture
def activated(world: World, browser: requests.Session) -> Account:
    """Fatima's account, with username and password chosen in ``browser``."""
    _create_keys(world, browser, _reference(_book(world, browser)))
    return _choose_login(world, browser, _activation_link(world))


def test_appointment_identity_check_and_login(world: World, browser: requests.Session) -> None:
    booked = _book(world, browser)
    assert booked.status_code == 200
    assert "Je afspraak is bevestigd" in booked.text
    reference = _reference(booked)
    [confirmation] = messages(world, FATIMA)
    assert confirmation["subject"] == "Bevestiging van je afspraak bij FOD BOSA"
    assert reference in confirmation["text"]
    assert "op 03-03-2026 om 09:00" in confirmation["text"]

    listing = browser.get(world.url("office_console", "/"), timeout=5)
    assert reference in listing.text
    found = browser.get(
        world.url("office_console", "/zoeken"), params={"referentie": reference.lower()}, timeout=5
    )
    assert found.url.endswith(f"/afspraken/{reference}")
    created = _create_keys(world, browser, reference)
    assert "De activatie-e-mail is verstuurd naar fatima.elamrani@example.be." in created.text

    link = _activation_link(world)
    assert link.startswith(world.url("registration_office", "/activeren/"))
    form = browser.get(link, timeout=5)
    assert "Kies je gebruikersnaam en wachtwoord" in form.text
    assert "minstens 10 tekens hebben" in form.text
    account = _choose_login(world, browser, link)
    assert account.national_number == person("fatima").national_number
    assert account.email == FATIMA
    assert account.password_matches(PASSWORD)

    reused = browser.get(link, timeout=5)
    assert reused.status_code == 410
    assert "Deze activatielink werd al gebruikt" in reused.text


def test_the_email_key_is_confirmed_by_a_first_code(
    world: World, browser: requests.Session, activated: Account
) -> None:
    sent = browser.post(world.url("registration_office", "/sleutels/email"), timeout=5)
    assert "We stuurden een beveiligingscode van 6 cijfers" in sent.text
    code_mail = messages(world, FATIMA)[-1]
    assert code_mail["subject"] == "Je beveiligingscode"
    code = re.search(r"\b(\d{6})\b", code_mail["text"])
    assert code is not None
    confirm = world.url("registration_office", "/sleutels/email/bevestigen")
    wrong = browser.post(confirm, data={"code": "999999" if code[1] != "999999" else "0"})
    assert wrong.status_code == 400
    assert "Deze code is niet juist" in wrong.text
    done = browser.post(confirm, data={"code": code[1]}, timeout=5)
    assert "Je beveiligingscode via e-mail is geactiveerd." in done.text
    assert activated.email_code_active


def test_the_mobile_app_is_confirmed_by_its_current_code(
    world: World, browser: requests.Session, activated: Account
) -> None:
    app = browser.get(world.url("registration_office", "/sleutels/app"), timeout=5)
    assert "<svg" in app.text
    secret = activated.totp_secret
    assert secret
    stale = totp.code_at(secret, world.clock.now() - timedelta(minutes=2))
    refused = browser.post(world.url("registration_office", "/sleutels/app"), data={"code": stale})
    assert refused.status_code == 400
    assert "Deze code is niet juist of niet meer geldig" in refused.text
    world.clock.advance(timedelta(seconds=20))
    current = totp.current_code(world, secret)
    ok = browser.post(world.url("registration_office", "/sleutels/app"), data={"code": current})
    assert "Je beveiligingscode via mobiele app is geactiveerd." in ok.text
    assert activated.totp_active
    assert activated.totp_secret == secret


def test_the_token_card_is_shown_and_downloadable_as_pdf(
    world: World, browser: requests.Session, activated: Account
) -> None:
    card = browser.get(world.url("registration_office", "/sleutels/token"), timeout=5)
    assert len(activated.token_codes) == 24
    assert all(code in card.text for code in activated.token_codes)
    pdf = browser.get(world.url("registration_office", "/sleutels/tokenkaart.pdf"), timeout=5)
    assert pdf.headers["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Fatima El Amrani" in text
    assert activated.token_codes[23] in text
    again = browser.get(world.url("registration_office", "/sleutels/tokenkaart.pdf"), timeout=5)
    assert again.content == pdf.content


def test_activation_link_expires_after_seven_days(world: World, browser: requests.Session) -> None:
    _create_keys(world, browser, _reference(_book(world, browser)))
    link = _activation_link(world)
    world.clock.advance(timedelta(days=7))
    expired = browser.get(link, timeout=5)
    assert expired.status_code == 410
    assert "Deze activatielink is verlopen" in expired.text
    posted = browser.post(link, data={"username": "fatima.ea", "password": PASSWORD}, timeout=5)
    assert posted.status_code == 410
    assert credentials(world).by_username("fatima.ea") is None


def test_password_policy_errors_are_listed_and_nothing_is_kept(
    world: World, browser: requests.Session
) -> None:
    _create_keys(world, browser, _reference(_book(world, browser)))
    link = _activation_link(world)
    weak = browser.post(
        link, data={"username": "fatima.ea", "password": "kort", "password_repeat": "kort"}
    )
    assert weak.status_code == 400
    for error in ("te kort", "hoofdletters en kleine letters", "één cijfer", "ander teken"):
        assert error in weak.text
    assert 'value="fatima.ea"' in weak.text
    mismatch = browser.post(
        link, data={"username": "fatima.ea", "password": PASSWORD, "password_repeat": "x"}
    )
    assert "De twee wachtwoorden zijn niet gelijk" in mismatch.text
    assert browser.get(link, timeout=5).status_code == 200  # still usable
    assert browser.get(world.url("registration_office", "/sleutels/"), timeout=5).status_code == 403


def test_an_identity_document_of_someone_else_is_refused(
    world: World, browser: requests.Session
) -> None:
    reference = _reference(_book(world, browser, name="An Peeters", email="an@example.be"))
    console = world.url("office_console", f"/afspraken/{reference}")
    refused = browser.post(
        console + "/identiteit", data={"document_type": "passport", "document_number": "EN284613"}
    )
    assert refused.status_code == 400
    assert "Dit identiteitsdocument hoort niet bij An Peeters" in refused.text
    unknown = browser.post(
        console + "/identiteit", data={"document_type": "eid", "document_number": "592000000000"}
    )
    assert "Geen enkel identiteitsdocument in het Rijksregister heeft dit nummer" in unknown.text
    keys = browser.post(console + "/sleutels", data={"email": "an@example.be"}, timeout=5)
    assert "Te controleren" in keys.text
    assert credentials(world).get(person("an").national_number) is None


def test_booking_errors_and_a_taken_slot(world: World, browser: requests.Session) -> None:
    bad = _book(world, browser, name="Fatima", document_number="12")
    assert bad.status_code == 400
    assert "Vul je voornaam en je naam in" in bad.text
    assert "2 letters en 6 cijfers" in bad.text
    assert messages(world, FATIMA) == []
    first = _book(world, browser)
    assert first.status_code == 200
    slots = browser.get(world.url("registration_office", "/kantoren/fod-bosa/"), timeout=5)
    assert "slot=2026-03-03T09:00" not in slots.text
    gone = browser.get(
        world.url("registration_office", "/kantoren/fod-bosa/afspraak"),
        params={"slot": "2026-03-03T09:00"},
        timeout=5,
    )
    assert gone.status_code == 409
    assert "Dit moment is niet meer vrij" in gone.text


def test_activation_mail_waits_while_smtp_is_down(world: World, browser: requests.Session) -> None:
    reference = _reference(_book(world, browser))
    world.faults.set("mail", Fault.DOWN)
    created = _create_keys(world, browser, reference)
    assert "De e-mail kon niet worden verzonden; we proberen het opnieuw." in created.text
    assert queued(world) == 1
    world.faults.set("mail", None)
    assert queued(world) == 0
    assert _activation_link(world)


def test_the_mobile_app_keeps_its_qr_code_until_confirmed(
    world: World, browser: requests.Session, activated: Account
) -> None:
    app = world.url("registration_office", "/sleutels/app")
    first = browser.get(app, timeout=5)
    secret = activated.totp_secret
    again = browser.get(app, timeout=5)
    assert activated.totp_secret == secret
    assert again.text == first.text
    code = totp.current_code(world, secret)
    browser.post(app, data={"code": code}, timeout=5)
    assert activated.totp_active
    shown_again = browser.get(app, allow_redirects=False, timeout=5)
    assert shown_again.status_code == 302
    assert shown_again.headers["Location"].endswith("/sleutels/")
    refused = browser.post(app, data={"code": code}, allow_redirects=True, timeout=5)
    assert "Je digitale sleutels" in refused.text
    assert activated.totp_secret == secret
