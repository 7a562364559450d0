"""The declarative schema, read from ``graph/schema.yaml``: the single source of labels, properties,
relationship types and vocabularies that the loaders, the store, the API and the docs derive from.

>>> schema = load_schema()
>>> schema.node("Organization").prop("sector").vocabulary
'sectors'
>>> schema.rel("MEMBER_OF").from_labels
('Organization', 'Person')
>>> schema.table("organisations").name
'Organization'
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from graph.vocabularies import Vocabulary, load_vocabulary, vocabulary_dir

SCHEMA_PATH = Path(__file__).resolve().parent / "schema.yaml"

#: Provenance properties every node and relationship carries (lists of strings).
PROVENANCE = ("source", "loaded_from")


def normalize_header(text: str) -> str:
    """Fold a column or sheet header: no accents, lower case, ``_`` for separators.

    >>> normalize_header(" Année financière ")
    'annee_financiere'
    """
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    out = "".join(c if c.isalnum() else "_" for c in text.strip().lower())
    return "_".join(p for p in out.split("_") if p)


def headers(*names: str | None) -> set[str]:
    """The normalized headers a column, file or sheet may be written as."""
    return {normalize_header(n) for n in names if n}


@dataclass(frozen=True)
class Property:
    name: str
    type: str = "string"
    required: bool = False
    vocabulary: str | None = None
    fr: str | None = None

    @property
    def headers(self) -> set[str]:
        return headers(self.name, self.fr)


@dataclass(frozen=True)
class Link:
    """A shorthand column on a node row that creates a relationship (``reverse``: the row's node is the target)."""

    column: str
    rel: str
    fr: str | None = None
    list: bool = False
    reverse: bool = False

    @property
    def headers(self) -> set[str]:
        return headers(self.column, self.fr)


@dataclass(frozen=True)
class NodeType:
    name: str
    file: str
    fr: str
    label_fr: str
    properties: dict[str, Property]
    links: dict[str, Link] = field(default_factory=dict)
    period: tuple[str, str] | None = None
    private: bool = False
    name_required: bool = True

    kind = "node"

    def prop(self, name: str) -> Property:
        return self.properties[name]

    @property
    def headers(self) -> set[str]:
        return headers(self.file, self.fr, self.name)


@dataclass(frozen=True)
class RelType:
    name: str
    file: str
    fr: str
    label_fr: str
    from_labels: tuple[str, ...]
    to_labels: tuple[str, ...]
    properties: dict[str, Property]
    pairs: tuple[tuple[str, str], ...] | None = None
    temporal: bool = False

    kind = "relationship"

    def allows(self, from_label: str, to_label: str) -> bool:
        if self.pairs is not None:
            return (from_label, to_label) in self.pairs
        return from_label in self.from_labels and to_label in self.to_labels

    def prop(self, name: str) -> Property:
        return self.properties[name]

    @property
    def headers(self) -> set[str]:
        return headers(self.file, self.fr, self.name)


def _props(spec: dict | None) -> dict[str, Property]:
    return {name: Property(name=name, **(p or {})) for name, p in (spec or {}).items()}


@dataclass(frozen=True)
class Schema:
    nodes: dict[str, NodeType]
    relationships: dict[str, RelType]
    vocabularies: dict[str, Vocabulary]

    def node(self, label: str) -> NodeType:
        return self.nodes[label]

    def rel(self, rel_type: str) -> RelType:
        return self.relationships[rel_type]

    def table(self, name: str) -> NodeType | RelType:
        """The node or relationship type a file / sheet name stands for (English or French, any case)."""
        key = normalize_header(Path(name).stem)
        for t in (*self.nodes.values(), *self.relationships.values()):
            if key in t.headers:
                return t
        raise KeyError(name)

    def vocabulary(self, name: str) -> Vocabulary:
        return self.vocabularies[name]

    @property
    def public_labels(self) -> list[str]:
        """Labels that public views and exports may show (Person is private by default)."""
        return [n.name for n in self.nodes.values() if not n.private]


def node_properties(node: NodeType) -> dict[str, Property]:
    """All the properties a node of this type may carry, the implicit ``id`` and ``name`` first."""
    implicit = {
        "id": Property("id", "string", True, fr="identifiant"),
        "name": Property("name", "string", True, fr="nom"),
    }
    return {**implicit, **node.properties}


def rel_properties(rel: RelType) -> dict[str, Property]:
    """All the properties a relationship of this type may carry (``since`` / ``until`` when temporal)."""
    temporal = (
        {"since": Property("since", "year", fr="depuis"), "until": Property("until", "year", fr="jusqu_a")}
        if rel.temporal
        else {}
    )
    return {**rel.properties, **temporal}


@lru_cache(maxsize=4)
def _load(path: str, vocab_dir: str) -> Schema:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    vocabularies = {
        name: load_vocabulary(Path(vocab_dir) / file) for name, file in raw.get("vocabularies", {}).items()
    }
    nodes = {}
    for label, spec in raw["nodes"].items():
        nodes[label] = NodeType(
            name=label,
            file=spec["file"],
            fr=spec.get("fr", spec["file"]),
            label_fr=spec.get("label_fr", label),
            properties=_props(spec.get("properties")),
            links={col: Link(column=col, **l) for col, l in (spec.get("links") or {}).items()},
            period=tuple(spec["period"]) if spec.get("period") else None,
            private=bool(spec.get("private", False)),
            name_required=bool(spec.get("name_required", True)),
        )
    rels = {}
    for rtype, spec in raw["relationships"].items():
        rels[rtype] = RelType(
            name=rtype,
            file=spec["file"],
            fr=spec.get("fr", spec["file"]),
            label_fr=spec.get("label_fr", rtype),
            from_labels=tuple(spec["from"]),
            to_labels=tuple(spec["to"]),
            properties=_props(spec.get("properties")),
            pairs=tuple(tuple(p) for p in spec["pairs"]) if spec.get("pairs") else None,
            temporal=bool(spec.get("temporal", False)),
        )
    schema = Schema(nodes, rels, vocabularies)
    _check(schema)
    return schema


def _check(schema: Schema) -> None:
    """Fail fast on an inconsistent schema file (unknown labels, vocabularies or relationship types)."""
    for node in schema.nodes.values():
        for link in node.links.values():
            if link.rel not in schema.relationships:
                raise ValueError(f"{node.name}.{link.column}: unknown relationship type {link.rel}")
        for prop in node.properties.values():
            if prop.vocabulary and prop.vocabulary not in schema.vocabularies:
                raise ValueError(f"{node.name}.{prop.name}: unknown vocabulary {prop.vocabulary}")
    for rel in schema.relationships.values():
        for label in (*rel.from_labels, *rel.to_labels):
            if label not in schema.nodes:
                raise ValueError(f"{rel.name}: unknown label {label}")


def load_schema(path: Path | None = None) -> Schema:
    """The schema (cached): ``graph/schema.yaml`` with the vocabularies of :func:`vocabulary_dir`."""
    return _load(str(path or SCHEMA_PATH), str(vocabulary_dir()))
