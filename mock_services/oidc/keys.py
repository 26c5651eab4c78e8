"""The providers' signing keys: committed test keys, so the JWKS is the same on every run."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from joserfc.jwk import KeySet, RSAKey

ALGORITHM = "RS256"


@dataclass(frozen=True)
class SigningKey:
    private: RSAKey

    @property
    def kid(self) -> str:
        kid = self.private.kid
        assert kid is not None
        return kid

    def jwks(self) -> dict[str, Any]:
        """The public JSON Web Key Set that relying parties verify signatures with."""
        return dict(KeySet([self.private]).as_dict(private=False))


@cache
def signing_key(provider: str) -> SigningKey:
    """The key of ``provider`` from ``testdata/oidc/<provider>-signing-key.pem``."""
    pem = (
        resources.files("mock_services") / "testdata" / "oidc" / f"{provider}-signing-key.pem"
    ).read_bytes()
    key = RSAKey.import_key(pem)
    return SigningKey(
        RSAKey.import_key(pem, {"use": "sig", "alg": ALGORITHM, "kid": key.thumbprint()})
    )
