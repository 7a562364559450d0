"""Search every node kind by name, acronym, alias or code, insensitive to accents, case and punctuation.

>>> fold("  CISSS de Lanaudière ")
'cisss de lanaudiere'
>>> fold("L'Assomption — MRC")
'l assomption mrc'
>>> score("cssda", ["Centre de services scolaire des Affluents", "CSSDA"])
(100, 'CSSDA')
>>> score("csda", ["CSSDA"])[0] > 0
True
"""
from __future__ import annotations

import unicodedata

from rapidfuzz import fuzz

from graph.analytics.cache import per_version
from graph.analytics.errors import NotFound
from graph.cypher import statement
from graph.schema import load_schema
from graph.store import GraphStore

SEARCHABLE = statement(
    "search_nodes",
    "MATCH (n)\nWHERE labels(n)[0] IN $labels\n"
    "RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.acronym AS acronym, n.aliases AS aliases,\n"
    "       n.code AS code, n.level AS level",
)

#: Minimum rapidfuzz ratio for a typo (``csda`` for ``cssda``) to count as a match.
FUZZY_MIN = 80


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def score(query: str, texts: list[str]) -> tuple[int, str | None]:
    """How well ``query`` matches the best of ``texts`` (100 exact, 80 prefix, 60 every word, 40 inside,
    up to 30 for a close spelling), and which text matched."""
    q = fold(query)
    best: tuple[int, str | None] = (0, None)
    if not q:
        return best
    words = q.split()
    for text in texts:
        t = fold(text)
        if not t:
            continue
        tokens = t.split()
        if t == q or t.replace(" ", "") == q.replace(" ", ""):
            s = 100
        elif t.startswith(q):
            s = 80
        elif all(any(tok.startswith(w) for tok in tokens) for w in words):
            s = 60
        elif q in t:
            s = 40
        else:
            ratio = fuzz.ratio(q, t)
            s = int(ratio * 30 / 100) if ratio >= FUZZY_MIN else 0
        if s > best[0]:
            best = (s, text)
    return best


def level_rank(level: str | None) -> int:
    """Territory levels from the largest (the order of the ``territory_levels`` vocabulary): a code shared by a
    region and an MRC (« 14 ») designates the region first.

    >>> level_rank("region") < level_rank("mrc")
    True
    """
    codes = load_schema().vocabulary("territory_levels").codes
    return codes.index(level) if level in codes else len(codes)


def search(store: GraphStore, q: str, *, labels: list[str] | None = None, include_persons: bool = False,
           limit: int = 20) -> list[dict]:
    """Nodes matching ``q``, best first: ``{id, kind, kind_fr, name, acronym, matched, score}``."""
    schema = load_schema()
    allowed = list(schema.nodes) if include_persons else schema.public_labels
    labels = [label for label in (labels or allowed) if label in allowed]
    hits = []
    rows = per_version(store, "search", lambda: store.read(SEARCHABLE, {"labels": list(schema.nodes)}))
    for r in rows:
        if r["label"] not in labels:
            continue
        texts = [t for t in (r["name"], r["acronym"], r["code"], *(r["aliases"] or []), r["id"]) if t]
        s, matched = score(q, texts)
        if s:
            hits.append({"id": r["id"], "kind": r["label"], "kind_fr": schema.node(r["label"]).label_fr,
                         "name": r["name"], "acronym": r["acronym"], "matched": matched, "score": s,
                         "_rank": level_rank(r["level"]) if r["label"] == "Territory" else 0})
    order = {label: i for i, label in enumerate(schema.nodes)}
    hits.sort(key=lambda h: (-h["score"], order[h["kind"]], h.pop("_rank"), fold(h["name"] or ""), h["id"]))
    return hits[:limit]


def resolve(store: GraphStore, text: str, label: str) -> str:
    """The id of the ``label`` node that ``text`` designates: an id, else the best name / acronym / alias match.

    Raises :class:`NotFound` (in French, with the label's French name) when nothing matches.
    """
    schema = load_schema()
    hits = search(store, text, labels=[label], include_persons=True, limit=50)
    exact = [h for h in hits if h["id"] == text]
    if exact:
        return exact[0]["id"]
    if hits:
        return hits[0]["id"]
    raise NotFound(schema.node(label).label_fr.lower(), text)
