#!/usr/bin/env python3
"""Time the virtual eID card through pcscd: one APDU, and the card part of a login.

    .venv/bin/python scripts/bench_card.py [--slot N] [--apdus 1000] [--logins 50]

Prints the median APDU round trip (target: 1 ms or less) and the median time of the card
part of a login: connect, read the authentication certificate, verify the PIN, sign a
32-byte challenge with the authentication key (target: 100 ms or less). Starts pcscd if
none runs. Prints figures only; the tests assert no timings.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mock_services.smartcard.belpic.apdu import CommandApdu  # noqa: E402
from mock_services.smartcard.eid_card.cards import card_for  # noqa: E402
from mock_services.smartcard.pcsc_host.pcscd import PcscDaemon  # noqa: E402
from mock_services.smartcard.pcsc_host.slot import VirtualReader  # noqa: E402
from mock_services.systems.eid_middleware.belpic_reader import CertificateFile, connect  # noqa: E402
from mock_services.world.people import person  # noqa: E402

APDU_TARGET_MS = 1.0
LOGIN_TARGET_MS = 100.0
PERSON = "an"


def milliseconds(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"median {statistics.median(samples) * 1000:.3f} ms, "
        f"p95 {p95 * 1000:.3f} ms, max {max(samples) * 1000:.3f} ms (n={len(samples)})"
    )


def bench_apdus(reader: str, count: int) -> list[float]:
    command = CommandApdu(0x80, 0xE4, 0x00, 0x00, le=0x1C)  # GET CARD DATA
    samples = []
    with connect(reader) as card:
        for _ in range(count):
            start = time.perf_counter()
            card.transmit(command)
            samples.append(time.perf_counter() - start)
    return samples


def bench_logins(reader: VirtualReader, count: int) -> list[float]:
    pin = person(PERSON).pin
    challenge = bytes(range(32))
    samples = []
    for _ in range(count):
        assert reader.card is not None
        reader.card.reset()  # a new card session: the PIN must really be verified again
        start = time.perf_counter()
        with connect(reader.name) as card:
            card.read_certificate(CertificateFile.AUTHENTICATION)
            card.verify_pin(pin)
            card.sign(challenge)
        samples.append(time.perf_counter() - start)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--slot", type=int, default=0, choices=(0, 1))
    parser.add_argument("--apdus", type=int, default=1000)
    parser.add_argument("--logins", type=int, default=50)
    arguments = parser.parse_args(argv)
    with PcscDaemon(), VirtualReader(arguments.slot).insert(card_for(PERSON)) as reader:
        bench_apdus(reader.name, 50)  # warm up
        apdus = bench_apdus(reader.name, arguments.apdus)
        logins = bench_logins(reader, arguments.logins)
    apdu_median = statistics.median(apdus) * 1000
    login_median = statistics.median(logins) * 1000
    print(f"APDU round trip through pcscd (GET CARD DATA): {milliseconds(apdus)}")
    print(
        f"  target <= {APDU_TARGET_MS:g} ms: {'met' if apdu_median <= APDU_TARGET_MS else 'MISSED'}"
    )
    print(
        "card part of a login (connect, read auth certificate, verify PIN, sign 32 bytes): "
        f"{milliseconds(logins)}"
    )
    print(
        f"  target <= {LOGIN_TARGET_MS:g} ms: "
        f"{'met' if login_median <= LOGIN_TARGET_MS else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
