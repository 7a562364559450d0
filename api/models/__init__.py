"""Response models of the API (pydantic), documented in the OpenAPI schema."""
from __future__ import annotations

from pydantic import BaseModel, Field


class Health(BaseModel):
    status: str = Field(description="« ok » quand le graphe répond", examples=["ok"])
    backend: str = Field(description="Le magasin de graphe utilisé", examples=["falkordb intégré (/home/u/.local/share/maillage)"])
    version: str = Field(examples=["0.1.0"])
    nodes: dict[str, int] = Field(description="Nombre de nœuds par étiquette", examples=[{"Organization": 120}])
    relationships: dict[str, int] = Field(description="Nombre de relations par type", examples=[{"MEMBER_OF": 80}])


class NotFoundError(BaseModel):
    detail: str = Field(description="Ce qui est introuvable, en français",
                        examples=["organisation introuvable : « org:x »"])
