"""The simulated world: mock services that look and behave like CSAM, itsme, the apps and friends."""
