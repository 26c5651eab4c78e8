"""itsme's self-enrolment site, declared to the world: on an origin of its own, as
my.prd.itsme.be is beside itsme's identity provider; it shares itsme's accounts."""

from __future__ import annotations

from mock_services.hosting.spec import SystemSpec
from mock_services.systems.itsme_enrolment.app import FORM_PATH, create_app

SPEC = SystemSpec(
    name="itsme_enrolment",
    display_name="itsme-registratie",
    description="itsme's self-enrolment site: phone, e-mail, the contract signed with the eID",
    create_app=create_app,
    entry_path=FORM_PATH,
)
