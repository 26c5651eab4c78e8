"""One module per ``persopoint`` sub-command."""
