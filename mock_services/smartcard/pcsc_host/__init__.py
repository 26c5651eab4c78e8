"""The PC's smart-card stack: pcscd, the vpcd slots a virtual card is put in, and pyscard."""
