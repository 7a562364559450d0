"""The patterns that recognize a plan's parts: table headers, labels of role cells, numbered actions, persons
(« Nom, Organisation »), committees, partners written in running text, and small text helpers.

>>> committee_kind("Comité porteur Logement"), committee_kind("Comité de coordination (COCO)")
('comite_porteur', 'comite_coordination')
>>> header_roles(["Objectifs", "Moyens / Actions", "Organisme(s) responsable(s)", "Budget"])
['objective', 'action', 'responsible', 'budget']
"""
from __future__ import annotations

import re

from loaders.importer.cleaning import fold, norm, plain
from loaders.importer.names import is_acronym

HEADER_WORDS = {
    "objective": ("objectif",),
    "action": ("moyen", "action", "projet"),
    "responsible": ("responsable", "porteur", "qui"),
    "partner": ("partenaire",),
    "resources": ("ressource",),
    "results": ("resultat",),
    "indicators": ("indicateur", "indice", "indices"),
    "schedule": ("echeanc", "date", "periode", "calendrier"),
    "steps": ("etape",),
    "budget": ("budget", "cout", "montant"),
    "audience": ("public",),
    "review": ("bilan",),
}
RESULT_WORDS = re.compile(r"\b(DIRECT|INTERM[ÉE]DIAIRE|Nombre d|Taux de|Indices? de)", re.I)
LABELS = re.compile(
    r"(comit[ée]s? porteurs?|collaborations? souhait[ée]es?|en collaboration avec|avec la collaboration de)\s*:?"
    r"|(organismes? partenaires?|partenaires?|fiduciaires?|responsables?)\s*:", re.I)
PERSON = re.compile(r"^([A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+){1,3})\s*,\s*(.+)$")
NUMBERED = re.compile(r"(?:(?<=\s)|^)(\d+(?:\.\d+){2,3})\.?(?=\s)")
COMMITTEE = re.compile(
    r"\b((?:comit[ée]s?|communaut[ée]s? de pratiques?|chantiers?|conseil d'administration|tables? des? "
    r"partenaires)\b(?:\s+(?:(?:de|du|des|d'|en|sur|la|le|l')\s*)?[\w'’\-«»]+){0,5})", re.I)
COMMITTEE_STOP = {"et", "qui", "pour", "par", "afin", "a", "est", "sont", "ont", "precedent", "selon", "dans",
                  "avec", "lors", "vers", "porte", "portent", "pour", "ou", "aux", "au", "se", "ce",
                  "annuellement", "afin", "(", "rencontres", "composé", "compose", "anime"}
COORDINATION = re.compile(r"\b(anim\w*|organis\w*|coordonn\w*|co-coordination|coordination|planifi\w*)\b", re.I)
WITH = re.compile(r"\b(?i:en collaboration avec|avec)\s+(?:la |le |les |l'|l’)?([A-ZÀ-Ý«][^:;,.()→*]{1,60}?)"
                  r"(?=\s*(?::|;|,|\.|\(|\)|»|→|$| pour | afin | autour | sur | dans | selon | qui | lors | dont "
                  r"| en | et |\s\d))")
WITH_HEAD = re.compile(r"\b(?i:liaison avec|en collaboration avec|avec)\s+(?:la |le |les |l')"
                       r"((?:collectif|table|regroupement|r[ée]seau|coalition|f[ée]d[ée]ration|association)"
                       r"\s(?:de|des|du|d')\s?[^:;,.()→*]{3,80}?)(?=\s*(?::|;|,|\.|\(|\)|→|$))")
DEFINED = re.compile(r"([A-ZÀ-Ý][\w'’\-]+(?:\s+(?:(?:de|du|des|d'|l'|la|le|en|et)\s+)?[A-ZÀ-Ý][\w'’\-]+){0,6})"
                     r"\s*\(([A-ZÀ-Ý][A-ZÀ-Ý0-9\-]{1,8})\)")
TEAM = re.compile(r"\bÉquipe\s+(?:de la |du |de l'|des )?([A-ZÀ-Ý][A-ZÀ-Ý0-9\-]{1,9})\b")
PAREN_LIST = re.compile(r"\(([^()]*,[^()]*)\)")

FISCAL_YEAR = r"(?:19|20)\d\d\s*[-/–]\s*(?:(?:19|20)\d\d|\d\d)"
AMOUNT = r"\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?\s*\$"


def committee_kind(name: str) -> str:
    """The committee_kinds code a committee's name suggests.

    >>> committee_kind("Comité porteur Logement"), committee_kind("Comité de coordination (COCO)")
    ('comite_porteur', 'comite_coordination')
    """
    n = fold(name)
    if n.startswith("collectif"):
        return "collectif"
    for words, kind in ((("porteur",), "comite_porteur"), (("coordination", "coco"), "comite_coordination"),
                        (("conseil d'administration",), "conseil_administration"),
                        (("communaute de pratique", "cdp"), "communaute_pratique"),
                        (("evaluation",), "comite_evaluation"), (("encadrement", "suivi", "directeur"),
                                                                  "comite_encadrement"),
                        (("chantier",), "chantier"), (("regional",), "comite_regional"),
                        (("travail",), "comite_travail")):
        if any(w in n for w in words):
            return kind
    return "other"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def short(text: str, n: int = 160) -> str:
    t = plain(text)
    return t if len(t) <= n else t[: n - 1].rsplit(" ", 1)[0] + "…"


def header_roles(cells: list[str]) -> list[str] | None:
    roles, hits = [], 0
    for c in cells:
        t = fold(plain(c))
        role = "other"
        head = re.sub(r"^(organisme\(s\)|organismes?|indices de progression /|les?|la)\s+", "", t)
        if t and len(t) <= 90:
            for r, words in HEADER_WORDS.items():
                if any(head.startswith(w) for w in words):
                    role = r
                    break
        if role == "other" and re.fullmatch(rf"(budget\s*)?{FISCAL_YEAR}\s*(\(\$\)|\$)?", t.strip()):
            role = "budget:" + t  # a budget column per fiscal year
        if role != "other":
            hits += 1
        roles.append(role if t else "empty")
    nonempty = [plain(c) for c in cells if plain(c)]
    if hits >= 2 and hits * 2 >= len(nonempty) and all(len(t) <= 90 for t in nonempty) \
            and not any(re.match(r"^\d+(\.\d+)+", t) or t.endswith(".") for t in nonempty):
        return roles
    return None


def defined_name(text: str, acronym: str) -> str | None:
    """The words a parenthesized acronym stands for: « … Nourrir Lanaudière (NL) » → ``Nourrir Lanaudière``."""
    tokens = text.split()
    target = fold(acronym).replace("-", "")
    for start in range(len(tokens)):
        cand = tokens[start:]
        initials = "".join(fold(t)[0] for t in cand if t[:1].isupper())
        if initials == target and cand[0][:1].isupper():
            return " ".join(cand)
    return None


def known_names_in(text: str) -> list[str]:
    """Full names of public bodies of the dictionary written in running text."""
    from loaders.importer.knowledge import knowledge

    key = " " + norm(text) + " "
    out = []
    for alias_key, entries in knowledge().long_aliases.items():
        if f" {alias_key} " in key:
            out.append(entries)
    return out


def namelike(text: str) -> bool:
    t = text.strip()
    words = t.split()
    return (1 <= len(words) <= 5 and t[:1].isupper() and not t.endswith((".", ":", "!", "?"))
            and not re.search(r"\d{2,}", t) and not is_acronym(t.replace(" ", "")) or
            (len(words) == 1 and is_acronym(t)))
