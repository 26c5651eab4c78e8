"""The keys with a security code (by e-mail, mobile app or token): see ``key``."""
