"""The patterns that recognize a plan's parts: table headers, labels of role cells, numbered actions, persons
(« Nom, Organisation »), committees, partners written in running text, and small text helpers.

>>> committee_kind("Comité porteur Logement"), committee_kind("Comité de coordination (COCO)")
('comite_porteur', 'comite_coordination')
>>> header_roles(["Objectifs", "Moyens / Actions", "Organisme(s) responsable(s)", "Budget"])
['objective', 'action', 'responsible', 'budget']
>>> header_roles(["Projet", "Responsable(s)", "Collaborateurs", "Fiduciaire", "2025-2026", "Budget 2026-2027"])
['action', 'responsible', 'partner', 'fiduciary', 'budget:2025-2026', 'budget:budget 2026-2027']
>>> header_roles(["Action", "Maître d'œuvre", "Partenaires associés", "Coût ($)", "Échéancier"])
['action', 'responsible', 'partner', 'budget', 'schedule']
"""
from __future__ import annotations

import re

from loaders.importer.cleaning import fold, norm, plain
from loaders.importer.labels import header_field
from loaders.importer.names import is_acronym

HEADER_WORDS = {
    "objective": ("objectif",),
    "action": ("moyen", "action", "projet"),
    "responsible": ("responsable", "porteur", "qui"),
    "partner": ("partenaire", "collaborat"),
    "fiduciary": ("fiduciaire",),
    "resources": ("ressource",),
    "results": ("resultat",),
    "indicators": ("indicateur", "indice", "indices"),
    "schedule": ("echeanc", "date", "periode", "calendrier", "annee", "exercice"),
    "steps": ("etape",),
    "budget": ("budget", "cout", "montant"),
    "audience": ("public",),
    "review": ("bilan",),
}
# fields of the label dictionary (:mod:`~loaders.importer.labels`) → column roles; HEADER_WORDS is the fallback
HEADER_FIELDS = {"leads": "responsible", "partners": "partner", "fiduciary": "fiduciary", "budget": "budget",
                 "schedule": "schedule", "results": "results", "indicators": "indicators"}
RESULT_WORDS = re.compile(r"\b(DIRECT|INTERM[ÉE]DIAIRE|Nombre d|Taux de|Indices? de)", re.I)
LABELS = re.compile(
    r"(comit[ée]s? porteurs?|collaborations? souhait[ée]es?|en collaboration avec|avec la collaboration de)\s*:?"
    r"|(organismes? partenaires?|partenaires?|fiduciaires?|responsables?)\s*:", re.I)
PERSON = re.compile(r"^([A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+){1,3})\s*,\s*(.+)$")
# « Milieu communautaire : A, B », « Partenaire financier : X », « Citoyenne : Prénom Nom » — a committee's members
# grouped by sector under its heading
SECTOR_MEMBERS = re.compile(r"(?i)^(?:[-–•◦▪*·]\s*)?((?:milieu|secteur|r[ée]seau)\b[^:]{0,40}|partenaires? "
                            r"financiers?|citoyen(?:ne)?s?|citoyen\(ne\)s?|[ée]lu(?:e)?s?)\s*:\s*(.+)$")
# « Prénom Nom, fonction – Organisation », « Prénom Nom – Organisation »: a person, then the organization
PERSON_DASH = re.compile(r"^([A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+){1,3})(?:\s*,\s*[^–—]+?)?\s+[–—-]\s+(.+)$")


def person_line(text: str) -> tuple[str, str] | None:
    """A member line naming a person and the organization they sit for: « Nathalie Roy, directrice générale –
    Centre Horizon », « Marc Roy – Ville de Lac-Vert », « Marie Roy, Centre Horizon » (the person's function and a
    trailing « (comité porteur X) » left out).

    >>> person_line("Nathalie Roy, directrice générale – Centre Horizon (comité porteur Logement)")
    ('Nathalie Roy', 'Centre Horizon')
    >>> person_line("Marc-Antoine Roy – Ville de Lac-Vert"), person_line("Réal Gagnon, citoyen")
    (('Marc-Antoine Roy', 'Ville de Lac-Vert'), ('Réal Gagnon', 'citoyen'))
    >>> person_line("Nadia Roy, organisatrice communautaire (CISSS BSL)")
    ('Nadia Roy', 'CISSS BSL')
    >>> person_line("Marc Roy, coordonnateur de la Table (sans droit de vote)")
    ('Marc Roy', 'coordonnateur de la Table')
    >>> person_line("Ève Roy, organisatrice communautaire au CISSS du Fjord")
    ('Ève Roy', 'CISSS du Fjord')
    >>> person_line("Comité de suivi – Ville de Lac-Vert") is None
    True
    """
    from loaders.importer.names import NAME_HEADS

    m = PERSON_DASH.match(text) or PERSON.match(text)
    if not m or fold(m.group(1).split()[0]) in NAME_HEADS:
        return None
    org = re.sub(r"\s*\((?:comit[ée]|repr[ée]sent)[^()]*\)\s*$", "", m.group(2)).strip(" .;")
    function = re.match(r"^[a-zà-ÿ][^–—]*?\s+[–—-]\s+(.+)$", org)  # « directrice générale – Organisation »
    # « organisatrice communautaire (CISSS BSL) »: the organization in parentheses; « (sans droit de vote) » a remark
    function = function or re.match(r"^[a-zà-ÿ][^()]*?\s*\(([A-ZÀ-Ý][^()]+)\)$", org)
    # « organisatrice communautaire au CISSSO », « directrice de Centraide Nord »: the organization after « au »
    bare = re.sub(r"\s*\([a-zà-ÿ][^()]*\)$", "", org)
    after = re.match(r"^[a-zà-ÿ][^()–—]*?\s(?:au|aux|à la|à l['’]|chez|de la|du|de l['’]|des|de)\s*([A-ZÀ-Ý].*)$", bare)
    if not function and after and (len(after.group(1).split()) >= 2 or is_acronym(after.group(1))):
        function = after  # « organisatrice communautaire au CISSSO » (not « coordonnatrice de la Table »)
    return m.group(1), (function.group(1) if function else bare)


# a person's name alone (« Marie Tremblay », « Jean-Pierre Saint-Amour »), in a column of persons
PERSON_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+){1,3}$")
# « Prénom Nom (Organisation) » in a member list (unless the parenthesis abbreviates the name: an organization)
PERSON_PAREN = re.compile(r"^(?=[^(]*\s[A-ZÀ-Ý])([A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+){1,2})\s*"
                          r"\(([^()]{2,120})\)$")  # a first and last name: « Trans-Neigette (…) » is no person
