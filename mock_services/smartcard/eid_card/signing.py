"""RSA PKCS#1 v1.5 signatures as the BELPIC applet makes them, by MSE SET algorithm reference.

With reference 01 the card receives the whole DigestInfo (what OpenSC's belpic driver sends:
it hashes and wraps the hash itself); with 02 (SHA-1), 04 (MD5) and 08 (SHA-256) it receives
the bare hash and adds the DigestInfo. The PSS references (10, 20) are not emulated: their
signatures are randomised, and nothing in this project uses them.
"""

from __future__ import annotations

from asn1crypto import algos, core
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

from mock_services.smartcard.belpic.algorithms import Algorithm
from mock_services.smartcard.belpic.apdu import SW, CardError

HASH_OF: dict[Algorithm, hashes.HashAlgorithm] = {
    Algorithm.PKCS1_SHA1: hashes.SHA1(),  # old middleware still asks for SHA-1 and MD5
    Algorithm.PKCS1_MD5: hashes.MD5(),
    Algorithm.PKCS1_SHA256: hashes.SHA256(),
}

# Hashes a DigestInfo may name (reference 01), by asn1crypto's algorithm name.
DIGEST_INFO_HASHES: dict[str, hashes.HashAlgorithm] = {
    "md5": hashes.MD5(),
    "sha1": hashes.SHA1(),
    "sha224": hashes.SHA224(),
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}

PKCS1_OVERHEAD = 11  # 00 01, at least eight FF, 00


def digest_info(hash_name: str, digest: bytes) -> bytes:
    """The DER DigestInfo of ``digest`` (RFC 8017, with NULL parameters)."""
    encoded: bytes = algos.DigestInfo(
        {
            "digest_algorithm": {"algorithm": hash_name, "parameters": core.Null()},
            "digest": digest,
        }
    ).dump()
    return encoded


def _known_digest_info(data: bytes) -> tuple[hashes.HashAlgorithm, bytes] | None:
    """(hash, digest) when ``data`` is exactly the canonical DigestInfo of a known hash."""
    try:
        parsed = algos.DigestInfo.load(data, strict=True)
        name = parsed["digest_algorithm"]["algorithm"].native
        digest = parsed["digest"].native
    except (ValueError, TypeError, KeyError):
        return None
    algorithm = DIGEST_INFO_HASHES.get(name)
    if algorithm is None or len(digest) != algorithm.digest_size:
        return None
    if digest_info(name, digest) != data:
        return None
    return algorithm, digest


def _raw_pkcs1_sign(key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    """EMSA-PKCS1-v1_5 padding of arbitrary ``data`` and the RSA private operation (CRT).

    The fallback for data that is not a DigestInfo (cryptography signs only hashes); it
    gives the same bytes the library would for a DigestInfo.
    """
    size = (key.key_size + 7) // 8
    block = b"\x00\x01" + b"\xff" * (size - 3 - len(data)) + b"\x00" + data
    numbers = key.private_numbers()
    message = int.from_bytes(block, "big")
    m1 = pow(message, numbers.dmp1, numbers.p)
    m2 = pow(message, numbers.dmq1, numbers.q)
    h = numbers.iqmp * (m1 - m2) % numbers.p
    return (m2 + h * numbers.q).to_bytes(size, "big")


def sign(key: rsa.RSAPrivateKey, algorithm: Algorithm, data: bytes) -> bytes:
    """The signature PSO COMPUTE DIGITAL SIGNATURE answers; 6700 for input of the wrong size."""
    if algorithm is Algorithm.PKCS1:
        limit = (key.key_size + 7) // 8 - PKCS1_OVERHEAD
        if not 0 < len(data) <= limit:
            raise CardError(SW.WRONG_LENGTH, f"PKCS#1 input is 1 to {limit} bytes, not {len(data)}")
        known = _known_digest_info(data)
        if known is None:
            return _raw_pkcs1_sign(key, data)
        hash_algorithm, digest = known
    else:
        hash_algorithm, digest = HASH_OF[algorithm], data
        if len(digest) != hash_algorithm.digest_size:
            raise CardError(
                SW.WRONG_LENGTH,
                f"a {hash_algorithm.name} hash has {hash_algorithm.digest_size} bytes, "
                f"not {len(digest)}",
            )
    return key.sign(digest, padding.PKCS1v15(), utils.Prehashed(hash_algorithm))
