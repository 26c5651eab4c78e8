"""CSAM's side of the eID login: single-use challenges and the verification of the card's answer.

Kept apart from CSAM's web pages so that the security checks can be tested on their own.
"""