NUMBERED = re.compile(r"(?:(?<=\s)|^)(\d+(?:\.\d+){2,3})\.?(?=\s)")
COMMITTEE = re.compile(
    r"\b((?:comit[ée]s?|communaut[ée]s? de pratiques?|chantiers?|conseil d'administration|assembl[ée]es? "
    r"g[ée]n[ée]rales?|tables? des? "
    r"partenaires)\b(?:\s+(?:(?:de|du|des|d'|en|sur|la|le|l')\s*)?[\w'’\-«»]+){0,5})", re.I)
COMMITTEE_STOP = {"et", "qui", "pour", "par", "afin", "a", "est", "sont", "ont", "precedent", "selon", "dans",
                  "avec", "lors", "vers", "porte", "portent", "pour", "ou", "aux", "au", "se", "ce",
                  "annuellement", "afin", "(", "rencontres", "composé", "compose", "anime",
                  # a verb ends the name (« Le comité de coordination réunit le CISSS… », « … veille à … »)
                  "reunit", "reunissent", "regroupe", "regroupent", "rassemble", "comprend", "veille", "assure",
                  "prepare", "suit", "adopte", "forme", "formee", "composee", "constitue", "s'est", "agit",
                  "travaille", "doit", "peut", "sera", "seront", "voit", "coordonne", "rend", "etudie"}
COORDINATION = re.compile(r"\b(anim\w*|organis\w*|coordonn\w*|co-coordination|coordination|planifi\w*)\b", re.I)
ORGANIZING = re.compile(r"^\s*(?:programmer|organiser|animer|coordonner|planifier|co-coordonner)\b", re.I)
# a collective initiative named by its cause: « dans le cadre de la démarche pour un PASUQ », « avec la Coalition
# pour un Québec sans pauvreté » (the name ends at punctuation, at a new clause, or after an acronym)
CAMPAIGN = re.compile(r"\b(?:dans le cadre d[eu]|avec|liaison avec|appui [àa]|soutien [àa])\s+(?:la |le |l')"
                      r"((?:d[ée]marche|campagne|coalition|collectif|alliance|mouvement)\s+pour\s+"
                      r"(?:un|une|le|la|l'|les)\s*(?:(?-i:[A-ZÀ-Ý]{3,})(?![\w'])|"
                      r"[^\s,.;:()]+(?:\s+(?!pour\b|afin\b|et\b|dans\b|avec\b)[^\s,.;:()]+){0,5}))",
                      re.I)
# a municipal policy belongs to its municipality: « la politique de développement social de Shawinigan »
MUNICIPAL_POLICY = re.compile(r"\bpolitiques?\s+(?:[\w'’-]+\s+){0,5}?(?:de|d')\s*(?:la\s+)?(?:ville\s+de\s+|"
                              r"municipalit[ée]\s+de\s+)?((?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+[\w'’-]+){0,3})", re.I)
# « (en collaboration) avec X »: X ends at sentence punctuation, the end of the cell, or a new clause (« pour »,
# « afin »…; « et » followed by a capital or a determiner: « et de généalogie » goes on with the name) — never
# after a fixed number of words
AND_NEXT = (r" et (?=[A-ZÀ-Ý]|(?:la|le|les|l'|l’|des|du|un|une|ses|son|sa|leurs?|plusieurs|d'autres|autres|tous|"
            r"toutes|divers|diverses|nos|notre|vos|votre|ces|cette|ce)\b)")
WITH = re.compile(r"\b(?i:en collaboration avec|avec)\s+(?:la |le |les |l'|l’)?([A-ZÀ-Ý«][^:;,.()→*]{1,150}?)"
                  r"(?=\s*(?::|;|,|\.|\(|\)|»|→|$| pour | afin | autour | sur | dans | selon | qui | lors | dont "
                  r"| en |" + AND_NEXT + r"|\s\d))")
# « X fiduciaire », « X (fiduciaire) », « X est fiduciaire », « X fiduciaire du projet »: a role annotation written
# after a name
FIDUCIARY_NOTE = re.compile(r"^(.+?)\s*[(\-–]?\s*(?:(?:est|comme)\s+)?(?i:fiduciaires?)\b"
                            r"(?:\s+[a-zà-ÿ'’][^\s]*)*\s*\)?$")
WITH_HEAD = re.compile(r"\b(?i:liaison avec|en collaboration avec|avec)\s+(?:la |le |les |l')"
                       r"((?:collectif|table|regroupement|r[ée]seau|coalition|f[ée]d[ée]ration|association)"
                       r"\s(?:de|des|du|d')\s?[^:;,.()→*]{3,80}?)(?=\s*(?::|;|,|\.|\(|\)|→|$))")
DEFINED = re.compile(r"([A-ZÀ-Ý][\w'’\-]+(?:\s+(?:(?:de|du|des|d'|l'|la|le|en|et)\s+)?[A-ZÀ-Ý][\w'’\-]+){0,6})"
                     r"\s*\(([A-ZÀ-Ý][A-ZÀ-Ý0-9\-]{1,8})\)")
TEAM = re.compile(r"\bÉquipe\s+(?:de la |du |de l'|des )?([A-ZÀ-Ý][A-ZÀ-Ý0-9\-]{1,9})\b")
INSTANCES = re.compile(
    r"\b(?:mobilisations|instances|chantiers|comit[ée]s)\s+"
    r"(?:(?:r[ée]gionales?|r[ée]gionaux|th[ée]matiques|locales?|"
    r"locaux)\s+)*(?:de la|du|de l'|des)\s+([A-ZÀ-Ý][A-ZÀ-Ý0-9\-]{1,9})\b\s*:?\s*([^.;]+)", re.I)
PAREN_LIST = re.compile(r"\(([^()]*,[^()]*)\)")
# a field line of a prose plan, bulleted or not: « • Responsable : X », « Organisme porteur : X », « Partenaires
# impliqués : … », « Fiduciaire : X », « Financement demandé : 2026-2027 : 9 500 $ », « Échéance : 2026-2028 »: the
# label dictionary (:mod:`~loaders.importer.labels`, see :func:`field_line`)
FIELD_KINDS = {"leads": "LEADS", "partners": "PARTNER_IN", "fiduciary": "FIDUCIARY_OF", "schedule": "schedule",
               "results": "results", "indicators": "indicators", "budget": "budget", "funder": "funder",
               "funding": "funding"}
