"""Schema DDL, the one place where the two backends differ: indexes and uniqueness derived from the schema."""
from __future__ import annotations

from graph.schema import Schema

#: Node properties indexed on every label besides ``id``.
INDEXED = ("name",)


def falkordb_indexes(schema: Schema) -> list[str]:
    """FalkorDB: range indexes on ``id`` (uniqueness is enforced by the loaders' MERGE on id) and ``name``."""
    return [f"CREATE INDEX FOR (n:{label}) ON (n.{prop})" for label in schema.nodes for prop in ("id", *INDEXED)]


def neo4j_constraints(schema: Schema) -> list[str]:
    """Neo4j: a uniqueness constraint on ``id`` per label and an index on ``name``."""
    out = []
    for label in schema.nodes:
        low = label.lower()
        out.append(f"CREATE CONSTRAINT maillage_{low}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE")
        for prop in INDEXED:
            out.append(f"CREATE INDEX maillage_{low}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
    return out
