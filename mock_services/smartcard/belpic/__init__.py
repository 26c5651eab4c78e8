"""The BELPIC card's formats: APDUs and status words, where things are, TLV, identity files."""