# a membership matrix: columns headed by bodies, cells marked when the row's organization sits on it
MATRIX_BODY = re.compile(r"(?i)^(?:comit[ée]|table|chantier|cellule|groupe de travail|collectif|conseil "
                         r"d['’]administration|assembl[ée]e)\b")
MATRIX_MARKS = {"x", "✓", "✔", "✗", "•", "●", "■", "oui", "o", "*"}
# « Comité X : A, B, C » — a committee and its members on one line (which the extraction may wrap)
COMMITTEE_LINE = re.compile(r"^(?:[-–•◦▪*·]\s*)?((?:comit[ée]|table|chantier|cellule|groupe de travail)\b[^:]{2,70}?)"
                            r"\s*:\s*(.+)$", re.I)
# a heading that opens a list of a committee's members: « Comité porteur Sécurité alimentaire », « Membres du
# comité de coordination », « Annexe – Composition du comité X »
MEMBERS_HEADING = re.compile(r"^(?:annexe\s*(?:[A-Z0-9]{1,3}\b)?\s*[:.\-–—]?\s*)?(?:(?:liste\s+des\s+)?membres"
                             r"\s+(?:du|de\s+la|des)\s+|composition\s+(?:du|de\s+la|des)\s+)?"
                             r"((?:comit[ée]|cellule|chantier|groupe de travail|table des partenaires)\b[^.;]{0,80}?)\s*:?$", re.I)
# « 2.1 Comité directeur »: a numbered heading naming a committee
NUMBERED_HEADING = re.compile(r"^\d+(?:\.\d+)*\.?\s+(?=(?:comit[ée]|cellule|chantier|groupe de travail)\b)", re.I)

# « 5. Membres de la table », « Liste des membres du regroupement » : the members of the body itself (an assembly)
MEMBERS_OF_BODY = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+|annexe\s*(?:[A-Z0-9]{1,3}\b)?\s*[:.\-–—]?\s*)?"
                             r"((?:liste\s+des\s+)?membres\s+"
                             r"(?:du|de\s+la|de\s+l['’]|des)\s*"
                             r"(?:table|regroupement|concertation|collectif|r[ée]seau|alliance|assembl[ée]e))\s*:?$",
                             re.I)

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


def short_form_of(name: str, names: list[str]) -> str | None:
    """The committee a short form stands for: two or three juxtaposed words, no connector, all in a longer name
    with the same head word (« Chantier Habitation » → « Chantier régional en habitation »).

    >>> short_form_of("Chantier Emploi", ["Comité de suivi", "Chantier régional sur l'emploi"])
    "Chantier régional sur l'emploi"
    >>> short_form_of("Comité de travail", ["Comité de travail en logement"]) is None
    True
    """
    words = fold(name).split()
    if not 2 <= len(words) <= 3 or any(w in {"de", "du", "des", "d'", "en", "la", "le", "l'", "sur", "et"}
                                       or "'" in w for w in words):
        return None
    for other in names:
        ow = re.findall(r"[\w-]+", fold(other).replace("'", " "))
        if len(ow) > len(words) and ow[0] == words[0] and all(w in ow for w in words[1:]):
            return other
    return None


def collaborators(text: str) -> list[str]:
    """Organizations written after « avec » / « en collaboration avec » in running text, whole however long.

    >>> collaborators("Ateliers offerts en collaboration avec la Coopérative de solidarité Le Grenier du village.")
    ['Coopérative de solidarité Le Grenier du village']
    >>> collaborators("Une fête avec la Société d'histoire et de généalogie du Bas-Fleuve et Centraide, au printemps")
    ["Société d'histoire et de généalogie du Bas-Fleuve", 'Centraide']
    >>> collaborators("Avec l'Association des parents et amis de la personne atteinte et des bénévoles")
    ['Association des parents et amis de la personne atteinte']
    """
    out = []
    for m in WITH.finditer(text):
        name = m.group(1).strip(" «»\"")
        if name:
            out.append(name)
        rest = text[m.end():]
        more = re.match(r"\s+et\s+(?:la |le |les |l'|l’)?([A-ZÀ-Ý][^:;,.()→*]{1,150}?)"
                        r"(?=\s*(?::|;|,|\.|\(|\)|»|→|$| pour | afin | qui | lors | dont ))", rest)
        if more and not fold(more.group(1)).startswith(("comite", "comites")):
            out.append(more.group(1).strip())
    return out


def fiduciary_annotations(names: list[str]) -> tuple[list[str], list[str]]:
    """A list of names with « X fiduciaire » in it (e.g. at the end of a « Comité porteur: » cell): X is the
    fiduciary, never an organization « X fiduciaire »; X is one of the listed names only where the list also names
    it without the annotation (once), a lone « fiduciaire » annotates the name before it.

    >>> fiduciary_annotations(["Ville de Lac-Vert", "Centre des femmes", "Ville de Lac-Vert fiduciaire"])
    (['Ville de Lac-Vert', 'Centre des femmes'], ['Ville de Lac-Vert'])
    >>> fiduciary_annotations(["Centre des femmes", "Maison de la famille (fiduciaire)"])
    (['Centre des femmes'], ['Maison de la famille'])
    >>> fiduciary_annotations(["Centre des femmes", "Fiduciaire"])
    ([], ['Centre des femmes'])
    >>> fiduciary_annotations(["Ville de Lac-Vert", "Centre des femmes fiduciaire du projet"])
    (['Ville de Lac-Vert'], ['Centre des femmes'])
    """
    listed, fiduciaries = [], []
    for name in names:
        m = FIDUCIARY_NOTE.match(name.strip())
        if fold(name).strip(" ()") in ("fiduciaire", "fiduciaires"):
            if listed:
                fiduciaries.append(listed.pop())
            continue
        if m:
            fiduciaries.append(m.group(1).strip(" ,-–("))
            continue
        listed.append(name)
    return list(dict.fromkeys(listed)), list(dict.fromkeys(fiduciaries))


