"""Browser-test helpers: Debian chromium's path and flags, the page watcher, screenshots."""
from __future__ import annotations

from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class PageWatch:
    """What a page did that a test must see: console errors, uncaught exceptions, requests leaving 127.0.0.1."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"exception: {e}"))
        page.route("**/*", self._route)

    def _route(self, route):
        from urllib.parse import urlsplit

        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about") or (parts.scheme in ("http", "https")
                                                         and parts.hostname == "127.0.0.1"):
            route.continue_()
        elif parts.scheme == "file":
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()


def screenshot(page, name: str) -> None:
    """Save the page as ``tests/screenshots/<name>.png`` (ignored by git) for anyone to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
