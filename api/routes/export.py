"""``/api/export``: the filtered organization network (or the whole public graph) as a file for Gephi, yEd,
a spreadsheet…"""
from __future__ import annotations

from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from api.deps import get_settings, get_store
from api.params import scope_params
from graph.analytics.affiliations import read_affiliations
from graph.analytics.errors import BadParameter
from graph.analytics.scope import Scope
from graph.export import MEDIA, export_bytes, network_graph
from graph.snapshot import snapshot

router = APIRouter(prefix="/api", tags=["export"])

ExportFormat = Enum("ExportFormat", {f: f for f in MEDIA}, type=str)


class ExportScope(str, Enum):
    """What is exported."""

    network = "network"
    graph = "graph"


#: File names by scope (without extension).
FILE_NAMES = {ExportScope.network: "maillage-reseau", ExportScope.graph: "maillage-graphe"}


def attachment(content: bytes, fmt: str, stem: str) -> Response:
    """A file download: the format's media type and ``Content-Disposition: attachment``."""
    media_type, extension = MEDIA[fmt]
    name = f"{stem}-csv.zip" if fmt == "csv" else f"{stem}.{extension}"
    return Response(content, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/export", summary="Exporter le réseau filtré (GraphML, GEXF, CSV, XLSX)", response_class=Response,
            responses={200: {"description": "Le fichier exporté (en pièce jointe)",
                             "content": {media: {"schema": {"type": "string", "format": "binary"}}
                                         for media, _ in MEDIA.values()}}})
def get_export(
    fmt: Annotated[ExportFormat, Query(alias="format", description="graphml, gexf (Gephi), csv (zip de nodes.csv "
                                       "et relationships.csv) ou xlsx")],
    scope: Annotated[ExportScope, Query(description="network : le réseau des organisations, filtré, avec ses "
                                        "mesures ; graph : tout le graphe public, sans filtre")] = ExportScope.network,
    filters: Scope = Depends(scope_params),
    store=Depends(get_store),
    settings=Depends(get_settings),
) -> Response:
    """Le réseau des organisations (liens = comités, projets, fiducie et collaborations partagés), filtré comme
    `/api/network`, avec les mesures de chaque organisation ; ou, avec `scope=graph`, tout le graphe public.

    Les nœuds et les liens portent les années `start` / `end` (plus ancien début connu, plus récente fin connue des
    participations qui les forment) : le GEXF est écrit en mode dynamique et la frise chronologique de Gephi
    fonctionne. Les personnes ne sont jamais exportées, sauf si le serveur est configuré pour les inclure
    (`MAILLAGE_INCLUDE_PERSONS`). Identifiant inconnu : 404 ; paramètre invalide : 422."""
    if scope is ExportScope.graph:
        if any(v is not None for v in filters.describe().values()):
            raise BadParameter("les filtres s'appliquent au réseau des organisations (scope=network) ; "
                               "l'export du graphe entier (scope=graph) n'est pas filtré")
        g = snapshot(store, include_persons=settings.include_persons)
    else:
        data = read_affiliations(store)
        g = network_graph(data, filters.resolved(store, data))
    return attachment(export_bytes(g, fmt.value), fmt.value, FILE_NAMES[scope])
