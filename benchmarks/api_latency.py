"""Benchmark: latency of every API question and every web page on the sample data, over real HTTP on 127.0.0.1.

    python benchmarks/api_latency.py [requests per endpoint] [--json out.json]

Loads the sample into a fresh embedded graph, serves the app with uvicorn in a thread, warms each endpoint once,
then times N sequential requests per endpoint and prints p50 / p95 / max in milliseconds (a Markdown table). Results
derived from the graph are kept until the next write (``graph/analytics/cache.py``), so the "cold" column times
requests made right after a write (the graph version is bumped before each of them: everything is read again).
The endpoints and their parameters are the ones the issue's questions name; every GET route of the OpenAPI schema
is covered (the script fails if one is missing from :data:`REQUESTS`), and so is every page (:data:`PAGES`; the
issue's target is a page's HTML in < 300 ms).
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from api.app import create_app  # noqa: E402
from api.serving import serving  # noqa: E402
from graph.store.embedded import EmbeddedServer  # noqa: E402
from graph.store.falkor import FalkorStore  # noqa: E402
from loaders.load import load_paths, sample_paths  # noqa: E402
from maillage.settings import Settings  # noqa: E402

PACTE = "conc:pacte-lassomption"
#: One representative request per route (path template → concrete URL).
REQUESTS = {
    "/health": "/health",
    "/api/search": "/api/search?q=cisss",
    "/api/organizations": "/api/organizations",
    "/api/organizations/{id}": "/api/organizations/org:cisss-lanaudiere",
    "/api/concertations": "/api/concertations",
    "/api/concertations/{id}": f"/api/concertations/{PACTE}",
    "/api/committees": f"/api/committees?concertation={PACTE}",
    "/api/committees/{id}": "/api/committees/com:pacte-cp-securite-alimentaire",
    "/api/projects": "/api/projects",
    "/api/projects/{id}": "/api/projects/proj:pacte-sa-carte-interactive",
    "/api/territories": "/api/territories?level=mrc",
    "/api/territories/{code}": "/api/territories/14",
    "/api/funders": "/api/funders",
    "/api/funders/{id}": None,  # the sample names no funder: nothing to time
    "/api/network": f"/api/network?concertation={PACTE}",
    "/api/carte": f"/api/carte?concertation={PACTE}",
    "/api/organizations/{org_id}/partners": "/api/organizations/org:cisss-lanaudiere/partners",
    "/api/committees/{committee_id}/representation":
        "/api/committees/com:pacte-cp-securite-alimentaire/representation",
    "/api/concertations/{concertation_id}/representation": f"/api/concertations/{PACTE}/representation",
    "/api/representation": f"/api/representation?concertation={PACTE}",
    "/api/overlaps/organizations": "/api/overlaps/organizations?level=region",
    "/api/overlaps/projects": "/api/overlaps/projects",
    "/api/growth": "/api/growth?concertation=conc:cds-mauricie&by=plan",
    "/api/organizations/{org_id}/growth": "/api/organizations/org:ciusss-mcq/growth?concertation=conc:cds-mauricie",
    "/api/funding/flows": "/api/funding/flows?by=fiduciary&fiscal_year=2026-2027",
    "/api/export": f"/api/export?format=gexf&concertation={PACTE}",
}

#: One representative request per page (the HTML only; the carte's data is ``/api/carte``, timed above).
PAGES = {
    "/": "/?q=cisss",
    "/carte": f"/carte?concertation={PACTE}",
    "/representation": f"/representation?concertation={PACTE}",
    "/financement": f"/financement?concertation={PACTE}&fiscal_year=2026-2027",
    "/croissance": "/croissance?concertation=conc:cds-mauricie",
    "/territoires": "/territoires",
    "/organisations/{org_id}": "/organisations/org:cisss-lanaudiere",
    "/carte-sociale/{concertation_id}": f"/carte-sociale/{PACTE}",
}
#: Routes that are files, not pages.
NOT_PAGES = ("/static/", "/docs")
PAGE_TARGET_MS = 300


def page_routes(app) -> set[str]:
    """The GET routes outside the OpenAPI schema that are pages."""
    return {r.path for r in app.routes if "GET" in getattr(r, "methods", ()) and not getattr(r, "include_in_schema", True)
            and not r.path.startswith(NOT_PAGES) and r.path not in ("/openapi.json",)}


def _percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def main(n: int = 50, out: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as d, EmbeddedServer(Path(d)) as server:
        store = FalkorStore("bench", unix_socket_path=str(server.socket_path))
        load_paths(store, sample_paths())
        app = create_app(Settings(graph_uri=None, data_dir=Path(d)), store=store)
        routes = {path for path, ops in app.openapi()["paths"].items() if "get" in ops}
        missing = sorted(routes - set(REQUESTS)) + sorted(page_routes(app) - set(PAGES))
        if missing:
            raise SystemExit(f"routes without a benchmark request: {missing}")
        results = {}
        with serving(app) as base, httpx.Client(base_url=base, timeout=30) as client:
            for route, url in {**REQUESTS, **PAGES}.items():
                if url is None:
                    continue
                assert client.get(url).status_code == 200, url
                times = []
                for _ in range(n):
                    t = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - t) * 1000)
                    assert response.status_code == 200
                cold = []
                for _ in range(max(3, n // 5)):
                    store.query("RETURN 1")  # counts as a write: kept results are dropped
                    t = time.perf_counter()
                    client.get(url)
                    cold.append((time.perf_counter() - t) * 1000)
                results[route] = {"url": url, "p50": round(statistics.median(times), 1),
                                  "p95": round(_percentile(times, 0.95), 1), "max": round(max(times), 1),
                                  "cold_p50": round(statistics.median(cold), 1), "cold_max": round(max(cold), 1)}
        store.close()
    print(f"{n} requests per endpoint, sample data, embedded FalkorDB, HTTP on 127.0.0.1\n")
    for heading, routes in (("API", REQUESTS), ("Pages", PAGES)):
        print(f"\n{heading}\n\n| endpoint | request | p50 ms | p95 ms | max ms | cold p50 ms |\n"
              "| --- | --- | ---: | ---: | ---: | ---: |")
        for route in routes:
            if route in results:
                r = results[route]
                print(f"| `{route}` | `{r['url']}` | {r['p50']} | {r['p95']} | {r['max']} | {r['cold_p50']} |")
    slow = [route for route in PAGES if max(results[route]["max"], results[route]["cold_max"]) >= PAGE_TARGET_MS]
    print(f"\nPages : {len(PAGES) - len(slow)}/{len(PAGES)} servies en moins de {PAGE_TARGET_MS} ms à chaque requête, "
          "à chaud comme à froid"
          + (f" ; au-delà : {', '.join(slow)}" if slow else "."))
    if out:
        Path(out).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    args = sys.argv[1:]
    out = args[args.index("--json") + 1] if "--json" in args else None
    numbers = [a for a in args if a.isdigit()]
    main(int(numbers[0]) if numbers else 50, out)
