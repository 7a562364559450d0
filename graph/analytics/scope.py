"""The filters every collaboration question accepts, combined: concertation, action plan, territory (any level),
theme, sector and period ("active during")."""
from __future__ import annotations

from dataclasses import dataclass, field

from graph.analytics.affiliations import Affiliation, Affiliations
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.period import Period
from graph.analytics.search import level_rank
from graph.cypher import statement
from graph.schema import load_schema
from graph.store import GraphStore

FIND_TERRITORY = statement(
    "scope_find_territory",
    "MATCH (t:Territory)\nWHERE t.id = $value OR t.code = $value\nRETURN t.id AS id, t.level AS level",
)
FIND_THEME = statement("scope_find_theme", "MATCH (t:Theme {id: $id}) RETURN t.id AS id")


@dataclass(frozen=True)
class Scope:
    concertation: str | None = None
    plan: str | None = None
    territory: str | None = None
    theme: str | None = None
    sector: str | None = None
    period: Period = field(default_factory=Period)

    def describe(self) -> dict:
        """The filters as given, for responses (``None`` = not filtered)."""
        return {"concertation": self.concertation, "plan": self.plan, "territory": self.territory,
                "theme": self.theme, "sector": self.sector, "period": None if self.period.is_all else self.period.label}

    def resolved(self, store: GraphStore, data: Affiliations) -> Scope:
        """This scope with its ids checked (404 for an unknown id, 422 for an unknown sector code) and a territory
        code (``14``, ``60``, ``60013``) turned into its id."""
        if self.concertation and self.concertation not in data.concertations:
            raise NotFound("concertation", self.concertation)
        if self.plan and self.plan not in data.plans:
            raise NotFound("plan d'action", self.plan)
        if self.theme and not store.read(FIND_THEME, {"id": self.theme}):
            raise NotFound("thématique", self.theme)
        sectors = load_schema().vocabulary("sectors")
        if self.sector and self.sector not in sectors.codes:
            raise BadParameter(f"secteur inconnu « {self.sector} » ; attendu : {', '.join(sorted(sectors.codes))}")
        territory = self.territory
        if territory:
            found = store.read(FIND_TERRITORY, {"value": territory})
            if not found:
                raise NotFound("territoire", territory)
            territory = min(found, key=lambda t: (t["id"] != territory, level_rank(t["level"]), t["id"]))["id"]
        return Scope(self.concertation, self.plan, territory, self.theme, self.sector, self.period)

    def years(self, data: Affiliations) -> Period:
        """The years in scope: the period, narrowed to the plan's years when a plan is chosen."""
        if not self.plan:
            return self.period
        plan = data.plans[self.plan]
        starts = [y for y in (self.period.start, plan["start"]) if y is not None]
        ends = [y for y in (self.period.end, plan["end"]) if y is not None]
        return Period(max(starts) if starts else None, min(ends) if ends else None)

    def keeps(self, data: Affiliations, a: Affiliation) -> bool:
        """Whether an affiliation falls in this scope."""
        org = data.organizations.get(a.org)
        if org is None or (self.sector and org.sector != self.sector):
            return False
        if self.concertation and a.concertation != self.concertation:
            return False
        if not self.period.overlaps(a.since, a.until):
            return False
        ctx = data.contexts.get(a.context)
        if self.plan and (ctx is None or ctx.plan != self.plan) and not self._plan_covers(data, a):
            return False
        if self.theme and (ctx is None or not self._has_theme(data, ctx)):
            return False
        if self.territory and not data.within(data.context_territories(a.context), self.territory):
            return False
        return True

    def _plan_covers(self, data: Affiliations, a: Affiliation) -> bool:
        """A committee membership belongs to a plan when the committee is of the plan's concertation and the
        membership is active during the plan's years."""
        plan = data.plans[self.plan]
        if a.kind != "committee" or a.concertation != plan["concertation"]:
            return False
        return Period(plan["start"], plan["end"]).overlaps(a.since, a.until)

    def _has_theme(self, data: Affiliations, ctx) -> bool:
        if self.theme in ctx.themes:
            return True
        return any(self.theme in data.contexts[k].themes for k in ctx.committees if k in data.contexts)

    def select(self, data: Affiliations, kinds: tuple[str, ...] = ("committee", "project")) -> list[Affiliation]:
        """The affiliations of the given kinds that fall in this scope."""
        return [a for a in data.affiliations if a.kind in kinds and self.keeps(data, a)]
