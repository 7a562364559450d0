"""The importer's data (``data/importer/``): acronyms and aliases of Québec public bodies, acronym prefixes and
name heads that tell an organization's sector, generic mentions (sector-level participants), staff roles, jargon
acronyms that are not organizations, and the territorial reference's place names.

>>> k = knowledge()
>>> k.generic_sector("Organismes communautaires du territoire")
'communautaire'
>>> k.generic_sector("Moisson Lanaudière") is None
True
>>> k.prefix_sector("OMHRN"), k.prefix_sector("Ville de Repentigny")
('municipal', 'municipal')
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from loaders.importer.cleaning import fold, norm

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data" / "importer"
TERRITORIES = ROOT / "data" / "reference" / "territories.csv"


@dataclass(frozen=True)
class Alias:
    alias: str
    name: str
    acronym: str
    region: str  # "" any, "*" template filled with the plan's region, else a region code
    sector: str


@dataclass
class Knowledge:
    aliases: dict[str, list[Alias]] = field(default_factory=dict)
    prefixes: list[tuple[str, str, str]] = field(default_factory=list)
    generic: list[tuple[str, str, str]] = field(default_factory=list)
    staff: set[str] = field(default_factory=set)
    not_orgs: set[str] = field(default_factory=set)
    regions_de: dict[str, str] = field(default_factory=dict)
    region_names: dict[str, str] = field(default_factory=dict)
    place_tokens: set[str] = field(default_factory=set)
    place_names: set[str] = field(default_factory=set)
    mrc_names: dict[str, str] = field(default_factory=dict)  # mrc id -> name
    municipalities: dict[str, tuple[str, str]] = field(default_factory=dict)  # norm(name) -> (name, designation)
    long_aliases: dict[str, str] = field(default_factory=dict)  # normalized full name -> alias as written

    def generic_sector(self, mention: str) -> str | None:
        """The sector of a generic mention (``""`` when it has none), ``None`` if the mention is not generic. A
        count or a word for people written before one is the same mention (« Deux représentants citoyens »,
        « trois personnes citoyennes », « des représentants des organismes communautaires »).

        >>> k = knowledge()
        >>> k.generic_sector("Deux représentants citoyens"), k.generic_sector("Trois personnes citoyennes")
        ('citoyens', 'citoyens')
        >>> k.generic_sector("Deux représentants du Centre Horizon") is None
        True
        >>> k.generic_sector("Trois citoyennes du quartier Est")
        'citoyens'

        """
        key = _no_article(fold(mention).strip(" .;:,"))
        keys = [key]
        bare = re.sub(r"^(?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|quelques|plusieurs|des)\s+)?"
                      r"(?:representant(?:e|s|es)?|delegue(?:e|s|es)?|personnes?|membres?)\s+(?:(?:des|de la|de l'|du|"
                      r"de)\s*)?", "", key)
        if bare != key and bare:
            keys.append(_no_article(bare))
        counted = re.sub(r"^(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|quelques|plusieurs)\s+", "",
                         key)
        if counted != key and counted:  # « Deux citoyennes du quartier X »
            keys.append(_no_article(counted))
        for k in keys:
            for text, sector, match in self.generic:
                if k == text or (match == "prefix" and k.startswith(text + " ")):
                    return sector
        return None

    def is_place(self, mention: str) -> bool:
        """A place name of the territorial reference, also with a geographic qualifier written before it
        (« Haut-Saint-Maurice », « Basse-Lièvre », « Nord-de-Portneuf »): a territory, not an organization.

        >>> k = knowledge()
        >>> k.is_place("Mont-Joli"), k.is_place("Haute-Mont-Joli"), k.is_place("Haut-St-Joli")
        (True, True, False)
        """
        key = norm(mention)
        if key in self.place_names:
            return True
        m = re.match(r"^(?:haut|haute|hautes|bas|basse|nord|sud|est|ouest|centre|grand|grande)"
                     r"(?: d[eu]s?| de la)? (.+)$", key)
        return bool(m) and m.group(1) in self.place_names

    def municipal_body(self, place: str) -> str | None:
        """The municipal organization of a municipality of the reference: « Ville de X » for a ville (designation
        V), « Municipalité de X » otherwise; ``None`` when the name is no municipality.

        >>> knowledge().municipal_body("Mont-Joli"), knowledge().municipal_body("Nulle-Part")
        ('Ville de Mont-Joli', None)
        """
        found = self.municipalities.get(norm(place))
        if not found:
            return None
        name, designation = found
        return f"{'Ville' if designation == 'V' else 'Municipalité'} de {name}"

    def is_staff(self, mention: str) -> bool:
        key = _no_article(fold(mention).strip(" .;:,"))
        return key in self.staff or key.startswith("equipe")

    def prefix_sector(self, name: str) -> str | None:
        """The sector suggested by a name's head word or acronym prefix (``CDC …``, ``OMHRN``, ``Ville de …``)."""
        first = name.split()[0] if name.split() else ""
        for prefix, _, sector in self.prefixes:
            if prefix.isupper():
                if first.upper() == first and first.startswith(prefix):
                    return sector
            elif fold(name).startswith(fold(prefix)):
                return sector
        return None

    def prefix_expansion(self, name: str) -> str | None:
        first = name.split()[0] if name.split() else ""
        for prefix, expansion, _ in self.prefixes:
            if prefix.isupper() and first == prefix:
                return expansion + name[len(first):]
        return None

    def dictionary(self, mention: str, region: str | None) -> list[Alias]:
        """Dictionary entries for a mention, the plan's region first; templates filled with the region."""
        entries = self.aliases.get(norm(mention), [])
        exact = [e for e in entries if region and e.region == region]
        anywhere = [e for e in entries if e.region == ""]
        templated = []
        if region and region in self.regions_de:
            for e in entries:
                if e.region == "*":
                    fill = {"de": self.regions_de[region], "region": self.region_names.get(region, "")}
                    templated.append(Alias(e.alias, e.name.format(**fill), e.acronym.format(**fill), region,
                                           e.sector))
        return exact + anywhere + templated


