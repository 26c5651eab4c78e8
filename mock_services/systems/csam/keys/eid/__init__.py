"""The eID key: single-use challenges, the card's answer verified, then the login completed."""
