"""Where a node is shown on the site: one function, so every page links entities the same way.

>>> entity_url("Organization", "org:cisss-lanaudiere")
'/organisations/org:cisss-lanaudiere'
>>> entity_url("Project", "proj:x y")
'/carte?focus=proj%3Ax%20y'
"""
from __future__ import annotations

from urllib.parse import quote, urlencode


def entity_url(kind: str, ident: str) -> str:
    """The page of a node of ``kind`` (schema label): organizations have a profile, concertations open their
    network, territories their place in the hierarchy; any other node is focused in the network explorer."""
    if kind == "Organization":
        return f"/organisations/{quote(ident, safe=':')}"
    if kind == "Concertation":
        return "/carte?" + urlencode({"concertation": ident})
    if kind == "Territory":
        return "/territoires?" + urlencode({"territory": ident})
    return "/carte?" + urlencode({"focus": ident}, quote_via=quote)


def query_url(path: str, **params) -> str:
    """``path`` with the non-empty ``params`` as its query string."""
    kept = {k: v for k, v in params.items() if v not in (None, "", [])}
    return path + ("?" + urlencode(kept, doseq=True) if kept else "")
