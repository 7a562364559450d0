"""``/api/{kind}`` and ``/api/{kind}/{id}`` for organizations, concertations, committees, projects, territories and
funders: lists (filters that combine, pagination, total) and profiles.

The routes are generated from :data:`graph.analytics.entities.KINDS` (one explicit path per kind, no catch-all);
the profile of a territory is ``/api/territories/{code}`` (:mod:`api.routes.territories`).
"""
from __future__ import annotations

import inspect
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, Path, Query

from api.deps import get_settings, get_store
from api.models import entities as models
from graph.analytics.entities import KINDS, MAX_LIMIT, Catalog, Filter, list_entities
from graph.analytics.profiles import profile
from graph.schema import load_schema

router = APIRouter(prefix="/api", tags=["entités"])

#: Kind → (list model, profile model); territories' profile is in api.routes.territories.
MODELS = {
    "organizations": (models.OrganizationList, models.OrganizationDetail),
    "concertations": (models.ConcertationList, models.ConcertationDetail),
    "committees": (models.CommitteeList, models.CommitteeDetail),
    "projects": (models.ProjectList, models.ProjectDetail),
    "territories": (models.TerritoryList, None),
    "funders": (models.FunderList, models.FunderDetail),
}
#: An example id per kind, for the documentation.
EXAMPLES = {"organizations": "org:cisss-lanaudiere", "concertations": "conc:pacte-lassomption",
            "committees": "com:pacte-cp-logement", "projects": "proj:pacte-sa-carte-interactive",
            "funders": "org:centraide-lanaudiere"}


def filters_dependency(filters: tuple[Filter, ...]):
    """A FastAPI dependency whose query parameters are ``filters`` (all optional); it returns the values given."""

    def dependency(**values) -> dict:
        return {k: v for k, v in values.items() if v is not None}

    dependency.__signature__ = inspect.Signature([
        inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None,
                          annotation=Annotated[Optional[_value_type(f)],
                                               Query(description=f.description,
                                                     examples=[f.example] if f.example else None)])
        for f in filters])
    return dependency


def _value_type(f: Filter):
    """``str``, or the vocabulary's codes (an enumeration in the OpenAPI document; another code is a 422)."""
    if f.vocabulary:
        return Literal[tuple(load_schema().vocabulary(f.vocabulary).codes)]
    return str


def page_params(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Nombre d'éléments par page")] = 100,
                offset: Annotated[int, Query(ge=0, description="Éléments à sauter")] = 0) -> dict:
    return {"limit": limit, "offset": offset}


def _add_list_route(kind: str) -> None:
    spec = KINDS[kind]
    filters = filters_dependency(spec.filters)

    def endpoint(f: dict = Depends(filters), p: dict = Depends(page_params), store=Depends(get_store)) -> dict:
        return list_entities(Catalog(store), kind, f, **p)

    names = ", ".join(f"« {f.name} »" for f in spec.filters)
    router.add_api_route(
        f"/{kind}", endpoint, methods=["GET"], response_model=MODELS[kind][0], name=f"list_{kind}",
        summary=f"Liste des {spec.plural_fr}",
        description=f"Les {spec.plural_fr}, par ordre alphabétique, une page à la fois (`limit` ≤ {MAX_LIMIT}, "
                    f"`offset`), avec le total et un résumé de chacun. Filtres combinables : {names}. "
                    "Un identifiant inconnu donne 404, un code inconnu 422.")


def _add_profile_route(kind: str) -> None:
    spec = KINDS[kind]

    def endpoint(id: str = Path(description=f"Identifiant ({spec.singular_fr})",  # noqa: A002
                                examples=[EXAMPLES[kind]]),
                 store=Depends(get_store), settings=Depends(get_settings)) -> dict:
        return profile(Catalog(store), kind, id, settings.include_persons)

    router.add_api_route(
        f"/{kind}/{{id}}", endpoint, methods=["GET"], response_model=MODELS[kind][1], name=f"get_{kind}",
        summary=f"Profil : {spec.singular_fr}",
        description=PROFILE_DOCS[kind], responses={404: {"description": "Identifiant inconnu"}})


#: The French description of each profile route.
PROFILE_DOCS = {
    "organizations": "Une organisation : ses comités (rôle, période, concertation), ses projets par rôle "
                     "(responsable, partenaire, fiduciaire), ses territoires (avec région et MRC), le "
                     "financement reçu, transmis (comme fiduciaire) et accordé, ses successions (fusionnée "
                     "dans, anciennement…), ses collaborations, les concertations qu'elle coordonne et la "
                     "provenance des données.",
    "concertations": "Une concertation : ses plans d'action, ses comités (avec le nombre de membres), ses "
                     "territoires, sa coordination et ses collaborations.",
    "committees": "Un comité : sa concertation, ses organisations membres (rôle, période, secteur), le nombre "
                     "de personnes membres (jamais nommées, sauf si le serveur est configuré pour les montrer), les "
                     "projets qu'il porte et les comités dont il relève.",
    "projects": "Un projet : son plan, ses comités, les organisations par rôle, ses thématiques, ses "
                     "territoires et ses financements.",
    "funders": "Un bailleur de fonds (organisation qui finance) : les financements qu'il accorde et les projets "
                     "financés. 404 pour une organisation qui ne finance rien.",
}

for _kind in KINDS:
    _add_list_route(_kind)
    if MODELS[_kind][1] is not None:
        _add_profile_route(_kind)
