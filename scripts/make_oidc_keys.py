"""Write the OpenID Connect signing keys of the mock providers (test keys, clearly fake).

The keys are committed so that the JWKS of CSAM and itsme are the same on every run and every
machine. Run again only to rotate them: ``.venv/bin/python scripts/make_oidc_keys.py``.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

FOLDER = Path(__file__).parents[1] / "mock_services" / "testdata" / "oidc"
PROVIDERS = ("csam", "itsme")


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for provider in PROVIDERS:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        header = f"# TEST KEY of the mock {provider} OpenID provider. Not a secret.\n".encode()
        (FOLDER / f"{provider}-signing-key.pem").write_bytes(header + pem)


if __name__ == "__main__":
    main()
