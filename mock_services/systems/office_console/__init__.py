"""The registration office's console for its agent: find the appointment, check the identity
document against the person registry, record the personal e-mail address, create the keys."""
