"""The phone hands links over between its browser and the itsme app as universal links do:
a link into the app, tapped in the browser, opens in the app; a page the app opens outside
itself opens in the browser. The page left behind stays as it was. Screens of both are the
phone's (``device_book``), and a phone's screen must fit it: no horizontal scrolling, buttons
a finger can tap.

Runs a small test with the harness's browser plugins in a fresh pytest (a subprocess:
Playwright's sync API wants a process of its own), against a tiny web server that stands in
for itsme's addresses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).parents[2]

CONFTEST = """
import http.server
import threading

import pytest

from mock_services.world import World

pytest_plugins = [
    "fixtures.edition", "fixtures.time_travel", "fixtures.browser", "fixtures.phone",
    "fixtures.devices",
]

PAGES = {
    "/web": "<a href='/app/authorize/abc'>Open de app</a>",
    "/app/authorize/abc": "<h1>In de app</h1><a href='/continue'>Terug</a>",
    "/continue": "<h1>Terug in de browser</h1>",
}


class Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = PAGES.get(self.path, "").encode()
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def world():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    world = World()
    world.urls["itsme"] = f"http://127.0.0.1:{server.server_port}"
    yield world
    server.shutdown()
"""

HANDOVER_TEST = """
import pytest
from playwright.sync_api import expect

from fixtures.capture import PhoneLayoutError, check_fits_screen

VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">'


def test_links_go_to_the_app_and_back(phone_browser, phone, world, device_book, page):
    phone_browser.goto(world.url("itsme", "/web"))
    phone_browser.get_by_role("link", name="Open de app").click()
    expect(phone.page.get_by_role("heading", name="In de app")).to_be_visible()
    expect(phone_browser).to_have_url(world.url("itsme", "/web"))
    phone.page.get_by_role("link", name="Terug").click()
    expect(phone_browser.get_by_role("heading", name="Terug in de browser")).to_be_visible()
    expect(phone.page).to_have_url(world.url("itsme", "/app/authorize/abc"))
    assert device_book.of(phone_browser) == device_book.of(phone.page) == "phone"
    assert device_book.of(page) == "desktop"
    assert device_book.shows_responsive_pages(phone_browser)
    assert not device_book.shows_responsive_pages(phone.page)


def test_a_phone_page_fits_the_screen_and_its_buttons_a_finger(phone_browser):
    phone_browser.set_content(VIEWPORT + "<button style='height:48px'>OK</button>")
    check_fits_screen(phone_browser, "fits")
    phone_browser.set_content(VIEWPORT + "<div style='width:600px'>breed</div>")
    # 600 px and the body's margin of 8 px
    with pytest.raises(PhoneLayoutError, match="608 px wide on a 390 px phone screen"):
        check_fits_screen(phone_browser, "wide")
    phone_browser.set_content(VIEWPORT + "<button style='height:30px'>Klein</button>")
    with pytest.raises(PhoneLayoutError, match="lower than 44 px.*Klein"):
        check_fits_screen(phone_browser, "small")
"""


def test_the_phone_hands_links_to_the_app_and_back(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_handover=HANDOVER_TEST)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
