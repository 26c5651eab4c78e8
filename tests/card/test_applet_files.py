"""SELECT, READ BINARY and GET CARD DATA of the card OS."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mock_services.smartcard.belpic import layout
from mock_services.smartcard.belpic.apdu import SW
from mock_services.smartcard.eid_card.cards import card_for
from tests.card.conftest import file_content, send, sw_of

if TYPE_CHECKING:
    from mock_services.smartcard.eid_card.applet import BelpicCard


def select_path(path: bytes) -> str:
    return f"00A4080C{len(path):02X}{path.hex()}"


def read_all(card: BelpicCard, path: bytes) -> bytes:
    assert sw_of(card, select_path(path)) == SW.OK
    content = b""
    while True:
        offset = len(content)
        data, sw = send(card, f"00B0{offset:04X}00")
        if sw >> 8 == 0x6C:
            data, sw = send(card, f"00B0{offset:04X}{sw & 0xFF:02X}")
            return content + data
        if sw == SW.WRONG_PARAMETERS:
            return content
        assert sw == SW.OK
        content += data


@pytest.mark.parametrize(
    "path",
    [layout.EF_DIR, layout.ODF, layout.CERT_AUTHENTICATION, layout.ID_FILE, layout.PHOTO],
)
def test_select_by_full_path_then_read_whole_file(card: BelpicCard, path: bytes) -> None:
    assert read_all(card, path) == file_content(card, path)


def test_select_by_path_without_the_mf(card: BelpicCard) -> None:
    assert sw_of(card, "00A4080C04DF005038") == SW.OK
    assert send(card, "00B0000004")[0] == file_content(card, layout.CERT_AUTHENTICATION)[:4]


def test_select_by_file_identifier_step_by_step(card: BelpicCard) -> None:
    """eid-mw's way: 3F00, DF01, 4031 with P1 02, then a sibling without the DF."""
    for fid in ("3F00", "DF01", "4031"):
        assert sw_of(card, f"00A4020C02{fid}") == SW.OK
    assert sw_of(card, "00A4020C024033") == SW.OK
    data, sw = send(card, "00B0000003")
    assert (data, sw) == (file_content(card, layout.ADDRESS_FILE)[:3], SW.OK)


def test_select_by_aid(card: BelpicCard) -> None:
    assert sw_of(card, f"00A4040C{len(layout.PKCS15_AID):02X}{layout.PKCS15_AID.hex()}") == SW.OK
    assert sw_of(card, "00A4020C025032") == SW.OK  # TokenInfo, a child of DF00
    assert sw_of(card, f"00A40400{len(layout.APPLET_AID):02X}{layout.APPLET_AID.hex()}") == SW.OK
    assert sw_of(card, "00A4020C025032") == SW.FILE_NOT_FOUND  # back at the MF


def test_select_relative_path_from_current_df(card: BelpicCard) -> None:
    assert sw_of(card, select_path(layout.DF_ID)) == SW.OK
    assert sw_of(card, "00A4090C024035") == SW.OK


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        ("00A4080C063F00DF00FFFF", SW.FILE_NOT_FOUND),
        ("00A4080C04DF02 4031", SW.FILE_NOT_FOUND),
        ("00A4040C03A00000", SW.FILE_NOT_FOUND),
        ("00A4080C033F00DF", SW.WRONG_LENGTH),
        ("00A4020C033F00DF", SW.WRONG_LENGTH),
        ("00A4080C", SW.WRONG_LENGTH),
        ("00A4030C023F00", SW.INCORRECT_P1_P2),
        ("00A40804023F00", SW.INCORRECT_P1_P2),
        ("00A4080C065038 3F00 DF00", SW.FILE_NOT_FOUND),
    ],
)
def test_select_errors(card: BelpicCard, apdu: str, sw: int) -> None:
    assert sw_of(card, apdu.replace(" ", "")) == sw


def test_failed_select_keeps_the_current_file(card: BelpicCard) -> None:
    assert sw_of(card, select_path(layout.ID_FILE)) == SW.OK
    assert sw_of(card, "00A4080C063F00DF00AAAA") == SW.FILE_NOT_FOUND
    assert send(card, "00B0000002")[0] == bytes.fromhex("010C")


