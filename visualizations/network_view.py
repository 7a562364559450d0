"""The carte (:mod:`graph.analytics.carte`) as vis-network data, built with pyvis and rendered by Maillage's own
template (``carte.html`` + ``static/carte.js``): pyvis's own template links Bootstrap from a CDN, so ``show()`` /
``write_html()`` are never called — only the nodes, edges and options pyvis builds are exported.

Colour: an organization (or funder) takes its sector's colour (colour-blind-safe palette), other kinds their kind's
colour; the kind is also told by the shape. Size: the chosen metric, scaled by vis-network (``value``), with labels
drawn only when large enough on screen (level of detail for big graphs).

>>> scaled(5, 0, 10)
23.0
"""
from __future__ import annotations

import math
import random
from collections import deque

import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network

from graph.analytics.carte import EDGE_KINDS, KINDS, METRICS
from graph.analytics.errors import BadParameter
from graph.schema import load_schema
from visualizations.links import entity_url
from visualizations.palette import NODE_KINDS, UNKNOWN, sector_colors, sector_legend
from visualizations.render import money, number

#: Schema label of each node kind (for :func:`entity_url`).
LABELS = {"organization": "Organization", "funder": "Organization", "concertation": "Concertation",
          "committee": "Committee", "project": "Project", "territory": "Territory"}
#: French names of the size metrics.
METRIC_FR = {"degree": "Degré (nombre de liens)", "betweenness": "Intermédiarité", "core": "k-noyau"}
#: Pixel sizes of the smallest and largest nodes.
SIZE_MIN, SIZE_MAX = 8, 38
#: Above this many nodes, the layout favours speed: positions seeded server-side (:func:`seed_positions`), a short
#: stabilization, edges hidden while dragging.
LARGE = 300
#: Hubs laid out first for a large graph; half-width of the layout of 100 nodes, in vis-network pixels.
HUBS = 250
SPREAD = 500
SEED = 42


def scaled(value: float, low: float, high: float) -> float:
    """``value`` mapped linearly from ``[low, high]`` to ``[SIZE_MIN, SIZE_MAX]`` (the middle when all equal)."""
    if high <= low:
        return float((SIZE_MIN + SIZE_MAX) / 2)
    return round(SIZE_MIN + (SIZE_MAX - SIZE_MIN) * (value - low) / (high - low), 1)


def seed_positions(node_ids: list[str], edges: list[tuple[str, str]], hubs: int = HUBS) -> dict[str, tuple]:
    """Starting positions for a large graph (vis-network's own layout is too slow there): a seeded spring layout
    of the ``hubs`` best-connected nodes, then every other node at the centre of its already placed neighbours
    (breadth first, with a small seeded jitter); nodes out of reach of the hubs on an outer ring."""
    g = nx.Graph()
    g.add_nodes_from(node_ids)
    g.add_edges_from(edges)
    top = sorted(g.nodes, key=lambda n: (-g.degree(n), n))[:hubs]
    spread = SPREAD * (len(node_ids) / 100) ** 0.5
    pos = {n: (float(x) * spread, float(y) * spread)
           for n, (x, y) in nx.spring_layout(g.subgraph(top), seed=SEED, iterations=60).items()}
    rng = random.Random(SEED)
    queue = deque(n for n in top)
    while queue:
        placed = queue.popleft()
        for n in g.neighbors(placed):
            if n in pos:
                continue
            around = [pos[m] for m in g.neighbors(n) if m in pos]
            x = sum(p[0] for p in around) / len(around)
            y = sum(p[1] for p in around) / len(around)
            jitter = SPREAD * 0.25
            pos[n] = (x + rng.uniform(-jitter, jitter), y + rng.uniform(-jitter, jitter))
            queue.append(n)
    rest = [n for n in node_ids if n not in pos]
    for i, n in enumerate(rest):
        angle = 2 * math.pi * i / max(1, len(rest))
        pos[n] = (1.2 * spread * math.cos(angle), 1.2 * spread * math.sin(angle))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


def options(n_nodes: int) -> dict:
    """vis-network options for a graph of ``n_nodes``: barnesHut physics with a bounded stabilization, no smooth
    edges, labels only when readable; for large graphs no improved layout and edges hidden while dragging."""
    large = n_nodes > LARGE
    return {
        "autoResize": True,
        "layout": {"randomSeed": 42, "improvedLayout": not large},
        "physics": {"enabled": not large, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -3000 if large else -6000, "springLength": 110,
                                  "springConstant": 0.04, "damping": 0.3, "avoidOverlap": 0},
                    "stabilization": {"enabled": not large, "iterations": 400, "updateInterval": 50,
                                      "fit": True},
                    "minVelocity": 1.5},
        "nodes": {"borderWidth": 1, "font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3,
                                             "strokeColor": "#ffffff"},
                  "scaling": {"min": SIZE_MIN, "max": SIZE_MAX,
                              "label": {"enabled": True, "min": 11, "max": 22, "drawThreshold": 9,
                                        "maxVisible": 26}}},
        "edges": {"smooth": False, "color": {"color": "#9a9a9a", "highlight": "#1f1f1f", "opacity": 0.6},
                  "width": 1, "selectionWidth": 2},
        "interaction": {"hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "keyboard": {"enabled": True, "bindToWindow": False},
                        "navigationButtons": False, "multiselect": False},
    }


