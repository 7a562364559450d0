"""Neo4j (server, cluster or Aura) as a :class:`GraphStore`, through the official driver."""
from __future__ import annotations

import os

from graph.schema import Schema
from graph.store.base import GraphStore, ReadOnlyError, StoreError, assert_read_only, plain
from graph.store.ddl import neo4j_constraints


class Neo4jStore(GraphStore):
    backend = "neo4j"

    def __init__(self, uri: str, *, user: str | None = None, password: str | None = None,
                 database: str | None = None):
        import neo4j

        user = user or os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER") or "neo4j"
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD", "")
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        self.uri = uri
        self._neo4j = neo4j
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
            self.driver.verify_connectivity()
        except Exception as e:  # the driver raises many kinds
            raise StoreError(f"Neo4j injoignable ({uri}) : {e}") from e

    def describe(self) -> str:
        return f"neo4j ({self.uri})"

    def _session(self, read: bool = False):
        mode = self._neo4j.READ_ACCESS if read else self._neo4j.WRITE_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    @staticmethod
    def _rows(records) -> list[dict]:
        return [{k: plain(v) for k, v in r.items()} for r in records]

    def query(self, cypher: str, params: dict | None = None) -> list[dict]:
        try:
            with self._session() as s:
                return self._rows(s.run(cypher, params or {}))
        except self._neo4j.exceptions.Neo4jError as e:
            raise StoreError(str(e)) from e

    def read(self, cypher: str, params: dict | None = None) -> list[dict]:
        assert_read_only(cypher)
        try:
            with self._session(read=True) as s:
                return s.execute_read(lambda tx: self._rows(tx.run(cypher, params or {})))
        except self._neo4j.exceptions.Neo4jError as e:
            if "read" in str(e).lower() and "write" in str(e).lower():
                raise ReadOnlyError("Requête refusée : elle modifie le graphe (lecture seule).") from e
            raise StoreError(str(e)) from e

    def write(self, statements: list[tuple[str, dict]]) -> None:
        def work(tx):
            for text, params in statements:
                tx.run(text, params).consume()

        try:
            with self._session() as s:
                s.execute_write(work)
        except self._neo4j.exceptions.Neo4jError as e:
            raise StoreError(str(e)) from e

    def ensure_schema(self, schema: Schema) -> None:
        with self._session() as s:
            for text in neo4j_constraints(schema):
                s.run(text).consume()

    def clear(self) -> None:
        from graph.cypher import DELETE_ALL

        self.write([(DELETE_ALL, {})])

    def close(self) -> None:
        self.driver.close()