def field_line(text: str) -> tuple[str, str] | None:
    """The kind of a field line of a prose plan and its value: ``("LEADS" | "PARTNER_IN" | "FIDUCIARY_OF" |
    "schedule" | "results" | "indicators" | "budget", value)``; ``None`` for any other line. The label is never a name.

    >>> field_line("• Responsable : Maison des Lilas")
    ('LEADS', 'Maison des Lilas')
    >>> field_line("Collaborations souhaitées : Ville de Lac-Bleu, Centre Horizon")
    ('PARTNER_IN', 'Ville de Lac-Bleu, Centre Horizon')
    >>> field_line("- Fiduciaire : Centre Horizon"), field_line("• Échéance : 2026-2028")
    (('FIDUCIARY_OF', 'Centre Horizon'), ('schedule', '2026-2028'))
    >>> field_line("Le responsable : voir plus haut.") is None
    True
    >>> field_line("<b>Organisme porteur :</b> Centre Horizon"), field_line("Partenaires impliqués : A, B")[0]
    (('LEADS', 'Centre Horizon'), 'PARTNER_IN')
    >>> field_line("Financement demandé : 2026-2027 : 9 500 $ — 2027-2028 : 7 000 $")[0]
    'budget'
    """
    from loaders.importer.labels import labelled

    found = labelled(text.strip())
    if not found or found[0] not in FIELD_KINDS:
        return None
    return FIELD_KINDS[found[0]], found[2]


def members_heading(text: str) -> str | None:
    """The committee a heading opens a member list for (bold, en-dash or annex headings), else ``None``.

    >>> members_heading("**Annexe – Membres du comité de coordination**")
    'comité de coordination'
    >>> members_heading("Comité porteur Jeunes et familles"), members_heading("Membres du comité de suivi :")
    ('Comité porteur Jeunes et familles', 'comité de suivi')
    >>> members_heading("– Composition de la cellule de crise –")
    'cellule de crise'
    >>> members_heading("Le comité de suivi se réunit quatre fois par année.") is None
    True
    >>> members_heading("**Annexe – Liste des membres du Collectif**")
    'Liste des membres du Collectif'
    >>> members_heading("2.1 Comité directeur")
    'Comité directeur'
    >>> members_heading("5. Membres de la table"), members_heading("Table des matières")
    ('Membres de la table', None)
    """
    t = NUMBERED_HEADING.sub("", plain(text).strip(" *–—-"))
    if len(t) > 110 or t.endswith("."):
        return None
    body = MEMBERS_OF_BODY.match(t)
    if body:
        return cap(body.group(1))
    m = MEMBERS_HEADING.match(t)
    if not m:
        return None
    name = re.sub(r"\s*\([^()]*\)\s*$", "", m.group(1)).strip(" :–-")  # « Comité de suivi (CS) »
    words = name.split()
    # a heading, not a sentence: no verb-like lowercase run after the name's few words
    if len(words) > 8 or re.search(r"\b(?:se|est|sont|a|ont|doit|doivent|assure|r[ée]unit)\b", fold(name)):
        return None
    return name


_ELIDED = re.compile(r"^(?:[ldjnsLDJNS]|qu|Qu)['’]")
_LINKS = {"de", "du", "des", "d", "l", "la", "le", "les", "et", "en", "a", "au", "aux", "pour", "sur"}


def _name_tokens(text: str) -> list[str]:
    """Significant words of a name, hyphenated words split, elided articles and connectors dropped."""
    out = []
    for word in re.split(r"[\s\-–]+", text.strip()):
        word = _ELIDED.sub("", word).strip(".,;:()«»\"")
        if word and fold(word) not in _LINKS:
            out.append(word)
    return out


def _truncates(short: str, word: str) -> bool:
    """« Coop » abbreviates « Coopérative »: a capitalized beginning of 3 letters or more of a much longer word."""
    a, b = fold(short).rstrip("."), fold(word)
    return short[:1].isupper() and not is_acronym(short) and len(a) >= 3 and len(b) >= len(a) + 3 \
        and b.startswith(a)


def short_form(short: str, name: str) -> bool:
    """Whether ``short`` abbreviates ``name``: each of its words is a word of the name or an acronym of the
    initials of consecutive words (hyphenated parts count, connectors do not), the whole name used in order, and
    at least one acronym standing for two words or more.

    >>> short_form("CDC du HSF", "CDC du Haut-Saint-François")
    True
    >>> short_form("MESS", "Ministère de l'Emploi et de la Solidarité sociale")
    True
    >>> short_form("Centraide BLN", "Centraide Bas-Laurentides-Nord")
    True
    >>> short_form("CDC", "Centre de développement culturel Nord")  # « Nord » left over
    False
    >>> short_form("Coop d'habitation Les Ormes", "Coopérative d'habitation Les Ormes")  # a truncated word
    True
    >>> short_form("Coop Les Ormes", "Coopérative d'habitation Les Ormes")  # and the kind's qualifier left out
    True
    """
    st, nt = _name_tokens(short), _name_tokens(name)
    if not st or not nt or len(st) > len(nt) or (len(st) == len(nt) and not any(
            _truncates(a, b) for a, b in zip(st, nt))):
        return False

    def match(i: int, j: int, used: bool) -> bool:
        if i == len(st):
            return j == len(nt) and used
        tok = st[i]
        if j < len(nt) and fold(tok) == fold(nt[j]) and match(i + 1, j + 1, used):
            return True
        if j < len(nt) and _truncates(tok, nt[j]) and match(i + 1, j + 1, True):
            return True  # « Coop » for « Coopérative »
        if is_acronym(tok):
            letters = [c for c in fold(tok).upper() if c.isalpha()]
            if j + len(letters) <= len(nt) and all(fold(nt[j + k])[:1].upper() == c for k, c in enumerate(letters)):
                return match(i + 1, j + len(letters), used or len(letters) >= 2)
        if used and j < len(nt) and nt[j][:1].islower():
            return match(i, j + 1, used)  # « Coop Les Ormes »: a lower-case qualifier of the kind left out
        return False

    return match(0, 0, False)


