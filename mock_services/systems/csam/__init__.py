"""CSAM, the federal authentication service (FAS): key choice and logins for the applications."""
