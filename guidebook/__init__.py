"""The guide's machinery: the run's manifest of screenshots and results, and the MkDocs plugin."""
