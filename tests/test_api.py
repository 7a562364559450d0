"""The web application: health, OpenAPI and the home page, served from the sample graph."""
from __future__ import annotations

from html import unescape


import pytest



@pytest.fixture
def client(sample_client):
    return sample_client


def test_health(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["backend"].startswith("falkordb")
    assert body["nodes"]["Territory"] == 1407
    assert "Person" not in body["nodes"], "persons are not shown unless the server is configured to"
    assert body["relationships"]["PART_OF"] >= 1406


def test_openapi(client):
    spec = client.get("/openapi.json").json()
    assert spec["info"]["title"] == "Maillage"
    assert "/health" in spec["paths"]
    assert spec["components"]["schemas"]["Health"]["properties"]["nodes"]


def test_home_lists_the_concertations(client):
    html = client.get("/").text
    assert '<html lang="fr">' in html
    for name in ("PACTE de la MRC de L'Assomption", "Concertation Horizon",
                 "Table des partenaires du développement social de Lanaudière",
                 "Consortium en développement social de la Mauricie"):
        assert name in unescape(html)
