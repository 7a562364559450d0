"""From a table to parsed rows: which schema type a table holds, what each column means, each cell's value."""
from __future__ import annotations

from dataclasses import dataclass, field

from graph.schema import (
    Link, NodeType, Property, RelType, Schema, node_properties, normalize_header, rel_properties,
)
from loaders.problems import Location, Problem
from loaders.tables import Table
from loaders.values import parse, parse_list, parse_period

SOURCE = Property("source", "list", fr="source")
PERIOD = Property("period", "string", fr="periode")
FROM = Property("from", "string", True, fr="de")
TO = Property("to", "string", True, fr="vers")


@dataclass
class NodeRow:
    label: str
    id: str
    props: dict
    sources: list[str]
    links: list[tuple[Link, list[str], str]]
    location: Location
    table: str


@dataclass
class RelRow:
    type: str
    from_id: str
    to_id: str
    props: dict
    sources: list[str]
    location: Location
    table: str
    columns: dict = field(default_factory=dict)


def _columns(t: NodeType | RelType) -> dict[str, tuple[str, object]]:
    """Normalized header → (role, target) for every column a table of this type accepts."""
    cols: dict[str, tuple[str, object]] = {}
    props = node_properties(t) if isinstance(t, NodeType) else {"from": FROM, "to": TO, **rel_properties(t)}
    for p in props.values():
        for h in p.headers:
            cols[h] = ("prop", p)
    if isinstance(t, NodeType):
        for link in t.links.values():
            for h in link.headers:
                cols[h] = ("link", link)
        if t.period:
            for h in PERIOD.headers:
                cols[h] = ("period", PERIOD)
    for h in SOURCE.headers | {"sources", "provenance"}:
        cols[h] = ("source", SOURCE)
    return cols


def accepted_columns(t: NodeType | RelType) -> list[str]:
    """The English column names a table of this type accepts, in schema order (for messages and templates)."""
    names = ["id", "name", *t.properties] if isinstance(t, NodeType) else ["from", "to", *rel_properties(t)]
    if isinstance(t, NodeType):
        names += list(t.links) + (["period"] if t.period else [])
    return names + ["source"]


def parse_table(schema: Schema, table: Table) -> tuple[list[NodeRow | RelRow], list[Problem]]:
    """Parse every row of a table; problems name the file, row, column and value."""
    problems: list[Problem] = []
    try:
        t = schema.table(table.name)
    except KeyError:
        names = ", ".join(sorted(x.file for x in (*schema.nodes.values(), *schema.relationships.values())))
        return [], [Problem(table.location(), f"nom de fichier ou de feuille inconnu « {table.name} » ; attendu : {names}")]
    cols = _columns(t)
    mapping: list[tuple[str, object] | None] = []
    for header in table.headers:
        key = normalize_header(header)
        if not key:
            mapping.append(None)
        elif key in cols:
            mapping.append(cols[key])
        else:
            mapping.append(None)
            problems.append(Problem(table.location(1), "colonne inconnue ; attendues : "
                                    + ", ".join(accepted_columns(t)), column=header))
    present = {target.name for m in mapping if m for role, target in [m] if role == "prop"}
    required = ["id"] if isinstance(t, NodeType) else ["from", "to"]
    for name in required:
        if name not in present:
            problems.append(Problem(table.location(1), f"colonne obligatoire absente : « {name} »"))
    if problems:
        return [], problems
    out = []
    for row_number, cells in table.rows:
        row, row_problems = _parse_row(schema, t, table, mapping, row_number, cells)
        problems.extend(row_problems)
        if row is not None and not row_problems:
            out.append(row)
    return out, problems


def _parse_row(schema, t, table, mapping, row_number, cells):
    loc = table.location(row_number)
    problems: list[Problem] = []
    props: dict = {}
    sources: list[str] = []
    links: list[tuple[Link, list[str], str]] = []
    period = None
    for i, m in enumerate(mapping):
        if m is None:
            continue
        text = cells[i] if i < len(cells) else ""
        if not text:
            continue
        role, target = m
        header = table.headers[i]
        try:
            if role == "source":
                sources.extend(x for x in parse_list(text) if x not in sources)
            elif role == "link":
                links.append((target, parse_list(text) if target.list else [text], header))
            elif role == "period":
                period = parse_period(text)
            else:
                value = parse(target.type, text)
                if target.vocabulary:
                    vocab = schema.vocabulary(target.vocabulary)
                    for v in value if isinstance(value, list) else [value]:
                        if v not in vocab:
                            raise ValueError(f"code inconnu du vocabulaire « {vocab.name} » ; attendu : "
                                             + ", ".join(vocab.codes))
                props[target.name] = value
        except ValueError as e:
            problems.append(Problem(loc, str(e), column=header, value=text))
    if isinstance(t, NodeType):
        if period and t.period:
            for name, value in zip(t.period, period):
                if name in props and props[name] != value:
                    problems.append(Problem(loc, f"la période contredit la colonne « {name} »", column="period"))
                props.setdefault(name, value)
        node_id = props.pop("id", None)
        if not node_id:
            problems.append(Problem(loc, "identifiant manquant", column="id"))
            return None, problems
        if not props.get("name") and not t.name_required:
            props["name"] = node_id
        return NodeRow(t.name, node_id, props, sources, links, loc, table.location().ref), problems
    from_id, to_id = props.pop("from", None), props.pop("to", None)
    for name, value in (("from", from_id), ("to", to_id)):
        if not value:
            problems.append(Problem(loc, "identifiant manquant", column=name))
    if problems:
        return None, problems
    return RelRow(t.name, from_id, to_id, props, sources, loc, table.location().ref), problems
