"""Helpers shared by the HTML pages."""
from __future__ import annotations

from fastapi.responses import HTMLResponse

from visualizations.render import render


def error_page(title: str, message: str, back: tuple[str, str], status_code: int = 404) -> HTMLResponse:
    """A French error page (``templates/error.html``) with a way back."""
    return HTMLResponse(render("error.html", title=title, error=message, back=back), status_code=status_code)
