"""Settings read from the environment (and overridden by CLI options): where the graph is and where data lives.

- ``MAILLAGE_GRAPH_URI``: the graph store (empty: embedded FalkorDB; ``bolt://…``: Neo4j; ``redis://…``: FalkorDB).
- ``MAILLAGE_DATA_DIR``: the embedded store's directory (default: the user's data directory, not the repository).
- ``MAILLAGE_INCLUDE_PERSONS``: ``1`` to let the API and exports show persons (private by default, Loi 25).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "oui"}


@dataclass(frozen=True)
class Settings:
    graph_uri: str | None
    data_dir: Path
    include_persons: bool = False

    @classmethod
    def from_env(cls, graph_uri: str | None = None, data_dir: Path | None = None) -> Settings:
        uri = graph_uri or os.environ.get("MAILLAGE_GRAPH_URI") or None
        directory = data_dir or os.environ.get("MAILLAGE_DATA_DIR") or user_data_dir("maillage", appauthor=False)
        return cls(uri, Path(directory).expanduser().resolve(), _flag("MAILLAGE_INCLUDE_PERSONS"))

    def open_store(self):
        from graph.store import open_store

        return open_store(self.graph_uri, self.data_dir)
