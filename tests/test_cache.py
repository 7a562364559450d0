"""Derived results are kept per graph version: reused while the graph is unchanged, recomputed after any write
(from this process or another one)."""
from __future__ import annotations

from graph.analytics.affiliations import read_affiliations
from graph.analytics.cache import per_version
from graph.store.falkor import FalkorStore
from loaders.load import load_paths
from tests.test_loaders import write_csv


def test_kept_until_the_graph_is_written(store, server, tmp_path):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert per_version(store, "k", compute) == 1
    assert per_version(store, "k", compute) == 1 and len(calls) == 1
    before = store.version()
    d = tmp_path / "d"
    write_csv(d, "organisations", [["id", "nom", "secteur"], ["org:a", "A", "communautaire"]])
    load_paths(store, [d])
    assert store.version() != before
    assert per_version(store, "k", compute) == 2

    # A write by another connection (another process would do the same) is seen too.
    other = FalkorStore(store.graph_name, unix_socket_path=str(server.socket_path))
    write_csv(d, "organisations", [["id", "nom", "secteur"], ["org:a", "A", "communautaire"], ["org:b", "B", "municipal"]])
    load_paths(other, [d])
    other.close()
    assert set(read_affiliations(store).organizations) == {"org:a", "org:b"}


def test_a_reload_that_changes_nothing_keeps_the_results(store, tmp_path):
    d = tmp_path / "d"
    write_csv(d, "organisations", [["id", "nom", "secteur"], ["org:a", "A", "communautaire"]])
    load_paths(store, [d])
    first = read_affiliations(store)
    load_paths(store, [d])  # nothing to write
    assert read_affiliations(store) is first


def test_warming_keeps_the_shared_tables_for_the_first_request(store, tmp_path):
    """The app reads the shared tables ahead at start-up (``graph/analytics/warm.py``): afterwards, the first question
    finds them kept and reads nothing again."""
    from graph.analytics.warm import warm

    d = tmp_path / "d"
    write_csv(d, "organisations", [["id", "nom", "secteur"], ["org:a", "A", "communautaire"]])
    load_paths(store, [d])

    def must_not_run():
        raise AssertionError("lu de nouveau")

    warm(store)
    for key in ("affiliations", "hierarchy", "fundings", "search"):
        per_version(store, key, must_not_run)
