"""The MRC de La Mitis plan: held out for its blind run, now the importer's development set.

The document below is fictional (Bas-Saint-Laurent, MRC de La Mitis; the organizations are invented or generic
public bodies) and written in the genre of the Québec plans d'action: axes and priorities, a table per priority
with « Organisme(s) responsable(s) et fiduciaire(s) », « Comité porteur: » member lists, partners (named and
generic), budget cells per fiscal year, and an annex listing a committee's members (« Nom, Organisation »).

The expected sets were written by hand from the text, BEFORE running the importer on it, and were not changed
afterwards. It was first the held-out document of issue 5 (no rule tuned on it); its blind run gave F1
organizations 0.83, memberships 0.897, budget lines 1.00, fiduciaries 0.00 (see BLIND). After that run it became
the development set: the three general weaknesses it revealed were fixed by general rules, each tested on its own
generic example in ``tests/test_import_rules.py`` (« X fiduciaire » closing a « Comité porteur: » cell; an
organization whose name starts with « Comité »; « en collaboration avec » cut after five words). Its numbers are
therefore no longer a measure of generalization: a new held-out document is needed for that.
"""
from __future__ import annotations

import pytest

from loaders.importer.pipeline import propose
from loaders.importer.resolution import loose
from loaders.load import REFERENCE_DIR, load_paths
from tests.test_import_workflow import _write

PLAN = """Table de développement social de La Mitis

Plan d'action 2025-2027

Mission : la Table de développement social de La Mitis (TDSM) rassemble les organismes communautaires, les municipalités, les institutions et les citoyens de la MRC pour réduire la pauvreté et l'exclusion sociale.

**Fonctionnement**

Le conseil de coordination de la TDSM se réunit six fois par année. L'équipe de la TDSM anime le comité de travail en transport collectif et coordonne le comité de suivi du plan d'action (composition en annexe).

<b>Axe d'intervention :</b>\tSécurité alimentaire
<b>Priorité 1 :</b>\tAméliorer l'accès à une alimentation saine et abordable

Objectifs\tMoyens / Actions / Projets\tOrganisme(s) responsable(s) et fiduciaire(s)\tOrganisme(s) partenaire(s)\tRésultats (changements souhaités)\tIndices de progression / indicateurs (optionnel)\tÉchéancier\t\tBudget
\t\t\t\t\t\tDate\tÉtapes\t
1 Rapprocher l'aide alimentaire des villages ruraux.\t<b>PROJET 1 - Épicerie solidaire mobile</b> Déploiement d'une épicerie solidaire mobile dans les villages de la MRC, en collaboration avec la Coopérative de solidarité Le Panier mitissien.\tComité porteur: Moisson Mitis Centre d'action bénévole de la Mitis CISSS Ville de Mont-Joli Cuisines collectives de la Mitis Moisson Mitis fiduciaire\tOrganismes communautaires Municipalités\tLes familles des villages ont accès à des aliments frais à prix réduit.\tNombre d'arrêts par mois\t2025-2027\t\t<b>2025-2026</b> 18 500\\$ <b>2026-2027</b> 15 000\\$
\t<b>PROJET 2 - Jardins collectifs</b> Soutien au démarrage de trois jardins collectifs dans les écoles.\tComité porteur: Moisson Mitis Centre d'action bénévole de la Mitis CISSS Ville de Mont-Joli Cuisines collectives de la Mitis Moisson Mitis fiduciaire\tÉcoles Société d'horticulture de Price\tTrois jardins sont cultivés par les élèves et les familles.\tNombre de jardins\t2026\t\t<b>2025-2026</b> 6 200\\$

<b>Axe d'intervention :</b>\tLogement
<b>Priorité 2 :</b>\tFavoriser l'accès à un logement abordable et salubre

Objectifs\tMoyens / Actions / Projets\tOrganisme(s) responsable(s) et fiduciaire(s)\tOrganisme(s) partenaire(s)\tRésultats (changements souhaités)\tIndices de progression / indicateurs (optionnel)\tÉchéancier\t\tBudget
\t\t\t\t\t\tDate\tÉtapes\t
1 Documenter les besoins en logement du territoire.\t<b>PROJET 1 - Portrait du logement</b> Réalisation d'un portrait des besoins en logement abordable avec l'Université du Québec à Rimouski.\tComité porteur: Office d'habitation de La Mitis MRC de La Mitis Comité logement Mitis Carrefour jeunesse-emploi de la Mitis Office d'habitation de La Mitis fiduciaire\tPropriétaires privés Citoyens\tLes décideurs disposent d'un portrait à jour des besoins.\tPortrait déposé\t2025-2026\t\t<b>2025-2026</b> 12 000\\$ <b>2026-2027</b> 4 500\\$
\t<b>PROJET 2 - Brigade salubrité</b> Visites de prévention de l'insalubrité chez les locataires aînés.\tComité porteur: Office d'habitation de La Mitis MRC de La Mitis Comité logement Mitis Carrefour jeunesse-emploi de la Mitis Comité logement Mitis fiduciaire\tCISSS Ville de Mont-Joli\tLes logements signalés sont corrigés.\tNombre de visites\t2026-2027\t\t<b>2026-2027</b> 9 800\\$

Annexe A : Comité de suivi du plan d'action

Membres

Julie Gagnon, Centre d'action bénévole de la Mitis
Marc-André Bélanger, MRC de La Mitis
Sophie Ouellet, Carrefour jeunesse-emploi de la Mitis
Louis Pelletier, citoyen
"""

