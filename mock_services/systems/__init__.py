"""The simulated systems, one package each; ``spec.py`` in each declares it to the world."""
