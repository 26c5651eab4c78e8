"""The registration office's rules without a browser: TOTP, token cards, the password
policy, activation links, the identity check and the free slots."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest

from mock_services.systems.csam.credentials import (
    PolicyError,
    UsernameTakenError,
    credentials,
    passwords,
    token_card,
    totp,
)
from mock_services.systems.registration_office.activation import LinkState, activation_links
from mock_services.systems.registration_office.appointments import BookingForm, DocumentType
from mock_services.systems.registration_office.email_codes import CodeCheck, email_codes
from mock_services.systems.registration_office.identity import check_identity
from mock_services.systems.registration_office.offices import OFFICES, office_slots
from mock_services.world import World, WorldSettings
from mock_services.world.people import person

RFC_6238_SECRET = base64.b32encode(b"12345678901234567890").decode()
"""The SHA-1 seed of RFC 6238's appendix B."""


@pytest.mark.parametrize(
    ("seconds", "eight_digits"),
    [
        (59, "94287082"),
        (1111111109, "07081804"),
        (1111111111, "14050471"),
        (1234567890, "89005924"),
        (2000000000, "69279037"),
        (20000000000, "65353130"),
    ],
)
def test_totp_matches_the_rfc_6238_sha1_vectors(seconds: int, eight_digits: str) -> None:
    # A 6-digit code is the same truncated value modulo 10**6: the vector's last six digits.
    instant = datetime.fromtimestamp(seconds, UTC)
    assert totp.code_at(RFC_6238_SECRET, instant) == eight_digits[-6:]


def test_totp_accepts_one_step_either_side_on_the_world_clock() -> None:
    world = World()
    secret = totp.new_secret(world)
    now = world.clock.now()
    for offset, accepted in ((-60, False), (-30, True), (0, True), (30, True), (60, False)):
        code = totp.code_at(secret, now + timedelta(seconds=offset))
        assert totp.verify(world, secret, code) is accepted, offset
    assert totp.current_code(world, secret) == totp.code_at(secret, now)
    assert not totp.verify(world, secret, "12345")
    assert not totp.verify(world, secret, "abcdef")


def test_totp_secret_and_uri() -> None:
    first, again = World(), World()
    secret = totp.new_secret(first)
    assert secret == totp.new_secret(again)
    assert len(base64.b32decode(secret)) == 20
    assert totp.provisioning_uri(secret, "fatima.ea") == (
        f"otpauth://totp/CSAM:fatima.ea?secret={secret}&issuer=CSAM"
    )


def test_token_card_has_24_distinct_numbered_codes() -> None:
    world = World()
    codes = token_card.new_card(world)
    assert len(codes) == 24
    assert len(set(codes)) == 24
    assert all(code.isdigit() and len(code) == 6 for code in codes)
    assert token_card.new_card(World()) == codes
    assert token_card.new_card(World(WorldSettings(seed=1))) != codes
    assert token_card.verify(codes, 7, codes[6])
    assert not token_card.verify(codes, 8, codes[6])
    assert not token_card.verify(codes, 25, codes[6])
    assert not token_card.verify(codes, 0, codes[0])
    assert 1 <= token_card.pick_number(world) <= 24


@pytest.mark.parametrize(
    ("password", "problems"),
    [
        ("", ["credentials.password.missing"]),
        ("Kort1!", ["credentials.password.too_short"]),
        ("alleenkleine1!", ["credentials.password.cases"]),
        ("GeenCijfers!!", ["credentials.password.digit"]),
        ("GeenTekens123", ["credentials.password.symbol"]),
        ("Fatima.ea2026!", ["credentials.password.contains_username"]),
        (
            "kort",
            [
                "credentials.password.too_short",
                "credentials.password.cases",
                "credentials.password.digit",
                "credentials.password.symbol",
            ],
        ),
        ("Zonnebloem-42", []),
    ],
)
def test_password_policy_names_every_problem(password: str, problems: list[str]) -> None:
    assert passwords.password_problems(password, "fatima.ea") == problems


@pytest.mark.parametrize("username", ["", "abc", "1fatima", "Fatima El", "f" * 21])
def test_username_policy(username: str) -> None:
    assert passwords.username_problems(username)


