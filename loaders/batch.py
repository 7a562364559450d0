"""Merging the parsed rows of one load into node and relationship records.

A node id (or a relationship's type, from, to and ``since`` year) seen twice in one table is a duplicate; seen in two tables it is
the same fact described twice: values must agree, lists and provenance are united.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from loaders.problems import Location, Problem
from loaders.rows import NodeRow, RelRow


@dataclass
class Record:
    """A node (``key`` = id) or relationship (``key`` = (type, from, to, since)) as the load describes it."""

    key: object
    kind: str  # label or relationship type
    props: dict = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    loaded_from: list[str] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    tables: dict[str, Location] = field(default_factory=dict)
    prop_origin: dict[str, Location] = field(default_factory=dict)
    columns: tuple[str, str] = ("from", "to")

    @property
    def location(self) -> Location:
        return self.locations[0]


def _union(a: list, b: list) -> list:
    return a + [x for x in b if x not in a]


def _absorb(record: Record, props: dict, sources: list[str], loc: Location, table: str,
            problems: list[Problem], what: str) -> None:
    if table in record.tables and table:
        problems.append(Problem(loc, f"{what} en double (déjà à la ligne {record.tables[table].row})"))
        return
    for name, value in props.items():
        old = record.props.get(name)
        if old is None:
            record.props[name] = value
            record.prop_origin[name] = loc
        elif isinstance(old, list) and isinstance(value, list):
            record.props[name] = _union(old, value)
        elif old != value:
            problems.append(Problem(
                loc, f"{what} décrit autrement dans {record.prop_origin[name]} (« {old} »)",
                column=name, value=str(value)))
    record.sources = _union(record.sources, sources)
    record.loaded_from = _union(record.loaded_from, [loc.ref])
    record.locations.append(loc)
    if table:
        record.tables[table] = loc


@dataclass
class Batch:
    nodes: dict[str, Record] = field(default_factory=dict)
    rels: dict[tuple[str, str, str, str], Record] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def add_node(self, row: NodeRow) -> None:
        rec = self.nodes.get(row.id)
        if rec is None:
            rec = self.nodes[row.id] = Record(row.id, row.label)
        elif rec.kind != row.label:
            self.problems.append(Problem(
                row.location, f"l'identifiant désigne déjà un nœud {rec.kind} ({rec.location})",
                column="id", value=row.id))
            return
        _absorb(rec, row.props, row.sources, row.location, row.table, self.problems, f"identifiant « {row.id} »")
        for link, targets, header in row.links:
            for target in targets:
                a, b = (target, row.id) if link.reverse else (row.id, target)
                columns = (header, "id") if link.reverse else ("id", header)
                self._add_rel(link.rel, a, b, {}, row.sources, row.location, "", columns)

    def add_rel(self, row: RelRow) -> None:
        self._add_rel(row.type, row.from_id, row.to_id, row.props, row.sources, row.location, row.table)

    def _add_rel(self, rel_type, a, b, props, sources, loc, table, columns=("from", "to")) -> None:
        since = props.get("since")
        key = (rel_type, a, b, "" if since is None else str(since))
        rec = self.rels.get(key)
        if rec is None:
            rec = self.rels[key] = Record(key, rel_type, columns=columns)
        _absorb(rec, props, sources, loc, table, self.problems, f"relation {rel_type} {a} → {b}")


def build_batch(rows: list[NodeRow | RelRow]) -> Batch:
    batch = Batch()
    for row in rows:
        if isinstance(row, NodeRow):
            batch.add_node(row)
    for row in rows:
        if isinstance(row, RelRow):
            batch.add_rel(row)
    return batch
