"""Choose and open the graph store from one setting (``MAILLAGE_GRAPH_URI`` or ``--graph``)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from graph.store.base import GraphStore, StoreError

NEO4J_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}
FALKOR_SCHEMES = {"redis", "rediss", "falkor", "falkors", "unix"}


def open_store(uri: str | None, data_dir: Path, graph_name: str = "maillage") -> GraphStore:
    """Open the store ``uri`` names; no URI (or ``embedded``) means the embedded FalkorDB in ``data_dir``."""
    if not uri or uri == "embedded":
        from graph.store.embedded import EmbeddedServer
        from graph.store.falkor import FalkorStore

        server = EmbeddedServer(data_dir)
        server.attach()
        return FalkorStore(graph_name, unix_socket_path=str(server.socket_path), server=server,
                           label=f"falkordb intégré ({data_dir})")
    scheme = urlparse(uri).scheme.lower()
    if scheme in NEO4J_SCHEMES:
        from graph.store.neo4j_store import Neo4jStore

        return Neo4jStore(uri)
    if scheme in FALKOR_SCHEMES:
        from graph.store.falkor import FalkorStore

        url = uri.replace("falkor://", "redis://", 1).replace("falkors://", "rediss://", 1)
        if scheme == "unix":
            return FalkorStore(graph_name, unix_socket_path=urlparse(uri).path, label=f"falkordb ({uri})")
        return FalkorStore(graph_name, url=url, label=f"falkordb ({uri})")
    raise StoreError(
        f"Adresse de graphe non reconnue : « {uri} ». Attendu : rien (FalkorDB intégré), "
        "bolt:// neo4j:// neo4j+s:// (Neo4j) ou redis:// falkor:// (FalkorDB)."
    )