def test_read_binary_at_and_past_the_end(card: BelpicCard) -> None:
    content = file_content(card, layout.ADDRESS_FILE)
    assert sw_of(card, select_path(layout.ADDRESS_FILE)) == SW.OK
    size = len(content)
    assert send(card, "00B0000000") == (b"", 0x6C00 | size)
    assert send(card, f"00B00000{size:02X}") == (content, SW.OK)
    assert send(card, "00B0000005") == (content[:5], SW.OK)
    assert send(card, f"00B0{size - 3:04X}00") == (b"", 0x6C03)
    assert sw_of(card, f"00B0{size:04X}01") == SW.WRONG_PARAMETERS
    assert sw_of(card, f"00B0{size + 100:04X}01") == SW.WRONG_PARAMETERS


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        ("00B00000", SW.WRONG_LENGTH),  # no Le
        ("00B000000111", SW.WRONG_LENGTH),  # data
        ("00B0800000", SW.INCORRECT_P1_P2),  # short file identifier
    ],
)
def test_read_binary_errors(card: BelpicCard, apdu: str, sw: int) -> None:
    assert sw_of(card, select_path(layout.ID_FILE)) == SW.OK
    assert sw_of(card, apdu) == sw


def test_read_binary_needs_a_selected_file(card: BelpicCard) -> None:
    assert sw_of(card, "00B0000010") == SW.COMMAND_NOT_ALLOWED_NO_CURRENT_EF
    assert sw_of(card, select_path(layout.DF_BELPIC)) == SW.OK
    assert sw_of(card, "00B0000010") == SW.COMMAND_NOT_ALLOWED_NO_CURRENT_EF


def test_get_card_data(card: BelpicCard) -> None:
    data, sw = send(card, "80E400001C")
    assert sw == SW.OK
    assert len(data) == 28
    assert data == card.image.card_data
    assert data[21] == layout.APPLET_VERSION  # 0x17: OpenSC then uses 2048-bit keys
    assert data[27] == 0x0F  # life cycle: issued


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        ("80E4000000", 0x6C1C),
        ("80E4000010", 0x6C1C),
        ("80E4000100", SW.INCORRECT_P1_P2),
        ("80E40000011C", SW.WRONG_LENGTH),
        ("00E400001C", SW.CLASS_NOT_SUPPORTED),
    ],
)
def test_get_card_data_errors(card: BelpicCard, apdu: str, sw: int) -> None:
    assert sw_of(card, apdu) == sw


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        ("00FF0000", SW.INSTRUCTION_NOT_SUPPORTED),
        ("0010000000", SW.INSTRUCTION_NOT_SUPPORTED),
        ("A0A4000002 3F00", SW.CLASS_NOT_SUPPORTED),
        ("80A4080C023F00", SW.CLASS_NOT_SUPPORTED),
        ("0CB0000000", SW.CLASS_NOT_SUPPORTED),
        ("00A4", SW.WRONG_LENGTH),
    ],
)
def test_unknown_instruction_and_wrong_class(card: BelpicCard, apdu: str, sw: int) -> None:
    assert sw_of(card, apdu.replace(" ", "")) == sw


def test_get_challenge_is_fixed_per_card_and_moves_on(card: BelpicCard) -> None:
    first, sw = send(card, "0084000008")
    assert sw == SW.OK
    assert len(first) == 8
    second = send(card, "0084000000")[0]
    assert len(second) == 256
    assert second[:8] != first
    assert send(card_of_same_person(), "0084000008")[0] == first


def card_of_same_person() -> BelpicCard:
    return card_for("an")


def test_power_cycle_forgets_the_selection(card: BelpicCard) -> None:
    assert sw_of(card, select_path(layout.ID_FILE)) == SW.OK
    card.power_off()
    card.power_on()
    assert sw_of(card, "00B0000001") == SW.COMMAND_NOT_ALLOWED_NO_CURRENT_EF
