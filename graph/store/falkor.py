"""FalkorDB (embedded or remote) as a :class:`GraphStore`."""
from __future__ import annotations

import re

import redis
from falkordb import FalkorDB

from graph.schema import Schema
from graph.store.base import GraphStore, ReadOnlyError, StoreError, assert_read_only, plain
from graph.store.ddl import falkordb_indexes

_PARAM = re.compile(r"\$(\w+)")
#: Seconds a single command may take before the store gives up with an error (rather than waiting forever).
SOCKET_TIMEOUT = 120


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
                self.db = FalkorDB.from_url(url, socket_timeout=SOCKET_TIMEOUT)
            else:
                self.db = FalkorDB(unix_socket_path=unix_socket_path, socket_timeout=SOCKET_TIMEOUT)
            self.db.connection.ping()
        except (redis.exceptions.ConnectionError, OSError) as e:
            if server is not None:
                server.detach()
            raise StoreError(f"FalkorDB injoignable ({url or unix_socket_path}) : {e}") from e
        self.graph_name = graph_name
        self._where = url or unix_socket_path
        self.graph = self.db.select_graph(graph_name)
        self._server = server
        self._label = label
        self._create_if_missing()

    def _create_if_missing(self) -> None:
        """FalkorDB refuses queries on a graph that does not exist yet: create it with its indexes."""
        if not self._exists():
            from graph.schema import load_schema

            self.ensure_schema(load_schema())

    def _exists(self) -> bool:
        # A plain key lookup rather than GRAPH.LIST, which goes through FalkorDB's graph-registry lock: once, under
        # load, a graph creation right after GRAPH.LIST was seen waiting forever on that lock (FalkorDB 4.16.3).
        return bool(self.db.connection.exists(self.graph_name))

    def describe(self) -> str:
        return self._label

    @property
    def _version_key(self) -> str:
        return f"maillage:version:{self.graph_name}"

    def version(self) -> str | None:
        """A counter kept beside the graph on the server, increased by every write, so every process sees it."""
        counter = self.db.connection.get(self._version_key)
        return f"{self._where}|{self.graph_name}|{int(counter or 0)}"

    def _written(self) -> None:
        self.db.connection.incr(self._version_key)

    @staticmethod
    def _rows(result) -> list[dict]:
        names = [h[1] for h in (result.header or [])]
        return [dict(zip(names, (plain(v) for v in row))) for row in result.result_set]

    def query(self, cypher: str, params: dict | None = None) -> list[dict]:
        try:
            return self._rows(self.graph.query(cypher, params or {}))
        except redis.exceptions.ResponseError as e:
            raise StoreError(str(e)) from e
        finally:
            self._written()  # a plain query may write

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
        finally:
            self._written()

    def ensure_schema(self, schema: Schema) -> None:
        for text in falkordb_indexes(schema):
            try:
                self.graph.query(text)
            except redis.exceptions.ResponseError as e:
                if "already indexed" not in str(e):
                    raise StoreError(str(e)) from e

    def clear(self) -> None:
        if self._exists():
            self.graph.delete()
        self.graph = self.db.select_graph(self.graph_name)
        self._create_if_missing()
        self._written()

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