def written_short_form(short: str, name: str) -> bool:
    """Whether ``short``, written in parentheses after ``name`` (« Nom complet (Forme courte) »), abbreviates it:
    each of its words, in order, is a word of the name, a beginning of one or the initials of consecutive ones,
    at least one of them shortened; words of the name may be left out (the plan says the two are one).

    >>> written_short_form("Transpo Memphré", "Corporation de transport collectif Memphrémagog")
    True
    >>> written_short_form("CAB Memphrémagog", "Centre d'action bénévole de la MRC de Memphrémagog")
    True
    >>> written_short_form("Service des loisirs", "Ville de Magog"), written_short_form("Magog", "Ville de Magog")
    (False, False)
    """
    st, nt = _name_tokens(short), _name_tokens(name)

    def match(i: int, j: int, used: bool) -> bool:
        if i == len(st):
            return used
        if j >= len(nt):
            return False
        tok = st[i]
        if fold(tok) == fold(nt[j]) and match(i + 1, j + 1, used):
            return True
        a, b = fold(tok).rstrip("."), fold(nt[j])
        if tok[:1].isupper() and len(a) >= 3 and len(b) > len(a) and b.startswith(a) and match(i + 1, j + 1, True):
            return True  # « Transpo » for « transport »
        letters = [c for c in fold(tok).upper() if c.isalpha()] if is_acronym(tok) else []
        if len(letters) >= 2 and j + len(letters) <= len(nt) and \
                all(fold(nt[j + k])[:1].upper() == c for k, c in enumerate(letters)) and \
                match(i + 1, j + len(letters), True):
            return True
        return match(i, j + 1, used)  # a word of the name left out

    return bool(st) and len(st) < len(nt) and match(0, 0, False)


def own_name(short: str, name: str) -> bool:
    """Whether ``short`` is the organization's own name at the end of ``name``, from its article on, without the
    words of its kind (« Le Chaudron » for « Cuisines collectives Le Chaudron »).

    >>> own_name("Le Chaudron", "Cuisines collectives Le Chaudron"), own_name("L'Escale", "Comptoir alimentaire L'Escale")
    (True, True)
    >>> own_name("Le Chaudron", "Le Chaudron"), own_name("Chaudron", "Cuisines collectives Le Chaudron")
    (False, False)
    """
    s, n = short.split(), name.split()
    if not s or not re.match(r"^(?:(?:Le|La|Les)$|L['’]\w)", s[0]) or (len(s) < 2 and not s[0][:2] in ("L'", "L’")):
        return False
    return len(n) > len(s) and [fold(x) for x in n[-len(s):]] == [fold(x) for x in s]


DEFINITION = re.compile(r"\(([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9\-'’]{1,20}(?:\s+[A-Za-zÀ-ÿ0-9\-'’]{1,20}){0,3})\)")


def definitions(text: str) -> list[tuple[str, str]]:
    """« Nom complet (SIGLE) » written in a text: (full name, short form) pairs, the full name being the longest
    run of words right before the parenthesis that the short form abbreviates (:func:`short_form`).

    >>> definitions("soutenu par le Ministère de la Famille et des Aînés (MFA) et par la Corporation de "
    ...             "développement communautaire de Val-Bleu (CDC de Val-Bleu).")
    [('Ministère de la Famille et des Aînés', 'MFA'),
     ('Corporation de développement communautaire de Val-Bleu', 'CDC de Val-Bleu')]
    """
    out = []
    for m in DEFINITION.finditer(text):
        acr = m.group(1).strip()
        if not any(is_acronym(w) for w in acr.split()):
            continue
        words = text[max(0, m.start() - 200): m.start()].split()
        for n in range(min(len(words), 14), 0, -1):
            cand = " ".join(words[-n:]).strip(" ,;:«»\"")
            if not cand[:1].isupper() or cand.split()[0].lower() in ("le", "la", "les", "l'", "de", "du", "des"):
                continue
            if short_form(acr, cand):
                out.append((cand, acr))
                break
    return out


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def short(text: str, n: int = 160) -> str:
    t = plain(text)
    return t if len(t) <= n else t[: n - 1].rsplit(" ", 1)[0] + "…"


# the words before a fiscal year in a budget column's header: « Budget », « Budget demandé », « Montant accordé »
_YEAR_COLUMN = (r"(?:(?:budgets?|montants?|sommes?|co[uû]ts?)(?:\s+(?:demand|accord|pr[eé]vu|requis|sollicit)\w*)?"
                r"\s*(?:pour\s+|en\s+)?)?")


def header_roles(cells: list[str]) -> list[str] | None:
    roles, hits = [], 0
    for c in cells:
        t = fold(plain(c))
        role = "other"
        head = re.sub(r"^(organisme\(s\)|organismes?|indices de progression /|les?|la)\s+", "", t)
        if re.fullmatch(rf"{_YEAR_COLUMN}{FISCAL_YEAR}\s*(\(\$\)|\$)?", t.strip()):
            role = "budget:" + t  # a budget column per fiscal year (« 2025-2026 », « Budget demandé 2026-2027 »)
        elif re.fullmatch(r"n[o°º]\.?|num[ée]ro|#", t.strip()):
            role = "number"  # « No »: the action's number
        elif re.fullmatch(r"(?:sous-)?totale?s?(?:\s*\(\$\)|\s*\$)?", t.strip()):
            role = "total"  # a column of sums
        elif t and (field := header_field(c)) in HEADER_FIELDS:
            role = HEADER_FIELDS[field]  # the label dictionary first (« Organisme porteur », « Partenaires associés »)
        elif t and len(t) <= 90:
            for r, words in HEADER_WORDS.items():
                if any(head.startswith(w) for w in words):
                    role = r
                    break
        if role == "other" and re.fullmatch(rf"{_YEAR_COLUMN}{FISCAL_YEAR}\s*(\(\$\)|\$)?", t.strip()):
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


# -- running prose: roles, member lists and fiduciaries written in sentences -------------------------------------

# what introduces the organization that leads a project, and its collaborators, in a sentence
LEAD_INTRO = re.compile(r"\b(?:(?:est|sera|a été)\s+)?(?:port[ée]e?s?|pilot[ée]e?s?|men[ée]e?s?|"
                        r"coordonn[ée]e?s?|r[ée]alis[ée]e?s?|d[ée]ploy[ée]e?s?)\s+par\b|"
                        r"\bsous la (?:responsabilit[ée]|coordination|direction|gouverne)\s+(?=d)", re.I)
PARTNER_INTRO = re.compile(r"\b(?:en collaboration avec|avec la collaboration\s+(?=d)|en partenariat avec|"
                           r"avec le concours\s+(?=d)|de concert avec|avec)\b", re.I)
