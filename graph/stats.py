"""Counts of nodes per label and relationships per type."""
from __future__ import annotations

from graph import cypher
from graph.schema import Schema, load_schema
from graph.store import GraphStore


def graph_counts(store: GraphStore, schema: Schema | None = None) -> dict[str, dict[str, int]]:
    """``{"nodes": {label: n}, "relationships": {type: n}}`` for every schema label and type."""
    schema = schema or load_schema()
    nodes = {label: store.read(cypher.count_nodes(label, schema))[0]["count"] for label in schema.nodes}
    rels = {t: store.read(cypher.count_relationships(t, schema))[0]["count"] for t in schema.relationships}
    return {"nodes": nodes, "relationships": rels}
