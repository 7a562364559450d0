"""Blind evaluation of the plan importer, third round: two new fictional plans d'action, in regions and shapes used
neither by the seeds nor by ``tests/test_import_blind.py`` (plans A, B) and ``tests/test_import_blind2.py`` (C, D).

Written for this test (fictional organizations and people; real public bodies by their usual names/acronyms):

* Plan E — Chaudière-Appalaches, MRC de Bellechasse: **text as extracted from a Word document** (``.txt``). A
  « Structure de la démarche » section describes the Collectif and two comités **in prose** (« Il est composé de la
  MRC…, du CISSS… (CISSS-CA), de la … et de Centraide … », « regroupe l'Office … (OMH de Bellechasse), …, la
  Municipalité de … et le … (CAB BLL) »); then one **tab-separated table per orientation whose columns are in an
  order the seeds never use**: « Projet | Budget 2026-2027 | Budget 2027-2028 | Porteur | Partenaires |
  Indicateurs » (budgets before the organizations, an « Indicateurs » column holding numbers that are not dollars,
  e.g. « 1 200 déplacements »); partner cells separated by « ; » with generic mentions; one project carried by two
  porteurs (« X et Y »); the fiduciary given inside the project cell (« … (fiduciaire : X) »); « — » and « à
  confirmer » cells; a closing « Total des sommes demandées » sentence; an annex « Liste des membres du Collectif »
  with one organization per line (some with an acronym in parentheses, one acronym alone: « FADOQ »), ending with a
  generic « Citoyennes et citoyens engagés (3) ». Typo: « CJE Bellechaase » (porteur cell) for « CJE Bellechasse ».
* Plan F — Côte-Nord, MRC de Sept-Rivières: a **Word document** built with python-docx, **no table**. Each project is
  a heading (« Projet 3 — … ») followed by a description and short labelled paragraphs with a bold label run
  (« Organisme porteur : », « Fiduciaire : », « Partenaires impliqués : », « Financement demandé : 2026-2027 :
  9 500 $ — 2027-2028 : 7 000 $ », sometimes « Participants visés : 40 »); priorities are level-1 headings. The
  committees: « Le comité de suivi est formé de : » followed by a Word bulleted list (List Bullet), « Le comité
  logement est composé des organisations suivantes : » followed by a Word **numbered** list (List Number), and a
  « cellule jeunesse » described in one sentence. One organization is always written by its acronym (« ITUM »), one
  is spelled two ways (« Maison des familles de Sept-Îles » / « Maison de la famille de Sept-Îles »); typo: « Ville
  de Port-Catier » for « Ville de Port-Cartier ».

The expected sets were written by hand from the documents before the importer was ever run on them. Only
:func:`loaders.importer.pipeline.propose` and the public attributes of the returned review are used. Matching,
scoring, conventions and targets are those of ``tests/test_import_blind.py`` (helpers imported, not copied); the
committee matcher accepting several names per expected committee is the one of ``tests/test_import_blind2.py``
(imported), used here for Plan E's « Liste des membres du Collectif »: the schema can only hold it as a Committee
(MEMBER_OF → Committee), so a proposal named « Collectif », « Membres du Collectif », « Assemblée des membres » or
after the concertation itself is the same committee. As in round 2, a « Total » (sentence, row or column) is neither
a project nor a fiscal year.

First run: 2026-11-22 03:16:35 UTC (``FIRST_RUN``), on the importer as it was then (another engineer was changing it
concurrently); the numbers in the xfail reasons come from that run. F1 per category — Plan E: organizations .80,
memberships 0, budget lines 1.00 (roles .86, projects 1.00); Plan F: organizations .61, memberships 0, budget lines 0
(roles .23, projects 1.00). Expectation fixes after the first run: none (``FIXES`` is empty); documents, expected
sets and matchers are as first run; only the xfail markers, these notes and a lint fix (``ruff --fix``: import block
wrapped) were made afterwards.

**Became a development set after its blind run.** Blind numbers (F1, importer as measured just before the rules
derived from it): Plan E organizations .77, memberships 0, roles .86, budget lines 1.00; Plan F organizations .77,
memberships .38, roles .23, budget lines 0. The rules added then are structural and data-driven, each tested on an
invented example in ``tests/test_import_rules.py``: a label dictionary (``data/importer/labels.csv``) read the same
way by table headers, labelled paragraphs, field lines and inline « (label : X) »; Word bulleted / numbered list
items read as bulleted lines; a list after « … est formé de : » / « Il est composé de : » or under « Annexe –
Liste des membres du X »; « Il / Elle est composé(e) de … » refers to the body just named; hard-wrapped text lines
joined into paragraphs; « et » splits only between two complete names; a name one or two letters off another
name of the plan is that organization (low confidence, to be checked). After them (documents, expected sets and
matchers unchanged): 1.00 in every category for both plans, so the xfail markers were removed. These numbers are
those of a development set: only a new blind set measures generalization.

Run with ``pytest -s tests/test_import_blind3.py`` to see the score tables.
"""
from __future__ import annotations

