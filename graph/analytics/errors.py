"""Errors of the analytics layer, with French messages meant for users (the API maps them to 404 / 422)."""
from __future__ import annotations


class NotFound(LookupError):
    """An id (or name) that matches nothing of the asked kind.

    >>> str(NotFound("organisation", "org:x"))
    'organisation introuvable : « org:x »'
    """

    def __init__(self, kind_fr: str, ident: str, hint: str | None = None):
        self.kind_fr, self.ident = kind_fr, ident
        super().__init__(f"{kind_fr} introuvable : « {ident} »" + (f" ({hint})" if hint else ""))


class BadParameter(ValueError):
    """A parameter whose value makes no sense (the API answers 422)."""
