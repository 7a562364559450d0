"""Helpers shared by the HTML pages."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import Query
from fastapi.responses import HTMLResponse

from graph.analytics.errors import BadParameter
from graph.analytics.period import Period
from visualizations.render import render

#: A form field: text, empty when not filled in (the pages check the values themselves, with French messages).
Text = Annotated[Optional[str], Query(max_length=200)]


def error_page(title: str, message: str, back: tuple[str, str], status_code: int = 404) -> HTMLResponse:
    """A French error page (``templates/error.html``) with a way back."""
    return HTMLResponse(render("error.html", title=title, error=message, back=back), status_code=status_code)


def form_period(year: str | None, period: str | None) -> Period:
    """The period a form's « année » and « période » fields give (empty = not given); a bad year is a
    :class:`BadParameter` in French."""
    year, period = ((v or "").strip() or None for v in (year, period))
    if year is not None and not (year.isdigit() and 1900 <= int(year) <= 2100):
        raise BadParameter(f"année « {year} » : attendu une année entre 1900 et 2100")
    return Period.parse(year=int(year) if year else None, period=period)
