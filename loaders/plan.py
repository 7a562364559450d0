"""Checking a batch against the graph and turning it into the statements that apply it.

References must resolve (in the batch or the graph), relationship ends must have the labels the schema allows,
required values must be known. Only nodes and relationships whose properties change are written, so loading the
same data twice writes nothing.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field

from graph import cypher
from graph.schema import Schema, node_properties, rel_properties
from graph.store import GraphStore
from loaders.batch import Batch, Record
from loaders.problems import Problem

#: How many ids a look-up query takes at once.
CHUNK = 1000


@dataclass
class LoadPlan:
    statements: list[tuple[str, dict]] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def count(self, kind: str, what: str) -> None:
        self.counts.setdefault(kind, {"created": 0, "updated": 0, "unchanged": 0})[what] += 1

    @property
    def changes(self) -> int:
        return sum(c["created"] + c["updated"] for c in self.counts.values())


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i: i + size]


def existing_nodes(store: GraphStore, schema: Schema, ids: set[str]) -> dict[str, tuple[str, dict]]:
    """Nodes of the graph among ``ids``: id → (label, properties)."""
    found: dict[str, tuple[str, dict]] = {}
    wanted = sorted(ids)
    for label in schema.nodes:
        for part in _chunks(wanted):
            for row in store.read(cypher.nodes_by_id(label, schema), {"ids": part}):
                found[row["id"]] = (label, row["props"])
    return found


def _union_sorted(*lists) -> list[str]:
    return sorted({x for lst in lists for x in (lst or [])})


def _final_props(rec: Record, old: dict | None) -> dict:
    props = dict(old or {})
    for name, value in rec.props.items():
        if isinstance(value, list) and isinstance(props.get(name), list):
            props[name] = props[name] + [x for x in value if x not in props[name]]
        else:
            props[name] = value
    loaded = _union_sorted(props.get("loaded_from"), rec.loaded_from)
    props["source"] = _union_sorted(props.get("source"), rec.sources or rec.loaded_from)
    props["loaded_from"] = loaded
    return props


def _suggest(node_id: str, known: list[str]) -> str:
    close = difflib.get_close_matches(node_id, known, n=3, cutoff=0.75)
    return f" ; vouliez-vous dire : {', '.join(close)} ?" if close else ""


def plan_load(store: GraphStore, schema: Schema, batch: Batch) -> LoadPlan:
    plan = LoadPlan(problems=list(batch.problems))
    wanted = set(batch.nodes) | {x for (_, a, b, _) in batch.rels for x in (a, b)}
    existing = existing_nodes(store, schema, wanted)

    node_rows: dict[str, list[dict]] = defaultdict(list)
    for node_id, rec in batch.nodes.items():
        old_label, old = existing.get(node_id, (None, None))
        if old_label and old_label != rec.kind:
            plan.problems.append(Problem(rec.location, f"cet identifiant désigne déjà un nœud {old_label} du graphe",
                                         column="id", value=node_id))
            continue
        props = _final_props(rec, old)
        props["id"] = node_id
        node_type = schema.node(rec.kind)
        for p in node_properties(node_type).values():
            if p.required and props.get(p.name) in (None, "", []):
                plan.problems.append(Problem(rec.location, "valeur obligatoire manquante", column=p.fr or p.name))
        if props == old:
            plan.count(rec.kind, "unchanged")
        else:
            plan.count(rec.kind, "created" if old is None else "updated")
            node_rows[rec.kind].append({"id": node_id, "props": props})

    def label_of(node_id: str) -> str | None:
        if node_id in batch.nodes:
            return batch.nodes[node_id].kind
        return existing.get(node_id, (None,))[0]

    known_ids = sorted(set(batch.nodes) | set(existing))
    groups: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    for (rel_type, a, b, _), rec in batch.rels.items():
        rel = schema.rel(rel_type)
        labels = []
        for node_id, column in zip((a, b), rec.columns):
            label = label_of(node_id)
            if label is None:
                plan.problems.append(Problem(
                    rec.location, "identifiant inconnu (ni dans ce chargement ni dans le graphe)"
                    + _suggest(node_id, known_ids), column=column, value=node_id))
            labels.append(label)
        if None in labels:
            continue
        if not rel.allows(*labels):
            allowed = ", ".join(f"{x} → {y}" for x in rel.from_labels for y in rel.to_labels if rel.allows(x, y))
            plan.problems.append(Problem(
                rec.location, f"une relation {rel_type} ne peut pas aller de {labels[0]} à {labels[1]} ; "
                f"permis : {allowed}", column=rec.columns[1], value=b))
            continue
        for p in rel_properties(rel).values():
            if p.required and rec.props.get(p.name) in (None, "", []):
                plan.problems.append(Problem(rec.location, "valeur obligatoire manquante", column=p.fr or p.name))
        groups[(rel_type, labels[0], labels[1])].append(rec)
    if plan.problems:
        return plan

    rel_rows: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for (rel_type, la, lb), recs in groups.items():
        query = cypher.relationships_between(rel_type, la, lb, schema)
        old_props: dict[tuple[str, str, str], dict] = {}
        pairs = sorted({(r.key[1], r.key[2]) for r in recs})
        for part in _chunks([{"from": a, "to": b} for a, b in pairs]):
            for row in store.read(query, {"pairs": part}):
                old_props[(row["from"], row["to"], row["key"])] = row["props"]
        for rec in recs:
            _, a, b, key = rec.key
            old = old_props.get((a, b, key))
            props = _final_props(rec, old)
            props["key"] = key
            if props == old:
                plan.count(rel_type, "unchanged")
            else:
                plan.count(rel_type, "created" if old is None else "updated")
                rel_rows[(rel_type, la, lb)].append({"from": a, "to": b, "key": key, "props": props})

    for label in schema.nodes:
        if node_rows.get(label):
            plan.statements.append((cypher.merge_nodes(label, schema), {"rows": node_rows[label]}))
    for (rel_type, la, lb), rows in sorted(rel_rows.items()):
        plan.statements.append((cypher.merge_relationships(rel_type, la, lb, schema), {"rows": rows}))
    return plan