#: Longest label drawn on the canvas (the full name is in the tooltip and the side panel).
LABEL_MAX = 38


def _short(node: dict) -> str:
    text = node.get("acronym") or node["name"]
    return text if len(text) <= LABEL_MAX else text[:LABEL_MAX - 1].rstrip() + "…"


def details(node: dict) -> list[dict]:
    """What the side panel says about a node, as French ``{label, value}`` pairs."""
    sectors = load_schema().vocabulary("sectors")
    out = [{"label": "Type", "value": NODE_KINDS[node["kind"]]["label"]}]
    if node.get("acronym"):
        out.append({"label": "Sigle", "value": node["acronym"]})
    if node.get("sector"):
        out.append({"label": "Secteur", "value": sectors.label(node["sector"]) if node["sector"] in sectors
                    else node["sector"]})
    if node.get("funder"):
        out.append({"label": "Bailleur de fonds", "value": f"oui — {money(node.get('funding_total'))} au total"})
    if node.get("start") or node.get("end"):
        out.append({"label": "Années", "value": "–".join(str(y) for y in (node.get("start"), node.get("end")) if y)})
    if node.get("level"):
        out.append({"label": "Niveau", "value": node["level"]})
    out += [{"label": "Liens", "value": number(node["degree"])},
            {"label": "Intermédiarité", "value": number(node["betweenness"], 3)},
            {"label": "k-noyau", "value": number(node["core"])}]
    return out


def _edge_title(edge: dict) -> str:
    parts = edge["roles"] or [EDGE_KINDS[k] for k in edge["kinds"]]
    text = ", ".join(dict.fromkeys(parts))
    if "funds" in edge["kinds"]:
        text += f" — {money(edge.get('amount'))}"
        if edge.get("fiscal_years"):
            text += f" ({', '.join(edge['fiscal_years'])})"
    return text


def build_network(carte: dict, size: str = "degree") -> Network:
    """The pyvis network of a carte, its nodes sized by ``size`` (degree, betweenness or core)."""
    colors = sector_colors()
    net = Network(directed=False, cdn_resources="local")
    values = [n[size] for n in carte["nodes"]]
    large = len(carte["nodes"]) > LARGE
    positions = seed_positions([n["id"] for n in carte["nodes"]],
                               [(e["source"], e["target"]) for e in carte["edges"]]) if large else {}
    low, high = (min(values), max(values)) if values else (0, 0)
    for n in carte["nodes"]:
        kind = NODE_KINDS[n["kind"]]
        color = colors.get(n.get("sector"), UNKNOWN) if n["kind"] in ("organization", "funder") else kind["color"]
        net.add_node(n["id"], label=_short(n), shape=kind["shape"], color=color, value=n[size],
                     size=scaled(n[size], low, high), title=f"{n['name']} — {kind['label']}", kind=n["kind"],
                     name=n["name"], sector=n.get("sector"), funder=bool(n.get("funder")),
                     metrics={m: n[m] for m in METRICS}, url=entity_url(LABELS[n["kind"]], n["id"]),
                     details=details(n), borderWidth=3 if n.get("funder") else 1,
                     **({"x": positions[n["id"]][0], "y": positions[n["id"]][1]} if large else {}))
    # pyvis's add_edge checks every existing edge for a duplicate (quadratic: seconds at 2,000 nodes); the carte's
    # edges are already unique, so pyvis's Edge is built directly.
    for e in carte["edges"]:
        net.edges.append(Edge(e["source"], e["target"], title=_edge_title(e), kind=e["kinds"][0],
                              kinds=e["kinds"], dashes="in_territory" in e["kinds"]).options)
    net.options = options(len(carte["nodes"]))
    return net


def legend(carte: dict) -> dict:
    """The node kinds shown (French name, shape, colour, count) and the sectors present (label, colour, count)."""
    counts = carte["counts"]["kinds"]
    kinds = [{"kind": k, "label": NODE_KINDS[k]["plural"], "singular": NODE_KINDS[k]["label"], "shape": NODE_KINDS[k]["shape"],
              "color": NODE_KINDS[k]["color"], "count": counts[k]} for k in KINDS if k in counts]
    present: dict[str, int] = {}
    for n in carte["nodes"]:
        if n["kind"] in ("organization", "funder") and n.get("sector"):
            present[n["sector"]] = present.get(n["sector"], 0) + 1
    sectors = [{**s, "count": present[s["code"]]} for s in sector_legend() if s["code"] in present]
    return {"kinds": kinds, "sectors": sectors}


def vis_data(carte: dict, size: str = "degree") -> dict:
    """Everything the explorer draws: vis ``nodes`` / ``edges`` / ``options`` (from pyvis), the ``legend``,
    ``counts``, the ``filters`` and the ``size`` metric."""
    if size not in METRICS:
        raise BadParameter(f"mesure de taille inconnue « {size} » ; attendu : {', '.join(METRICS)}")
    net = build_network(carte, size)
    return {"filters": carte["filters"], "size": size, "counts": carte["counts"], "legend": legend(carte),
            "nodes": net.nodes, "edges": net.edges, "options": net.options}
