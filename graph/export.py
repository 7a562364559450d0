"""Exports of the graph: GraphML, GEXF (Gephi), CSV (nodes + relationships) and XLSX."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd

FORMATS = ("graphml", "gexf", "csv", "xlsx")


def _flat(value):
    """Attribute values as GraphML / GEXF accept them: lists become ``;``-separated text."""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def flat_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        out.add_node(n, **{k: _flat(v) for k, v in data.items() if v is not None})
    for a, b, key, data in g.edges(keys=True, data=True):
        out.add_edge(a, b, key=key, **{k: _flat(v) for k, v in data.items() if v is not None})
    return out


def tables(g: nx.MultiDiGraph) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and relationships as two data frames (lists as ``;``-separated text)."""
    nodes = pd.DataFrame([{"id": n, **{k: _flat(v) for k, v in d.items()}} for n, d in g.nodes(data=True)])
    edges = pd.DataFrame(
        [{"from": a, "to": b, **{k: _flat(v) for k, v in d.items()}} for a, b, d in g.edges(data=True)]
    )
    return nodes, edges


def export(g: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """Write ``g`` in ``fmt`` to ``out`` (a file; for CSV, a folder receiving ``nodes.csv`` and
    ``relationships.csv``) and return the files written."""
    out = Path(out)
    if fmt == "graphml":
        nx.write_graphml(flat_graph(g), out)
        return [out]
    if fmt == "gexf":
        nx.write_gexf(flat_graph(g), out)
        return [out]
    nodes, edges = tables(g)
    if fmt == "csv":
        out.mkdir(parents=True, exist_ok=True)
        files = [out / "nodes.csv", out / "relationships.csv"]
        nodes.to_csv(files[0], index=False)
        edges.to_csv(files[1], index=False)
        return files
    if fmt == "xlsx":
        with pd.ExcelWriter(out) as writer:
            nodes.to_excel(writer, sheet_name="noeuds", index=False)
            edges.to_excel(writer, sheet_name="relations", index=False)
        return [out]
    raise ValueError(f"format d'export inconnu « {fmt} » ; attendu : {', '.join(FORMATS)}")
