"""The questions Maillage answers, as small functions over a :class:`~graph.store.GraphStore`.

Cypher retrieves (one or a few statements per question, linted as Neo4j by the test suite); networkx and plain
Python compute. Results are plain dicts / lists with a stable order, so the API, the CLI and the views share them.
"""
