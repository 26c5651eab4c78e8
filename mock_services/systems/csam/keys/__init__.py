"""The logins of CSAM's digital keys."""
