"""Two valid answers for one login (two tabs, a double submit): one logs in, the other is told
the login is over. Before, the loser got a 500 (``TransactionClosedError``)."""

from __future__ import annotations

import threading

import requests
from authlib.common.security import generate_token

from mock_services.hosting.world_host import WorldHost
from mock_services.systems.csam.login import complete_login
from mock_services.world import World
from mock_services.world.people import person
from tests.csam.test_eid_login_http import answer_as_card, challenge_for
from tests.oidc.conftest import Rp, query

ROUNDS = 4
CLOSED = "Je aanmelding is verlopen"


def begin_login(world_host: WorldHost) -> str:
    """An application's authorization request at CSAM (a nonce of its own): the login's id."""
    rp = Rp(world_host)
    params = rp.standard_request(generate_token(48), generate_token(20), generate_token(20))
    return query(rp.authorize(**params).headers["Location"])["tx"]


def test_completing_a_closed_login_answers_the_page(world_host: WorldHost, world: World) -> None:
    login = begin_login(world_host)
    app = world_host.servers["csam"].app
    with app.test_request_context("/fas/eid/callback"):
        first = complete_login(login, person("an"), key="eid")
    with app.test_request_context("/fas/eid/callback"):
        second = complete_login(login, person("an"), key="eid")
    assert first.status_code == 302
    assert second.status_code == 400
    assert CLOSED in second.get_data(as_text=True)


def answer_at_once(world: World, challenges: list[dict[str, str]]) -> list[requests.Response]:
    """Send every answer at the same moment, each from a thread of its own."""
    start = threading.Barrier(len(challenges))
    answers: list[requests.Response] = []

    def answer(challenge: dict[str, str]) -> None:
        start.wait()
        answers.append(answer_as_card(world, challenge))

    threads = [threading.Thread(target=answer, args=(c,)) for c in challenges]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def test_two_answers_in_parallel_log_in_once(world_host: WorldHost, world: World) -> None:
    for _ in range(ROUNDS):
        login = begin_login(world_host)
        answers = answer_at_once(world, [challenge_for(world, login), challenge_for(world, login)])
        assert sorted(a.status_code for a in answers) == [302, 400]
        loser = next(a for a in answers if a.status_code == 400)
        assert CLOSED in loser.text
        winner = next(a for a in answers if a.status_code == 302)
        assert "code=" in winner.headers["Location"]
