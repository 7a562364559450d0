"""Read ahead the tables every question shares (affiliations, territorial hierarchy, fundings, search index), so the
first page or API request after a start or a load does not pay for them (see :mod:`graph.analytics.cache`)."""
from __future__ import annotations

import logging
import threading

from graph.analytics.entities import Catalog
from graph.analytics.search import search
from graph.analytics.territories import rollup
from graph.store import GraphStore

log = logging.getLogger(__name__)


def warm(store: GraphStore) -> None:
    """Compute and keep the shared tables for the store's current graph version."""
    catalog = Catalog(store)
    rollup(catalog)  # reads affiliations, hierarchy and fundings
    search(store, "maillage")


def warm_in_background(store: GraphStore) -> threading.Thread:
    """:func:`warm` in a daemon thread; a failure is logged, never raised (requests then read what they need)."""

    def run() -> None:
        try:
            warm(store)
        except Exception:  # noqa: BLE001 — warming is an optimisation only
            log.warning("préchargement des données du graphe impossible", exc_info=True)

    thread = threading.Thread(target=run, name="maillage-warm", daemon=True)
    thread.start()
    return thread
