"""PersoContact (bosa.service-now.com/persocontact, ServiceNow): the HR contact portal."""