# Written from the text above before any run of the importer (see the module docstring).
CARRIER = "(organisme de la concertation)"
EXPECTED_ORGS = {
    "Moisson Mitis", "Centre d'action bénévole de la Mitis", "CISSS du Bas-Saint-Laurent", "Ville de Mont-Joli",
    "Cuisines collectives de la Mitis", "Coopérative de solidarité Le Panier mitissien", "Société d'horticulture de Price",
    "Office d'habitation de La Mitis", "MRC de La Mitis", "Comité logement Mitis",
    "Carrefour jeunesse-emploi de la Mitis", "Université du Québec à Rimouski",
}
SA = "Comité porteur Sécurité alimentaire"
LOG = "Comité porteur Logement"
SUIVI = "Comité de suivi du plan d'action"
TRANSPORT = "Comité de travail en transport collectif"
EXPECTED_MEMBERS = {
    (SA, "Moisson Mitis"), (SA, "Centre d'action bénévole de la Mitis"), (SA, "CISSS du Bas-Saint-Laurent"),
    (SA, "Ville de Mont-Joli"), (SA, "Cuisines collectives de la Mitis"),
    (LOG, "Office d'habitation de La Mitis"), (LOG, "MRC de La Mitis"), (LOG, "Comité logement Mitis"),
    (LOG, "Carrefour jeunesse-emploi de la Mitis"),
    (SUIVI, "Centre d'action bénévole de la Mitis"), (SUIVI, "MRC de La Mitis"),
    (SUIVI, "Carrefour jeunesse-emploi de la Mitis"), (SUIVI, CARRIER), (TRANSPORT, CARRIER),
}
EXPECTED_BUDGETS = {  # (priority, project number, fiscal year, amount)
    (1, "1", "2025-2026", 18500.0), (1, "1", "2026-2027", 15000.0), (1, "2", "2025-2026", 6200.0),
    (2, "1", "2025-2026", 12000.0), (2, "1", "2026-2027", 4500.0), (2, "2", "2026-2027", 9800.0),
}
EXPECTED_FIDUCIARIES = {(1, "1", "Moisson Mitis"), (1, "2", "Moisson Mitis"),
                        (2, "1", "Office d'habitation de La Mitis"), (2, "2", "Comité logement Mitis")}


def f1(pred: set, true: set) -> float:
    tp = len(pred & true)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(true) if true else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.fixture
def mitis_review(store, tmp_path):
    d = tmp_path / "conc"
    _write(d, "concertations", [["id", "nom", "sigle", "niveau", "territoires"],
                                ["conc:tdsm", "Table de développement social de La Mitis", "TDSM", "supralocal",
                                 "mrc:09"]])
    load_paths(store, [REFERENCE_DIR, d])
    path = tmp_path / "plan-mitis.txt"
    path.write_text(PLAN, encoding="utf-8")
    return propose(store, path, "conc:tdsm")


def _canon(name: str, names: set[str]) -> str:
    """The expected name a proposed one stands for (same loose key), else the proposed name itself."""
    key = loose(name)
    return next((n for n in names if loose(n) == key), name)


