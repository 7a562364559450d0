"""Response model of the search route."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field


class SearchHit(BaseModel):
    id: str = Field(examples=["org:cssda"])
    kind: str = Field(description="Étiquette du nœud", examples=["Organization"])
    kind_fr: str = Field(examples=["Organisation"])
    name: Optional[str] = Field(None, examples=["Centre de services scolaire des Affluents"])
    acronym: Optional[str] = Field(None, examples=["CSSDA"])
    matched: Optional[str] = Field(None, description="Le nom, sigle, alias ou code qui correspond", examples=["CSSDA"])
    score: int = Field(description="100 exact, 80 début, 60 tous les mots, 40 contenu, ≤ 30 orthographe proche")


class SearchResults(BaseModel):
    query: str
    results: list[SearchHit]
