"""Splitting runs of names written without separators (``Ville de Repentigny Ville de Charlemagne ADSMQ``).

Explicit separators come first (lines, wide gaps, ``;``, ``,``, ``/``, arrows). Within a run, a new name starts at
a capitalized word or an acronym, unless it follows a connector (``de``, ``du``, ``l'``…) or is a place name
(``Moisson Lanaudière``). Names known beforehand (the graph, the dictionary, names the document itself writes
one per line) win over these rules, so ``Frigos Verts`` stays one name.

>>> split_names("Ville de Repentigny Ville de Charlemagne ADSMQ Centre à nous CAB Le Néo CSDA AQDR")
['Ville de Repentigny', 'Ville de Charlemagne', 'ADSMQ', 'Centre à nous', 'CAB', 'Le Néo', 'CSDA', 'AQDR']
>>> split_names("CISSSL Frigos Verts MRC (urbanistes)", known={"frigos verts"})
['CISSSL', 'Frigos Verts', 'MRC (urbanistes)']
>>> split_names("Maison des jeunes de l'Épiphanie Les répits de Gaby")
["Maison des jeunes de l'Épiphanie", 'Les répits de Gaby']
"""
from __future__ import annotations

import re

from loaders.importer.cleaning import fold, norm
from loaders.importer.knowledge import knowledge

CONNECTORS = {"de", "du", "des", "d", "l", "la", "le", "les", "à", "a", "au", "aux", "en", "et", "pour", "sur",
              "of", "the", "and", "-", "–", "&", "chez", "sans"}
ARTICLES = {"le", "la", "les", "l"}
SEPARATORS = re.compile(r"\s*(?:;|,|/|→|⇒|•|\n|\s{3,}|\s[-–]\s)\s*")
_KEEP_SEPARATORS = re.compile(r"((?:\s*(?:;|,|/|→|⇒|•|\n|\s{3,})\s*)|\s[-–]\s)")
MAX_TOKENS = 9
# words that start a name of their own after an acronym (articles, head words of organizations, generic mentions,
# labels): « CAB Le Néo », « ADSMQ Centre à nous », « CLDS Partenaires des… » are two names each
NAME_HEADS = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "au", "aux", "centre", "maison", "ville",
              "municipalite", "canton", "paroisse", "chambre", "table", "comite", "comites", "carrefour", "regroupement", "reseau", "association",
              "cooperative", "cooperatives", "corporation", "fondation", "societe", "office", "service", "services",
              "collectif", "coalition", "federation", "conseil", "commission", "chantier", "club", "groupe",
              "alliance", "ministere", "agence", "bureau", "universite", "cegep", "ecole", "ecoles", "moisson",
              "banque", "cuisine", "cuisines", "comptoir", "forum", "institut", "programme", "projet", "maisons",
              "mrc", "cisss", "ciusss", "csss", "clsc", "caisse", "citoyens", "citoyennes", "citoyen", "organismes",
              "organisations", "partenaires", "acteurs", "concertations", "municipalites", "collaborations",
              "selon", "en", "pour", "avec", "dans", "sur", "environ", "direction", "equipe", "coordination",
              "coordonnatrice", "coordonnateur", "secretaire", "autres", "elus", "entreprises", "travailleur",
              "travailleurs", "representants", "sante", "securite", "logement", "transport", "calendrier", "voir"}
# head words of an organization's name: a capitalized word right after one, at the start of a name, goes on with
# that name (« Centre Horizon », « Alliance Habitat-Nord ») unless it is itself a head word, an article or an acronym
ORG_HEADS = {"centre", "maison", "table", "carrefour", "regroupement", "reseau", "association", "cooperative",
             "coop", "corporation", "fondation", "societe", "office", "collectif", "coalition", "federation",
             "alliance", "agence", "bureau", "institut", "comptoir", "club", "groupe", "transport", "mobilite",
             "espace", "moisson", "cuisine", "cuisines", "banque", "caisse"}
# plural adjectives that end a generic mention written over two lines (« Concertations régionales / Thématiques »)
ADJECTIVE_ENDINGS = ("iques", "aux", "ales", "elles", "ives", "aires", "ifs", "ennes", "istes")


