"""The SMS network: a gateway that takes every SMS over HTTP, and the phone's messages app."""
