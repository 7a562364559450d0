"""The graph stores, against real FalkorDB servers (embedded; remote through a Unix socket), and Neo4j when
``NEO4J_TEST_URI`` is set."""
from __future__ import annotations

import os
import uuid

import pytest

from graph.store import ReadOnlyError, StoreError, open_store
from graph.store.embedded import EmbeddedServer
from loaders.load import load_paths


def test_embedded_persists_across_restarts(tmp_path):
    with open_store(None, tmp_path) as store:
        store.write([("UNWIND $rows AS row CREATE (:Organization {id: row})", {"rows": ["org:a", "org:b"]})])
    assert not EmbeddedServer(tmp_path).ping(), "the last client stops the server"
    assert (tmp_path / "maillage.rdb").exists()
    assert not list(tmp_path.glob("*.sock")), "the socket is gone with the server"
    with open_store(None, tmp_path) as store:
        rows = store.read("MATCH (o:Organization) RETURN o.id AS id ORDER BY id")
    assert [r["id"] for r in rows] == ["org:a", "org:b"]


def test_two_data_dirs_never_share(tmp_path):
    a, b = open_store(None, tmp_path / "a"), open_store(None, tmp_path / "b")
    try:
        a.write([("CREATE (:Theme {id: $id})", {"id": "theme:x"})])
        assert b.read("MATCH (t:Theme) RETURN count(t) AS n")[0]["n"] == 0
        assert a.read("MATCH (t:Theme) RETURN count(t) AS n")[0]["n"] == 1
    finally:
        a.close()
        b.close()


def test_server_is_shared_until_the_last_client_leaves(tmp_path):
    first = open_store(None, tmp_path)
    second = open_store(None, tmp_path)
    first.write([("CREATE (:Theme {id: $id})", {"id": "theme:x"})])
    first.close()
    assert second.read("MATCH (t:Theme) RETURN t.id AS id") == [{"id": "theme:x"}]
    second.close()
    assert not EmbeddedServer(tmp_path).ping()


def test_no_tcp_port(server):
    """The embedded server listens on its Unix socket only."""
    import redis

    conf = redis.Redis(unix_socket_path=str(server.socket_path)).config_get("port")
    assert conf["port"] == "0"
    assert oct(server.socket_path.stat().st_mode & 0o777) == "0o700"


def test_write_is_atomic(store):
    good = ("UNWIND $rows AS row CREATE (:Theme {id: row})", {"rows": ["theme:a", "theme:b"]})
    bad = ("UNWIND $rows AS row CREATE (:Theme {id: row, ratio: 1 / row})", {"rows": [1, 0]})
    with pytest.raises(StoreError):
        store.write([good, bad])
    assert store.read("MATCH (t:Theme) RETURN count(t) AS n")[0]["n"] == 0
    store.write([good])
    assert store.read("MATCH (t:Theme) RETURN count(t) AS n")[0]["n"] == 2


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Theme {id: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) SET n.x = 1",
    "MERGE (n:Theme {id: 'x'}) RETURN n",
    "match (n) remove n.name",
])
def test_read_refuses_writes(store, cypher):
    with pytest.raises(ReadOnlyError):
        store.read(cypher)


def test_read_ignores_keywords_in_strings(store):
    assert store.read("RETURN 'CREATE SET DELETE' AS s") == [{"s": "CREATE SET DELETE"}]


def test_remote_falkordb_by_uri(server):
    """A FalkorDB server run elsewhere, reached through its URI (here: the test server's socket)."""
    store = open_store(f"unix://{server.socket_path}", server.data_dir, graph_name=f"r{uuid.uuid4().hex[:8]}")
    try:
        store.write([("CREATE (:Theme {id: $id})", {"id": "theme:r"})])
        assert store.read("MATCH (t:Theme) RETURN t.id AS id") == [{"id": "theme:r"}]
    finally:
        store.clear()
        store.close()


def test_unknown_uri_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="non reconnue"):
        open_store("ftp://example", tmp_path)
    with pytest.raises(StoreError, match="injoignable"):
        open_store(f"unix://{tmp_path}/nothing.sock", tmp_path)


def test_indexes_are_created_once(store, schema):
    store.ensure_schema(schema)
    store.ensure_schema(schema)
    rows = store.query("CALL db.indexes() YIELD label, properties RETURN label, properties")
    indexed = {(r["label"], p) for r in rows for p in r["properties"]}
    assert {(label, "id") for label in schema.nodes} <= indexed


NEO4J_URI = os.environ.get("NEO4J_TEST_URI")


@pytest.mark.skipif(not NEO4J_URI, reason="set NEO4J_TEST_URI (and NEO4J_USERNAME / NEO4J_PASSWORD) to test Neo4j")
def test_neo4j_loads_the_same_sample(tmp_path, sample_store):
    """The same loader and Cypher on Neo4j give the same counts as on FalkorDB."""
    from graph.stats import graph_counts
    from loaders.load import sample_paths

    store = open_store(NEO4J_URI, tmp_path)
    try:
        store.clear()
        load_paths(store, sample_paths())
        assert graph_counts(store) == graph_counts(sample_store)
        assert load_paths(store, sample_paths()).changes == 0
    finally:
        store.clear()
        store.close()


def test_plain_values_from_both_drivers(store):
    """Nodes, relationships and paths become the same plain dicts whichever driver returns them."""
    from neo4j.graph import Graph, Node, Path

    from graph.store.base import plain

    store.write([("CREATE (:Organization {id: 'org:a'})-[:MEMBER_OF {role: 'membre'}]->(:Committee {id: 'com:b'})",
                  {})])
    falkor = store.read("MATCH p = (a)-[r]->(b) RETURN a, r, p")[0]
    g = Graph()
    a = Node(g, "e1", 1, ["Organization"], {"id": "org:a"})
    b = Node(g, "e2", 2, ["Committee"], {"id": "com:b"})
    r = g.relationship_type("MEMBER_OF")(g, "e3", 3, {"role": "membre"})
    r._start_node, r._end_node = a, b
    neo = {"a": plain(a), "r": plain(r), "p": plain(Path(a, r))}
    expected_rel = {"type": "MEMBER_OF", "properties": {"role": "membre"}}
    assert falkor["a"] == neo["a"] == {"labels": ["Organization"], "properties": {"id": "org:a"}}
    assert falkor["r"] == neo["r"] == expected_rel
    assert falkor["p"]["relationships"] == neo["p"]["relationships"] == [expected_rel]
    assert [n["properties"]["id"] for n in falkor["p"]["nodes"]] == ["org:a", "com:b"]
    assert neo["p"]["nodes"] == falkor["p"]["nodes"]
