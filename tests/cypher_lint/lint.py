"""Run Neo4j's ``lintCypherQuery`` (npm @neo4j-cypher/language-support) over statements, from Python."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Constructs outside the subset FalkorDB and Neo4j share (the brief's rules).
FORBIDDEN = [
    (re.compile(r"\bapoc\.", re.I), "APOC"),
    (re.compile(r"\bEXISTS\s*\{", re.I), "EXISTS { } subquery"),
    (re.compile(r"\belementId\s*\(", re.I), "elementId()"),
]
_CLAUSE = re.compile(r"\b(MATCH|MERGE|RETURN|WITH|WHERE|UNWIND|CREATE|SET|ORDER|CALL)\b", re.I)
_SHORTEST = re.compile(r"\b(all)?shortestPath\s*\(", re.I)


def _shortest_path_in_match(text: str) -> bool:
    """True when a shortestPath() stands in a MATCH / MERGE pattern (FalkorDB allows it only in RETURN / WITH)."""
    for m in _SHORTEST.finditer(text):
        clauses = _CLAUSE.findall(text[: m.start()])
        if clauses and clauses[-1].upper() in ("MATCH", "MERGE"):
            return True
    return False


def available() -> bool:
    return shutil.which("node") is not None and (HERE / "node_modules" / "@neo4j-cypher").exists()


def lint(statements: dict[str, str]) -> dict[str, list[dict]]:
    """Diagnostics per statement name (an empty list: Neo4j accepts the statement)."""
    proc = subprocess.run(["node", str(HERE / "lint.mjs")], input=json.dumps(statements), capture_output=True,
                          text=True, cwd=HERE, timeout=300, check=True)
    return json.loads(proc.stdout)


def forbidden(text: str) -> list[str]:
    found = [name for pattern, name in FORBIDDEN if pattern.search(text)]
    return found + (["shortestPath outside RETURN/WITH"] if _shortest_path_in_match(text) else [])
