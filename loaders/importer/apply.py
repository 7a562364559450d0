"""Applying a reviewed workbook: decisions checked, rejected rows skipped (and remembered), then the accepted rows
go through the tabular loaders' own path — :func:`loaders.rows.parse_table`, :func:`loaders.batch.build_batch`,
:func:`loaders.plan.plan_load`, one atomic write — so they are validated, idempotent and carry provenance like any
loaded file. Problems name the workbook, sheet, row, column and value.

Rejections are remembered in ``<data_dir>/importer/rejets.json`` (key: sheet + the proposal's natural key, e.g.
the organization's name as written, or a relationship's ends): the next import of the plan proposes those rows
already marked « rejeter ».
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graph.schema import Schema, load_schema
from graph.store import GraphStore
from loaders.importer.cleaning import fold
from loaders.importer.resolution import NODE_IDS
from loaders.importer.workbook import (
    DECISION,
    KEY,
    PROPOSED,
    REVIEW_COLUMNS,
    STATUS,
    columns,
    read_review,
)
from loaders.load import LoadReport, load_tables
from loaders.problems import LoadRejected, Location, Problem
from loaders.tables import Table, display_name
from loaders.values import parse_list

ACCEPTED = {"accepter", "accepte", "oui", "o", "ok", "garder", "a"}
REJECTED = {"rejeter", "rejete", "non", "n", "refuser", "r"}
REJECTIONS_FILE = "rejets.json"


class Rejections:
    """Rows rejected in earlier reviews, by key, in the data directory."""

    def __init__(self, data_dir: Path | None):
        self.path = Path(data_dir) / "importer" / REJECTIONS_FILE if data_dir else None
        self.keys: dict[str, dict] = {}
        if self.path and self.path.exists():
            try:
                self.keys = json.loads(self.path.read_text(encoding="utf-8")).get("keys", {})
            except (OSError, ValueError):
                self.keys = {}

    def add(self, key: str, document: str) -> None:
        self.keys.setdefault(key, {"document": document, "date": date.today().isoformat()})

    def save(self) -> None:
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"keys": self.keys}, ensure_ascii=False, indent=1), encoding="utf-8")


@dataclass
class ApplyReport(LoadReport):
    accepted: int = 0
    rejected: int = 0
    skipped: int = 0
    notes: list[str] = field(default_factory=list)


def apply_review(store: GraphStore, path: Path, *, data_dir: Path | None = None, dry_run: bool = False,
                 schema: Schema | None = None) -> ApplyReport:
    """Validate and load a review workbook, all or nothing. Raises :class:`LoadRejected`."""
    schema = schema or load_schema()
    try:
        book = read_review(path, schema)
    except ValueError as e:
        raise LoadRejected([Problem(Location(display_name(Path(path))), str(e))]) from e
    file = display_name(book.path)
    problems: list[Problem] = []
    kept: dict[str, list[tuple[int, dict]]] = {}
    dropped: set[str] = set()
    remap: dict[str, str] = {}
    rejections = Rejections(data_dir)
    report = ApplyReport()
    for type_name, sheet in book.sheets.items():
        is_node = type_name in schema.nodes
        id_header = "identifiant" if is_node else None
        for number, cells in sheet.rows:
            decision = fold(str(cells.get(DECISION, ""))).strip()
            proposed = str(cells.get(PROPOSED, "") or "")
            node_id = str(cells.get(id_header, "") or "") if is_node else ""
            if decision in REJECTED or (decision == "" and schema.nodes.get(type_name) is not None
                                        and schema.node(type_name).private):
                for x in (proposed, node_id):
                    if x:
                        dropped.add(x)
                if decision in REJECTED:
                    report.rejected += 1
                    if cells.get(KEY):
                        rejections.add(str(cells[KEY]), book.meta.get("document", file))
                else:
                    report.skipped += 1
                continue
            if decision not in ACCEPTED and decision != "":
                problems.append(Problem(Location(file, sheet.title, number),
                                        "décision inconnue ; attendu : accepter ou rejeter",
                                        column=DECISION, value=str(cells.get(DECISION))))
                continue
            if is_node and proposed and node_id and proposed != node_id:
                remap[proposed] = node_id
            kept.setdefault(type_name, []).append((number, cells))
            report.accepted += 1
    if problems:
        raise LoadRejected(problems)
    dropped -= set(remap.values())
    referenced = {v for rows in kept.values() for _, c in rows for k, v in c.items() if isinstance(v, str)
                  and ":" in v and k not in REVIEW_COLUMNS}
    existing = {r["id"] for r in store.query(NODE_IDS, {"ids": sorted(dropped | referenced)})} if (
        dropped or referenced) else set()
    gone = dropped - existing

    tables = []
    for type_name, rows in kept.items():
        sheet = book.sheets[type_name]
        headers = [h for h in sheet.headers if h and h not in REVIEW_COLUMNS]
        ref_headers = _reference_headers(schema, type_name)
        table = Table(sheet.title, file, sheet.title, headers)
        rows = _merge_same_ids(rows, report, sheet.title)
        seen_rels: set[tuple] = set()
        for number, cells in rows:
            values = {h: cells.get(h, "") for h in headers}
            for h in ref_headers & set(headers):
                ids = [remap.get(x, x) for x in parse_list(str(values[h] or ""))]
                left = [x for x in ids if x not in gone]
                values[h] = "; ".join(left)
                if ids and not left and h in ("de", "vers", "projet"):
                    values = None
                    break
            if values is None:
                report.notes.append(f"{sheet.title}, ligne {number} : ignorée (elle dépend d'une ligne rejetée ou "
                                    "d'une personne non gardée)")
                report.skipped += 1
                continue
            if type_name in schema.relationships:
                rel_key = (values.get("de"), values.get("vers"), _text(values.get("depuis", "")))
                if rel_key in seen_rels:
                    report.notes.append(f"{sheet.title}, ligne {number} : même relation qu'une ligne précédente "
                                        "(après fusion) ; ignorée")
                    continue
                seen_rels.add(rel_key)
            merged_into_existing = cells.get(PROPOSED) and cells.get(PROPOSED) != cells.get("identifiant") \
                and cells.get("identifiant") in existing
            if (str(cells.get(STATUS, "")).startswith("existant") or merged_into_existing) and type_name in (
                    "Organization", "Theme", "Committee", "ActionPlan"):
                values = {h: (v if h in ("identifiant", "alias", "source") else "") for h, v in values.items()}
            table.rows.append((number, [_text(values.get(h, "")) for h in headers]))
        tables.append(table)
    report_load = load_tables(store, tables, schema=schema, dry_run=dry_run)
    report.counts, report.tables, report.rows = report_load.counts, report_load.tables, report_load.rows
    report.seconds, report.dry_run = report_load.seconds, dry_run
    if not dry_run:
        rejections.save()
    return report


def _merge_same_ids(rows: list[tuple[int, dict]], report: ApplyReport, title: str) -> list[tuple[int, dict]]:
    """Two rows given the same identifiant by the reviewer are one node: aliases and sources are united."""
    out: list[tuple[int, dict]] = []
    first: dict[str, dict] = {}
    for number, cells in rows:
        node_id = str(cells.get("identifiant", "") or "")
        if not node_id or node_id not in first:
            if node_id:
                first[node_id] = cells
            out.append((number, cells))
            continue
        target = first[node_id]
        for h in ("alias", "source"):
            if h in cells or h in target:
                merged = parse_list(str(target.get(h, "") or "")) + parse_list(str(cells.get(h, "") or ""))
                target[h] = "; ".join(dict.fromkeys(merged))
        report.notes.append(f"{title}, ligne {number} : fusionnée avec la ligne de même identifiant « {node_id} »")
    return out


def _text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _reference_headers(schema: Schema, type_name: str) -> set[str]:
    """French headers of the columns that hold identifiers of other nodes."""
    if type_name in schema.nodes:
        return {link.fr or link.column for link in schema.node(type_name).links.values()}
    return {h for k, h in columns(schema, type_name) if k in ("from", "to")}