# a name list ends at punctuation or at a new clause (a verb, « pour », « afin »…); « avec » and
# « en collaboration » end the leader's name and start the partners
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?]\s|[.;:!?]$|\s(?:avec|en collaboration|en partenariat|de concert|pour|afin|"
                         r"qui|dont|lors|dans|selon|sous|recevra|recevront|re[çc]oit|obtient|obtiendra|vise|visent|"
                         r"relie|offre|offrira|permet|permettra|est|sera|sont|seront|a|ont|agit|agira|en est|"
                         r"s'adresse|se|lui)\b)", re.I)
# articles and prepositions before a listed name; a capitalized article is the name's own (« Le Phare »)
_LEADING = re.compile(r"^(?:et\s+|ainsi que\s+)?(?:(?:de|à)\s+(?-i:la|l['’])\s*|d['’]|du\s+|des\s+|de\s+|"
                      r"au\s+|aux\s+)?(?-i:(?:le|la|les)\s+|l['’])?", re.I)
# « et » between two names: followed by a determiner or preposition + capital, or a capital (not « et de
# généalogie », which goes on with the name)
_AND = re.compile(r"\s+(?:et|ainsi que)\s+(?=(?:(?:de\s+)?(?:la|le|les|l['’])\s*|du\s+|des\s+|de\s+|d['’]|au\s+|"
                  r"aux\s+)?(?:[A-ZÀ-Ý]|(?:organismes|écoles|entreprises|municipalités|citoyen|partenaires|"
                  r"acteurs|milieux|familles|personnes|parents|un|une|deux|trois|quatre|cinq|six|plusieurs|"
                  r"quelques|repr[ée]sentant|d[ée]l[ée]gu[ée]))|(?:des|d['’]autres)\s+[a-zà-ÿ]{4,})")
# « des représentants de la Ville de X », « deux délégués du CISSS »: the organization they represent
_DELEGATES = re.compile(r"^(?:(?:des|deux|trois|quatre|un|une|plusieurs)\s+)?"
                        r"(?:repr[ée]sentant|d[ée]l[ée]gu[ée])e?s?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
                        r"(?-i:(?:le|la|les)\s+|l['’])?(?=[A-ZÀ-Ý])", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«])")


def name_list(text: str) -> list[str]:
    """The names of a list written in a sentence, « A, B, C et D » with their articles and prepositions (« de la
    Ville de X », « du CIUSSS », « de l'UQAC ») taken off; the list ends at the first new clause.

    >>> name_list("la Ville de Lac-Vert, du Centre d'entraide Le Phare et de l'UQAR, recevra 2 000 $")
    ['Ville de Lac-Vert', "Centre d'entraide Le Phare", 'UQAR']
    >>> name_list("le CISSS (CISSS BSL) et les organismes communautaires. Il vise…")
    ['CISSS (CISSS BSL)', 'organismes communautaires']
    >>> name_list("la Société d'histoire et de généalogie du Lac et Centraide")
    ["Société d'histoire et de généalogie du Lac", 'Centraide']
    >>> name_list("Le Phare, du Centre Horizon et de L'Envol")
    ['Le Phare', 'Centre Horizon', "L'Envol"]
    >>> name_list("du CISSS de Laval et de Centraide Québec et Chaudière-Appalaches.")
    ['CISSS de Laval', 'Centraide Québec et Chaudière-Appalaches']
    >>> name_list("des représentants de la Ville de Lac-Vert, du CISSS et de deux personnes citoyennes.")
    ['Ville de Lac-Vert', 'CISSS', 'deux personnes citoyennes']
    """
    t = text.strip()
    # a parenthesis may hold commas: cut the clause outside parentheses
    depth, end = 0, len(t)
    for i, ch in enumerate(t):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ".;:!?" and (i + 1 == len(t) or t[i + 1] == " "):
            end = i
            break
    t = t[:end]
    out: list[str] = []
    from loaders.importer.knowledge import knowledge

    for chunk in _split_outside(t, ","):
        pieces: list[str] = []
        for piece in _AND.split(" " + chunk.strip()):
            # a place name alone after « et » goes on with the name (« Centraide Québec et Chaudière-Appalaches »)
            bare = _CLAUSE_END.split(" " + _LEADING.sub("", piece.strip()) + " ")[0].strip()
            if pieces and bare and knowledge().is_place(bare) and not _DELEGATES.match(piece.strip()):
                pieces[-1] = f"{pieces[-1].rstrip()} et {piece.strip()}"
            else:
                pieces.append(piece)
        for item in pieces:
            item = _DELEGATES.sub("", _LEADING.sub("", item.strip()))
            if not item:
                continue
            cut = _CLAUSE_END.search(" " + item + " ")
            if cut and cut.start() < len(item):
                item = item[: max(0, cut.start() - 1)] if cut.start() else ""
                item = item.strip()
                if item:
                    out.append(item.strip(" ,"))
                return out
            out.append(item.strip(" ,"))
    return out