def _alpha(tok: str) -> str:
    return re.sub(r"^[^\wÀ-ÿ]+", "", tok)


def is_acronym(tok: str) -> bool:
    """``CISSSL``, ``CAR-DS``, ``ÉCOF``, ``C.A.`` (at least two capital letters, no lower case)."""
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capitalized(tok: str) -> bool:
    a = _alpha(tok)
    if not a:
        return tok[:1].isdigit()
    if re.match(r"^[lLdD]'", a):  # l'Épiphanie, L'Assomption: elided article
        return a[0].isupper()
    return a[0].isupper()


def _connector(tok: str) -> bool:
    t = fold(tok).strip(".,:")
    return t in CONNECTORS or t.endswith("'") or t in {"d'", "l'"}


def _place(tok: str) -> bool:
    t = fold(_alpha(tok)).strip(".,:)")
    if t in CONNECTORS:
        return False
    if t.startswith(("l'", "d'")):
        t2 = t[2:]
        return t in knowledge().place_tokens or t2 in knowledge().place_tokens
    return t in knowledge().place_tokens


def _unknown_short_acronym(tok: str) -> bool:
    """An acronym of 2 to 4 letters the dictionary does not know (neither a body, a type prefix nor jargon)."""
    k = knowledge()
    letters = [c for c in tok if c.isalpha()]
    if not is_acronym(tok) or not 2 <= len(letters) <= 4:
        return False
    key = tok.upper()
    return (norm(tok) not in k.aliases and key not in k.not_orgs
            and not any(fold(p).upper() == fold(key).upper() for p, _, _ in k.prefixes))


def _prefixes_name(prev: str, tok: str, starts_name: bool) -> bool:
    """A short unknown acronym written before a proper name is part of that name: « ABC Tremplin » (an
    initiative's program name), unlike « CAB Le Néo », « CSDA Maison des jeunes », « CLDS Partenaires du DS »
    whose second word is an article, an organization's head word, a generic mention or a label."""
    return (starts_name and _unknown_short_acronym(prev) and not is_acronym(tok)
            and fold(_alpha(tok)).strip(".,:") not in NAME_HEADS and not _place(tok)
            and knowledge().generic_sector(tok) is None and not knowledge().is_staff(tok))


def _breaks(tokens: list[str]) -> set[int]:
    """Positions where a new name starts by the capitalization rules.

    >>> split_run("ORG ABC Tremplin 0-5 Maison des familles")
    ['ORG', 'ABC Tremplin 0-5', 'Maison des familles']
    """
    out = {0}
    for i in range(1, len(tokens)):
        tok, prev = tokens[i], tokens[i - 1]
        if tok.startswith("(") or not _capitalized(tok) or prev.isdigit():
            continue
        if _prefixes_name(prev, tok, i - 1 in out):
            continue
        if _connector(prev):
            # "Ville de Repentigny", "Centre à Nous", but an article starting a new name after a full name:
            # "... village Les amandiers" is handled by the previous word not being a connector.
            continue
        if fold(prev) in ARTICLES and (i - 1 in out):
            continue  # "Le Néo", "Les Collatines"
        if (i - 1 in out and fold(_alpha(prev)) in ORG_HEADS and not is_acronym(tok)
                and fold(_alpha(tok)).strip(".,:") not in NAME_HEADS):
            continue  # "Centre Horizon", "Alliance Habitat-Nord": a head word and the name it introduces
        if (fold(tok) in ("le", "la", "les") and i >= 2 and i + 2 == len(tokens) and not _capitalized(prev)
                and not is_acronym(prev) and _capitalized(tokens[i + 1]) and not is_acronym(tokens[i + 1])
                and any(fold(_alpha(t)) in NAME_HEADS - ARTICLES for t in tokens[:i])):
            continue  # "Maison de la famille Les Tournesols", "Centre d'entraide Le Phare": the name's own part
        if _place(tok) and not is_acronym(tok) and not is_acronym(prev):
            continue  # "Moisson Lanaudière", "Ville L'Assomption"
        if _place(tok) and is_acronym(prev):
            continue  # "CRÉ Mauricie"
        out.add(i)
    return out


