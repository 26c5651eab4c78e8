"""The simulated world: mock services that look and behave like CSAM, itsme and the apps."""
