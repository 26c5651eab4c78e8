"""itsme: identity provider of CSAM, its login pages, and the itsme app on the smartphone."""
