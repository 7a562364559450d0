"""Entity resolution: what a name written in a plan refers to.

In order: the concertation's own team, generic mentions (sector-level participants, never fake organizations),
jargon acronyms, place names, the graph's organizations (name, acronym or alias, compared without case, accents,
punctuation, articles or « Ville de »), the dictionary of Québec public bodies (the plan's territory picks the
right one: « CISSS » in a Lanaudière plan is the CISSS de Lanaudière), « MRC » for the plan's MRC, then fuzzy
matching (rapidfuzz) against the graph. What is left is proposed as a new organization, flagged for review, never
merged silently.

>>> loose("Ville de L'Assomption"), loose("Ville L’Assomption"), loose("Les répits de Gaby")
('assomption', 'assomption', 'repits gaby')
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from graph.cypher import statement
from loaders.importer.cleaning import fold, norm, slug
from loaders.importer.knowledge import Knowledge, knowledge
from loaders.importer.model import CARRIER
from loaders.importer.names import is_acronym
from loaders.importer.patterns import own_name, short_form, written_short_form
from loaders.importer.tables import PROGRAM

#: « Firme spécialisée (à déterminer) », « Agente de liaison (à embaucher) »: no organization yet
UNDETERMINED = re.compile(r"(?i)\((?:[àa]\s+)?(?:d[ée]terminer|confirmer|embaucher|venir|identifier|pr[ée]ciser)\)\s*$")

ORGS = statement("importer_organizations", "MATCH (o:Organization) RETURN o.id AS id, o.name AS name, "
                 "o.acronym AS acronym, o.aliases AS aliases, o.sector AS sector")
COMMITTEES = statement("importer_committees", "MATCH (c:Committee) OPTIONAL MATCH (c)-[:PART_OF]->(k:Concertation) "
                       "RETURN c.id AS id, c.name AS name, c.acronym AS acronym, c.aliases AS aliases, "
                       "k.id AS concertation")
THEMES = statement("importer_themes", "MATCH (t:Theme) RETURN t.id AS id, t.name AS name, t.aliases AS aliases")
PERSONS = statement("importer_persons", "MATCH (p:Person) RETURN p.id AS id, p.name AS name")
NODE_IDS = statement("importer_node_ids", "MATCH (n) WHERE n.id IN $ids RETURN n.id AS id")
REL_PAIRS = statement("importer_relationship_pairs", "UNWIND $pairs AS p MATCH (a {id: p.from})-[r]->(b {id: p.to}) "
                      "RETURN p.from AS from, p.to AS to, type(r) AS type")
CONCERTATION = statement("importer_concertation", "MATCH (c:Concertation {id: $id}) RETURN c.id AS id, "
                         "c.name AS name, c.acronym AS acronym, c.aliases AS aliases")
CONCERTATION_PLACES = statement(
    "importer_concertation_places",
    "MATCH (c:Concertation {id: $id})-[:IN_TERRITORY]->(t:Territory) "
    "OPTIONAL MATCH (t)-[:PART_OF*0..3]->(r:Territory {level: 'region'}) "
    "RETURN t.id AS territory, t.level AS level, t.name AS name, r.code AS region")
COORDINATOR = statement("importer_coordinator", "MATCH (o:Organization)-[:COORDINATES]->(c:Concertation {id: $id}) "
                        "RETURN o.id AS id")
PLANS = statement("importer_plans", "MATCH (p:ActionPlan)-[:OF]->(c:Concertation {id: $id}) RETURN p.id AS id, "
                  "p.name AS name, p.start_year AS start, p.end_year AS end")

_DROP = {"le", "la", "les", "l", "de", "du", "des", "d", "et"}


def loose(text: str) -> str:
    """Matching key: :func:`~loaders.importer.cleaning.norm` without parentheses, articles, « Ville (de) »."""
    t = norm(re.sub(r"\(.*?\)", " ", text or ""))
    words = t.split()
    if words[:1] == ["ville"] or words[:1] == ["municipalite"]:
        words = words[1:]
    words = [{"st": "saint", "ste": "sainte"}.get(w, w) for w in words]
    return " ".join(w for w in words if w not in _DROP)


def near_acronym(a: str, b: str) -> bool:
    """Two acronyms of four letters or more one typo apart: one letter changed or left out, or two neighbours
    swapped.

    >>> near_acronym("CSHHC", "CSSHC"), near_acronym("CSSBO", "CSSOB"), near_acronym("CSSS", "CSSS")
    (True, True, False)
    >>> near_acronym("CDC", "CDE"), near_acronym("ABCD", "WXYZ")
    (False, False)
    >>> near_acronym("CSCC", "CSSCC"), near_acronym("CDC", "CDCS")  # a letter left out, four letters or more
    (True, False)
    """
    a, b = fold(a).upper().replace(" ", ""), fold(b).upper().replace(" ", "")
    if a != b and abs(len(a) - len(b)) == 1 and min(len(a), len(b)) >= 4:  # one letter left out (« CSCC »)
        s, t = sorted((a, b), key=len)
        return any(t[:i] + t[i + 1:] == s for i in range(len(t)))
    if a == b or len(a) != len(b) or len(a) < 4:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                              and a[diff[1]] == b[diff[0]])


def near_name(a: str, b: str) -> bool:
    """Two spellings of one name: the same words (articles and « de » aside) but one, which differs by one or two
    letters (a typo, a plural) while keeping its first two letters, five letters or more, not an acronym.

    >>> near_name("Ville de Port-Catier", "Ville de Port-Cartier"), near_name("CJE Bellechaase", "CJE Bellechasse")
    (True, True)
    >>> near_name("Maison de la famille de Lac-Vert", "Maison des familles de Lac-Vert")
    True
    >>> near_name("Centre des femmes", "Centre des hommes"), near_name("CDC de Lac-Vert", "CLD de Lac-Vert")
    (False, False)
    >>> near_name("Ville de Stansted", "Ville de Stanstead"), near_name("Stansted", "Stanstead")
    (True, False)
    >>> near_name("Maison de la famille Les P'tits Pas", "Maison de la famille Les Petits Pas")
    True
    >>> near_name("Coopérative Nutri-Nord", "Coopérative Nutrinord")
    True
    """
    from rapidfuzz.distance import Levenshtein

    a, b = (re.sub(r"(?<=\w)['’](?=\w)(?!(?:[aeiouyhéèêà]))", "", x) for x in (a, b))  # « P'tits » is one word
    if loose(a) != loose(b) and loose(a).replace(" ", "") == loose(b).replace(" ", "") and len(loose(a)) >= 6:
        return True  # « Nutri-Nord » / « Nutrinord »: the same letters
    ta, tb = loose(a).split(), loose(b).split()
    kind = norm(a).split()[:1] == norm(b).split()[:1] != ta[:1]  # « Ville de Stansted »: the kind is a word too
    if len(ta) != len(tb) or len(ta) < (1 if kind else 2):
        return False
    diff = [(x, y) for x, y in zip(ta, tb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    acronyms = {fold(w) for w in re.findall(r"[\w'’-]+", f"{a} {b}") if is_acronym(w)}
    distance = Levenshtein.distance(x, y)
    return (min(len(x), len(y)) >= 5 and (x[:2] == y[:2] or (x[:1] == y[:1] and distance == 1))
            and x not in acronyms and y not in acronyms and not x.isdigit() and distance <= 2)


def looks_like_committee(name: str) -> bool:
    """A name that reads like an instance (« Comité de suivi », « Communauté de pratique », « C.A. »). The words
    alone do not decide: an organization may be called « Comité logement … » (see
    :func:`~loaders.importer.proposals.listed_organizations`).

    >>> looks_like_committee("Comité de suivi"), looks_like_committee("Centre des femmes")
    (True, False)
    """
    return bool(re.match(r"^(le |la )?(comit[ée]s?\b|communaut[ée]s? de pratique|(collectif|table des partenaires)$|"
                         r"conseil d'administration|c\.?a\.?(?=\s|$))", fold(name)))


@dataclass
class Entity:
    """What a mention refers to. ``kind``: existing, new, generic, ignored, place, committee."""

    kind: str
    id: str | None = None
    name: str = ""
    acronym: str | None = None
    sector: str | None = None
    confidence: float = 0.0
    alternatives: list[str] = field(default_factory=list)
    note: str = ""
    mentions: list[str] = field(default_factory=list)

    @property
    def is_org(self) -> bool:
        return self.kind in ("existing", "new")


@dataclass
class GraphEntry:
    id: str
    name: str
    acronym: str | None
    aliases: list[str]
    extra: dict = field(default_factory=dict)

    @property
    def keys(self) -> set[str]:
        """Loose keys of the name, acronym and aliases; generic acronyms (« MRC », « CDC ») are keys only when
        they are the whole name."""
        generic = {fold(p) for p, _, _ in knowledge().prefixes if p.isupper()}
        others = {loose(self.acronym or ""), *(loose(a) for a in self.aliases)}
        return {k for k in others if k and k not in generic} | ({loose(self.name)} - {""})


class Index:
    """Entries looked up by loose key, and fuzzily by name."""

    def __init__(self, entries: list[GraphEntry]):
        self.entries = entries
        self.by_key: dict[str, list[GraphEntry]] = {}
        for e in entries:
            for k in e.keys:
                self.by_key.setdefault(k, []).append(e)
        self.choices = {e.id: loose(e.name) for e in entries}

    def exact(self, text: str) -> list[GraphEntry]:
        return self.by_key.get(loose(text), [])

    def fuzzy(self, text: str, limit: int = 3, cutoff: float = 70) -> list[tuple[GraphEntry, float]]:
        key = loose(text)
        if not key or not self.choices:
            return []
        found = process.extract(key, self.choices, scorer=fuzz.token_sort_ratio, limit=limit, score_cutoff=cutoff)
        by_id = {e.id: e for e in self.entries}
        return [(by_id[i], score) for _, score, i in found]


def _list(value) -> list[str]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [str(value)]


class Resolver:
    """Resolves the mentions of one plan against one graph (read only)."""

    def __init__(self, store, concertation_id: str, committees: set[str] | None = None,
                 k: Knowledge | None = None):
        self.k = k or knowledge()
        self.store = store
        rows = store.query(CONCERTATION, {"id": concertation_id})
        if not rows:
            raise ValueError(f"concertation inconnue dans le graphe : « {concertation_id} » "
                             "(chargez-la d'abord avec « maillage load »)")
        c = rows[0]
        self.concertation = GraphEntry(c["id"], c["name"] or c["id"], c.get("acronym"), _list(c.get("aliases")))
        places = store.query(CONCERTATION_PLACES, {"id": concertation_id})
        self.regions = sorted({p["region"] for p in places if p.get("region")})
        self.region = self.regions[0] if len(self.regions) == 1 else None
        self.mrcs = sorted({p["name"] for p in places if p.get("level") == "mrc"})
        self.orgs = Index([GraphEntry(r["id"], r["name"] or r["id"], r.get("acronym"), _list(r.get("aliases")),
                                      {"sector": r.get("sector")}) for r in store.query(ORGS)])
        self.committees = Index([GraphEntry(r["id"], r["name"] or r["id"], r.get("acronym"), _list(r.get("aliases")),
                                            {"concertation": r.get("concertation")})
                                 for r in store.query(COMMITTEES)
                                 if r.get("concertation") in (None, concertation_id)])
        self.themes = Index([GraphEntry(r["id"], r["name"] or r["id"], None, _list(r.get("aliases")))
                             for r in store.query(THEMES)])
        self.persons = {norm(r["name"] or ""): r["id"] for r in store.query(PERSONS)}
        self.plans = store.query(PLANS, {"id": concertation_id})
        # names the graph knows as organizations stay organizations, even when the plan also calls them instances
        self.committee_names = {loose(x) for x in (committees or set()) if not self.orgs.exact(x)}
        # names that read like a committee but that the plan lists among another committee's members (see
        # :func:`~loaders.importer.proposals.listed_organizations`): organizations
        self.member_orgs: set[str] = set()
        self.new: dict[str, Entity] = {}
        self.defined: dict[str, Entity] = {}  # short forms the plan itself defines (« Nom (SIGLE) », a glossary)
        self.carrier = self._carrier(store)

    # -- the concertation's own organization ----------------------------------------------------------------
    def _carrier(self, store) -> Entity:
        conc = self.concertation
        ids = [r["id"] for r in store.query(COORDINATOR, {"id": conc.id})]
        for key in (conc.name, conc.acronym, *conc.aliases):
            for e in self.orgs.exact(key or ""):
                if e.id not in ids:
                    ids.append(e.id)
        if ids:
            e = next(x for x in self.orgs.entries if x.id == ids[0])
            return Entity("existing", e.id, e.name, e.acronym, e.extra.get("sector"), 0.95,
                          note="organisme qui porte la concertation")
        ent = Entity("new", "org:" + slug(conc.name, 90), conc.name, conc.acronym, "concertation", 0.8,
                     note="organisme qui porte la concertation (créé d'après la concertation) — à vérifier")
        for key in (conc.name, conc.acronym, *conc.aliases):
            if key:
                self.new[loose(key)] = ent
        return ent

    def _is_concertation(self, mention: str) -> bool:
        conc = self.concertation
        key = loose(mention)
        return bool(key) and key in {loose(x) for x in (conc.name, conc.acronym, *conc.aliases) if x}

    # -- organizations --------------------------------------------------------------------------------------
    def org(self, mention: str, text_only: bool = False, organization: bool = False) -> Entity:
        """Resolve one mention; ``text_only``: found in running text, kept only if it is a known body;
        ``organization``: written where only an organization can be (« Nom, Organisation »)."""
        m = re.sub(r"\s+", " ", (mention or "").strip(" «»\"'.;:,*-–"))
        if not m:
            return Entity("ignored", note="vide")
        low = fold(m)
        if m == CARRIER or self._is_concertation(m):
            if text_only:
                return Entity("ignored", name=m, note="la concertation elle-même, nommée dans le texte")
            return self._with(self.carrier, m)
        if self.k.is_staff(m):
            rest = re.sub(r"(?i)^(l'|la |le )?[ée]quipe( de la| du| de l'| de| des)?\s*", "", m).strip()
            if not rest or self._is_concertation(rest) or low in self.k.staff:
                if text_only:
                    return Entity("ignored", name=m, note="personnel nommé dans le texte")
                return self.carrier
        pm = re.match(r"^(.+?)\s*\(([^()]+)\)$", m)
        if pm and pm.group(1)[:1].isupper() and len(pm.group(1).split()) >= 2 and (
                is_acronym(pm.group(2).replace(" ", "")) or written_short_form(pm.group(2), pm.group(1))):
            return self._defined(pm.group(1).strip(), pm.group(2).strip(), m, text_only, organization)
        if PROGRAM.match(m):
            return Entity("ignored", name=m, note="programme, plan ou politique : pas une organisation")
        if UNDETERMINED.search(m) or re.fullmatch(r"(?i)[àa]\s+(?:d[ée]terminer|confirmer|venir|pr[ée]ciser)", m):
            return Entity("ignored", name=m, note="partenaire encore à déterminer : aucune organisation précise")
        if loose(m) in self.defined:  # the plan's own definition wins over general knowledge
            return self._with(self.defined[loose(m)], m)
        organization = organization or loose(m) in self.member_orgs
        if not organization and (loose(m) in self.committee_names or looks_like_committee(m)) \
                and not self.orgs.exact(m):
            return Entity("committee", name=m, note="instance (comité), pas une organisation")
        sector = self.k.generic_sector(m)
        if sector is not None:
            return Entity("generic", name=m, sector=sector or None, confidence=0.9,
                          note="mention générique : participant de niveau sectoriel")
        if is_acronym(m) and (m.upper() in self.k.not_orgs or m.replace("É", "E").upper() in self.k.not_orgs):
            return Entity("ignored", name=m, note="sigle courant qui ne désigne pas une organisation")
        if text_only and m in {p for p, _, _ in self.k.prefixes if p.isupper()}:
            return Entity("ignored", name=m, note="sigle générique dans le texte")
        region = re.match(r"(?i)^r[ée]gion\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]|de\s+)?(.+)$", m)
        if (self.k.is_place(m) or (region and self.k.is_place(region.group(1)))) and not self.orgs.exact(m):
            return Entity("place", name=m, note="nom de lieu seul : aucune organisation précise")
        found = self.orgs.exact(m)
        if found:
            return self._existing(found, m, 0.95, "nom, sigle ou alias identique")
        for entry in self.k.dictionary(m, self.region):
            found = self.orgs.exact(entry.name) or (self.orgs.exact(entry.acronym) if entry.acronym else [])
            if found:
                return self._existing(found, m, 0.9, f"dictionnaire : « {m} » = {entry.name}")
            return self._new(entry.name, entry.acronym or None, entry.sector, m, 0.85,
                             f"dictionnaire : « {m} » = {entry.name}")
        if self.k.aliases.get(norm(m)) and not self.region:
            names = sorted({a.name for a in self.k.aliases[norm(m)]})
            return self._new(m, m if is_acronym(m) else None, self.k.aliases[norm(m)][0].sector, m, 0.4,
                             "sigle ambigu sans territoire : " + " ; ".join(names[:3]), alternatives=names[:3])
        if loose(m) == "mrc" and len(self.mrcs) == 1:
            name = f"MRC de {self.mrcs[0]}"
            found = self.orgs.exact(name)
            if found:
                return self._existing(found, m, 0.8, "« MRC » : la MRC du territoire du plan")
            return self._new(name, "MRC", "municipal", m, 0.7, "« MRC » : la MRC du territoire du plan")
        if loose(m) in self.new:
            return self._with(self.new[loose(m)], m)
        fuzzy = self.orgs.fuzzy(m)
        if fuzzy and fuzzy[0][1] >= 92:
            e, score = fuzzy[0]
            ent = self._existing([e], m, 0.75, f"correspondance approximative ({score:.0f} %)")
            ent.alternatives = [f"{x.id} ({s:.0f} %)" for x, s in fuzzy[1:]]
            return ent
        if text_only and is_acronym(m) and m.upper() not in self.k.not_orgs:
            prefix = next((p for p, _, _ in self.k.prefixes if p.isupper() and len(p) >= 3 and m.startswith(p)
                           and len(m) > len(p)), None)
            if prefix:
                return self._new(m, m, self.k.prefix_sector(m) or "communautaire", m, 0.5,
                                 f"sigle d'un type d'organisation connu ({prefix}) — à vérifier")
        if text_only:
            return Entity("ignored", name=m, note="nom trouvé dans le texte, inconnu : non retenu")
        if len(m) <= 2 or m.isdigit():
            return Entity("ignored", name=m, note="trop court pour être une organisation")
        name = m[:1].upper() + m[1:]
        sector = self.k.prefix_sector(m) or "communautaire"
        return self._new(name, m if is_acronym(m) else None, sector, m, 0.5,
                         "nouvelle organisation proposée — à vérifier",
                         alternatives=[f"{x.id} ({s:.0f} %)" for x, s in fuzzy])

    def _defined(self, name: str, short: str, mention: str, text_only: bool, organization: bool) -> Entity:
        """« Nom complet (SIGLE) »: one organization, the full name with that acronym (or short form); the short
        form written alone elsewhere in the plan is the same organization."""
        ent = self.org(name, text_only, organization)
        if not ent.is_org:
            ent = self.org(short, text_only, organization)
            return self._with(ent, mention) if ent.is_org else ent
        if ent.kind == "new":
            if not ent.acronym and is_acronym(short.replace(" ", "")):
                ent.acronym = short
            if loose(short) and loose(short) not in self.new:
                self.new[loose(short)] = ent
        if ent.is_org and loose(short):
            self.defined.setdefault(loose(short), ent)
        return self._with(ent, mention)

    def merge_variants(self, resolved: dict[str, Entity], counts: dict[str, int] | None = None) -> dict[str, Entity]:
        """One organization written several ways in the plan is proposed once:

        - a short form (« CDC du HSF », « OHVO », « CJE Lac-Bleu ») of another new organization's name, each of its
          words a word of the name or the initials of consecutive words (:func:`~patterns.short_form`), or its own
          name without its kind (« Le Chaudron », :func:`~patterns.own_name`): the same organization, under the
          longer name;
        - an acronym one letter off another new organization's acronym (a typo: one letter changed, or two
          neighbours swapped, four letters or more) that the dictionary does not know: proposed as that
          organization with a low confidence and the match in its alternatives, flagged for review;
        - a name one or two letters off another new organization's name (:func:`near_name`; a typo or a plural):
          likewise, the spelling the plan writes most often (``counts``: how often each mention is written) wins.
        """
        news: list[Entity] = []
        for ent in resolved.values():
            if ent.kind == "new" and ent is not self.carrier and all(ent is not x for x in news):
                news.append(ent)

        def redirect(old: Entity, target: Entity, copy: Entity | None = None) -> None:
            for mention, e in list(resolved.items()):
                if e is old:
                    resolved[mention] = copy or target
                    if mention not in target.mentions:
                        target.mentions.append(mention)
            for k, v in list(self.new.items()):
                if v is old:
                    self.new[k] = target

        merged: set[int] = set()

        def absorb(variant: Entity, b: Entity, note: str) -> None:
            """``variant`` is ``b`` written differently: its mentions resolve to ``b`` at low confidence, noted."""
            copy = Entity(b.kind, b.id, b.name, b.acronym, b.sector, min(b.confidence, 0.4), [b.id], note, b.mentions)
            redirect(variant, b, copy)
            merged.add(id(variant))

        for a in news:
            for b in news:
                if a is b or id(a) in merged or id(b) in merged:
                    continue
                forms = [x for x in (a.name, a.acronym, *a.mentions) if x]
                if any(short_form(f, b.name) or own_name(f, b.name) for f in forms) and len(b.name) > len(a.name):
                    if not b.acronym and a.acronym:
                        b.acronym = a.acronym
                    b.note = (b.note + f" ; « {a.name} » : forme courte du même nom").strip(" ;")
                    redirect(a, b)
                    merged.add(id(a))
        for a in news:
            if id(a) in merged or not is_acronym(a.name.replace(" ", "")) or self.k.dictionary(a.name, self.region):
                continue
            for b in news:
                if b is a or id(b) in merged or not b.acronym or not near_acronym(a.name, b.acronym):
                    continue
                absorb(a, b, f"sigle « {a.name} » proche de « {b.acronym} » ({b.name}) : faute de frappe ? — à vérifier")
                break
        # a name one or two letters off another new organization's name (« Ville de Port-Catier », « Maison de la
        # famille de X » / « Maison des familles de X »): the same organization, low confidence, to be checked
        weight: Counter = Counter()  # how often the plan writes each word: the spelling written most often wins
        for mention in resolved:
            for w in set(loose(mention).split()):
                weight[w] += (counts or {}).get(mention, 1)

        def forms(e: Entity) -> list[str]:  # names, mentions and the short forms written in parentheses
            out = [x for x in (e.name, *e.mentions, e.acronym) if x]
            return out + [x for m in e.mentions for x in re.findall(r"\(([^()]+)\)", m)]

        for a in news:
            if id(a) in merged:
                continue
            for b in news:
                if b is a or id(b) in merged:
                    continue
                pair = next(((x, y) for x in forms(a) for y in forms(b) if near_name(x, y)), None)
                if pair is None:
                    continue
                wa = sum(weight[w] for w in loose(pair[0]).split())
                wb = sum(weight[w] for w in loose(pair[1]).split())
                if wa > wb or (wa == wb and len(a.mentions) > len(b.mentions)):
                    continue  # the other way round: b is the variant (seen from b's side of the loop)
                absorb(a, b, f"« {pair[0]} » proche de « {pair[1]} » ({b.name}) : faute de frappe ou variante ? — à "
                             "vérifier")
                break
        return resolved

    def _existing(self, entries: list[GraphEntry], mention: str, confidence: float, note: str) -> Entity:
        e = entries[0]
        return Entity("existing", e.id, e.name, e.acronym, e.extra.get("sector"), confidence,
                      [x.id for x in entries[1:]], note, [mention])

    def _new(self, name: str, acronym: str | None, sector: str, mention: str, confidence: float, note: str,
             alternatives: list[str] | None = None) -> Entity:
        for key in (loose(name), loose(acronym or ""), loose(mention)):
            if key and key in self.new:
                return self._with(self.new[key], mention)
        ent = Entity("new", "org:" + slug(name, 90), name, acronym, sector, confidence, alternatives or [], note,
                     [mention])
        for key in (loose(name), loose(acronym or ""), loose(mention)):
            if key:
                self.new[key] = ent
        return ent

    @staticmethod
    def _with(ent: Entity, mention: str, note: str | None = None) -> Entity:
        if mention != CARRIER and mention not in ent.mentions:
            ent.mentions.append(mention)
        if note and not ent.note:
            ent.note = note
        return ent

    def merge_bare_prefixes(self, resolved: dict[str, Entity]) -> dict[str, Entity]:
        """« CJE » alone is the plan's only CJE (``CJELA``) when exactly one organization of the plan has an
        acronym that starts with it; otherwise it stays a separate proposal."""
        prefixes = {p for p, _, _ in self.k.prefixes if p.isupper()}
        orgs = {id(e): e for e in resolved.values() if e.is_org}
        for mention, ent in list(resolved.items()):
            if ent.kind != "new" or (ent.acronym or "") not in prefixes or ent.name != ent.acronym:
                continue
            others = [o for o in orgs.values() if o is not ent and (o.acronym or "").startswith(ent.acronym)
                      and len(o.acronym or "") > len(ent.acronym)]
            if len(others) == 1:
                target = others[0]
                target.mentions.append(mention)
                target.note = (target.note + f" ; « {mention} » rattaché (seul {ent.acronym} du plan)").strip(" ;")
                resolved[mention] = target
                for k, v in list(self.new.items()):
                    if v is ent:
                        self.new[k] = target
        return resolved

    # -- other kinds ----------------------------------------------------------------------------------------
    def committee(self, name: str, acronym: str | None = None) -> tuple[str, bool, list[str]]:
        """(id, existing?, alternatives) of a committee of this concertation."""
        found = self.committees.exact(name) or (self.committees.exact(acronym) if acronym else [])
        if found:
            return found[0].id, True, [e.id for e in found[1:]]
        conc = self.concertation.id.split(":", 1)[-1]
        return f"com:{conc}-{slug(name)}", False, [f"{e.id} ({s:.0f} %)" for e, s in self.committees.fuzzy(name)]

    def theme(self, name: str) -> tuple[str, bool]:
        found = self.themes.exact(name)
        if found:
            return found[0].id, True
        fz = self.themes.fuzzy(name, limit=1, cutoff=90)
        if fz:
            return fz[0][0].id, True
        return f"theme:{slug(name)}", False

    def person(self, name: str) -> tuple[str, bool]:
        pid = self.persons.get(norm(name))
        return (pid, True) if pid else (f"person:{slug(name)}", False)

    def plan(self, period: tuple[int, int] | None) -> tuple[str, bool]:
        for p in self.plans:
            if period and p.get("start") == period[0] and p.get("end") == period[1]:
                return p["id"], True
        conc = self.concertation.id.split(":", 1)[-1]
        suffix = f"{period[0]}-{period[1]}" if period and period[0] != period[1] else (str(period[0]) if period
                                                                                       else "sans-periode")
        return f"plan:{conc}-{suffix}", False
