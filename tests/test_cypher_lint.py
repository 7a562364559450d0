"""Every Cypher statement of the project passes Neo4j's own parser and semantic analyzer."""
from __future__ import annotations

import importlib
import pkgutil

import pytest

from graph import cypher
from graph.store.ddl import falkordb_indexes, neo4j_constraints
from tests.cypher_lint import lint

pytestmark = pytest.mark.skipif(not lint.available(), reason="node and tests/cypher_lint/node_modules are needed "
                                "(`make lint-deps`)")

PACKAGES = ["graph", "loaders", "api", "visualizations", "maillage"]


def project_statements(schema) -> dict[str, str]:
    """All statements: import every module so each registers its own, then add the schema DDL."""
    for name in PACKAGES:
        pkg = importlib.import_module(name)
        for mod in pkgutil.walk_packages(pkg.__path__, prefix=f"{name}."):
            if not mod.name.endswith("__main__"):
                importlib.import_module(mod.name)
    out = cypher.all_statements(schema)
    out.update({f"falkordb_ddl[{i}]": s for i, s in enumerate(falkordb_indexes(schema))})
    out.update({f"neo4j_ddl[{i}]": s for i, s in enumerate(neo4j_constraints(schema))})
    return out


def test_every_statement_passes_neo4j_lint(schema):
    statements = project_statements(schema)
    assert len(statements) > 100  # the schema alone derives well over a hundred
    errors = {name: diags for name, diags in lint.lint(statements).items() if diags}
    assert errors == {}, "\n".join(f"{n}: {statements[n]!r} → {d}" for n, d in errors.items())


def test_no_statement_leaves_the_common_subset(schema):
    bad = {name: lint.forbidden(text) for name, text in project_statements(schema).items() if lint.forbidden(text)}
    assert bad == {}


def test_lint_catches_broken_statements():
    result = lint.lint({
        "syntax": "MATCH (n:Organization RETURN n",
        "semantics": "MATCH (n:Organization) RETURN m.name",
        "fine": "MATCH (n:Organization) RETURN n.name AS name",
    })
    assert result["syntax"] and result["semantics"]
    assert result["fine"] == []
    assert lint.forbidden("MATCH (n) WHERE EXISTS { MATCH (n)-->() } RETURN n") == ["EXISTS { } subquery"]
    assert lint.forbidden("MATCH p = shortestPath((a)-[*]-(b)) RETURN p") == ["shortestPath outside RETURN/WITH"]
    assert lint.forbidden("MATCH (a), (b) RETURN shortestPath((a)-[*]-(b)) AS p") == []