from pathlib import Path

import tests.test_import_blind as blind
from loaders.importer.pipeline import propose
from loaders.load import REFERENCE_DIR, load_paths
from tests.test_import_blind import (
    Expected,
    Org,
    Score,
    add_block,
    assert_consistent,
    check,
    evaluate,
    report,
)
from tests.test_import_blind2 import match_committee_aliases
from tests.test_loaders import write_csv

FIRST_RUN = "2026-11-22 03:16:35 UTC"  # the first (blind) run: ``pytest -s -k "plan_e_txt or plan_f_docx"``
FIXES: list[str] = []  # expectation fixes made after the first run (what and why); empty = none, none were needed

NBSP = "\u00a0"

# ---------------------------------------------------------------------------------------------------------------
# Plan E — text extracted from a Word document (Chaudière-Appalaches, MRC de Bellechasse)
# ---------------------------------------------------------------------------------------------------------------

E_HEADER = "Projet\tBudget 2026-2027\tBudget 2027-2028\tPorteur\tPartenaires\tIndicateurs"

PLAN_E = f"""\
**Collectif en développement social de Bellechasse (CDSB)**

**Plan d'action 2026-2028**

Territoire : MRC de Bellechasse (Chaudière-Appalaches) – 20 municipalités

Le présent plan d'action a été adopté par le Collectif le 22 avril 2026. Il s'appuie sur le portrait social du
territoire réalisé en 2025 avec le soutien de Centraide Québec et Chaudière-Appalaches et de la MRC de Bellechasse.

**Structure de la démarche**

Le Collectif est l'instance décisionnelle de la démarche : il réunit trois fois par année l'ensemble des organisations
membres (voir la liste en annexe), adopte le plan d'action et les budgets et reçoit les bilans des comités.

Le comité de coordination prépare les rencontres du Collectif et assure le suivi budgétaire avec les fiduciaires. Il
est composé de la MRC de Bellechasse, du CISSS de Chaudière-Appalaches (CISSS-CA), de la Corporation de
développement communautaire de Bellechasse (CDC Bellechasse) et de Centraide Québec et Chaudière-Appalaches.

Le comité Habitation et mobilité, formé en 2025, regroupe l'Office municipal d'habitation de Bellechasse (OMH de
Bellechasse), Habitations solidaires Bellechasse, Transbellechasse, la Municipalité de Saint-Anselme et le Centre
d'action bénévole Bellechasse-Lévis-Lotbinière (CAB BLL). Des citoyens et citoyennes y participent ponctuellement
selon les dossiers.

Les projets des orientations 1 et 3 sont suivis directement par le comité de coordination.

**ORIENTATION 1 – Se nourrir dignement partout sur le territoire**

{E_HEADER}
1.1 Épicerie communautaire itinérante (fiduciaire : CDC Bellechasse)\t16 500 $\t14 000 $\tBanque alimentaire La \
Bouchée Bellechasse\tCISSS-CA ; Municipalité de Saint-Anselme ; organismes communautaires du territoire\t8 points de \
service; 250 ménages rejoints par année
1.2 Jardins pédagogiques dans les écoles primaires\t5 200 $\t—\tMaison de la famille de Bellechasse et Centre de \
services scolaire de la Côte-du-Sud\tCJE Bellechasse ; écoles primaires participantes\t12 classes participantes

*Plan d'action CDSB 2026-2028*

**ORIENTATION 2 – Se loger et se déplacer**

{E_HEADER}
2.1 Registre des logements abordables (fiduciaire : MRC de Bellechasse)\t12 000 $\tà confirmer\tOMH de \
Bellechasse\tHabitations solidaires Bellechasse ; MRC de Bellechasse ; propriétaires privés\tRegistre en ligne en \
2027; 150 logements inscrits
2.2 Transport-accompagnement vers les soins\t9{NBSP}800{NBSP}$\t9{NBSP}800{NBSP}$\tTransbellechasse\tCAB BLL ; \
CISSS de Chaudière-Appalaches\t1 200 déplacements par année

**ORIENTATION 3 – Inclure les jeunes et les aînés**

{E_HEADER}
3.1 Parcours Premier emploi\t—\t7 500 $\tCJE Bellechaase\tServices Québec ; entreprises d'économie sociale\t20 \
jeunes accompagnés
3.2 Cafés-rencontres des aînés isolés\t3 000 $\t3 000 $\tCAB BLL\tFADOQ ; municipalités participantes\t10 \
cafés-rencontres par année

Total des sommes demandées : 46 500 $ en 2026-2027 et 34 300 $ en 2027-2028, soit 80 800 $ pour la durée du plan.

*Plan d'action CDSB 2026-2028*

**Annexe – Liste des membres du Collectif**

Banque alimentaire La Bouchée Bellechasse
Carrefour jeunesse-emploi Bellechasse (CJE Bellechasse)
Centraide Québec et Chaudière-Appalaches
Centre d'action bénévole Bellechasse-Lévis-Lotbinière (CAB BLL)
Centre de services scolaire de la Côte-du-Sud (CSSCS)
CISSS de Chaudière-Appalaches (CISSS-CA)
Corporation de développement communautaire de Bellechasse (CDC Bellechasse)
FADOQ
Habitations solidaires Bellechasse
Maison de la famille de Bellechasse
MRC de Bellechasse
Municipalité de Saint-Anselme
Office municipal d'habitation de Bellechasse (OMH de Bellechasse)
Transbellechasse
Citoyennes et citoyens engagés (3)
"""

