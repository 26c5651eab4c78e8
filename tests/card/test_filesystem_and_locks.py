from __future__ import annotations

import pytest

from mock_services.smartcard.eid_card.filesystem import DedicatedFile, ElementaryFile, FileSystem
from mock_services.smartcard.pcsc_host.locks import FileLock

FILES = {
    bytes.fromhex("3F002F00"): b"dir",
    bytes.fromhex("3F00DF005031"): b"odf",
    bytes.fromhex("3F00DF01AAAA4031"): b"deep",
}


def test_tree_from_paths() -> None:
    files = FileSystem(FILES, aids={bytes.fromhex("3F00DF00"): b"AID"})
    df00 = files.by_aid(b"AID")
    assert isinstance(df00, DedicatedFile)
    assert df00.path == bytes.fromhex("3F00DF00")
    found = files.walk(files.mf, bytes.fromhex("DF01AAAA4031"))
    assert isinstance(found, ElementaryFile)
    assert found.content == b"deep"
    assert found.parent == bytes.fromhex("3F00DF01AAAA")
    assert files.walk(files.mf, bytes.fromhex("2F004031")) is None  # through an EF
    assert files.walk(files.mf, b"\x2f") is None
    assert files.by_aid(b"nope") is None
    assert len(files.elementary_files()) == 3


@pytest.mark.parametrize(
    ("files", "aids", "message"),
    [
        ({bytes.fromhex("2F00"): b""}, {}, "absolute path"),
        ({bytes.fromhex("3F00"): b""}, {}, "absolute path"),
        ({bytes.fromhex("3F002F00"): b"", bytes.fromhex("3F002F001111"): b""}, {}, "is a file"),
        ({bytes.fromhex("3F002F00"): b""}, {bytes.fromhex("3F00DF09"): b"x"}, "AIDs for"),
    ],
)
def test_bad_trees(files: dict[bytes, bytes], aids: dict[bytes, bytes], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FileSystem(files, aids)


def test_exclusive_lock_waits_then_times_out() -> None:
    first, second = FileLock("test-lock"), FileLock("test-lock")
    assert first.acquire(timeout=0)
    assert not second.acquire(timeout=0)
    assert not second.acquire(timeout=0.05)
    first.release()
    assert second.acquire(timeout=1)
    second.release()


def test_shared_locks_coexist() -> None:
    one, two = FileLock("test-shared", shared=True), FileLock("test-shared", shared=True)
    exclusive = FileLock("test-shared")
    assert one.acquire(timeout=0)
    assert two.acquire(timeout=0)
    assert not exclusive.acquire(timeout=0)
    one.release()
    two.release()
    assert exclusive.acquire(timeout=0)
    exclusive.release()
