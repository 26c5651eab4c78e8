"""Step 2's form: the phone number (with its country code) and the e-mail address.

Every problem of the form is reported at once, each as the key of its message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mock_services.systems.itsme.accounts import itsme_account
from mock_services.systems.itsme.email_addresses import is_email_address
from mock_services.systems.itsme.phone_numbers import (
    InvalidPhoneNumberError,
    PhoneNumber,
    parse_phone_number,
)
from mock_services.world import World


@dataclass
class ContactForm:
    country: str
    phone: str
    email: str
    problems: dict[str, str] = field(default_factory=dict)
    """Per field (``phone``, ``email``), the message key of what is wrong with it."""
    number: PhoneNumber | None = None

    @property
    def valid(self) -> bool:
        return not self.problems


def check(world: World, country: str, phone: str, email: str) -> ContactForm:
    form = ContactForm(country, phone.strip(), email.strip())
    try:
        form.number = parse_phone_number(country, form.phone)
    except InvalidPhoneNumberError as invalid:
        form.problems["phone"] = f"itsme.phone.error_{invalid.problem.value}"
    else:
        if itsme_account(world, form.number.e164) is not None:
            form.problems["phone"] = "itsme_enrolment.form.error_phone_taken"
    if not form.email:
        form.problems["email"] = "itsme_enrolment.form.error_email_empty"
    elif not is_email_address(form.email):
        form.problems["email"] = "itsme_enrolment.form.error_email_invalid"
    return form
