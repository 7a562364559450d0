"""Exports of the graph: GraphML, GEXF (Gephi), CSV (nodes + relationships) and XLSX.

Two graphs are exported: the whole public graph (:func:`graph.snapshot.snapshot`, persons left out unless asked)
and the filtered organization network (:func:`network_graph`, with its metrics). Nodes and ties carry ``start`` /
``end`` years where the data gives them, so that GEXF is written in dynamic mode and Gephi's timeline works
(years as ``double``, a GEXF time format Gephi reads).

>>> span([(2026, 2028), (2017, None), (None, 2020)])
(2017, 2028)
>>> span([(None, None)])
(None, None)
"""
from __future__ import annotations

import io
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pandas as pd

from graph.analytics.affiliations import Affiliations
from graph.analytics.network import node_metrics, projection
from graph.analytics.period import fiscal_years
from graph.analytics.scope import Scope

FORMATS = ("graphml", "gexf", "csv", "xlsx")
#: Media type and file extension of each format as served (CSV: a zip of nodes.csv and relationships.csv).
MEDIA = {
    "graphml": ("application/graphml+xml", "graphml"),
    "gexf": ("application/gexf+xml", "gexf"),
    "csv": ("application/zip", "zip"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}


def _flat(value):
    """Attribute values as GraphML / GEXF accept them: lists become ``;``-separated text."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return value


def flat_graph(g: nx.Graph) -> nx.Graph:
    """A copy of ``g`` (same class) with list attributes joined and ``None`` values left out."""
    out = g.__class__()
    for n, data in g.nodes(data=True):
        out.add_node(n, **{k: _flat(v) for k, v in data.items() if v is not None})
    if g.is_multigraph():
        for a, b, key, data in g.edges(keys=True, data=True):
            out.add_edge(a, b, key=key, **{k: _flat(v) for k, v in data.items() if v is not None})
    else:
        for a, b, data in g.edges(data=True):
            out.add_edge(a, b, **{k: _flat(v) for k, v in data.items() if v is not None})
    return out


def span(periods) -> tuple[int | None, int | None]:
    """The earliest known start and the latest known end of ``(since, until)`` pairs (unknown bounds ignored)."""
    starts = [s for s, _ in periods if s is not None]
    ends = [e for _, e in periods if e is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _node_years(data: dict) -> tuple:
    """A snapshot node's years: a project's ``start``/``end``, a plan's years, a funding's fiscal year."""
    if data.get("start") is not None or data.get("end") is not None:
        return data.get("start"), data.get("end")
    if data.get("start_year") is not None:
        return data.get("start_year"), data.get("end_year")
    return fiscal_years(data.get("fiscal_year"))


def _gexf_graph(g: nx.Graph) -> nx.Graph:
    """``g`` as the GEXF writer needs it: the node label is its name (a schema label becomes ``node_type``), a
    relationship type becomes ``rel_type`` (GEXF's ``type`` is the edge direction), years as ``start`` / ``end``
    (``double``)."""
    out = flat_graph(g)
    for n, data in out.nodes(data=True):
        if "label" in data:
            data["node_type"] = data.pop("label")
            start, end = _node_years(data)
            data.pop("start", None), data.pop("end", None)
            data.update({k: v for k, v in (("start", start), ("end", end)) if v is not None})
        data["label"] = str(data.get("name") or n)
    edges = out.edges(keys=True, data=True) if out.is_multigraph() else out.edges(data=True)
    for *_, data in edges:
        if "type" in data:
            data["rel_type"] = data.pop("type")
            for bound, key in (("since", "start"), ("until", "end")):
                if data.get(bound) is not None:
                    data[key] = data[bound]
    for _, data in [*out.nodes(data=True), *((None, e[-1]) for e in edges)]:
        for key in ("start", "end"):
            if key in data:
                data[key] = float(data[key])
    return out


def tables(g: nx.Graph) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and relationships as two data frames (lists as ``;``-separated text)."""
    nodes = pd.DataFrame([{"id": n, **{k: _flat(v) for k, v in d.items()}} for n, d in g.nodes(data=True)])
    edges = pd.DataFrame(
        [{"from": a, "to": b, **{k: _flat(v) for k, v in d.items()}} for a, b, d in g.edges(data=True)]
    )
    return nodes, edges


def export(g: nx.Graph, fmt: str, out: Path) -> list[Path]:
    """Write ``g`` in ``fmt`` to ``out`` (a file; for CSV, a folder receiving ``nodes.csv`` and
    ``relationships.csv``) and return the files written."""
    out = Path(out)
    if fmt == "graphml":
        nx.write_graphml(flat_graph(g), out)
        return [out]
    if fmt == "gexf":
        nx.write_gexf(_gexf_graph(g), out)
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


def export_bytes(g: nx.Graph, fmt: str) -> bytes:
    """``g`` in ``fmt`` as the bytes of one file (CSV: a zip holding ``nodes.csv`` and ``relationships.csv``)."""
    with tempfile.TemporaryDirectory(prefix="maillage-export-") as tmp:
        if fmt != "csv":
            path = Path(tmp) / f"export.{fmt}"
            export(g, fmt, path)
            return path.read_bytes()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            for f in export(g, fmt, Path(tmp) / "csv"):
                z.write(f, f.name)
        return buffer.getvalue()


def overlap(a: tuple, b: tuple) -> tuple[int | None, int | None]:
    """When two organizations were in a context together: the later known start, the earlier known end (both
    spans, joined, if they never overlapped in the known years).

    >>> overlap((2018, 2022), (2021, None)), overlap((2019, 2020), (2024, 2025))
    ((2021, 2022), (2019, 2025))
    """
    starts = [s for s in (a[0], b[0]) if s is not None]
    ends = [e for e in (a[1], b[1]) if e is not None]
    start, end = (max(starts) if starts else None), (min(ends) if ends else None)
    if start is not None and end is not None and start > end:
        return span([a, b])
    return start, end


def network_graph(data: Affiliations, scope: Scope) -> nx.Graph:
    """The organization network in ``scope`` ready to export: nodes with name, acronym, sector and metrics; ties
    with ``weight``, ``kinds``, the shared contexts (names and ids); both with ``start`` / ``end`` years where
    known — a tie from the time both organizations were in one of its contexts (:func:`overlap`) to the last such
    time, an organization over all its affiliations and collaborations in scope."""
    g = projection(data, scope)
    metrics = node_metrics(g)
    periods: dict[tuple[str, str], list] = defaultdict(list)
    for a in scope.select(data):
        periods[(a.org, a.context)].append((a.since, a.until))
    for c in data.collaborations:
        if scope.period.overlaps(c.since, c.until):
            x, y = sorted((c.source_org, c.target_org))
            for org in (x, y):
                periods[(org, f"collab:{x}|{y}|{c.kind}")].append((c.since, c.until))
    ties = {}
    for x, y, d in g.edges(data=True):
        x, y = sorted((x, y))
        ids = [c["id"] for c in d["contexts"]]
        years = span([overlap(span(periods.get((x, c), ())), span(periods.get((y, c), ()))) for c in ids])
        ties[(x, y)] = years, {"weight": d["weight"], "kinds": d["kinds"], "context_ids": ids,
                               "contexts": [c["name"] for c in d["contexts"]]}
    out = nx.Graph(name="Réseau des organisations (Maillage)")
    for n in sorted(g.nodes):
        own = [p for (org, _), ps in periods.items() if org == n for p in ps]
        start, end = span(own + [years for pair, (years, _) in ties.items() if n in pair])
        out.add_node(n, **g.nodes[n], **metrics[n], **_years(start, end))
    for (x, y), ((start, end), attrs) in sorted(ties.items()):
        out.add_edge(x, y, **attrs, **_years(start, end))
    return out


def _years(start, end) -> dict:
    return {k: v for k, v in (("start", start), ("end", end)) if v is not None}
