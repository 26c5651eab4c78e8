"""Serving the world: every system's apps and daemons, each system on its own loopback address.

``spec`` is what a system declares, ``registry`` finds the declarations, ``world_host``
serves them (``http`` for the web apps).
"""
