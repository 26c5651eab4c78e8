"""The eID software on the user's PC: finds the reader and the card through PC/SC (pyscard),
shows the certificate and the PIN dialog, and has the card sign.

Kept import-light: CSAM imports only ``contract`` from here, and must not load pyscard.
"""
