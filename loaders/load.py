"""Loading tabular files into the graph: read, validate everything, then apply in one atomic step.

>>> [p.name for p in sample_paths()][:2]
['reference', '000-pacte-lassomption']
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graph.schema import Schema, load_schema
from graph.store import GraphStore
from loaders.batch import build_batch
from loaders.plan import plan_load
from loaders.problems import LoadRejected, Problem
from loaders.rows import parse_table
from loaders.tables import Table, read_tables

Progress = Callable[[str, int, int], None]

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DIR = ROOT / "data" / "reference"
SAMPLE_DIR = ROOT / "data" / "sample"


def sample_paths() -> list[Path]:
    """The sample data set: the territorial reference, then the common and per-plan folders of ``data/sample``."""
    return [REFERENCE_DIR, *sorted(p for p in SAMPLE_DIR.iterdir() if p.is_dir())]


@dataclass
class LoadReport:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    tables: int = 0
    rows: int = 0
    seconds: float = 0.0
    dry_run: bool = False

    @property
    def changes(self) -> int:
        return sum(c["created"] + c["updated"] for c in self.counts.values())


def load_paths(store: GraphStore, paths: list[Path], *, schema: Schema | None = None, dry_run: bool = False,
               progress: Progress | None = None) -> LoadReport:
    """Load CSV / XLSX files (or folders of them) as one batch.

    Raises :class:`LoadRejected` with every problem found, before anything is written.
    """
    started = time.perf_counter()
    tables, problems = read_tables([Path(p) for p in paths])
    report = load_tables(store, tables, schema=schema, dry_run=dry_run, progress=progress, problems=problems)
    report.seconds = time.perf_counter() - started
    return report


def load_tables(store: GraphStore, tables: list[Table], *, schema: Schema | None = None, dry_run: bool = False,
                progress: Progress | None = None, problems: list[Problem] | None = None) -> LoadReport:
    """Validate tables (read from files or built in memory), plan the changes against the graph, then write them
    in one atomic step. ``problems`` already found while reading are reported with the others.

    Raises :class:`LoadRejected` with every problem found, before anything is written.
    """
    started = time.perf_counter()
    schema = schema or load_schema()
    notify = progress or (lambda *_: None)
    problems = list(problems or [])
    total = sum(len(t.rows) for t in tables)
    rows, done = [], 0
    for table in tables:
        parsed, table_problems = parse_table(schema, table)
        rows.extend(parsed)
        problems.extend(table_problems)
        done += len(table.rows)
        notify("validation", done, total)
    batch = build_batch(rows)
    batch.problems[:0] = problems
    store.ensure_schema(schema)
    plan = plan_load(store, schema, batch)
    if plan.problems:
        raise LoadRejected(plan.problems)
    report = LoadReport(plan.counts, len(tables), total, dry_run=dry_run)
    if not dry_run and plan.statements:
        notify("écriture", 0, 1)
        store.write(plan.statements)
        store.save()
        notify("écriture", 1, 1)
    report.seconds = time.perf_counter() - started
    return report
