"""OpenID Connect for the simulated world, built on Authlib.

``provider`` assembles an Authlib authorization server (CSAM and itsme each configure one),
``relying_party`` is the client side (the applications towards CSAM, CSAM towards itsme).
Both run on the world's clock instead of the system clock.
"""
