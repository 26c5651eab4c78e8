"""The virtual Belgian eID card: the BELPIC applet, its files, keys and PIN.

The card OS (``applet.BelpicCard``: ``execute(apdu) -> response``) knows nothing of the
transport; ``personalisation`` makes a person's card from the test data, ``cards.card_for``
a fresh card for a test person. Putting it in a reader is ``smartcard.pcsc_host``'s job.
"""
