"""The interface every graph store implements, and the conversion of results to plain Python values."""
from __future__ import annotations

import re
from abc import ABC, abstractmethod

from graph.schema import Schema


class StoreError(RuntimeError):
    """A graph store could not be reached or refused a statement."""


class ReadOnlyError(StoreError):
    """A statement that writes was given where only reading is allowed."""


_WRITE_CLAUSE = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS)\b", re.IGNORECASE
)
_STRINGS = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)


def assert_read_only(cypher: str) -> None:
    """Refuse a statement with a writing clause (strings and comments are ignored).

    The stores also run read statements in read-only mode, so this is a first, clearer line of defence.
    """
    m = _WRITE_CLAUSE.search(_STRINGS.sub("''", cypher))
    if m:
        raise ReadOnlyError(f"Requête refusée : « {m.group(1).upper()} » modifie le graphe (lecture seule).")


class GraphStore(ABC):
    """A Cypher graph database holding one Maillage graph."""

    backend: str = ""

    @abstractmethod
    def query(self, cypher: str, params: dict | None = None) -> list[dict]:
        """Run one statement and return its rows as dicts keyed by the RETURN aliases."""

    @abstractmethod
    def read(self, cypher: str, params: dict | None = None) -> list[dict]:
        """Run one statement in read-only mode (a write is refused)."""

    @abstractmethod
    def write(self, statements: list[tuple[str, dict]]) -> None:
        """Run statements as one atomic unit: all of them apply, or none."""

    @abstractmethod
    def ensure_schema(self, schema: Schema) -> None:
        """Create the indexes / constraints the schema asks for (idempotent)."""

    @abstractmethod
    def clear(self) -> None:
        """Delete the whole graph."""

    def save(self) -> None:
        """Make the last writes durable now, where the store needs to be told (embedded FalkorDB)."""

    def close(self) -> None:
        """Release connections (and the embedded server, if this store started it)."""

    def describe(self) -> str:
        return self.backend

    def version(self) -> str | None:
        """A stamp that changes whenever this graph is written through Maillage, so derived results can be kept
        until the next write; ``None`` when the store cannot tell (nothing is then kept)."""
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def plain(value):
    """A driver value as plain JSON-able Python: nodes, relationships and paths of either driver become dicts."""
    from falkordb.edge import Edge
    from falkordb.node import Node as FalkorNode
    from falkordb.path import Path as FalkorPath
    from neo4j import graph as neo4j_graph

    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, FalkorNode):
        return {"labels": sorted(value.labels or []), "properties": plain(value.properties)}
    if isinstance(value, neo4j_graph.Node):
        return {"labels": sorted(value.labels), "properties": plain(dict(value.items()))}
    if isinstance(value, Edge):
        return {"type": value.relation, "properties": plain(value.properties)}
    if isinstance(value, neo4j_graph.Relationship):  # its class is named after its type
        return {"type": value.type, "properties": plain(dict(value.items()))}
    if isinstance(value, FalkorPath):
        return {"nodes": plain(value.nodes()), "relationships": plain(value.edges())}
    if isinstance(value, neo4j_graph.Path):
        return {"nodes": plain(list(value.nodes)), "relationships": plain(list(value.relationships))}
    if hasattr(value, "iso_format"):  # neo4j temporal values
        return value.iso_format()
    return str(value)