def _no_article(key: str) -> str:
    """``les acteurs du ds`` → ``acteurs du ds``."""
    return re.sub(r"^(les |la |le |l'|des |d')", "", key)


def _rows(name: str) -> list[dict]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    k = Knowledge()
    for r in _rows("aliases.csv"):
        a = Alias(r["alias"], r["name"], r["acronym"], r["region"], r["sector"])
        k.aliases.setdefault(norm(a.alias), []).append(a)
        if len(a.alias) >= 12 and " " in a.alias and "{" not in a.alias:
            k.long_aliases[norm(a.alias)] = a.alias
    k.prefixes = [(r["prefix"], r["expansion"], r["sector"]) for r in _rows("prefixes.csv")]
    k.generic = [(fold(r["mention"]), r["sector"], r["match"]) for r in _rows("generic_mentions.csv")]
    k.staff = {fold(r["role"]) for r in _rows("staff_roles.csv")}
    k.not_orgs = {r["acronym"].upper() for r in _rows("not_organizations.csv")}
    k.regions_de = {r["code"]: r["de"] for r in _rows("regions.csv")}
    with open(TERRITORIES, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["level"] == "region":
                k.region_names[r["code"]] = r["name"]
            if r["level"] in ("region", "mrc", "municipality", "municipalite", "te"):
                k.place_names.add(norm(r["name"]))
                k.place_names.add(norm(r["name"]).replace("saint ", "st ").replace("sainte ", "ste "))
                for tok in r["name"].replace("–", " ").split():
                    if tok[:1].isupper() and len(tok) > 2:
                        k.place_tokens.add(fold(tok))
            if r["level"] == "mrc":
                k.mrc_names[r["id"]] = r["name"]
            if r["level"] in ("municipality", "municipalite"):
                k.municipalities.setdefault(norm(r["name"]), (r["name"], r.get("designation") or ""))
    return k
