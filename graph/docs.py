"""The schema reference (``docs/schema.md``), generated from the schema: ``python -m graph.docs > docs/schema.md``."""
from __future__ import annotations

from graph.schema import Schema, load_schema, node_properties, rel_properties


def _prop_rows(props) -> list[str]:
    rows = []
    for p in props.values():
        vocab = f"`{p.vocabulary}`" if p.vocabulary else ""
        rows.append(f"| `{p.name}` | `{p.fr or p.name}` | {p.type} | {'oui' if p.required else ''} | {vocab} |")
    return rows


def schema_markdown(schema: Schema | None = None) -> str:
    schema = schema or load_schema()
    out = ["# Schéma de Maillage", "",
           "Généré depuis `graph/schema.yaml` par `python -m graph.docs` — ne pas modifier à la main.", "",
           "Chaque nœud et chaque relation porte aussi sa provenance : `source` (documents et sections) et "
           "`loaded_from` (fichier et ligne chargés).", "", "## Nœuds", ""]
    for n in schema.nodes.values():
        out += [f"### {n.name} — {n.label_fr}", "",
                f"Fichier / feuille : `{n.file}` ou `{n.fr}`" + (" · **données privées** (Loi 25)" if n.private else ""),
                "", "| propriété | colonne (fr) | type | obligatoire | vocabulaire |", "| --- | --- | --- | --- | --- |"]
        out += _prop_rows(node_properties(n))
        if n.links:
            out += ["", "| colonne de lien | colonne (fr) | relation créée |", "| --- | --- | --- |"]
            for link in n.links.values():
                arrow = f"(lien)-[:{link.rel}]->({n.name})" if link.reverse else f"({n.name})-[:{link.rel}]->(lien)"
                out.append(f"| `{link.column}` | `{link.fr or link.column}` | `{arrow}`{' (liste)' if link.list else ''} |")
        out.append("")
    out += ["## Relations", ""]
    for r in schema.relationships.values():
        ends = ", ".join(f"{a} → {b}" for a in r.from_labels for b in r.to_labels if r.allows(a, b))
        out += [f"### {r.name} — {r.label_fr}", "", f"Fichier / feuille : `{r.file}` ou `{r.fr}` · {ends}", ""]
        props = rel_properties(r)
        if props:
            out += ["| propriété | colonne (fr) | type | obligatoire | vocabulaire |", "| --- | --- | --- | --- | --- |"]
            out += _prop_rows(props)
            out.append("")
    out += ["## Vocabulaires", ""]
    for name, vocab in schema.vocabularies.items():
        out += [f"### `{name}`", "", "| code | libellé | label |", "| --- | --- | --- |"]
        out += [f"| `{t.code}` | {t.label_fr} | {t.label_en} |" for t in vocab.terms]
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(schema_markdown(), end="")
