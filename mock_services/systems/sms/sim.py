"""The phone's SIM: what binds the messages app of a phone context to one phone number.

The network issues a SIM for a number (the control API does, as an operator hands out a
SIM card); the phone keeps it as a signed cookie on the messages app's host. The messages
app shows only the messages to the number of its SIM, and nothing without one. The number
cannot be changed by the phone: the signature is the network's.
"""

from __future__ import annotations

from itsdangerous import BadSignature, URLSafeSerializer

from mock_services.systems.sms.numbers import is_e164
from mock_services.world import World

SIM_COOKIE = "sms_sim"
_SALT = "sms.sim"


def _serializer(world: World) -> URLSafeSerializer:
    return URLSafeSerializer(world.secret("sms:sim"), salt=_SALT)


def issue_sim(world: World, number: str) -> str:
    """The SIM of ``number``, as the cookie value the phone keeps."""
    if not is_e164(number):
        raise ValueError(f"a SIM needs a number in E.164 form, not {number!r}")
    return str(_serializer(world).dumps(number))


def number_of(world: World, sim: str | None) -> str | None:
    """The number of a SIM the network issued; None for no SIM or a forged one."""
    if not sim:
        return None
    try:
        number = _serializer(world).loads(sim)
    except BadSignature:
        return None
    return number if isinstance(number, str) and is_e164(number) else None
