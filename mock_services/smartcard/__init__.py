"""The smart-card side of the world, in three packages whose imports run one way only.

- ``belpic``: the BELPIC card's formats (APDUs, file layout, TLV, identity files, PIN block,
  algorithm references), shared by the card and by the software that reads it;
- ``eid_card``: the virtual Belgian eID card (the applet and its personalisation);
- ``pcsc_host``: the PC's smart-card stack (pcscd, vpcd slots, pyscard) that a card is put in.

``eid_pki`` is the committed test PKI that the cards and CSAM share.
"""
