"""The eBox on socialsecurity.be: activation by e-mail, documents from institutions, notices."""
