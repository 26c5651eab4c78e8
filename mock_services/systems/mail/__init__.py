"""The user's mailbox: a real SMTP server, the sender every service uses, and a webmail."""
