"""The itsme contract a new user signs with the eID's signature key during self-enrolment.

The document is what the page shows and what the card signs, byte for byte: the contract's
version, the enrolment it belongs to (its id, the phone number and e-mail address given in
step 2) and the contract's paragraphs in the user's language, as UTF-8 text. The card signs
its SHA-256 hash, so a signature holds for this enrolment and this text only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from mock_services.world.i18n import catalogue

VERSION = "itsme-gebruikersovereenkomst 2026.1"
PARAGRAPHS = ("p1", "p2", "p3", "p4", "p5")


@dataclass(frozen=True)
class ContractDocument:
    title: str
    paragraphs: tuple[str, ...]
    header: tuple[str, ...]
    """Version and the enrolment's details, as lines above the paragraphs."""

    @property
    def text(self) -> str:
        return "\n".join((self.title, *self.header, "", *self.paragraphs)) + "\n"

    @property
    def digest(self) -> bytes:
        """SHA-256 of the UTF-8 text: what the card signs."""
        return hashlib.sha256(self.text.encode("utf-8")).digest()


def contract_for(enrolment_id: str, phone: str, email: str, language: str) -> ContractDocument:
    """The contract of one enrolment in ``language``."""
    messages = catalogue()

    def text(key: str, **params: object) -> str:
        return messages.text(f"itsme.contract.{key}", language, **params)

    return ContractDocument(
        title=text("title"),
        header=(
            text("version", version=VERSION),
            text("enrolment", id=enrolment_id),
            text("phone", phone=phone),
            text("email", email=email),
        ),
        paragraphs=tuple(text(key) for key in PARAGRAPHS),
    )
