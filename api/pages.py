"""The HTML pages (French). The home page lists the concertations with their key figures."""
from __future__ import annotations

from html import escape

from graph.cypher import statement
from graph.store import GraphStore

CONCERTATIONS = statement(
    "home_concertations",
    "MATCH (c:Concertation)\n"
    "OPTIONAL MATCH (c)<-[:PART_OF]-(k:Committee)\n"
    "OPTIONAL MATCH (k)<-[:MEMBER_OF]-(o:Organization)\n"
    "WITH c, count(DISTINCT k) AS committees, count(DISTINCT o) AS organizations\n"
    "OPTIONAL MATCH (c)<-[:OF]-(p:ActionPlan)\n"
    "RETURN c.id AS id, c.name AS name, c.acronym AS acronym, committees, organizations,\n"
    "       collect(DISTINCT p.name) AS plans\n"
    "ORDER BY name",
)

PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Maillage</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}}
table{{border-collapse:collapse;width:100%}}th,td{{border-bottom:1px solid #ddd;padding:.4rem;text-align:left}}</style>
</head><body>
<h1>Maillage</h1>
<p>La carte des acteurs de la concertation en développement social.</p>
<h2>Concertations</h2>
<table><thead><tr><th scope="col">Concertation</th><th scope="col">Plans d'action</th>
<th scope="col">Comités</th><th scope="col">Organisations membres</th></tr></thead><tbody>
{rows}
</tbody></table>
<p><a href="/docs">Documentation de l'API</a> · <a href="/health">État du service</a></p>
</body></html>"""


def home_page(store: GraphStore) -> str:
    rows = "\n".join(
        f"<tr><td>{escape(r['name'])}{' (' + escape(r['acronym']) + ')' if r['acronym'] else ''}</td>"
        f"<td>{escape(', '.join(sorted(r['plans'])))}</td><td>{r['committees']}</td><td>{r['organizations']}</td></tr>"
        for r in store.read(CONCERTATIONS)
    )
    return PAGE.format(rows=rows or '<tr><td colspan="4">Aucune concertation chargée.</td></tr>')
