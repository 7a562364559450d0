"""Every Cypher statement Maillage runs, in the subset common to Neo4j and FalkorDB.

Fixed statements are declared with :func:`statement`; statements derived from the schema (one per label or
relationship type) are built by the functions below from schema names only, never from user input. The test suite
lints :func:`all_statements` with Neo4j's own parser and semantic analyzer.

>>> merge_nodes("Organization").splitlines()[0]
'UNWIND $rows AS row'
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from graph.schema import Schema, load_schema

_REGISTRY: dict[str, str] = {}
_GENERATORS: list[Callable[[Schema], Iterator[str]]] = []


def statement(name: str, text: str) -> str:
    """Register a fixed Cypher statement under ``name`` and return its text."""
    if name in _REGISTRY and _REGISTRY[name] != text:
        raise ValueError(f"two different statements named {name}")
    _REGISTRY[name] = text
    return text


def generated(fn: Callable[[Schema], Iterator[str]]) -> Callable[[Schema], Iterator[str]]:
    """Register a generator of schema-derived statements (for the lint test)."""
    _GENERATORS.append(fn)
    return fn


def all_statements(schema: Schema | None = None) -> dict[str, str]:
    """All statements: the registered ones and every schema-derived one, keyed by a readable name."""
    schema = schema or load_schema()
    out = dict(_REGISTRY)
    for fn in _GENERATORS:
        for i, text in enumerate(fn(schema)):
            out[f"{fn.__name__}[{i}]"] = text
    return out


def _check_name(schema: Schema, name: str) -> str:
    """Labels and relationship types come from the schema only."""
    if name not in schema.nodes and name not in schema.relationships:
        raise ValueError(f"not a schema label or relationship type: {name!r}")
    return name


def _check_names(schema: Schema | None, *names: str) -> Schema:
    schema = schema or load_schema()
    for name in names:
        _check_name(schema, name)
    return schema


def merge_nodes(label: str, schema: Schema | None = None) -> str:
    """Create or replace nodes of one label: ``$rows`` = ``[{id, props}]``; ``props`` is the whole property map."""
    label = _check_name(schema or load_schema(), label)
    return f"UNWIND $rows AS row\nMERGE (n:{label} {{id: row.id}})\nSET n = row.props"


def merge_relationships(rel_type: str, from_label: str, to_label: str, schema: Schema | None = None) -> str:
    """Create or replace relationships between existing nodes: ``$rows`` = ``[{from, to, key, props}]``.

    ``key`` tells apart relationships of one type between the same two nodes (a membership renewed in another
    period): it is the ``since`` year of temporal relationships, ``""`` otherwise.
    """
    _check_names(schema, rel_type, from_label, to_label)
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{from_label} {{id: row.from}})\n"
        f"MATCH (b:{to_label} {{id: row.to}})\n"
        f"MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b)\n"
        "SET r = row.props"
    )


def nodes_by_id(label: str, schema: Schema | None = None) -> str:
    """Existing nodes of one label among ``$ids``, with all their properties."""
    label = _check_name(schema or load_schema(), label)
    return f"MATCH (n:{label})\nWHERE n.id IN $ids\nRETURN n.id AS id, n {{.*}} AS props"


def relationships_between(rel_type: str, from_label: str, to_label: str, schema: Schema | None = None) -> str:
    """Existing relationships of one type among ``$pairs`` = ``[{from, to}]``, with their properties."""
    _check_names(schema, rel_type, from_label, to_label)
    return (
        "UNWIND $pairs AS p\n"
        f"MATCH (a:{from_label} {{id: p.from}})-[r:{rel_type}]->(b:{to_label} {{id: p.to}})\n"
        "RETURN a.id AS from, b.id AS to, r.key AS key, r {.*} AS props"
    )


def count_nodes(label: str, schema: Schema | None = None) -> str:
    label = _check_name(schema or load_schema(), label)
    return f"MATCH (n:{label}) RETURN count(n) AS count"


def count_relationships(rel_type: str, schema: Schema | None = None) -> str:
    rel_type = _check_name(schema or load_schema(), rel_type)
    return f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS count"


@generated
def _schema_statements(schema: Schema) -> Iterator[str]:
    for label in schema.nodes:
        yield merge_nodes(label, schema)
        yield nodes_by_id(label, schema)
        yield count_nodes(label, schema)
    for rel in schema.relationships.values():
        yield count_relationships(rel.name, schema)
        for a in rel.from_labels:
            for b in rel.to_labels:
                if rel.allows(a, b):
                    yield merge_relationships(rel.name, a, b, schema)
                    yield relationships_between(rel.name, a, b, schema)


DELETE_ALL = statement("delete_all", "MATCH (n) DETACH DELETE n")
