"""The Maillage graph: the declarative schema, the Cypher it derives and the stores that run it."""
