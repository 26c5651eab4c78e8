"""The FPS BOSA website's application pages that lead to PersoSelfService and PersoContact."""