def test_credentials_keep_a_scrypt_hash_and_refuse_taken_usernames() -> None:
    world = World()
    store = credentials(world)
    fatima = store.register(person("fatima").national_number, "fatima.elamrani@example.be")
    with pytest.raises(PolicyError) as refused:
        store.set_login(world, fatima, "fatima.ea", "zwak")
    assert "credentials.password.too_short" in refused.value.problems
    assert not fatima.activated
    store.set_login(world, fatima, " Fatima.EA ", "Zonnebloem-42")
    assert fatima.username == "fatima.ea"
    assert b"Zonnebloem" not in fatima.password_hash
    assert len(fatima.password_hash) == 32
    assert fatima.password_matches("Zonnebloem-42")
    assert not fatima.password_matches("zonnebloem-42")
    assert store.by_username("FATIMA.EA") is fatima
    an = store.register(person("an").national_number, "an.peeters@example.be")
    with pytest.raises(UsernameTakenError):
        store.set_login(world, an, "fatima.ea", "Andere-sleutel7")
    for _ in range(5):
        fatima.record_failure()
    assert fatima.locked
    assert fatima.attempts_left == 0
    world.reset()
    assert credentials(world).by_username("fatima.ea") is None


def test_activation_links_are_single_use_and_expire_after_seven_days() -> None:
    world = World()
    links = activation_links(world)
    link = links.issue(world, "93100815466")
    assert links.state(world, link.token) == (LinkState.VALID, link)
    assert links.state(world, "nope")[0] is LinkState.UNKNOWN
    world.clock.advance(timedelta(days=7) - timedelta(seconds=1))
    assert links.state(world, link.token)[0] is LinkState.VALID
    world.clock.advance(timedelta(seconds=1))
    assert links.state(world, link.token)[0] is LinkState.EXPIRED
    fresh = links.issue(world, "93100815466")
    links.use(fresh)
    assert links.state(world, fresh.token)[0] is LinkState.USED


def test_a_new_link_replaces_the_unused_one() -> None:
    world = World()
    links = activation_links(world)
    first = links.issue(world, "93100815466")
    second = links.issue(world, "93100815466")
    assert first.token != second.token
    assert links.state(world, first.token)[0] is LinkState.USED
    assert links.state(world, second.token)[0] is LinkState.VALID


def test_email_codes_are_single_use_and_valid_ten_minutes() -> None:
    world = World()
    codes = email_codes(world)
    code = codes.issue(world, "x")
    assert codes.check(world, "x", "000000" if code != "000000" else "111111") is CodeCheck.WRONG
    assert codes.check(world, "x", code) is CodeCheck.OK
    assert codes.check(world, "x", code) is CodeCheck.NONE
    late = codes.issue(world, "x")
    world.clock.advance(timedelta(minutes=10))
    assert codes.check(world, "x", late) is CodeCheck.EXPIRED


def test_identity_check_against_the_person_registry() -> None:
    fatima = person("fatima")
    ok = check_identity("fatima el amrani", DocumentType.PASSPORT, "en 284613")
    assert ok.person == fatima
    assert check_identity("Fatima El Amrani", DocumentType.EID, "592-7890123-45").person == fatima
    assert check_identity("An Peeters", DocumentType.PASSPORT, "EN284613").problem == (
        "console.identity.mismatch"
    )
    assert check_identity("Fatima El Amrani", DocumentType.PASSPORT, "EN000000").problem == (
        "console.identity.unknown_document"
    )
    chloe = person("chloe")  # her card expired
    assert check_identity(chloe.full_name, DocumentType.EID, chloe.card_number).problem == (
        "console.identity.card_not_valid"
    )


def test_booking_form_errors() -> None:
    assert BookingForm("Fatima El Amrani", "f@example.be", "passport", "EN284613").errors() == {}
    errors = BookingForm("Fatima", "f@", "passport", "123").errors()
    assert errors == {
        "name": "registration_office.form.errors.name",
        "email": "registration_office.form.errors.email_invalid",
        "document_number": "registration_office.form.errors.number_passport",
    }
    assert BookingForm("A B", "a@b.be", "", "").errors() == {
        "document_type": "registration_office.form.errors.document_type"
    }
    assert BookingForm("A B", "a@b.be", "eid", "12345").errors() == {
        "document_number": "registration_office.form.errors.number_eid"
    }


def test_free_slots_start_tomorrow_on_office_days() -> None:
    world = World()  # Monday 2 March 2026, 09:30 in Brussels
    slots = office_slots(world, OFFICES["leuven"])  # Tuesdays and Thursdays, 9:00-12:00
    assert slots[0].isoformat() == "2026-03-03T09:00:00+01:00"
    assert {slot.weekday() for slot in slots} == {1, 3}
    assert len(slots) == 4 * 6  # two weeks ahead: four days of six half hours
    world.clock.advance(timedelta(days=1))
    assert office_slots(world, OFFICES["leuven"])[0].isoformat() == "2026-03-05T09:00:00+01:00"
