"""Colours and shapes: sectors take the colour of their vocabulary entry (``data/vocabularies/sectors.csv``, column
``color``: Paul Tol's colour-blind-safe discrete rainbow); node kinds differ by shape as well, so colour is never the
only cue.

>>> sector_colors()["communautaire"]
'#AE76A3'
>>> NODE_KINDS["project"]["shape"]
'triangle'
"""
from __future__ import annotations

from graph.schema import load_schema

#: Colour of an organization with no known sector.
UNKNOWN = "#BBBBBB"

#: The node kinds of network views: French label (singular, plural), vis-network shape, colour when not by sector.
NODE_KINDS: dict[str, dict[str, str]] = {
    "organization": {"label": "Organisation", "plural": "Organisations", "shape": "dot", "color": UNKNOWN},
    "concertation": {"label": "Concertation", "plural": "Concertations", "shape": "star", "color": "#222222"},
    "committee": {"label": "Comité", "plural": "Comités", "shape": "square", "color": "#4D4D4D"},
    "project": {"label": "Projet", "plural": "Projets", "shape": "triangle", "color": "#777777"},
    "funder": {"label": "Bailleur de fonds", "plural": "Bailleurs de fonds", "shape": "diamond", "color": "#117733"},
    "territory": {"label": "Territoire", "plural": "Territoires", "shape": "hexagon", "color": "#A0A0A0"},
}


def sector_colors() -> dict[str, str]:
    """Sector code → colour."""
    return {t.code: t.extra.get("color") or UNKNOWN for t in load_schema().vocabulary("sectors").terms}


def sector_legend() -> list[dict[str, str]]:
    """The sectors in vocabulary order, with French label and colour."""
    return [{"code": t.code, "label": t.label_fr, "color": t.extra.get("color") or UNKNOWN}
            for t in load_schema().vocabulary("sectors").terms]
