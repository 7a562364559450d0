"""The import step: document → structure → resolution → review (nothing is written to the graph)."""
from __future__ import annotations

from pathlib import Path

from loaders.importer.apply import Rejections
from loaders.importer.documents import read_document
from loaders.importer.proposals import Review, build_review
from loaders.importer.resolution import Resolver
from loaders.importer.structure import parse_plan
from loaders.importer.workbook import write_review
from loaders.values import parse_period


def propose(store, path: Path, concertation: str, *, period: str | tuple[int, int] | None = None,
            data_dir: Path | None = None) -> Review:
    """Read a plan and propose its entities and relationships, resolved against the graph (read only)."""
    doc = read_document(Path(path))
    ex = parse_plan(doc)
    if isinstance(period, str):
        period = parse_period(period)
    resolver = Resolver(store, concertation, {c.name for c in ex.committees.values()} |
                        {c.acronym for c in ex.committees.values() if c.acronym})
    return build_review(ex, resolver, doc.fingerprint, period=period or ex.period,
                        rejected=set(Rejections(data_dir).keys))


def import_plan(store, path: Path, concertation: str, review_path: Path, *,
                period: str | tuple[int, int] | None = None, data_dir: Path | None = None) -> Review:
    """:func:`propose`, then write the review workbook."""
    review = propose(store, path, concertation, period=period, data_dir=data_dir)
    write_review(review, review_path)
    return review