def _valid(tokens: list[str], i: int, j: int, breaks: set[int]) -> bool:
    """A whole name by the rules: starts and ends at name boundaries, no boundary inside."""
    if i not in breaks or (j < len(tokens) and j not in breaks):
        return False
    if not (_capitalized(tokens[i]) or is_acronym(tokens[i])):
        return False
    if _connector(tokens[j - 1]) and j - i > 1:
        return False
    return all(k not in breaks for k in range(i + 1, j))


def split_run(run: str, known: set[str] | None = None) -> list[str]:
    """Split one run of names (no explicit separators) by dynamic programming over the tokens."""
    tokens = run.split()
    if not tokens:
        return []
    known = known or set()
    breaks = _breaks(tokens)
    n = len(tokens)
    best: list[tuple[float, list[tuple[int, int]]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for j in range(1, n + 1):
        for i in range(max(0, j - MAX_TOKENS), j):
            if best[i] is None:
                continue
            span = " ".join(tokens[i:j])
            key = norm(re.sub(r"\(.*?\)", "", span))
            if key and key in known:
                score = 2.0 + (j - i)
            elif _valid(tokens, i, j, breaks):
                score = 1.0
            else:
                score = -2.0 * (j - i)
            total = best[i][0] + score
            if best[j] is None or total > best[j][0]:
                best[j] = (total, best[i][1] + [(i, j)])
    return [" ".join(tokens[i:j]) for i, j in best[n][1]]


def untangle(name: str) -> list[str]:
    """Two columns interleaved by the extraction (« Ville de Organismes Charlemagne communautaires »): the words of
    a generic mention, in order but not contiguous, are taken out of the name.

    >>> untangle("Ville de Organismes Charlemagne communautaires")
    ['Ville de Charlemagne', 'Organismes communautaires']
    >>> untangle("Regroupement des organismes communautaires")
    ['Regroupement des organismes communautaires']
    """
    tokens = name.split()
    folded = [fold(t) for t in tokens]
    for text, _, _ in knowledge().generic:
        words = text.split()
        if len(words) < 2:
            continue
        pos, at = [], 0
        for w in words:
            try:
                at = folded.index(w, at)
            except ValueError:
                break
            pos.append(at)
            at += 1
        if len(pos) == len(words) and pos[-1] - pos[0] >= len(words) and pos[0] > 0:
            rest = [t for i, t in enumerate(tokens) if i not in pos]
            generic = [tokens[i] for i in pos]
            if rest and (rest[0][:1].isupper() or is_acronym(rest[0])):
                return [" ".join(rest), " ".join(generic)]
    return [name]


# words that start a complete name of their own (besides organizations' head words and acronyms)
COMPLETE_HEADS = ORG_HEADS | {"ville", "municipalite", "canton", "paroisse", "mrc", "cisss", "ciusss", "cegep", "universite", "ecole",
                              "commission", "conseil", "ministere", "caisse", "federation", "service", "services",
                              "comite", "cellule", "chantier", "centraide", "fondation", "clsc", "csss", "cpe"}


def complete_name(text: str) -> bool:
    """A side of « et » that is a whole name by itself: capitalized, starting with an organization's head word,
    « Ville de », a type prefix of the dictionary or an acronym — never a place name alone.

    >>> complete_name("Centre de services scolaire du Lac"), complete_name("CJE Lac-Vert"), complete_name("Gaspésie")
    (True, True, False)
    """
    t = text.strip()
    words = t.split()
    if not words or not t[:1].isupper() or knowledge().is_place(t):
        return False
    first = _alpha(words[0])
    return (fold(first).strip(".,:") in COMPLETE_HEADS or is_acronym(first)
            or any(p == first for p, _, _ in knowledge().prefixes))


def split_and(piece: str) -> list[str]:
    """« A et B » is two names only when both sides are complete names (:func:`complete_name`); otherwise « et »
    belongs to the name (« Centraide Québec et Chaudière-Appalaches », « Société d'histoire et de généalogie »).

    >>> split_and("Maison de la famille du Lac et Centre de services scolaire des Monts")
    ['Maison de la famille du Lac', 'Centre de services scolaire des Monts']
    >>> split_and("Centraide Québec et Chaudière-Appalaches"), split_and("Comité Habitation et mobilité")
    (['Centraide Québec et Chaudière-Appalaches'], ['Comité Habitation et mobilité'])
    >>> split_and("Canton de Lac-Vert et organismes communautaires")
    ['Canton de Lac-Vert', 'organismes communautaires']
    """
    sides = re.split(r"\s+et\s+(?![^()]*\))", piece)
    if len(sides) > 1 and all(complete_name(x) for x in sides):
        return [x.strip() for x in sides]
    if len(sides) == 2 and complete_name(sides[0]) and sides[1][:1].islower() and \
            knowledge().generic_sector(sides[1]) is not None:
        return [x.strip() for x in sides]  # « Canton de Potton et municipalités rurales »: a name, then a mention
    return [piece]


def near_known(piece: str, known: set[str] | None) -> bool:
    """A piece one or two letters away from a name the document writes whole (« CJE Bellechaase » for « CJE
    Bellechasse »): a typo, kept as one name — never split because of the typo'd word.

    >>> near_known("CJE Lac-Vret", {"cje lac vert"}), near_known("CJE Lac", {"cje lac vert"})
    (True, False)
    """
    from rapidfuzz.distance import Levenshtein

    key = norm(piece)
    return len(key) >= 8 and any(abs(len(k) - len(key)) <= 2 and k.split()[:1] == key.split()[:1]
                                 and Levenshtein.distance(k, key) <= 2 for k in (known or ()))


_CONNECTORS = {"de", "du", "des", "d", "l", "la", "le", "les", "et", "a", "au", "aux", "en", "pour", "sur", "par",
               "avec", "dans"}


def ends_with_connector(text: str) -> bool:
    """A line that cannot end a name or a sentence: its last word is a connector (« de », « et », « d' ») or it
    ends with a hyphen.

    >>> ends_with_connector("Centre intégré de santé de"), ends_with_connector("Centraide Québec")
    (True, False)
    """
    t = text.rstrip()
    return t.endswith(("-", "'", "’")) or fold(re.split(r"[\s'’]", t)[-1]) in _CONNECTORS


def continues_name(before: str, after: str) -> bool:
    """Whether a line wrapped between ``before`` and ``after`` (the next line could not fit on it) is one name
    going on: the next line starts in lower case or with a parenthesis, or the line ends with a connector (« de »,
    « et », « d' ») or a hyphen; a next line that starts a name of its own (a head word, an acronym, a generic
    mention) is a new name.

    >>> continues_name("Municipalité de", "Saint-Martin"), continues_name("Maison de la famille Les P'tits", "Pas")
    (True, True)
    >>> continues_name("Comptoir alimentaire", "La Corne d'abondance"), continues_name("Services Québec", "Chambre X")
    (True, False)
    >>> continues_name("CAB Sartigan", "Producteurs agricoles"), continues_name("OHBS", "Ville de Saint-Georges")
    (False, False)
    """
    b, a = before.rstrip(), after.strip()
    if not b or not a:
        return False
    if a[0].islower() or a[0] == "(" or ends_with_connector(b):
        return True
    first = a.split()[0].strip("«»\"(),.;:")
    words = b.split()
    if len(words) >= 2 and all(w[:1].islower() for w in words[1:]) and fold(_alpha(words[0])) in NAME_HEADS \
            and not is_acronym(first) and knowledge().generic_sector(b) is None:
        return True  # « Maison de la famille⏎Les P'tits Pas »: a kind of organization, its own name below
    return not (is_acronym(first) or fold(_alpha(first)) in NAME_HEADS or knowledge().generic_sector(a) is not None
                or knowledge().generic_sector(" ".join(a.split()[:2])) is not None)


def separated(text: str, known: set[str] | None = None) -> list[str]:
    """The pieces of a list between its explicit separators, a name written with a dash kept whole when the
    dictionary or the plan knows it so (« CIUSSS de l'Estrie – CHUS »).

    >>> separated("CIUSSS de l'Estrie – CHUS, Ville de Magog – Service des loisirs")
    ["CIUSSS de l'Estrie – CHUS", 'Ville de Magog', 'Service des loisirs']
    """
    raw = _KEEP_SEPARATORS.split(text or "")
    out = [raw[0]]
    for sep, piece in zip(raw[1::2], raw[2::2]):
        joined = f"{out[-1]}{sep}{piece}"
        if re.fullmatch(r"\s[-–]\s", sep) and (norm(joined) in knowledge().aliases or norm(joined) in (known or ())):
            out[-1] = joined
        else:
            out.append(piece)
    return out


def split_names(text: str, known: set[str] | None = None) -> list[str]:
    """Names in a cell or a list: explicit separators first, « et » between two complete names
    (:func:`split_and`), then :func:`split_run` on each piece; a piece that is a typo of a name the document
    writes whole stays whole (:func:`near_known`).

    >>> split_names("Maison de la famille du Lac et Centre de services scolaire des Monts")
    ['Maison de la famille du Lac', 'Centre de services scolaire des Monts']
    """
    out = []
    pieces = [x for piece in separated(text, known)
              for x in split_and(re.sub(r"^(?:et|and)\s+", "", piece.strip(" .:;*-–")))]
    for piece in pieces:
        piece = piece.strip(" .:;*-–")
        piece = re.sub(r"^(?:et|and)\s+", "", piece)
        if not piece:
            continue
        if norm(piece) in (known or set()) or norm(piece) in knowledge().aliases or typed_name(piece) or \
                near_known(piece, known) or short_whole(piece, known):
            out.append(piece)
        else:
            out.extend(n for name in split_run(piece, known) for n in untangle(name))
    return _join_adjectives([x.strip(" .:;") for x in out if x.strip(" .:;")], known)


def _typed_place_name(tokens: list[str]) -> bool:
    """« <type words> <Proper name> » with no article: « Maison de la famille Petite-Nation », « CAB Petite-Nation »
    — the kind (a head word and lower-case words, or a type acronym) then one or two capitalized words that start
    no other name; the kind is not a generic mention (« Organismes communautaires Frigos Verts » is two)."""
    j = next((j for j in range(1, len(tokens)) if _capitalized(tokens[j]) or is_acronym(tokens[j])), None)
    if j is None or not (j >= 2 or is_acronym(tokens[0])):
        return False
    proper = tokens[j:]
    if not 1 <= len(proper) <= 2 or any(is_acronym(t) or not _capitalized(t) or fold(t) in ARTICLES
                                        or fold(_alpha(t)).strip(".,:") in NAME_HEADS for t in proper):
        return False
    return knowledge().generic_sector(" ".join(tokens[:j])) is None


def short_whole(piece: str, known: set[str] | None = None) -> bool:
    """A whole item of two or three capitalized words, no acronym, none after the first a word that starts a name
    (article, head word) or a name of the plan: one name (« Habitat Lièvre-Rouge », « Les Petits Pas »), not
    single-word organizations side by side.

    >>> short_whole("Habitat Lièvre-Rouge"), short_whole("Les Petits Pas"), short_whole("Panda Les Collatines")
    (True, True, False)
    >>> short_whole("CAB Le Néo"), short_whole("Moisson Lanaudière Nourrir Lanaudière")
    (False, False)
    """
    tokens = piece.split()
    known = known or set()
    return (2 <= len(tokens) <= 3 and all(_capitalized(t) and not is_acronym(t) for t in tokens)
            and not any(fold(_alpha(t)).strip(".,:") in NAME_HEADS | ORG_HEADS or norm(t) in known
                        for t in tokens[1:])
            and knowledge().generic_sector(piece) is None)


def typed_name(text: str) -> bool:
    """A whole item « <type words> <Le|La|Les|L'><Proper name> » is one organization: the words of its kind (an
    organization's head word or a known type acronym, then lower-case words) and its own name (« Comptoir
    alimentaire L'Escale », « CAB Le Hauban », « Coop d'habitation Les Bâtisseurs du Havre »). Only a whole item
    (a cell's paragraph, a list item): in a run of names without separators, « CAB Le Néo » stays two names.

    >>> typed_name("Comptoir alimentaire L'Escale"), typed_name("CAB Le Phare"), typed_name("Coop Les Ormes du Lac")
    (True, True, True)
    >>> typed_name("Ville de Lac-Vert Le Phare"), typed_name("Centre Horizon La Ruche"), typed_name("CAB Le Phare CDC")
    (False, False, False)
    >>> typed_name("Maison de la famille Haute-Rive"), typed_name("CAB Haute-Rive")  # a type, then a place-like name
    (True, True)
    """
    tokens = text.split()
    if len(tokens) < 2:
        return False
    k = knowledge()
    first = fold(_alpha(tokens[0])).strip(".,:")
    if not (first in ORG_HEADS or (is_acronym(tokens[0]) and any(p == tokens[0] for p, _, _ in k.prefixes))):
        return False
    if _typed_place_name(tokens):
        return True
    i = next((j for j in range(1, len(tokens)) if re.match(r"^(?:Le|La|Les)$|^L['’]\w", tokens[j])), None)
    if i is None or any(_capitalized(t) or is_acronym(t) for t in tokens[1:i]):
        return False
    rest = tokens[i + 1:] if fold(tokens[i]) in ARTICLES else [tokens[i][2:], *tokens[i + 1:]]
    if not rest or not _capitalized(rest[0]):
        return False
    return not any(is_acronym(t) or (_capitalized(t) and fold(_alpha(t)).strip(".,:") in NAME_HEADS - ARTICLES)
                   for t in rest)


def split_list(text: str, known: set[str] | None = None) -> list[str]:
    """Names of a list whose items are separated explicitly (commas, semicolons, lines, bullets), as in « Comité
    X : A, B, C » or « Partenaires : A, B »: each item is one name, however many capitalized words it has
    (« Alliance Logis-Nord », « Carrefour jeunesse-emploi Abitibi-Est »). An item is split further only when it
    holds several names by the rules of :func:`split_run` that each start with an organization's head word or are
    acronyms (« Ville de Lac-Vert Ville de Mont-Bleu »), and a trailing comment in parentheses (« UQAT (équipe de
    recherche) ») is dropped; an acronym in parentheses is kept (« Centre Horizon (CH) »).

    >>> split_list("Alliance Logis-Nord, Carrefour jeunesse-emploi Abitibi-Est; UQAT (équipe de recherche)")
    ['Alliance Logis-Nord', 'Carrefour jeunesse-emploi Abitibi-Est', 'UQAT']
    >>> split_list("Ville de Lac-Vert Ville de Mont-Bleu, Centre Horizon (CH)")
    ['Ville de Lac-Vert', 'Ville de Mont-Bleu', 'Centre Horizon (CH)']
    """
    out = []
    for piece in separated(text, known):
        piece = re.sub(r"^(?:et|and)\s+", "", piece.strip(" .:;*-–"))
        piece = re.sub(r"\s*\((?=[a-zà-ÿ])[^()]*\)", "", piece).strip(" .:;")
        if not piece:
            continue
        if len(and_sides := split_and(piece)) > 1:
            out.extend(and_sides)
            continue
        run = split_run(piece, known)
        heads = [x for x in run if is_acronym(x.split()[0]) or fold(x.split()[0]) in NAME_HEADS - ARTICLES]
        if len(run) > 1 and len(heads) == len(run) and all(x[:1].isupper() for x in run) \
                and all(len(x.split()) >= 2 or is_acronym(x) for x in run) and norm(piece) not in (known or set()) \
                and norm(piece) not in knowledge().aliases:
            out.extend(run)
        else:
            out.append(piece)
    return out


def _join_adjectives(names: list[str], known: set[str] | None = None) -> list[str]:
    """A lone capitalized plural adjective after a generic mention ends that mention (a cell's line break made it
    look like a new name): « Tables locales / Sectorielles » is one mention, not an organization « Sectorielles ».

    >>> _join_adjectives(["Tables locales", "Sectorielles", "CDC"])
    ['Tables locales Sectorielles', 'CDC']
    >>> _join_adjectives(["Moisson Estrie", "Solidaires"])
    ['Moisson Estrie', 'Solidaires']
    """
    out: list[str] = []
    for name in names:
        word = fold(name)
        if (out and " " not in name and not is_acronym(name) and word.endswith(ADJECTIVE_ENDINGS)
                and norm(name) not in (known or set()) and not _place(name)
                and knowledge().generic_sector(out[-1]) is not None):
            out[-1] = f"{out[-1]} {name}"
            continue
        out.append(name)
    return out
