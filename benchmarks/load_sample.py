"""Benchmark: load the sample data set (reference + five plans) into a fresh embedded graph, and reload it.

    python benchmarks/load_sample.py [runs]

Prints the median and max of the first load (everything created) and of the reload (nothing changes).
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.store.embedded import EmbeddedServer  # noqa: E402
from graph.store.falkor import FalkorStore  # noqa: E402
from loaders.load import load_paths, sample_paths  # noqa: E402


def main(runs: int = 5) -> None:
    first, again = [], []
    with tempfile.TemporaryDirectory() as d, EmbeddedServer(Path(d)) as server:
        for i in range(runs):
            store = FalkorStore(f"bench{i}", unix_socket_path=str(server.socket_path))
            t = time.perf_counter()
            report = load_paths(store, sample_paths())
            first.append(time.perf_counter() - t)
            t = time.perf_counter()
            assert load_paths(store, sample_paths()).changes == 0
            again.append(time.perf_counter() - t)
            store.clear()
            store.close()
    print(f"rows read: {report.rows}, changes written: {report.changes}, runs: {runs}")
    for name, xs in (("first load", first), ("reload (no-op)", again)):
        print(f"{name}: median {statistics.median(xs) * 1000:.0f} ms, max {max(xs) * 1000:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