E_CONCERTATION_NAME = "Collectif en développement social de Bellechasse"

E = Expected(
    concertation=("conc:cdsb", E_CONCERTATION_NAME, "CDSB", "supralocal", "mrc:19"),
    orgs=[
        Org("bouchee", "Banque alimentaire La Bouchée Bellechasse", "",
            ("La Bouchée Bellechasse", "Bouchée Bellechasse")),
        Org("cje", "Carrefour jeunesse-emploi Bellechasse", "CJE Bellechasse",
            ("CJE Bellechaase", "CJE", "Carrefour jeunesse-emploi de Bellechasse")),  # CJE Bellechaase: typo
        Org("centraide", "Centraide Québec et Chaudière-Appalaches", "", ("Centraide",)),
        Org("cab", "Centre d'action bénévole Bellechasse-Lévis-Lotbinière", "CAB BLL",
            ("CAB Bellechasse-Lévis-Lotbinière", "CAB")),
        Org("csscs", "Centre de services scolaire de la Côte-du-Sud", "CSSCS", ("CSS de la Côte-du-Sud",)),
        Org("cisss", "CISSS de Chaudière-Appalaches", "CISSS-CA",
            ("Centre intégré de santé et de services sociaux de Chaudière-Appalaches", "CISSS CA", "CISSSCA",
             "CISSS")),
        Org("cdc", "Corporation de développement communautaire de Bellechasse", "CDC Bellechasse",
            ("CDC de Bellechasse",)),
        Org("fadoq", "Réseau FADOQ", "FADOQ"),  # acronym alone in the text
        Org("habsol", "Habitations solidaires Bellechasse"),
        Org("mdf", "Maison de la famille de Bellechasse", "", ("Maison de la famille",)),
        Org("mrc", "MRC de Bellechasse", "", ("Municipalité régionale de comté de Bellechasse", "MRC")),
        Org("stanselme", "Municipalité de Saint-Anselme", aliases=("Saint-Anselme",), municipal=True),
        Org("omh", "Office municipal d'habitation de Bellechasse", "OMH de Bellechasse",
            ("OMH Bellechasse", "OMH")),
        Org("trans", "Transbellechasse"),
        Org("sq", "Services Québec"),
    ],
    committees={
        "coco": "Comité de coordination",
        "hm": "Comité Habitation et mobilité",
        # the annex « Liste des membres du Collectif » can only be a Committee in the schema: any of these names
        "collectif": ("Liste des membres du Collectif", "Membres du Collectif", "Collectif", "Assemblée des membres",
                      E_CONCERTATION_NAME, "CDSB"),
    },
    projects={
        "p11": "Épicerie communautaire itinérante",
        "p12": "Jardins pédagogiques dans les écoles primaires",
        "p21": "Registre des logements abordables",
        "p22": "Transport-accompagnement vers les soins",
        "p31": "Parcours Premier emploi",
        "p32": "Cafés-rencontres des aînés isolés",
    },
    memberships={
        ("coco", "mrc"), ("coco", "cisss"), ("coco", "cdc"), ("coco", "centraide"),
        ("hm", "omh"), ("hm", "habsol"), ("hm", "trans"), ("hm", "stanselme"), ("hm", "cab"),
        ("collectif", "bouchee"), ("collectif", "cje"), ("collectif", "centraide"), ("collectif", "cab"),
        ("collectif", "csscs"), ("collectif", "cisss"), ("collectif", "cdc"), ("collectif", "fadoq"),
        ("collectif", "habsol"), ("collectif", "mdf"), ("collectif", "mrc"), ("collectif", "stanselme"),
        ("collectif", "omh"), ("collectif", "trans"),
    },
    roles={
        ("p11", "bouchee", "LEADS"), ("p11", "cisss", "PARTNER_IN"), ("p11", "stanselme", "PARTNER_IN"),
        ("p11", "cdc", "FIDUCIARY_OF"),
        ("p12", "mdf", "LEADS"), ("p12", "csscs", "LEADS"), ("p12", "cje", "PARTNER_IN"),
        ("p21", "omh", "LEADS"), ("p21", "habsol", "PARTNER_IN"), ("p21", "mrc", "PARTNER_IN"),
        ("p21", "mrc", "FIDUCIARY_OF"),
        ("p22", "trans", "LEADS"), ("p22", "cab", "PARTNER_IN"), ("p22", "cisss", "PARTNER_IN"),
        ("p31", "cje", "LEADS"), ("p31", "sq", "PARTNER_IN"),
        ("p32", "cab", "LEADS"), ("p32", "fadoq", "PARTNER_IN"),
    },
    budgets={
        ("p11", "2026-2027", 16500), ("p11", "2027-2028", 14000),
        ("p12", "2026-2027", 5200),
        ("p21", "2026-2027", 12000),
        ("p22", "2026-2027", 9800), ("p22", "2027-2028", 9800),
        ("p31", "2027-2028", 7500),
        ("p32", "2026-2027", 3000), ("p32", "2027-2028", 3000),
    },
    generic=("citoyens et citoyennes", "organismes communautaires du territoire", "écoles primaires participantes",
             "propriétaires privés", "entreprises d'économie sociale", "municipalités participantes",
             "Citoyennes et citoyens engagés"),
)

