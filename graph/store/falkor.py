"""FalkorDB (embedded or remote) as a :class:`GraphStore`."""
from __future__ import annotations

import re

import redis
from falkordb import FalkorDB

from graph.schema import Schema
from graph.store.base import GraphStore, ReadOnlyError, StoreError, assert_read_only, plain
from graph.store.ddl import falkordb_indexes

_PARAM = re.compile(r"\$(\w+)")


def compose(statements: list[tuple[str, dict]]) -> tuple[str, dict]:
    """Join write statements into one query (FalkorDB runs a query atomically and undoes it on error).

    Each statement's parameters are renamed ``$name_i``; ``WITH count(*)`` separates the parts and keeps one row
    flowing even when a part had no rows.

    >>> compose([("UNWIND $rows AS row CREATE (:A {id: row})", {"rows": [1]}),
    ...          ("UNWIND $rows AS row CREATE (:B {id: row})", {"rows": [2]})])[0]
    'UNWIND $rows_0 AS row CREATE (:A {id: row})\\nWITH count(*) AS _0\\nUNWIND $rows_1 AS row CREATE (:B {id: row})'
    """
    parts, params = [], {}
    for i, (text, p) in enumerate(statements):
        parts.append(_PARAM.sub(lambda m: f"${m.group(1)}_{i}", text))
        params.update({f"{k}_{i}": v for k, v in p.items()})
    query = "".join(
        part if i == 0 else f"\nWITH count(*) AS _{i - 1}\n{part}" for i, part in enumerate(parts)
    )
    return query, params


class FalkorStore(GraphStore):
    backend = "falkordb"

    def __init__(self, graph_name: str = "maillage", *, unix_socket_path: str | None = None,
                 url: str | None = None, server=None, label: str = "falkordb"):
        try:
            if url:
                self.db = FalkorDB.from_url(url)
            else:
                self.db = FalkorDB(unix_socket_path=unix_socket_path)
            self.db.connection.ping()
        except (redis.exceptions.ConnectionError, OSError) as e:
            if server is not None:
                server.detach()
            raise StoreError(f"FalkorDB injoignable ({url or unix_socket_path}) : {e}") from e
        self.graph_name = graph_name
        self.graph = self.db.select_graph(graph_name)
        self._server = server
        self._label = label
        self._create_if_missing()

    def _create_if_missing(self) -> None:
        """FalkorDB refuses queries on a graph that does not exist yet: create it with its indexes."""
        if self.graph_name not in self.db.list_graphs():
            from graph.schema import load_schema

            self.ensure_schema(load_schema())

    def describe(self) -> str:
        return self._label

    @staticmethod
    def _rows(result) -> list[dict]:
        names = [h[1] for h in (result.header or [])]
        return [dict(zip(names, (plain(v) for v in row))) for row in result.result_set]

    def query(self, cypher: str, params: dict | None = None) -> list[dict]:
        try:
            return self._rows(self.graph.query(cypher, params or {}))
        except redis.exceptions.ResponseError as e:
            raise StoreError(str(e)) from e

    def read(self, cypher: str, params: dict | None = None) -> list[dict]:
        assert_read_only(cypher)
        try:
            return self._rows(self.graph.ro_query(cypher, params or {}))
        except redis.exceptions.ResponseError as e:
            if "read-only" in str(e) or "RO_QUERY" in str(e):
                raise ReadOnlyError("Requête refusée : elle modifie le graphe (lecture seule).") from e
            raise StoreError(str(e)) from e

    def write(self, statements: list[tuple[str, dict]]) -> None:
        statements = [s for s in statements if s[0]]
        if not statements:
            return
        query, params = compose(statements)
        try:
            self.graph.query(query, params)
        except redis.exceptions.ResponseError as e:
            raise StoreError(str(e)) from e

    def ensure_schema(self, schema: Schema) -> None:
        for text in falkordb_indexes(schema):
            try:
                self.graph.query(text)
            except redis.exceptions.ResponseError as e:
                if "already indexed" not in str(e):
                    raise StoreError(str(e)) from e

    def clear(self) -> None:
        if self.graph_name in self.db.list_graphs():
            self.graph.delete()
        self.graph = self.db.select_graph(self.graph_name)
        self._create_if_missing()

    def save(self) -> None:
        """Write the snapshot to disk now (embedded server)."""
        try:
            self.db.connection.save()
        except redis.exceptions.ResponseError:
            pass

    def close(self) -> None:
        try:
            self.db.connection.close()
        finally:
            if self._server is not None:
                self._server.detach()
                self._server = None
