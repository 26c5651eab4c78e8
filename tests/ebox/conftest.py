"""Helpers for the eBox's tests: the control API, and a browser already logged in.

The login itself (CSAM with eID, itsme or a digital key) is what the features drive in a real
browser; these tests start from its result, the eBox's session as the CSAM gateway leaves it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from flask.testing import FlaskClient

from mock_services.systems.csam.gateway import SignedInUser
from mock_services.systems.ebox.app import create_app
from mock_services.world import World
from mock_services.world.people import Person, person


def deliver(world: World, person_id: str, **fields: str) -> requests.Response:
    """An institution's document for ``person_id``, through the control API."""
    return requests.post(
        world.url("control", "/api/ebox/documents"),
        json={"person": person_id} | fields,
        timeout=5,
    )


def activate(world: World, person_id: str, email: str = "") -> None:
    data: dict[str, Any] = {"person": person_id}
    if email:
        data["email"] = email
    answer = requests.post(world.url("control", "/api/ebox/activations"), json=data, timeout=5)
    answer.raise_for_status()


def signed_in(client: FlaskClient, someone: Person) -> None:
    """Give ``client`` the session the CSAM gateway gives after ``someone`` logged in."""
    user = SignedInUser(
        name=someone.full_name,
        given_name=someone.given_names,
        family_name=someone.surname,
        national_number=someone.national_number,
        acr="urn:be:fedict:iam:fas:Level500",
        key="eid",
    )
    with client.session_transaction() as session:
        session["user"] = user.__dict__


@pytest.fixture
def client(world: World) -> Iterator[FlaskClient]:
    """A browser of the eBox, served in-process on the running world."""
    app = create_app(world)
    with app.test_client() as browser:
        yield browser


@pytest.fixture
def emma() -> Person:
    return person("emma")