# ---------------------------------------------------------------------------------------------------------------
# Plan F — Word document, project-per-heading (Côte-Nord, MRC de Sept-Rivières)
# Blocks: ("title"|"h1"|"h2"|"p", text) · ("label", label, text) → bold « label : » run + text ·
# ("bullets"|"numbers", [items]) → Word List Bullet / List Number paragraphs
# ---------------------------------------------------------------------------------------------------------------

PLAN_F = [
    ("title", "Chantier en développement social de Sept-Rivières (CDSSR)"),
    ("p", "Plan d'action concerté 2026-2028"),
    ("p", ("Territoire : MRC de Sept-Rivières (Sept-Îles, Port-Cartier, Gallix, Clarke City) et communauté innue de "
          "Uashat mak Mani-utenam – Côte-Nord")),
    ("p", ("Le Chantier est soutenu financièrement par Centraide Duplessis et par la MRC de Sept-Rivières. Le présent "
          "plan a été adopté en assemblée le 14 mai 2026.")),
    ("h1", "1. Gouvernance du Chantier"),
    ("p", "Le comité de suivi est formé de :"),
    ("bullets", ["MRC de Sept-Rivières", "CISSS de la Côte-Nord", "Centraide Duplessis", "ITUM",
                 "Maison des familles de Sept-Îles", "Deux citoyennes du quartier Ferland"]),
    ("p", "Il se réunit huit fois par année et fait rapport à l'assemblée du Chantier."),
    ("p", "Le comité logement est composé des organisations suivantes :"),
    ("numbers", ["Office municipal d'habitation de Sept-Îles (OMH de Sept-Îles)", "Ville de Sept-Îles",
                 "Ville de Port-Cartier", "ITUM", "Centre des femmes de Sept-Îles"]),
    ("p", ("La cellule jeunesse réunit le CJE Duplessis, le Centre de services scolaire du Fer et le Cégep de "
          "Sept-Îles ; elle assure le suivi du projet 6.")),

    ("h1", "Priorité 1 – Sécurité alimentaire"),
    ("h2", "Projet 1 — Marché solidaire de quartier"),
    ("p", ("Un marché hebdomadaire de fruits et légumes à prix réduit dans les quartiers Ferland et Marie-Immaculée, "
          "de juin à octobre.")),
    ("label", "Organisme porteur", "Comptoir alimentaire Le Phare"),
    ("label", "Fiduciaire", "Centraide Duplessis"),
    ("label", "Partenaires impliqués", "CISSS de la Côte-Nord, Ville de Sept-Îles, commerces locaux"),
    ("label", "Financement demandé", "2026-2027 : 11 000 $ — 2027-2028 : 9 500 $"),
    ("h2", "Projet 2 — Cuisine communautaire de Uashat mak Mani-utenam"),
    ("p", "Ateliers de cuisine traditionnelle et de conservation, deux soirs par semaine, au centre communautaire."),
    ("label", "Organisme porteur", "ITUM"),
    ("label", "Partenaires impliqués", "Comptoir alimentaire Le Phare, Centre des femmes de Sept-Îles"),
    ("label", "Financement demandé", f"2026-2027 : 6{NBSP}000{NBSP}$"),

    ("h1", "Priorité 2 – Familles"),
    ("h2", "Projet 3 — Halte-garderie communautaire"),
    ("p", "Une halte-garderie trois demi-journées par semaine pour permettre aux parents de souffler ou d'étudier."),
    ("label", "Organisme porteur", "Maison de la famille de Sept-Îles"),
    ("label", "Fiduciaire", "Maison des familles de Sept-Îles"),
    ("label", "Partenaires impliqués", "CISSS de la Côte-Nord ; Centre de services scolaire du Fer ; parents bénévoles"),
    ("label", "Financement demandé", "2026-2027 : 9 500 $ — 2027-2028 : 7 000 $"),

    ("h1", "Priorité 3 – Logement et mobilité"),
    ("h2", "Projet 4 — Inventaire des logements vacants et insalubres"),
    ("p", "Recenser les logements vacants et insalubres des deux villes et de la communauté, avec les propriétaires."),
    ("label", "Organisme porteur", "Office municipal d'habitation de Sept-Îles"),
    ("label", "Fiduciaire", "MRC de Sept-Rivières"),
    ("label", "Partenaires impliqués", "Ville de Sept-Îles, Ville de Port-Cartier, ITUM"),
    ("label", "Financement demandé", "2026-2027 : 15 000 $"),
    ("h2", "Projet 5 — Accompagnement-transport des aînés de Port-Cartier"),
    ("p", "Des bénévoles accompagnent les aînés à leurs rendez-vous médicaux à Sept-Îles."),
    ("label", "Organisme porteur", "Centre d'action bénévole de Port-Cartier"),
    ("label", "Partenaires impliqués", "Transport adapté Sept-Rivières, CISSS de la Côte-Nord, Ville de Port-Catier"),
    ("label", "Financement demandé", f"2026-2027 : 8 200 $ — 2027-2028 : 8{NBSP}200 $"),

    ("h1", "Priorité 4 – Persévérance scolaire"),
    ("h2", "Projet 6 — Cap sur mon diplôme"),
    ("p", "Accompagnement individuel des jeunes de 16 à 24 ans qui retournent aux études ou veulent terminer leur DES."),
    ("label", "Organisme porteur", "CJE Duplessis"),
    ("label", "Partenaires impliqués", "Centre de services scolaire du Fer, Cégep de Sept-Îles"),
    ("label", "Participants visés", "40"),
    ("label", "Financement demandé", "2027-2028 : 12 000 $"),

    ("h1", "Sommaire budgétaire"),
    ("p", "Total demandé pour 2026-2028 : 86 400 $ (49 700 $ en 2026-2027 et 36 700 $ en 2027-2028)."),
]