def _split_outside(text: str, sep: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == sep and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return [*out, cur]


def _namelike_item(item: str) -> bool:
    from loaders.importer.knowledge import knowledge

    return bool(item) and (item[:1].isupper() or knowledge().generic_sector(item) is not None) \
        and len(item.split()) <= 12


PROJECT_INTRO = re.compile(r"\b[Ll]e projet\s+((?-i:[A-ZÀ-Ý«])[^,]{2,90}?)(?=\s*,|\s+(?:est|sera|a été)\s+"
                           r"(?:port|pilot|men|coordonn|r[ée]alis|d[ée]ploy)|\s+(?:port|pilot)[ée])")


def prose_project(sentence: str) -> dict | None:
    """A project introduced in a sentence with who leads it and its collaborators: « Le projet Y, porté par X
    avec la collaboration de A et B, … », « Le projet Y est piloté par X, en partenariat avec A », « … sous la
    responsabilité de X ». ``{"title", "leads", "partners"}`` or ``None``.

    >>> prose_project("Le projet Cuisine mobile, porté par le Centre Horizon avec la collaboration de la Ville "
    ...               "de Lac-Vert et du CISSS, recevra 4 000 $ en 2026-2027.")
    {'title': 'Cuisine mobile', 'leads': ['Centre Horizon'], 'partners': ['Ville de Lac-Vert', 'CISSS']}
    >>> prose_project("Le projet Vélo-partage est piloté par Mobilité Nord, en partenariat avec les écoles.")
    {'title': 'Vélo-partage', 'leads': ['Mobilité Nord'], 'partners': ['écoles']}
    >>> prose_project("Il suit le projet Habitat et documente les besoins.") is None
    True
    """
    m = PROJECT_INTRO.search(sentence)
    found = clause_roles(sentence, m.end()) if m else None
    if found is None:
        return None
    return {"title": m.group(1).strip(" «»\""), "leads": found[0], "partners": found[1]}


def clause_roles(sentence: str, start: int = 0) -> tuple[list[str], list[str]] | None:
    """After ``start``, the organization a clause says leads (« porté par X », « sous la responsabilité de X ») and
    the collaborators it names (« avec la collaboration de A », « en partenariat avec B et des C »); ``None`` when
    no lead is named."""
    lead = LEAD_INTRO.search(sentence, start)
    if lead is None:
        return None
    leads = [x for x in name_list(sentence[lead.end():]) if _namelike_item(x)]
    partners: list[str] = []
    for p in PARTNER_INTRO.finditer(sentence, lead.end()):
        partners += [x for x in name_list(sentence[p.end():]) if _namelike_item(x) and x not in partners]
    return leads, [x for x in partners if x not in leads]


FIDUCIARY_SENTENCE = re.compile(
    r"^(?:(?:Le|La|Les)\s+|L['’])?((?-i:[A-ZÀ-Ý])[^,;:]{1,100}?)\s+(?:en\s+est|en\s+sera|est|sera|agit|agira)\s+"
    r"(?:aussi\s+|également\s+|ici\s+)?(?:comme\s+|à\s+titre\s+de\s+)?(?:le\s+|la\s+|l['’])?(?:organisme\s+)?"
    r"fiduciaires?\b", re.I)
FIDUCIARY_SUBJECT = re.compile(r"^(?:le|la)\s+fiduciaire(?:\s+du\s+projet)?\s+(?:est|sera)\s+(.+)$|"
                               r"^(?:les\s+)?(?:fonds|sommes|montants)(?:\s+du\s+projet)?\s+(?:sont|seront)\s+"
                               r"(?:administr[ée]s|g[ée]r[ée]s|d[ée]pos[ée]s|vers[ée]es?)\s+(?:par|chez|à|au|aux)\s+"
                               r"(.+?)(?:,\s*qui\s+(?:agit|agira|est)\b.*)?$", re.I)


def prose_fiduciary(sentence: str) -> str | None:
    """The fiduciary a sentence names: « X en est le fiduciaire », « X agit comme fiduciaire du projet », « X est
    fiduciaire », « Le fiduciaire du projet est X ».

    >>> prose_fiduciary("La MRC de Lac-Vert agit comme fiduciaire du projet.")
    'MRC de Lac-Vert'
    >>> prose_fiduciary("Centraide Nord en est le fiduciaire."), prose_fiduciary("Le fiduciaire est la Ville de X.")
    ('Centraide Nord', 'Ville de X')
    >>> prose_fiduciary("Il assure le suivi avec les fiduciaires.") is None
    True
    >>> prose_fiduciary("Les fonds sont administrés par la MRC de Lac-Vert."), prose_fiduciary("Le CJE agit aussi comme fiduciaire.")
    ('MRC de Lac-Vert', 'CJE')
    """
    s = sentence.strip()
    m = FIDUCIARY_SENTENCE.match(s)
    if m and not re.match(r"(?i)^(?:il|elle|ils|elles|ce|cet|cette|qui)\b", m.group(1)):
        return m.group(1).strip()
    m = FIDUCIARY_SUBJECT.match(s)
    if m:
        names = name_list(m.group(1) or m.group(2))
        return names[0] if names else None
    return None



FUNDED_BY = re.compile(r"(?i)\b(?:financ[ée]e?s?|soutenue?s?|appuy[ée]e?s?|subventionn[ée]e?s?)\s+"
                       r"(?:notamment\s+|principalement\s+|en partie\s+|conjointement\s+)?par\s+(.+)$")


def prose_funders(sentence: str) -> list[str]:
    """The bailleurs a sentence names (« Le plan est financé par X, par Y et par Z »), a program or fund excepted:
    organizations of the plan with no role in a project.

    >>> prose_funders("Le plan est financé par l'Alliance pour la solidarité (FQIS), dont la MRC de Lac-Vert est "
    ...               "mandataire, par Centraide Nord et par la Fondation Les Berges.")
    ['Centraide Nord', 'Fondation Les Berges']
    >>> prose_funders("Le plan est financé par Centraide Québec et Chaudière-Appalaches et par la Fondation X.")
    ['Centraide Québec et Chaudière-Appalaches', 'Fondation X']
    >>> prose_funders("Les ateliers sont animés par le CJE."), prose_funders("Soutenus par X et les retombées sont évaluées.")
    ([], ['X'])
    """
    from loaders.importer.tables import NOT_ORGANIZATION

    m = FUNDED_BY.search(sentence)
    if not m:
        return []
    rest = re.sub(r"\s*\([^()]*\)", "", m.group(1))
    rest = re.sub(r",\s*dont\s[^,]*(?=,)", "", rest)  # « , dont la MRC est mandataire, »
    rest = re.split(r"[.;:](?:\s|$)", rest)[0]
    items = re.split(r"\s*,\s*(?:et\s+)?(?:par\s+)?|\s+(?:et|ainsi que)\s+(?:par\s+)?(?=(?:la |le |les |l'|l’)?[A-ZÀ-Ý])"
                     r"|\s+et\s+(?=(?:la|le|les|l['’])\s*[a-zà-ÿ])", rest)  # « … et les retombées sont … »: a clause
    from loaders.importer.knowledge import knowledge

    names: list[str] = []
    for n in (_LEADING.sub("", n.strip()).strip() for n in items):
        if names and knowledge().is_place(n):  # « Centraide Québec et Chaudière-Appalaches »
            names[-1] += f" et {n}"
        else:
            names.append(n)
    return [n for n in names if n[:1].isupper() and not NOT_ORGANIZATION.match(n) and len(n.split()) <= 10]


# « L'ensemble des sommes transite par X, fiduciaire de la démarche » — one fiduciary for every project of the plan
PLAN_FIDUCIARY = re.compile(r"(?i)\b(?:par|:)\s+(?:la\s+|le\s+|l['’])?([A-ZÀ-Ý][^,;:]{2,140}?)\s*,\s*(?:l['’]organisme\s+)?"
                            r"fiduciaire\s+(?:de\s+la\s+d[ée]marche|du\s+plan|de\s+l['’]ensemble\s+des\s+projets|"
                            r"de\s+tous\s+les\s+projets|des\s+projets)\b")


def plan_fiduciary(sentence: str) -> str | None:
    """The fiduciary of the whole plan a sentence names (« … transite par X (SIGLE), fiduciaire de la démarche »).

    >>> plan_fiduciary("L'ensemble des sommes transite par la Corporation de développement communautaire Lac-Vert "
    ...                "(CDC Lac-Vert), fiduciaire de la démarche, qui en rend compte.")
    'Corporation de développement communautaire Lac-Vert (CDC Lac-Vert)'
    >>> plan_fiduciary("Le projet est soutenu par la Ville, fiduciaire du projet.") is None
    True
    """
    m = PLAN_FIDUCIARY.search(sentence)
    return m.group(1).strip() if m else None


def action_roles(sentence: str) -> tuple[list[str], list[str]]:
    """The lead and the partners a sentence of an action's description names (« Porté par X, en partenariat avec
    A, B et C. », « Sous la responsabilité de la Maison X, en partenariat avec … »).

    >>> action_roles("Porté par La Soupière, en partenariat avec la Ville de Lac-Vert, le CISSS et des producteurs.")
    (['La Soupière'], ['Ville de Lac-Vert', 'CISSS', 'producteurs'])
    >>> action_roles("Sous la responsabilité de la Maison des jeunes du Lac.")
    (['Maison des jeunes du Lac'], [])
    >>> action_roles("Une épicerie ouverte trois jours par semaine.")
    ([], [])
    """
    found = clause_roles(re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+", "", sentence))  # without footnote marks
    return (found[0][:1], found[1]) if found else ([], [])


def prose_members(sentence: str) -> tuple[str, list[str]] | None:
    """A committee and its members written in a sentence: « Le comité X réunit A, B, C et D », « Le comité X,
    créé en 2025, est formé de A, de B et du C », « … regroupe / rassemble / est composé de … ». The name
    stops at the verb (or at an apposition between commas); items that are no name (« ses membres ») are left out.

    >>> prose_members("Le comité de suivi réunit la Ville de Lac-Vert, le CISSS (CISSS BSL) et Centre Horizon.")
    ('comité de suivi', ['Ville de Lac-Vert', 'CISSS (CISSS BSL)', 'Centre Horizon'])
    >>> prose_members("Le comité jeunesse, créé en 2024, est composé de Maison des jeunes et de l'UQAR.")
    ('comité jeunesse', ['Maison des jeunes', 'UQAR'])
    >>> prose_members("La table réunit ses membres en assemblée.") is None
    True
    """
    from loaders.importer.labels import members_phrase

    m = members_phrase().search(sentence)  # the members phrases of the label dictionary (« réunit », « est formé de »)
    if not m:
        return None
    subject = re.sub(r"\s*,[^,]{0,80},?\s*$", "", sentence[: m.start()]).strip()
    s = re.search(r"(?i)\b((?:comit[ée]|cellule|chantier|table des partenaires|groupe de travail)\b.{0,80})$",
                  subject)
    if not s or re.search(r"(?i)^(?:comit[ée]s|chantiers)\b", s.group(1)):
        return None
    members = [x for x in name_list(sentence[m.end():]) if _namelike_item(x)]
    return (s.group(1).strip(" ,"), members) if members else None


_DETERMINERS = {"le", "la", "les", "l'", "des", "du", "un", "une", "de", "d'", "ses", "son", "sa", "leur", "leurs",
                "au", "aux", "a", "ce", "cet", "cette", "ces"}


def continues_name(words: list[str], nxt: str, after: str | None) -> bool:
    """Whether « et » inside a committee's name goes on with it: after a capitalized theme word, before a
    lower-case word that is neither a determiner nor a verb (« Comité Habitation et mobilité », « Comité porteur
    Jeunes et familles »); « comité de suivi et le comité… », « comité de suivi et assure… » end at « et ».

    >>> continues_name(["Comité", "Habitation"], "et", "mobilité"), continues_name(["comité", "de", "suivi"], "et", "le")
    (True, False)
    """
    if fold(nxt) != "et" or not after or len(words) < 2 or not words[-1][:1].isupper():
        return False
    a = fold(after).strip(".,;:")
    return after[:1].islower() and a not in _DETERMINERS and a not in COMMITTEE_STOP \
        and not a.endswith(("ait", "ent", "era", "ont"))


def subject_body(sentence: str) -> str | None:
    """The body a sentence starts with (its subject), as a committee name: « Le comité de coordination prépare… »
    → « comité de coordination », « La cellule jeunesse réunit… » → « cellule jeunesse », « Le Collectif est… » →
    « Collectif ». The name stops at a verb, a clause word or punctuation.

    >>> subject_body("Le comité de coordination prépare les rencontres."), subject_body("Le Collectif est l'instance.")
    ('comité de coordination', 'Collectif')
    >>> subject_body("Le comité Habitation et mobilité, formé en 2025, regroupe A."), subject_body("Il est composé de A.")
    ('comité Habitation et mobilité', None)
    """
    m = re.match(r"^(?:(?:Le|La|Les)\s+|L['’])(.+)$", sentence.strip())
    if not m:
        return None
    from loaders.importer.labels import committee_named

    body = committee_named(m.group(1))
    if not body or not m.group(1).startswith(body):
        return None
    words: list[str] = []
    tokens = body.split()
    for i, w in enumerate(tokens):
        bare = fold(w).strip(".,;:")
        if words and bare in COMMITTEE_STOP and not continues_name(words, w, tokens[i + 1] if i + 1 < len(tokens)
                                                                      else None):
            break
        if words and w[:1].islower() and bare.endswith(("e", "t")) and i + 1 < len(tokens) and \
                fold(tokens[i + 1]) in _DETERMINERS and bare not in ("de", "d'", "en", "sur", "pour", "et"):
            break  # a verb followed by its object: « prépare les … »
        words.append(w.strip(".,;:"))
        if re.search(r"[.,;:)]$", w) or len(words) >= 7:
            break
    while words and fold(words[-1]) in {"de", "du", "des", "d'", "en", "la", "le", "l'", "sur", "et"}:
        words.pop()
    return " ".join(words) or None


def sentences(text: str) -> list[str]:
    """A paragraph's sentences (a full stop followed by a capital ends one)."""
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]
