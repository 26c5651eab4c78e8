"""What every page object can do: find controls by their visible label, read the texts of the
world's language from the message catalogue, check the service."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar, TypeVar

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from mock_services.hosting.registry import system
from mock_services.world import World
from steps.pages import texts
from steps.pages.lookup import Lookup

CLICK_TIMEOUT_MS = 10_000
"""How long a click may take: up to an assertion's 5 s for its control to be clickable, and
the start of the navigation it causes (on a busy machine) within the same bound."""


class Controls:
    """Links and buttons found the way a user finds them: by their visible label, in the
    language of the world (the run's edition)."""

    def __init__(self, page: Page, world: World) -> None:
        self.page = page
        self.world = world

    @property
    def language(self) -> str:
        """The language the world's pages speak, and so the one the texts are expected in."""
        return self.world.settings.language

    def text(self, key: str, **params: object) -> str:
        """The catalogue's message ``key`` in the world's language."""
        return texts.text(key, self.language, **params)

    def pattern(self, *keys: str) -> re.Pattern[str]:
        """Any of the messages ``keys``, whatever fills their placeholders."""
        return texts.pattern(self.language, *keys)

    def shown_service(self) -> str:
        """The service whose page the browser shows ("" if none of the world's)."""
        url = self.page.url
        return next(
            (name for name, base in self.world.urls.items() if url.startswith(base + "/")), ""
        )

    def from_reference(self, dutch: str) -> str:
        """A text a feature quotes in Dutch, as the page shows it in the world's language."""
        return texts.from_reference(dutch, self.language, self.shown_service())

    def control(self, label: str) -> Locator:
        """The link or button whose visible label is exactly ``label``."""
        return self.page.get_by_role("link", name=label, exact=True).or_(
            self.page.get_by_role("button", name=label, exact=True)
        )

    def click(self, label: str) -> None:
        """Click the control ``label`` as soon as a user could: Playwright's click itself waits
        until it is visible, stable, enabled and not covered (no separate visibility check,
        which cost a browser round trip per click), within an assertion's time."""
        try:
            self.control(label).click(timeout=CLICK_TIMEOUT_MS)
        except PlaywrightTimeoutError as error:
            reason = str(error).strip().splitlines()[0]
            raise AssertionError(
                f"could not click {label!r} on {self.page.url}: {reason}"
            ) from None

    def click_quoted(self, dutch: str) -> None:
        """Click the control a feature names by its Dutch label."""
        self.click(self.from_reference(dutch))

    def heading(self, text: str) -> Locator:
        return self.page.get_by_role("heading", name=text, exact=True)


class Screen(Controls):
    """A screen of one service that a user can recognise, act on and photograph.

    Subclasses set ``service`` and implement ``verify_content`` with the checks that prove the
    user sees this screen (headings and texts as the guide quotes them, by catalogue key).
    """

    service: ClassVar[str]

    def verify(self) -> None:
        """Wait until this screen is shown, failing with a clear message if it is not."""
        origin = self.world.url(self.service, "/")
        # Playwright keeps the address on this side: when the browser is there already, the
        # checks of the content wait for it themselves, with no round trip to the browser.
        if not self.page.url.startswith(origin):
            try:
                # Follows navigation events, where expect(page).to_have_url polls at 100 ms+.
                self.page.wait_for_url(lambda url: url.startswith(origin), wait_until="load")
            except PlaywrightTimeoutError:
                raise AssertionError(
                    f"expected {type(self).__name__} of service {self.service!r} ({origin}), "
                    f"but the browser shows {self.page.url}"
                ) from None
        self.verify_content()

    def verify_content(self) -> None:
        raise NotImplementedError

    def anchors(self) -> Mapping[str, Locator]:
        """Extra elements annotations may point at, beyond the page's ``data-anchor`` ones."""
        return {}


def display_name(service: str) -> str:
    """How the features name ``service`` ("PersoSelfService"): its system's display name."""
    return system(service).display_name


class StartPage(Screen):
    """The page a user opens an application at, by its address."""

    def open(self) -> None:
        raise NotImplementedError


START_PAGES: Lookup[type[StartPage]] = Lookup("application with a start page")
"""``ik surf rechtstreeks naar PersoSelfService``: the start page, by the application's name."""

StartPageClass = TypeVar("StartPageClass", bound=type[StartPage])


def start_page(cls: StartPageClass) -> StartPageClass:
    """Class decorator: this is the start page of the application of its ``service``."""
    START_PAGES.register(display_name(cls.service), cls)
    return cls