F = Expected(
    concertation=("conc:cdssr", "Chantier en développement social de Sept-Rivières", "CDSSR", "supralocal",
                  "mrc:971"),
    orgs=[
        Org("mrc", "MRC de Sept-Rivières", "", ("Municipalité régionale de comté de Sept-Rivières", "MRC")),
        Org("cisss", "CISSS de la Côte-Nord", "",
            ("Centre intégré de santé et de services sociaux de la Côte-Nord", "CISSS Côte-Nord", "CISSS")),
        Org("centraide", "Centraide Duplessis", "", ("Centraide",)),
        Org("itum", "Innu Takuaikan Uashat mak Mani-utenam", "ITUM"),  # always written by its acronym
        Org("mdf", "Maison des familles de Sept-Îles", "",
            ("Maison de la famille de Sept-Îles", "Maison des familles", "Maison de la famille")),  # two spellings
        Org("femmes", "Centre des femmes de Sept-Îles"),
        Org("omh", "Office municipal d'habitation de Sept-Îles", "OMH de Sept-Îles", ("OMH Sept-Îles", "OMH")),
        Org("septiles", "Ville de Sept-Îles", aliases=("Sept-Îles",), municipal=True),
        Org("portcartier", "Ville de Port-Cartier", aliases=("Port-Cartier", "Ville de Port-Catier", "Port-Catier"),
            municipal=True),  # Port-Catier: typo in the text
        Org("cje", "Carrefour jeunesse-emploi Duplessis", "CJE Duplessis", ("CJE",)),
        Org("css", "Centre de services scolaire du Fer", "", ("CSS du Fer", "CSSDF", "CSS Fer")),
        Org("cegep", "Cégep de Sept-Îles", "", ("Cégep Sept-Îles",)),
        Org("phare", "Comptoir alimentaire Le Phare", "", ("Le Phare",)),
        Org("cab", "Centre d'action bénévole de Port-Cartier", "", ("CAB de Port-Cartier", "CAB Port-Cartier")),
        Org("tasr", "Transport adapté Sept-Rivières", "", ("Transport adapté de Sept-Rivières",)),
    ],
    committees={
        "suivi": "Comité de suivi",
        "log": "Comité logement",
        "jeun": "Cellule jeunesse",
    },
    projects={
        "p1": "Marché solidaire de quartier",
        "p2": "Cuisine communautaire de Uashat mak Mani-utenam",
        "p3": "Halte-garderie communautaire",
        "p4": "Inventaire des logements vacants et insalubres",
        "p5": "Accompagnement-transport des aînés de Port-Cartier",
        "p6": "Cap sur mon diplôme",
    },
    memberships={
        ("suivi", "mrc"), ("suivi", "cisss"), ("suivi", "centraide"), ("suivi", "itum"), ("suivi", "mdf"),
        ("log", "omh"), ("log", "septiles"), ("log", "portcartier"), ("log", "itum"), ("log", "femmes"),
        ("jeun", "cje"), ("jeun", "css"), ("jeun", "cegep"),
    },
    roles={
        ("p1", "phare", "LEADS"), ("p1", "centraide", "FIDUCIARY_OF"), ("p1", "cisss", "PARTNER_IN"),
        ("p1", "septiles", "PARTNER_IN"),
        ("p2", "itum", "LEADS"), ("p2", "phare", "PARTNER_IN"), ("p2", "femmes", "PARTNER_IN"),
        ("p3", "mdf", "LEADS"), ("p3", "mdf", "FIDUCIARY_OF"), ("p3", "cisss", "PARTNER_IN"),
        ("p3", "css", "PARTNER_IN"),
        ("p4", "omh", "LEADS"), ("p4", "mrc", "FIDUCIARY_OF"), ("p4", "septiles", "PARTNER_IN"),
        ("p4", "portcartier", "PARTNER_IN"), ("p4", "itum", "PARTNER_IN"),
        ("p5", "cab", "LEADS"), ("p5", "tasr", "PARTNER_IN"), ("p5", "cisss", "PARTNER_IN"),
        ("p5", "portcartier", "PARTNER_IN"),
        ("p6", "cje", "LEADS"), ("p6", "css", "PARTNER_IN"), ("p6", "cegep", "PARTNER_IN"),
    },
    budgets={
        ("p1", "2026-2027", 11000), ("p1", "2027-2028", 9500),
        ("p2", "2026-2027", 6000),
        ("p3", "2026-2027", 9500), ("p3", "2027-2028", 7000),
        ("p4", "2026-2027", 15000),
        ("p5", "2026-2027", 8200), ("p5", "2027-2028", 8200),
        ("p6", "2027-2028", 12000),
    },
    generic=("Deux citoyennes du quartier Ferland", "commerces locaux", "parents bénévoles"),
)


