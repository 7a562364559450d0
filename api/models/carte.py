"""Response model of ``/api/carte``: the network explorer's nodes, edges, legend and counts (vis-network data)."""
from __future__ import annotations

from enum import Enum
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field

from api.models.network import Filters
from graph.analytics.carte import KINDS, METRICS

NodeKind = Enum("NodeKind", {k: k for k in KINDS}, type=str)
SizeMetric = Enum("SizeMetric", {m: m for m in METRICS}, type=str)


class CarteFilters(Filters):
    kinds: list[str] = Field(description="Types de nœuds affichés", examples=[["organization", "committee"]])


class CarteMetrics(BaseModel):
    degree: int = Field(description="Nombre de liens dans la vue")
    betweenness: float = Field(description="Intermédiarité (normalisée ; estimée au-delà de 600 nœuds)")
    core: int = Field(description="Numéro de k-noyau")


class Detail(BaseModel):
    label: str = Field(examples=["Secteur"])
    value: str = Field(examples=["Communautaire"])


class CarteNode(BaseModel):
    id: str = Field(examples=["org:cisss-lanaudiere"])
    kind: str = Field(description="organization, concertation, committee, project, funder ou territory")
    label: str = Field(description="Étiquette affichée (sigle, sinon nom)")
    name: str
    sector: Optional[str] = Field(None, examples=["sante_services_sociaux"])
    funder: bool = Field(description="Finance au moins un projet de la vue (une organisation à la fois actrice et "
                                     "bailleuse reste un seul nœud, de type organization)")
    color: str = Field(examples=["#D1BBD7"])
    shape: str = Field(description="Forme vis-network du type de nœud", examples=["dot"])
    size: float = Field(description="Taille en pixels selon la mesure choisie")
    value: float = Field(description="Valeur de la mesure choisie (mise à l'échelle par vis-network)")
    title: str = Field(description="Infobulle")
    borderWidth: int
    metrics: CarteMetrics
    url: str = Field(description="Page où le nœud est présenté", examples=["/organisations/org:cisss-lanaudiere"])
    details: list[Detail] = Field(description="Ce que le panneau latéral affiche")


class CarteEdge(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from", examples=["org:cisss-lanaudiere"])
    to: str = Field(examples=["com:pacte-cp-logement"])
    kind: str = Field(description="member, leads, partner, fiduciary, coordinates, collaborates, carries, "
                                  "part_of, funds, in_territory ou collaboration")
    kinds: list[str]
    title: str = Field(description="Infobulle : rôles, montants")
    dashes: bool


class LegendKind(BaseModel):
    kind: str
    label: str = Field(examples=["Organisations"])
    singular: str = Field(examples=["Organisation"])
    shape: str
    color: str
    count: int


class LegendSector(BaseModel):
    code: str
    label: str
    color: str
    count: int


class Legend(BaseModel):
    kinds: list[LegendKind]
    sectors: list[LegendSector]


class CarteCounts(BaseModel):
    nodes: int
    edges: int
    kinds: dict[str, int] = Field(description="Nombre de nœuds par type affiché")


class Carte(BaseModel):
    filters: CarteFilters
    size: str = Field(description="Mesure qui donne la taille des nœuds")
    counts: CarteCounts
    legend: Legend
    nodes: list[CarteNode]
    edges: list[CarteEdge]
    options: dict[str, Any] = Field(description="Options vis-network")
