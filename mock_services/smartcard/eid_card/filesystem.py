"""The card's file tree: dedicated files (folders) and transparent elementary files.

Only lookups live here; which file is selected is the applet's session state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mock_services.smartcard.belpic.layout import MF, path_text

if TYPE_CHECKING:
    from collections.abc import Mapping

FID_LENGTH = 2


@dataclass(frozen=True)
class ElementaryFile:
    path: bytes
    content: bytes

    @property
    def parent(self) -> bytes:
        return self.path[:-FID_LENGTH]


@dataclass(frozen=True)
class DedicatedFile:
    path: bytes
    aid: bytes | None = None
    children: dict[bytes, ElementaryFile | DedicatedFile] = field(default_factory=dict)

    @property
    def parent(self) -> bytes:
        return self.path[:-FID_LENGTH] or self.path


File = ElementaryFile | DedicatedFile


class FileSystem:
    """A tree built from absolute paths (``3F00DF005038`` -> content)."""

    def __init__(self, files: Mapping[bytes, bytes], aids: Mapping[bytes, bytes]) -> None:
        self._by_path: dict[bytes, File] = {}
        self._by_aid: dict[bytes, DedicatedFile] = {}
        self.mf = self._dedicated(MF, aids)
        for path, content in files.items():
            if len(path) < 2 * FID_LENGTH or len(path) % FID_LENGTH or not path.startswith(MF):
                raise ValueError(f"{path.hex()} is not an absolute path below 3F00")
            parent = self.mf
            for depth in range(2 * FID_LENGTH, len(path), FID_LENGTH):
                parent = self._child_folder(parent, path[:depth], aids)
            if path in self._by_path:
                raise ValueError(f"two files at {path_text(path)}")
            leaf = ElementaryFile(path, content)
            parent.children[path[-FID_LENGTH:]] = leaf
            self._by_path[path] = leaf
        unused = set(aids) - set(self._by_path) - {MF}
        if unused:
            raise ValueError(
                f"AIDs for folders that hold no file: {sorted(map(path_text, unused))}"
            )

    def _dedicated(self, path: bytes, aids: Mapping[bytes, bytes]) -> DedicatedFile:
        folder = DedicatedFile(path, aids.get(path))
        self._by_path[path] = folder
        if folder.aid is not None:
            self._by_aid[folder.aid] = folder
        return folder

    def _child_folder(
        self, parent: DedicatedFile, path: bytes, aids: Mapping[bytes, bytes]
    ) -> DedicatedFile:
        existing = self._by_path.get(path)
        if isinstance(existing, DedicatedFile):
            return existing
        if existing is not None:
            raise ValueError(f"{path_text(path)} is a file, it cannot hold files")
        folder = self._dedicated(path, aids)
        parent.children[path[-FID_LENGTH:]] = folder
        return folder

    def get(self, path: bytes) -> File | None:
        return self._by_path.get(path)

    def folder(self, path: bytes) -> DedicatedFile:
        found = self._by_path[path]
        assert isinstance(found, DedicatedFile)
        return found

    def by_aid(self, aid: bytes) -> DedicatedFile | None:
        return self._by_aid.get(aid)

    def walk(self, start: DedicatedFile, relative: bytes) -> File | None:
        """Follow file identifiers from ``start``; None when one is missing."""
        if not relative or len(relative) % FID_LENGTH:
            return None
        current: File = start
        for index in range(0, len(relative), FID_LENGTH):
            if not isinstance(current, DedicatedFile):
                return None
            child = current.children.get(relative[index : index + FID_LENGTH])
            if child is None:
                return None
            current = child
        return current

    def elementary_files(self) -> list[ElementaryFile]:
        return [f for f in self._by_path.values() if isinstance(f, ElementaryFile)]
