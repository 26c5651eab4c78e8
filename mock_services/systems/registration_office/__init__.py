"""A registration office (registratiekantoor) for the digital keys: appointments on the web,
and the activation of the keys the office created (username, password, e-mail code, mobile
app, token card). The office's agent works in the separate ``office_console`` system."""
