"""Graph stores: one interface (:class:`GraphStore`), three targets chosen by one URI.

- no URI: the embedded FalkorDB server in the data directory (the default);
- ``bolt://``, ``neo4j://``, ``neo4j+s://`` …: Neo4j (credentials from ``NEO4J_USERNAME`` / ``NEO4J_PASSWORD``);
- ``redis://``, ``rediss://``, ``falkor://``, ``unix://``: a FalkorDB server run elsewhere.
"""
from graph.store.base import GraphStore, ReadOnlyError, StoreError
from graph.store.factory import open_store

__all__ = ["GraphStore", "ReadOnlyError", "StoreError", "open_store"]