# ---------------------------------------------------------------------------------------------------------------
# Plan F document builder (its own block kinds: bold-labelled paragraphs, numbered lists; no tables)
# ---------------------------------------------------------------------------------------------------------------

def plain_text_f(blocks: list) -> str:
    """Every word of Plan F, for the consistency test (not what the importer reads)."""
    out = []
    for block in blocks:
        if block[0] in ("bullets", "numbers"):
            out.extend(block[1])
        elif block[0] == "label":
            out.append(f"{block[1]} : {block[2]}")
        else:
            out.append(block[1])
    return "\n".join(out)


def make_docx_f(blocks: list, path: Path) -> Path:
    from docx import Document

    doc = Document()
    for block in blocks:
        if not add_block(doc, block):  # pragma: no cover
            raise ValueError(block[0])
    doc.save(path)
    return path


# ---------------------------------------------------------------------------------------------------------------
# Harness (blind's evaluate/report/check; blind2's committee matcher with several names per committee)
# ---------------------------------------------------------------------------------------------------------------

def run(store, tmp_path: Path, monkeypatch, doc: Path, exp: Expected, name: str) -> dict[str, Score]:
    monkeypatch.setattr(blind, "match_committee", match_committee_aliases)
    load_paths(store, [REFERENCE_DIR])
    folder = tmp_path / "concertation"
    write_csv(folder, "concertations", [["id", "name", "acronym", "level", "territories"], list(exp.concertation)])
    load_paths(store, [folder])
    review = propose(store, doc, exp.concertation[0])
    scores = evaluate(review, exp)
    print(report(name, scores))
    return scores


