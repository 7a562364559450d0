"""The graph (or its public part) as a networkx multigraph, for metrics and exports.

Persons are private (Québec's Loi 25): they and their relationships are left out unless ``include_persons``.
"""
from __future__ import annotations

import networkx as nx

from graph.cypher import statement
from graph.schema import Schema, load_schema
from graph.store import GraphStore

ALL_NODES = statement(
    "snapshot_nodes",
    "MATCH (n)\nWHERE labels(n)[0] IN $labels\nRETURN n.id AS id, labels(n)[0] AS label, n {.*} AS props",
)
ALL_RELATIONSHIPS = statement(
    "snapshot_relationships",
    "MATCH (a)-[r]->(b)\nWHERE labels(a)[0] IN $labels AND labels(b)[0] IN $labels\n"
    "RETURN a.id AS from, b.id AS to, type(r) AS type, r {.*} AS props",
)


def snapshot(store: GraphStore, *, include_persons: bool = False, schema: Schema | None = None) -> nx.MultiDiGraph:
    """Every node (key = id, attribute ``label``) and relationship (key = ``TYPE:since``) of the graph."""
    schema = schema or load_schema()
    labels = list(schema.nodes) if include_persons else schema.public_labels
    g = nx.MultiDiGraph()
    for row in store.read(ALL_NODES, {"labels": labels}):
        g.add_node(row["id"], label=row["label"], **{k: v for k, v in row["props"].items() if k != "id"})
    for row in store.read(ALL_RELATIONSHIPS, {"labels": labels}):
        props = dict(row["props"])
        key = f'{row["type"]}:{props.pop("key", "")}'
        g.add_edge(row["from"], row["to"], key=key, type=row["type"], **props)
    return g