def scores_of(review) -> tuple[dict, dict]:
    """F1 per measure against the hand-written sets, and (false positives, missed) per measure."""
    orgs = {r.values["id"]: r.values for r in review.rows("Organization")}
    carrier_ids = {r.values["from"] for r in review.rows("MEMBER_OF") if r.mention == CARRIER}

    def label(oid: str) -> str:
        if oid in carrier_ids:
            return CARRIER
        v = orgs.get(oid, {})
        for x in [v.get("name") or oid, v.get("acronym") or ""] + list(v.get("aliases") or []):
            c = _canon(x, EXPECTED_ORGS)
            if c in EXPECTED_ORGS:
                return c
        return v.get("name") or oid

    pred_orgs = {label(o) for o in orgs if o not in carrier_ids}
    committees = {r.values["id"]: _canon(r.values["name"], {SA, LOG, SUIVI, TRANSPORT})
                  for r in review.rows("Committee")}
    pred_members = {(committees.get(r.values["to"], r.values["to"]), label(r.values["from"]))
                    for r in review.rows("MEMBER_OF") if r.values["from"].startswith("org:")}
    projects = {r.values["id"]: r for r in review.rows("Project")}

    def project_key(pid: str) -> tuple[int, str]:
        src = projects[pid].source.section if projects[pid].source else ""
        import re
        pr = re.search(r"Priorité (\d+)", src)
        num = re.search(r"Projet (\d+)", src)
        return (int(pr.group(1)) if pr else 0, num.group(1) if num else "?")

    from loaders.values import parse_money
    pred_budgets = {project_key(r.values["project"][0]) + (r.values["fiscal_year"], parse_money(r.values["amount"]))
                    for r in review.rows("Funding")}
    pred_fid = {project_key(r.values["to"]) + (label(r.values["from"]),) for r in review.rows("FIDUCIARY_OF")}

    scores = {"organizations": f1(pred_orgs, EXPECTED_ORGS), "memberships": f1(pred_members, EXPECTED_MEMBERS),
              "budget_lines": f1(pred_budgets, EXPECTED_BUDGETS), "fiduciaries": f1(pred_fid, EXPECTED_FIDUCIARIES)}
    report = {"organizations": (sorted(pred_orgs - EXPECTED_ORGS), sorted(EXPECTED_ORGS - pred_orgs)),
              "memberships": (sorted(pred_members - EXPECTED_MEMBERS), sorted(EXPECTED_MEMBERS - pred_members)),
              "budget_lines": (sorted(map(str, pred_budgets - EXPECTED_BUDGETS)),
                               sorted(map(str, EXPECTED_BUDGETS - pred_budgets))),
              "fiduciaries": (sorted(pred_fid - EXPECTED_FIDUCIARIES), sorted(EXPECTED_FIDUCIARIES - pred_fid))}
    return scores, report


# Blind result (first run right after writing the expectations, before any rule was tuned on this document). Misses
# it revealed: « X fiduciaire » at the end of a « Comité porteur: » cell read as an organization « X fiduciaire » and
# as a member (no fiduciary found); an organization whose name starts with « Comité » (« Comité logement Mitis »)
# taken for an instance; « en collaboration avec » stopped at five words (« Coopérative de solidarité Le Panier
# mitissien » lost).
BLIND = {"organizations": 0.83, "memberships": 0.897, "budget_lines": 1.0, "fiduciaries": 0.0}
# issue 5 targets
TARGETS = {"organizations": 0.85, "memberships": 0.9, "budget_lines": 0.9, "fiduciaries": 0.9}
# reached as the development set (after the rules of tests/test_import_rules.py, « issue 5, after the held-out
# plan… »): a floor so that the numbers cannot silently drop
DEVELOPMENT = {"organizations": 1.0, "memberships": 1.0, "budget_lines": 1.0, "fiduciaries": 1.0}


def test_heldout_plan_meets_the_targets(mitis_review):
    scores, report = scores_of(mitis_review)
    print(scores)
    for k, target in TARGETS.items():
        assert scores[k] >= target, (k, scores[k], "false positives / missed:", report[k])


def test_development_set_no_regression(mitis_review):
    """The numbers reached on the development set cannot silently drop (and never below the blind run)."""
    scores, report = scores_of(mitis_review)
    for k, floor in DEVELOPMENT.items():
        assert floor >= BLIND[k]
        assert scores[k] >= floor, (k, scores[k], "false positives / missed:", report[k])