# ---------------------------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------------------------

def test_expected_sets_are_consistent():
    """The hand-written sets only refer to declared entities, every organization and generic mention is written in
    its document, the sizes are those of the brief, and the budgets agree with the documents' totals."""
    for exp, text in ((E, PLAN_E), (F, plain_text_f(PLAN_F))):
        assert_consistent(exp, text)
        assert 10 <= len(exp.orgs) <= 18 and 2 <= len(exp.committees) <= 3
        assert 4 <= len(exp.projects) <= 7 and 4 <= len(exp.budgets) <= 10
        assert {c for c, _ in exp.memberships} == set(exp.committees)  # every committee has members
    assert sum(a for _, y, a in E.budgets if y == "2026-2027") == 46500
    assert sum(a for _, y, a in E.budgets if y == "2027-2028") == 34300
    assert sum(a for _, y, a in F.budgets if y == "2026-2027") == 49700
    assert sum(a for _, y, a in F.budgets if y == "2027-2028") == 36700
    # Plan E really has the announced column order, six columns on every table row
    rows = [line for line in PLAN_E.splitlines() if "\t" in line]
    assert rows.count(E_HEADER) == 3 and all(line.count("\t") == 5 for line in rows)


def test_plan_f_is_a_real_docx(tmp_path):
    """No table; labelled paragraphs with a bold label run; bulleted and numbered Word lists."""
    from docx import Document

    doc = Document(make_docx_f(PLAN_F, tmp_path / "f.docx"))
    assert not doc.tables
    styles = [p.style.name for p in doc.paragraphs]
    assert styles.count("List Bullet") == 6 and styles.count("List Number") == 5
    labelled = [p for p in doc.paragraphs if p.text.startswith("Organisme porteur :")]
    assert len(labelled) == 6 and all(p.runs[0].bold for p in labelled)
    assert sum(p.text.startswith("Projet ") and p.style.name == "Heading 2" for p in doc.paragraphs) == 6


def test_plan_e_txt(store, tmp_path, monkeypatch):
    doc = tmp_path / "plan_e_cdsb.txt"
    doc.write_text(PLAN_E, encoding="utf-8")
    check(run(store, tmp_path, monkeypatch, doc, E, "plan_e_cdsb_txt"))


def test_plan_f_docx(store, tmp_path, monkeypatch):
    doc = make_docx_f(PLAN_F, tmp_path / "plan_f_cdssr.docx")
    check(run(store, tmp_path, monkeypatch, doc, F, "plan_f_cdssr_docx"))
