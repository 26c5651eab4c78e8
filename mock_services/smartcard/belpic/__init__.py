"""The BELPIC card's formats: APDUs and status words, where things are, TLV, identity files,
the PIN block and the signing algorithm references; shared by the card and the software."""
