"""Step definitions, by area. Steps are thin: page objects in ``steps.pages`` own every locator."""
