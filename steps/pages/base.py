"""What every page object can do: find controls by their visible label, check the service."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from mock_services.world import World


class Controls:
    """Links and buttons found the way a user finds them: by their visible label."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def control(self, label: str) -> Locator:
        """The link or button whose visible label is exactly ``label``."""
        return self.page.get_by_role("link", name=label, exact=True).or_(
            self.page.get_by_role("button", name=label, exact=True)
        )

    def click(self, label: str) -> None:
        control = self.control(label)
        expect(control).to_be_visible()
        control.click()

    def heading(self, text: str) -> Locator:
        return self.page.get_by_role("heading", name=text, exact=True)


class Screen(Controls):
    """A screen of one service that a user can recognise, act on and photograph.

    Subclasses set ``service`` and implement ``verify`` with the checks that prove the user
    sees this screen (headings and texts as the guide quotes them).
    """

    service: ClassVar[str]

    def __init__(self, page: Page, world: World) -> None:
        super().__init__(page)
        self.world = world

    def verify(self) -> None:
        """Wait until this screen is shown, failing with a clear message if it is not."""
        origin = self.world.url(self.service, "/")
        try:
            # Follows navigation events, where expect(page).to_have_url would poll at 100 ms+.
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
