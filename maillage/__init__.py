"""Maillage — la carte des acteurs de la concertation en développement social au Québec."""

__version__ = "0.1.0"
