"""Recognizing a plan d'action's structure in located lines: its period, axes / enjeux / orientations (themes),
objectives, projects and actions, who is responsible, fiduciary or partner, the members of comités porteurs and
of the annexes' committees (persons with their organization), and budget lines per fiscal year.

Everything found keeps its source: document, page or line, section and the text snippet. Names are kept as
written (mentions); :mod:`~loaders.importer.resolution` decides what they refer to.
"""
from __future__ import annotations

import re
from collections import Counter

from loaders.importer.budget import (
    budget_lines,
    continues,
    dated_amounts,
    has_budget,
    period_of,
    project_refs,
)
from loaders.importer.cleaning import (
    bold_segments,
    fold,
    is_noise,
    norm,
    parts,
    plain,
    slug,
)
from loaders.importer.documents import MERGED, Document, Line
from loaders.importer.knowledge import knowledge
from loaders.importer.labels import (
    cell_labels,
    field_of,
    inline,
    labelled,
    members_phrase,
)
from loaders.importer.model import (  # noqa: F401 (re-exported)
    CARRIER,
    BudgetP,
    CommitteeP,
    Extraction,
    MemberP,
    PersonP,
    ProjectP,
    RoleP,
    Source,
)
from loaders.importer.names import NAME_HEADS, ends_with_connector, is_acronym, split_list, split_names
from loaders.importer.patterns import (  # noqa: F401 (re-exported)
    AMOUNT,
    CAMPAIGN,
    COMMITTEE,
    COMMITTEE_LINE,
    COMMITTEE_STOP,
    COORDINATION,
    DEFINED,
    FISCAL_YEAR,
    INSTANCES,
    MATRIX_BODY,
    MATRIX_MARKS,
    MUNICIPAL_POLICY,
    NUMBERED,
    ORGANIZING,
    PAREN_LIST,
    PERSON,
    PERSON_NAME,
    PERSON_PAREN,
    RESULT_WORDS,
    SECTOR_MEMBERS,
    TEAM,
    WITH,
    WITH_HEAD,
    action_roles,
    cap,
    collaborators,
    committee_kind,
    continues_name,
    defined_name,
    definitions,
    fiduciary_annotations,
    field_line,
    header_roles,
    known_names_in,
    members_heading,
    namelike,
    person_line,
    plan_fiduciary,
    prose_fiduciary,
    prose_funders,
    prose_members,
    prose_project,
    sentences,
    short,
    short_form,
    short_form_of,
    subject_body,
)
from loaders.importer.tables import (
    NOT_ORGANIZATION,
    column,
    committees_column,
    person_column,
    table_kind,
)

#: the role of a fiduciary written in its own column or field line: unlike « X fiduciaire » written in the
#: responsible's cell, it does not replace the responsible's role (the same organization may be both)
DESIGNATED = "fiduciaire désigné"
#: labels inside a responsible / partner cell: « Comité porteur: », « Collaborations souhaitées », « en
#: collaboration avec » (no colon needed), and every role label of the dictionary followed by « : » (« Porteur : »,
#: « Partenaires impliqués : », « Organisme fiduciaire : »…)
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# « Mandat : … », « Coordination : … » — a labelled line describing a committee
DESCRIPTION_LINE = re.compile(r"^(?:mandat|r[ôo]le|coordination|responsabilit[ée]s?|objectifs?|fr[ée]quence|"
                              r"rencontres?)\s*:\s*\S", re.I)
# « Organisme (représenté par Prénom Nom) », « Citoyenne engagée (Prénom Nom) », « Organismes X (siège à combler) »
REPRESENTED = re.compile(r"^(.{3,120}?)\s*\(([^()]{3,120})\)$")
#: The levels of a plan's sections, outermost first.
SECTION_LEVELS = ("axe", "orientation", "priority", "objective", "annex", "heading")
# « Idem », « Id. », « Même », « l'organisme porteur » in a cell or a field: the same as another (the responsible)
IDEM = re.compile(r"(?i)^(?:idem|id\.|m[êe]me|le m[êe]me|la m[êe]me|m[êe]me organisme|(?:l['’]organisme |le |la )?"
                  r"(?:porteur|porteuse|responsable|promoteur)(?:\s+(?:de l['’]action|du projet))?)\.?$")
VACANT_LINE = re.compile(r"(?i)^(?:poste|si[èe]ge)s?\s+(?:[àa]\s+combler|vacants?)\b")
# « coordonnatrice de la démarche », « agente de développement »: a person's function, not an organization
FUNCTION = re.compile(r"(?i)^(?:co-?)?(?:coordonnat|direct(?:eur|rice)|agente? |conseill[eè]re? |charg[ée]e? |"
                      r"organisat(?:eur|rice)|intervenante? |pr[ée]sident|secr[ée]taire|tr[ée]sori|adjointe? |"
                      r"gestionnaire|animat(?:eur|rice))")
DEPARTMENT = re.compile(r"(?i)^(?:service|direction|secteur|d[ée]partement|volet|bureau)\b")
VACANT = re.compile(r"(?i)^(?:si[èe]ge|poste)s?\s+(?:[àa]\s+combler|vacants?)$|^[àa] combler$")
# « Budget 2026/2027 », « Prévisions budgétaires 2026-2027 » — a heading over one fiscal year's amounts
BUDGET_YEAR_HEADING = re.compile(rf"(?i)^(?:budgets?|pr[ée]visions? budg[ée]taires?|sommes? (?:accord|demand)[ée]es?)"
                                 rf"\s*(?:pour\s+)?(?:l['’]ann[ée]e\s+(?:financi[èe]re\s+)?)?:?\s*({FISCAL_YEAR})\s*:?$")
# « Projet 3 – Titre », « Action 2.1 – Titre », « Mesure 4 : Titre », « Fiche 1.2 » — a project block opens
PROJECT_HEADING = re.compile(r"^(projet|action|mesure|fiche(?:[- ](?:action|projet))?)\s*(\d+(?:\.\d+)?)\b\s*[-–—:.]?\s*(.*)$",
                             re.I)
CELL_LABELS = re.compile(r"(comit[ée]s? porteurs?|collaborations? souhait[ée]es?|en collaboration avec|"
                         r"avec la collaboration de)\s*:?|" + cell_labels().pattern, re.I)


class _Parser:
    def __init__(self, doc: Document):
        self.doc = doc
        self.ex = Extraction(doc.name)
        self.section: dict[str, str] = {}
        self.theme: str | None = None
        self.header: list[str] | None = None
        self.project: ProjectP | None = None
        self.freetext = False
        self.pending_title = False
        self.pending_orientation = False
        self.member_list: tuple[str, str] | None = None  # (committee, role) while reading a free-text list
        self.annex_committee: str | None = None
        self.annex_project: ProjectP | None = None
        self.person_role: str | None = "membre"
        self.orgs_list = False
        self.cost_rows: list[tuple[str, str, Source]] = []
        self.budget_buffer: list[tuple[str, Line]] = []
        self.seen_numbers: dict[str, ProjectP] = {}
        self.counter = Counter()
        self.line: Line | None = None
        self._continuing: ProjectP | None = None  # a numbered action whose text goes on over several lines
        self._prev_cells: list[str] = []
        self._last_budgets: dict[int, list[BudgetP]] = {}
        # the budget column of the current table: projects in row order, cells read, rows the column slid by
        self._budget_rows: list[ProjectP] = []
        self._budget_cells: list[tuple[ProjectP, list]] = []
        self._budget_shift = 0
        self.list_committee: str | None = None  # while reading the items under a members heading
        self.list_strict = True
        self._described = 0  # description lines read between a committee's heading and its list
        # running prose: the paragraph being read (lines a PDF wrapped), projects introduced in sentences
        self._para: list[Line] = []
        self._wrap = 0
        self._prose_projects: dict[str, ProjectP] = {}
        self._prose_current: tuple[ProjectP, str] | None = None
        self._prose_budgets: list[tuple[ProjectP, str, str, str]] = []
        self._last_body: str | None = None  # the body (committee) the last sentence was about
        self.matrix: list[str] | None = None  # the committees of a membership matrix's columns, while reading it
        self.columns: list[str] | None = None  # committees side by side, one per column, while reading their members
        self.special: tuple[str, list[str], str | None] | None = None  # (kind, header, committee) of a table
        self.joined: list[Line] = []  # the document's lines, broken ones joined back (see :func:`_join_broken`)
        self.budget_year: str | None = None  # the fiscal year a « Budget 2026/2027 » heading gives the table below
        # « 1.1 Titre » followed by sentences naming its lead and partners, its footnotes: roles kept by action until
        # the projects are known (a later table may be where the project is read)
        self._numbered: tuple[str, str] | None = None
        self._footnotes: dict[str, tuple[str, str]] = {}
        self._action_roles: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
        self._plan_fiduciary: tuple[str, str] | None = None  # (fiduciary of every project, its sentence)
        self.year_names: dict[str, str] = {}  # « an 1 » → « 2026-2027 », when the plan says so
        self.star_fiduciary = False  # « * Organisme fiduciaire de l'action »
        self._merged_committee = ""  # the committee of a persons table's row, for the rows its cell is merged over
        # « Fiduciaire : X » under a section's heading, before its first project: (section level, X, line) given to
        # every project of that section
        self.section_fiduciary: tuple[int, str, str] | None = None
        self._section_projects = 0  # projects read since the last section heading

    # -- sources and sections -------------------------------------------------------------------------------
    def section_path(self) -> str:
        return " / ".join(self.section[k] for k in SECTION_LEVELS if self.section.get(k))

    def source(self, snippet: str, section: str | None = None) -> Source:
        return Source(self.doc.name, self.doc.where(self.line), section if section is not None
                      else self.section_path(), short(snippet, 240))

    def section_code(self) -> str:
        """A short, stable code of the current section for identifiers: ``p2``, ``o1-obj1-1``, ``annexe-d``."""
        out = []
        for k, prefix in (("orientation", "o"), ("priority", "p"), ("objective", "obj"), ("annex", "annexe-")):
            v = self.section.get(k)
            if v:
                m = re.search(r"(\d+(?:\.\d+)*|\b[A-Z]\b)", v.split(":")[0].replace("Annexe", ""))
                out.append(prefix + slug(m.group(1).replace(".", "-")) if m else slug(v, 20))
        if self.section.get("heading"):
            out.append(slug(self.section["heading"], 24))
        elif self.section.get("axe") and not self.section.get("priority"):
            out.append(slug(self.section["axe"], 24))
        return "-".join(out)

    def new_section(self, **values: str | None) -> None:
        first = min(SECTION_LEVELS.index(k) for k in values)
        for k in SECTION_LEVELS[first:]:
            self.section.pop(k, None)
        for k, v in values.items():
            if v:
                self.section[k] = v
        if self.section_fiduciary and first <= self.section_fiduciary[0]:
            self.section_fiduciary = None
        self._section_projects = 0
        self.end_project()

    def set_theme(self, name: str) -> None:
        name = cap(plain(name).strip(" :"))
        if name and not name.lower().startswith("inscrivez"):
            self.theme = name
            self.ex.themes.setdefault(name, self.source(name))

    # -- entities -------------------------------------------------------------------------------------------
    def add_project(self, title: str, description: str, number: str | None = None) -> ProjectP:
        if self.budget_buffer and self.project is not None:
            self.add_budget([self.project], " ".join(t for t, _ in self.budget_buffer))
            self.budget_buffer = []
        section = self.section_path()
        base = norm(section) + "|" + (number or "")
        self.counter[base] += 1
        key = f"{section} #{number or self.counter[base]}" if number is None else f"{section} #{number}"
        if self.ex.project(key):
            key = f"{key}.{self.counter[base]}"
        label = f"Projet {number}" if number and number.isdigit() else (number or "")
        code = self.section_code() + "-" + (slug(number.replace(".", "-")) if number else str(self.counter[base]))
        while any(x.code == code for x in self.ex.projects):
            code += "-b"
        p = ProjectP(code.strip("-"), key, number, short(title, 200) or short(description, 120), plain(description),
                     section + (f" / {label}" if label else ""), self.theme, None, None,
                     self.source(description or title, section + (f" / {label}" if label else "")))
        self.ex.projects.append(p)
        self.project = p
        self._section_projects += 1
        if self.section_fiduciary:
            self.responsible([p], self.section_fiduciary[1], "FIDUCIARY_OF", DESIGNATED, whole=True)
        return p

    def add_committee(self, name: str, acronym: str | None = None) -> str:
        name = cap(re.sub(r"\s+", " ", name).strip(" .:;,"))
        name = re.sub(r"\s+(?:19|20)\d\d$", "", name)  # « Assemblée générale annuelle 2026 »: the instance
        key = norm(name)
        same = short_form_of(name, [c.name for c in self.ex.committees.values()])
        if same:
            return same
        if key not in self.ex.committees:
            self.ex.committees[key] = CommitteeP(name, committee_kind(name), acronym, self.theme,
                                                 self.source(name))
        elif acronym and not self.ex.committees[key].acronym:
            self.ex.committees[key].acronym = acronym
        return self.ex.committees[key].name

    def axis_committee(self) -> str:
        return self.add_committee(f"Comité porteur {self.theme}" if self.theme else "Comité porteur")

    def add_member(self, committee: str, mention: str, role: str, snippet: str, person: str | None = None):
        self.ex.members.append(MemberP(committee, mention, role, self.source(snippet), person))

    def add_role(self, projects: list[ProjectP], mention: str, rel: str, role: str, snippet: str) -> None:
        for p in projects:
            self.ex.roles.append(RoleP(p.key, mention, rel, role, self.source(snippet, p.section)))

    def add_budget(self, projects: list[ProjectP], text: str, snippet: str | None = None) -> None:
        for fy, amount in budget_lines(text):
            self.ex.budgets.append(BudgetP([p.key for p in projects], fy, amount,
                                           self.source(snippet or text, projects[0].section if projects else None)))

    def end_project(self) -> None:
        if self.project is not None and self.budget_buffer:
            self.add_budget([self.project], " ".join(t for t, _ in self.budget_buffer))
        self.budget_buffer = []
        self.freetext = False
        self.member_list = None
        self.pending_title = False

    # -- names in cells -------------------------------------------------------------------------------------
    def names(self, text: str) -> list[str]:
        return split_names("\n".join(parts(text)), self.ex.lexicon)

    def list_names(self, text: str) -> list[str]:
        return split_list("\n".join(parts(text)), self.ex.lexicon)

    def responsible(self, projects: list[ProjectP], text: str, default_rel: str, default_role: str,
                    whole: bool = False) -> None:
        """A responsible / partner cell: labels (Comité porteur:, Collaborations souhaitées:…) split it.
        ``whole``: a list whose items are separated explicitly, each one name (:func:`~names.split_list`)."""
        # a Word, web page or Markdown cell: its paragraphs and line breaks separate its names
        names_of = self.list_names if whole or self.doc.kind in ("docx", "html", "md") else self.names
        t = "\n".join(parts(text))
        if not t.strip():
            return
        pieces, last, label = [], 0, None
        for m in CELL_LABELS.finditer(t):
            pieces.append((label, t[last:m.start()]))
            label, last = fold(m.group(1) or m.group(2)), m.end()
        pieces.append((label, t[last:]))
        for label, chunk in pieces:
            chunk = chunk.strip()
            if not chunk:
                continue
            field = field_of(label) if label else None
            if label and (label.startswith("comite") or field == "committee"):
                committee = self.axis_committee()
                for p in projects:
                    p.committee = committee
                members, fiduciaries = fiduciary_annotations(self.names(chunk))
                for name in fiduciaries:
                    self.add_role(projects, name, "FIDUCIARY_OF", "fiduciaire", chunk)
                for name in members:
                    if name not in {m.mention for m in self.ex.members if m.committee == committee}:
                        self.add_member(committee, name, "membre", chunk)
                continue
            if label and ("collaboration" in label or field == "partners"):
                rel, role = "PARTNER_IN", "collaboration souhaitée" if "collaboration" in label else "partenaire"
            elif field == "fiduciary":
                rel, role = "FIDUCIARY_OF", "fiduciaire"
            elif field == "leads":
                rel, role = "LEADS", "responsable"
            else:
                rel, role = default_rel, default_role
            names, fiduciaries = fiduciary_annotations(names_of(chunk))
            for name in fiduciaries:
                self.add_role(projects, name, "FIDUCIARY_OF", "fiduciaire", chunk)
            targets = projects if rel != "PARTNER_IN" else projects[:1]
            for name in names:
                self.add_role(targets, name, rel, role, chunk)

    def scan_text(self, projects: list[ProjectP], text: str, as_roles: bool = False,
                  roles: bool = True, names_as_roles: bool = True) -> None:
        """Partners written in running text: « avec X », « en collaboration avec X », « (A, B, etc.) », « Nom
        (SIGLE) », known public bodies; enumerations of names become partners in an action's own text
        (``as_roles``), otherwise organizations named without a role. ``roles=False``: names only."""
        if not roles:
            before = len(self.ex.roles)
            self.scan_text(projects, text, as_roles, names_as_roles=names_as_roles)
            for r in self.ex.roles[before:]:
                (self.ex.text_mentions if r.role.endswith("(texte)") else self.ex.mentions).append(
                    (r.mention, r.source))
            del self.ex.roles[before:]
            return
        t = plain(text)
        self.mrc_lists(t)
        for name in collaborators(t):
            self.add_role(projects, name, "PARTNER_IN", "collaboration", short(t, 240))
        for m in WITH_HEAD.finditer(t):
            name = cap(m.group(1).strip())
            if 2 <= len(name.split()) <= 9 and fold(name.split()[0]) not in ("comite", "comites"):
                self.add_role(projects, name, "PARTNER_IN", "collaboration", m.group(0))
        for m in DEFINED.finditer(t):
            name = defined_name(m.group(1), m.group(2)) or (split_names(m.group(1), self.ex.lexicon) or [""])[-1]
            if name and not fold(name).startswith(("comite", "plan ", "programme", "politique")):
                self.add_role(projects, name, "PARTNER_IN", "mentionné", m.group(0))
        for m in MUNICIPAL_POLICY.finditer(t):
            words = m.group(1).split()
            body = next((b for n in range(len(words), 0, -1)
                         if (b := knowledge().municipal_body(" ".join(words[:n])))), None)
            if body:
                self.add_role(projects, body, "PARTNER_IN", "mentionné", m.group(0))
        for m in CAMPAIGN.finditer(t):
            self.add_role(projects, cap(m.group(1)), "PARTNER_IN", "mentionné", m.group(0))
        for m in TEAM.finditer(t):
            self.add_role(projects, m.group(0), "LEADS", "responsable", m.group(0))
        for name in known_names_in(t):
            if names_as_roles:
                self.add_role(projects, name, "PARTNER_IN", "mentionné (texte)", name)
            else:
                self.ex.text_mentions.append((name, self.source(name)))
        for part in [sub for p in parts(text) for sub in re.split(r"\s*→\s*", p)]:
            if len(part) > 300:
                continue
            items = [x.strip(" .") for x in re.split(r"\s*[,;]\s*", part) if x.strip(" .")]
            items = [re.sub(r"(?i)^(etc\.?\s*)", "", x).strip() for x in items]
            items = [x for x in items if x and fold(x) not in ("etc", "etc.")]
            # places are no names (« Bouchette, Messines, Grand-Remous et Kazabazua »), a sentence is none either
            items = [y for x in items for y in (re.split(r"\s+et\s+", x) if all(
                knowledge().is_place(z) for z in re.split(r"\s+et\s+", x)) else [x])]
            names = [x for x in items if ((namelike(x) and len(x.split()) <= 7 and not re.search(r"[().!?]", x))
                     or is_acronym(x.replace(" ", ""))) and not knowledge().is_place(x)
                     and not re.match(r"^(?:Un|Une|Des|Le|La|Les|Ce|Cette|Ces)\s+[a-zà-ÿ]", x)]
            if len(items) >= 2 and len(names) * 2 >= len(items) and (
                    len(names) >= 2 or (names and is_acronym(names[0]) and "-" in names[0])):
                for x in names:
                    x = re.sub(r"\s*:.*$", "", x)
                    if as_roles and len(names) >= 2:
                        self.add_role(projects, x, "PARTNER_IN", "mentionné", part)
                    else:
                        self.ex.mentions.append((x, self.source(part)))
        for m in PAREN_LIST.finditer(t):
            items = [x.strip() for x in re.split(r",|;|\s+et\s+(?=[A-ZÀ-Ý])", m.group(1))]
            items = [x for x in items if x and fold(x).strip(".") != "etc"]
            caps = [x for x in items if x[:1].isupper() and len(x.split()) <= 5 and not x[:1].isdigit()]
            if len(caps) >= 2 and len(caps) == len(items):
                for name in (x for x in caps if not knowledge().is_place(x)):  # « (Rimouski, Saint-Fabien) »
                    self.add_role(projects, name, "PARTNER_IN", "mentionné", m.group(0))
        for word in re.findall(r"(?<![\w-])([A-ZÀ-Ý][A-ZÀ-Ý0-9+\-]{1,6}[A-ZÀ-Ý+])(?![\w-])", t):
            if names_as_roles:
                self.add_role(projects, word, "PARTNER_IN", "mentionné (texte)", word)
            else:
                self.ex.text_mentions.append((word, self.source(t)))
        self.committee_mentions(t, projects)

    def mrc_lists(self, t: str) -> None:
        """« les 5 MRC participantes (A, B, C et D) »: the MRC of the reference named in the list."""
        k = knowledge()
        names = {re.sub(r"^(le|la|les|l) ", "", norm(n)): n for n in k.mrc_names.values()}
        for m in re.finditer(r"\bMRC\b[^().]{0,40}\(([^()]+)\)", t):
            for item in re.split(r"\s*,\s*|\s+et\s+", m.group(1)):
                key = re.sub(r"^(le|la|les|l) ", "", norm(item))
                if key in names:
                    full = names[key]
                    art = full.split(" ", 1)[0].lower() if " " in full else ""
                    if art in ("le", "les"):
                        org = ("MRC du " if art == "le" else "MRC des ") + full.split(" ", 1)[1]
                    elif full.lower().startswith("la "):
                        org = "MRC de " + full
                    else:
                        org = "MRC de " + full
                    self.ex.mentions.append((org, self.source(m.group(0))))

    def committee_mentions(self, text: str, projects: list[ProjectP] | None = None) -> None:
        """Committees named in running text; the concertation's organization coordinates those written after
        « animer / organiser / coordonner / planifier … », including the second of « l'animation du comité X et
        du comité Y » (a name stops at « et »: the search goes on right after it, not after the regex's match)."""
        self.instance_lists(text)
        pos, names_at = 0, []
        while True:
            m = COMMITTEE.search(text, pos)
            if m is None:
                break
            pos = m.start() + 1
            words: list[str] = []
            tokens = m.group(1).split()
            for i, w in enumerate(tokens):
                if words and fold(w).strip(".,;:") in COMMITTEE_STOP and not continues_name(
                        words, w, tokens[i + 1] if i + 1 < len(tokens) else None):
                    break
                words.append(w.strip(".,;:"))
                if re.search(r"[.,;:)]$", w):
                    break
            while words and fold(words[-1]) in {"de", "du", "des", "d'", "en", "la", "le", "l'", "sur"}:
                words.pop()
            name = " ".join(words)
            pos = max(pos, m.start() + len(name))
            if len(words) >= 2 and fold(words[1]) not in {"de", "d'", "du", "des", "en", "regional", "directeur",
                                                            "vision", "local", "porteur", "consultatif", "generale",
                                                            "executif", "aviseur", "logement"} \
                    and not words[1][:1].isupper() and not fold(words[1]).startswith(("d'", "l'")):
                continue
            if fold(name).startswith("comite porteur"):
                if self.theme:
                    self.axis_committee()
                continue
            if len(words) < 2 or fold(words[0]).endswith("s") and fold(words[0]).startswith("comit"):
                continue
            after = text[m.end(): m.end() + 12]
            acr = re.match(r"\s*\(([A-ZÀ-Ý]{2,})\)", after)
            committee = self.add_committee(name, acr.group(1) if acr else None)
            before = text[max(0, m.start() - 80): m.start()]
            for a, b in names_at:  # the words of a committee named before (« comité de coordination ») are no verb
                a, b = max(a - max(0, m.start() - 80), 0), max(b - max(0, m.start() - 80), 0)
                before = before[:a] + " " * (b - a) + before[b:]
            names_at.append((m.start(), m.start() + len(name)))
            last = text.find(words[-1], m.start() + len(" ".join(words[:-1])))
            after = text[last + len(words[-1]): last + len(words[-1]) + 40] if last >= 0 else ""
            if COORDINATION.search(before) or re.match(r"^\s*(sont|est)\s+(organis|anim|coordonn)", after):
                self.add_member(committee, CARRIER, "coordination", text[max(0, m.start() - 80): m.end()])

    def instance_lists(self, text: str) -> None:
        """« Mobilisations (thématiques) de la TABLE : A (SA), B, C » — the instances a body presents as its own.
        They are kept with their owner; :func:`~loaders.importer.proposals.build_review` makes them committees of
        the concertation (coordinated by its organization) when the owner is the concertation itself."""
        for m in INSTANCES.finditer(text):
            owner, rest = m.group(1), m.group(2)
            for item in re.split(r"\s*,\s*|\s+et\s+", rest):
                item = item.strip(" .;:")
                acr = re.search(r"\(([A-ZÀ-Ý][A-ZÀ-Ý0-9\-]{1,8})\)\s*$", item)
                name = re.sub(r"\s*\([^()]*\)\s*$", "", item).strip()
                if not name or not namelike(name) or len(name.split()) > 6:
                    break
                self.ex.instances.append((owner, name, acr.group(1) if acr else None, self.source(m.group(0))))

    # -- lines ----------------------------------------------------------------------------------------------
    def text_line(self, line: Line, raw: str) -> None:
        t = plain(raw)
        if self.footnote(t):
            return
        self.mrc_lists(t)
        if self.pending_orientation and not re.match(r"^(objectifs?|moyens)", fold(t)):
            self.set_theme(t.split(":")[0][:90])
            self.section["orientation"] = self.section.get("orientation", "") + f" ({short(t, 80)})"
            self.pending_orientation = False
            return
        m = re.match(r"^axe d'intervention\s*:?\s*(.*)$", t, re.I)
        if m:
            self.end_project()  # a new axis: the last axis's project is over (« Comité porteur : » is the axis's)
            self.project = None
            self.new_section(axe=None)
            self.set_theme(m.group(1))
            self.section["axe"] = f"Axe {self.theme}" if self.theme else "Axe"
            self.header = None
            return
        m = re.match(r"^(enjeu|axe|volet|th[èe]me)\s*(\d+)?\s*[:\-–]\s*(.{3,120})$", t, re.I)
        if m and (not self.header or m.group(2)):  # a numbered axis opens a section, even after a table
            title = m.group(3).strip()
            title = title if not title.isupper() else title[:1] + title[1:].lower()
            self.new_section(axe=f"{cap(m.group(1).lower())} {m.group(2) or ''}".strip() + f" ({title})")
            self.set_theme(title)
            return
        m = re.match(r"^priorit[ée]\s*(\d+)\s*:?\s*(.*)$", t, re.I)
        if m:
            self.new_section(priority=f"Priorité {m.group(1)}" + (f" ({self.theme})" if self.theme else ""))
            return
        m = re.match(r"^orientation\s*(\d+)\s*[-–:]?\s*(.*)$", t, re.I)
        if m:
            self.new_section(orientation=f"Orientation {m.group(1)}")
            title = m.group(2).strip()
            if title:
                self.set_theme(re.split(r"\s:\s|:\s", title)[0][:90])
                self.section["orientation"] += f" ({short(self.theme or title, 80)})"
            else:
                self.pending_orientation = True
            return
        m = re.match(r"^objectif\s+(\d+)\b\s*[:.-]?\s*(.*)$", t, re.I)
        if m and not re.match(r"^objectifs? (sp|g)", fold(t)):
            self.new_section(objective=f"Objectif {m.group(1)}")
            return
        m = re.match(r"^annexe\s+([A-Z0-9]+)\s*[:.\-–]\s*(.+)$", t, re.I)
        if m:
            self.end_project()
            self.section.clear()
            self.new_section(annex=f"Annexe {m.group(1)} : {short(m.group(2), 80)}")
            self.header = None
            title = m.group(2).strip()
            self.annex_committee = None
            self.annex_project = None
            if "comit" in fold(title):
                name = re.sub(r"^projet\s+", "", title, flags=re.I)
                self.annex_committee = self.add_committee(name)
            action = re.match(r"(?i)^(?:action|projet|fiche)\s+(\d+(?:\.\d+)*)\b", title)
            known = self.seen_numbers.get(action.group(1)) if action else None
            if known is None and action:
                known = next((p for p in self.ex.projects if p.number == action.group(1)
                              or p.title.startswith(action.group(1) + " ")), None)
            if known is not None:  # « Annexe D : Action 2.1.1 – Titre – Coûts estimés »: that action's details
                self.annex_project = known
            elif re.match(r"^projet\b", fold(title)) or "plan de communication" in fold(title):
                self.annex_project = self.add_project(cap(title), title)
                if self.annex_committee:
                    self.annex_project.committee = self.annex_committee
            self.person_role = "membre"
            self.orgs_list = "bailleur" in fold(title)  # « Annexe E : Bailleurs de fonds sollicités »: one per line
            heading = members_heading(title) if self.annex_committee is None else None
            if heading:  # « Annexe 2 – Liste des membres du Collectif »: one member per line below
                self.list_committee, self.list_strict = self.add_committee(cap(heading)), False
            return
        m = BUDGET_YEAR_HEADING.match(t)
        if m:  # « Budget 2026/2027 »: the fiscal year of the amounts table below
            self.budget_year = m.group(1)
            return
        m = PROJECT_HEADING.match(re.sub(r"^[•◦▪*·]\s+", "", t))  # also a Word list item « • Action 1.1 — … »
        if m and len(t) < 200:
            self.end_project()
            self.add_project(m.group(3) or f"{cap(m.group(1).lower())} {m.group(2)}", m.group(3), m.group(2))
            self.freetext = True
            self.pending_title = not m.group(3)
            return
        if t.startswith("⇒") or re.match(r"^objectif g[ée]n[ée]ral", fold(t)):
            return
        if self.member_lists(line, raw, t):
            return
        if not (self.freetext and self.member_list) and self._caps_heading(t):
            self.new_section(heading=cap(t.lower()))
            self.set_theme(t.lower())
            self.header = None
            return
        # annexes: member lists ("Nom, Organisation") and their sub-headings
        pm = person_line(t)
        if pm and (self.annex_committee or self.person_role != "membre") and len(t) < 160:
            self.person(pm[0], pm[1], t)
            return
        if self.annex_committee and VACANT_LINE.match(t):
            return  # « Poste à combler – comité porteur X »
        if self.annex_committee and "," in t and len(t) < 120 and not t.endswith(".") and \
                re.match(r"^[^,]{2,30},\s*[A-ZÀ-Ý]", t):
            self.ex.mentions.append((t.split(",", 1)[1].strip(), self.source(t)))
            return
        if self.orgs_list and not (self.annex_committee or self.annex_project):
            if len(t.split()) <= 14 and not t.endswith((".", ":")):
                self.ex.mentions.append((re.sub(r"\s*\(.*$", "", t), self.source(t)))
            return
        if self.annex_committee or self.annex_project:
            low = fold(t)
            if "membre" in low or (t.endswith(":") and len(t) < 160):
                self.person_role = None if "potentiel" in low else (
                    "impliqué sans être présent" if "sans etre" in low else "membre")
                self.orgs_list = False
                return
            if "bailleurs de fonds" in low:
                self.orgs_list = True
                return
            if self.orgs_list and len(t.split()) <= 14 and not t.endswith("."):
                name = re.sub(r"\s*\(.*$", "", t)
                self.ex.mentions.append((name, self.source(t)))
                return
        # free-text projects
        if self.freetext and self.project is not None:
            if self.pending_title:
                self.project.title = short(t, 200)
                self.project.description = t
                self.pending_title = False
                return
            if field_line(t) and self.field(t):  # « Responsable : X » under « PROJET 2 - … »
                self.member_list = None
                return
            m = re.match(r"^(.+?)\s+fiduciaires?$", t, re.I)
            if m:
                self.add_role([self.project], m.group(1), "FIDUCIARY_OF", "fiduciaire", t)
                return
            m = re.match(r"^comit[ée] porteurs?\s*:?\s*(.*)$", t, re.I)
            if m:
                committee = self.axis_committee()
                self.project.committee = committee
                self.member_list = (committee, "membre")
                if m.group(1):
                    members, fiduciaries = fiduciary_annotations(self.names(m.group(1)))
                    for name in fiduciaries:
                        self.add_role([self.project], name, "FIDUCIARY_OF", "fiduciaire", t)
                    for name in members:
                        self.add_member(committee, name, "membre", t)
                return
            if re.fullmatch(rf"\s*(?:{FISCAL_YEAR}|{AMOUNT})\s*", t):
                self.budget_buffer.append((t, line))
                self.member_list = None
                return
            if self.member_list and len(t.split()) <= 6 and not t.endswith(".") and not t.startswith("-"):
                if t not in {m.mention for m in self.ex.members if m.committee == self.member_list[0]}:
                    self.add_member(self.member_list[0], t, self.member_list[1], t)
                return
            self.member_list = None
            if len(self.project.description) < 600:
                self.project.description = (self.project.description + " " + t).strip()
            self.scan_text([self.project], t)
            return
        if self.committee_line(t) or self.field(t) or self.budget_paragraph(t):
            return
        # numbered actions of plain-text plans ("1.1.1 Planifier …")
        m = re.match(r"^(\d+(?:\.\d+){2,3})\.?\s+(.+)$", t)
        if m:
            number = m.group(1)
            if number in self.seen_numbers:
                p = self.seen_numbers[number]
                label = "Résultats attendus"
                p.details[label] = (p.details.get(label, "") + " " + m.group(2)).strip()
                self.project = p
            else:
                self.end_project()
                p = self.add_project(m.group(2), m.group(2), number)
                self.seen_numbers[number] = p
            self.scan_text([p], m.group(2))
            self._continuing = p
            return
        m = re.match(r"^[-–•]?\s*(\d+\.\d+)\.?\s+(.+)$", t)
        if m and not has_budget(t):
            self._numbered = (m.group(1), m.group(2))
            self.section["objective"] = f"Objectif {m.group(1)}"
            self.section.pop("annex", None)
            self.end_project()
            self.project = None
            self.committee_mentions(t)
            self._continuing = None
            return
        cont = self._continuing
        if cont is not None and not self.header and len(t) < 300:
            cont.description = (cont.description + " " + t).strip()
            self.scan_text([cont], t)
            return
        if self.project is None:
            for name, acronym in definitions(t):
                if not fold(name).startswith(("comite", "table", "plan ", "programme", "politique")):
                    self.ex.mentions.append((f"{name} ({acronym})", self.source(t)))
            self.committee_mentions(t)

    # -- member lists, committee lines, field lines and budget paragraphs (layout rules) ------------------------
    def member_lists(self, line: Line, raw: str, t: str) -> bool:
        """A heading naming a committee (« Comité porteur X », « Membres du comité de coordination », bold or
        after « Annexe – ») followed by its members: list items of the same paragraph (HTML ``<ul><li>``) or the
        lines that follow, each an organization, « Nom, Organisation » or « Prénom Nom (Organisation) » (a
        person of that organization). The list ends at the first line that is no list item."""
        ps = parts(raw)
        heading = members_heading(ps[0]) if ps else None
        found = labelled(t) if self.list_committee else None
        if found and found[0] == "members":  # « Membres : A ; B ; C » under the committee's heading
            for name in self.list_names(found[2].rstrip(". ")):
                self.add_member(self.list_committee, name, "membre", t)
            return True
        if self.list_committee and DESCRIPTION_LINE.match(t) and not SECTOR_MEMBERS.match(t):
            return True  # « Mandat : … », « Coordination : … »: the committee's description, its list goes on
        grouped = SECTOR_MEMBERS.match(t) if self.list_committee else None
        if grouped:  # « Milieu municipal : Ville de X » under the committee's heading
            citizen = fold(grouped.group(1)).startswith("citoyen")
            for name in self.list_names(grouped.group(2)):
                if PERSON_NAME.match(name) and citizen:
                    self.seated_person(self.list_committee, name, grouped.group(1).strip(), t)
                else:
                    self.add_member(self.list_committee, name, "membre", t)
            return True
        if self.annex_committee or (self.freetext and self.project is not None):
            return False  # an annex devoted to a committee, a project's own « Comité porteur: »: read there
        if heading and not (len(ps) == 1 and COMMITTEE_LINE.match(t)):
            if fold(t).startswith("annexe"):
                self.end_project()
                self.section.clear()
                self.new_section(annex=short(re.sub(r"(?i)^annexe\s*[–—:.-]?\s*", "Annexe : ", t), 80))
                self.header = None
            committee = self.add_committee(cap(heading))
            self.list_committee = committee if len(ps) == 1 else None  # items below, or in the same paragraph
            self._described = 0
            # a heading that says it lists members (« Membres du… », « Comité porteur… ») takes any short line
            # below; a committee's name alone (its description may follow) takes only bulleted lines and persons
            self.list_strict = not re.search(r"(?i)\b(membres|composition|porteur)\b", t)
            for item in ps[1:]:
                self.list_item(committee, item)
            return True
        intro = self.members_intro(t)
        if intro:  # « Le comité de suivi est formé de : » followed by a list (bulleted, numbered or one per line)
            self.list_committee, self.list_strict = self.add_committee(cap(intro)), False
            return True
        if self.list_committee:
            bulleted = bool(re.match(r"^\s*[-–•◦▪*·]\s", plain(raw)))
            if (bulleted or not self.list_strict or PERSON.match(t) or PERSON_PAREN.match(t) or person_line(t)) \
                    and self.list_item(self.list_committee, t):
                return True
            if not bulleted and self._described < 3 and \
                    not any(m.committee == self.list_committee for m in self.ex.members):
                self._described += 1  # « Il prépare les rencontres… »: the committee's description, its list below
                return True
            self.list_committee = None
        return False

    def members_intro(self, t: str) -> str | None:
        """The body whose member list follows a line ending with « : » that names it and says it lists members
        (a members phrase or label of the dictionary: « Le comité de suivi est formé de : », « Le comité logement
        est composé des organisations suivantes : », « Membres du collectif : »); « Il / Elle est composé(e)
        de : » is the body named just before."""
        if not t.endswith(":") or len(t) > 160:
            return None
        m = members_phrase().search(" " + t[:-1].rstrip() + " ")
        if not m or m.end() < len(t[:-1].rstrip()):
            return None
        subject = t[: max(0, m.start() - 1)].strip()
        if re.fullmatch(r"(?i)(?:il|elle|celui-ci|celle-ci)", subject):
            return self._last_body
        return subject_body(subject + " .") or None

    def list_item(self, committee: str, item: str) -> bool:
        """One member of a committee's list; ``False`` when the text is no list item (a sentence, a heading)."""
        t = re.sub(r"^[-–•◦▪*·]\s*", "", plain(item)).strip()
        pm = person_line(t) if len(t) <= 220 and not t.endswith((".", ":")) else None
        if pm and ":" not in t:  # « Prénom Nom, fonction – Organisation au long nom (SIGLE) »
            self.seated_person(committee, pm[0], pm[1], t)
            return True
        if not t or len(t) > 140 or t.endswith((".", ":")) or len(t.split()) > 14 or ":" in t or has_budget(t):
            return False
        if re.search(r"[a-zà-ÿ)][.!?]\s+[A-ZÀ-Ý]", t):
            return False  # a sentence ends inside: running text (a wrapped paragraph), not a list item
        if re.match(r"^(?:Le|La|Les|L['’])\s*[a-zà-ÿ]", t) and len(t.split()) > 4:
            if knowledge().generic_sector(t) is None:
                return False  # « Le comité … se réunit … »: a sentence (a name after an article is capitalized)
        rp = REPRESENTED.match(t)
        if rp:  # « Organisme (représenté par Prénom Nom, fonction) », « Citoyenne engagée (Prénom Nom) »
            org, inside = rp.group(1).strip(), rp.group(2).strip()
            people = [re.split(r"\s*,\s*", p)[0] for p in re.split(r"\s+et\s+|\s*;\s*", re.sub(
                r"(?i)^(?:repr[ée]sent[ée]e?s?|d[ée]l[ée]gu[ée]e?s?)\s+par\s+|^(?:repr[ée]sentant(?:e|s|es)?|"
                r"d[ée]l[ée]gu[ée]e?s?)\s*:\s*", "", inside))]
            people = [p for p in people if PERSON_NAME.match(p)]
            if people and (inside != people[0] or knowledge().generic_sector(org) is not None):
                for person in people:
                    self.seated_person(committee, person, org, t)
                return True
            if VACANT.match(inside) or DEPARTMENT.match(inside):  # « X (siège à combler) », « Ville (Service…) »
                self.add_member(committee, org, "membre", t)
                return True
        pm = person_line(t)
        if pm:
            self.seated_person(committee, pm[0], pm[1], t)
            return True
        if VACANT_LINE.match(t):
            return True
        pp = PERSON_PAREN.match(t)
        if pp and fold(pp.group(1).split()[0]) not in NAME_HEADS and not short_form(pp.group(2), pp.group(1)):
            inside = re.match(r"^[a-zà-ÿ][^,]*,\s*([A-ZÀ-Ý].*)$", pp.group(2))  # « (organisatrice, CISSSME) »
            self.seated_person(committee, pp.group(1), inside.group(1) if inside else pp.group(2), t)
            return True
        if not (t[:1].isupper() or t[:1].isdigit()):
            if knowledge().generic_sector(t) is None:
                return False
        members, fiduciaries = fiduciary_annotations(self.list_names(t))
        for name in members:
            self.add_member(committee, name, "membre", t)
        return bool(members or fiduciaries)

    def committee_line(self, t: str) -> bool:
        """« Comité X : A, B, C » (a line the extraction may have wrapped, joined beforehand): committee X and
        its members."""
        m = COMMITTEE_LINE.match(t)
        if not m or self.freetext:
            return False
        name, rest = m.group(1).strip(), m.group(2).strip()
        if fold(name).startswith("comite porteur") and self.project is not None:
            return False  # « Comité porteur : … » of a project: read with the project
        separator = r"\s*[,;]\s*" if rest.count(" / ") < 2 else r"\s*[,;]\s*|\s+/\s+"  # « A / B / C »
        items = [x for x in re.split(separator, rest.rstrip(". ")) if x]
        if len(items) < 2 or sum(1 for x in items if x[:1].isupper() or is_acronym(x.split()[0])) * 2 < len(items):
            return False
        # « Comité porteur : A, B » under an axis: the axis's comité porteur, named after its theme
        committee = self.axis_committee() if re.fullmatch(r"(?i)comit[ée]s? porteurs?", name) and self.theme \
            else self.add_committee(cap(name))
        i = 0
        while i < len(items):  # « …, Josée Cyr (CISSS X), Hélène Roy, citoyenne, et Marie Roy, coordonnatrice »
            item = re.sub(r"^(?:et|ainsi que)\s+", "", items[i].strip())
            function = items[i + 1] if i + 1 < len(items) and items[i + 1][:1].islower() else None
            if PERSON_NAME.match(item) and fold(item.split()[0]) not in NAME_HEADS and function:
                self.member_item(committee, item + ", " + re.sub(r"^et\s+", "", function), t)
                i += 2
                continue
            self.member_item(committee, item, t)
            i += 1
        return True

    def field(self, t: str) -> bool:
        """« • Responsable : X », « Collaborations souhaitées : A, B », « Partenaires : … », « Fiduciaire : X »,
        « Échéance : 2026-2028 » under the action being read: its roles, years and details."""
        found = field_line(t)
        p = self._continuing or self.project
        if found and found[0] == "FIDUCIARY_OF" and self.section and not self._section_projects \
                and self._continuing is None:
            # under a section's heading, before its first project: the fiduciary of the section's projects
            self.section_fiduciary = (max(SECTION_LEVELS.index(k) for k in self.section), found[1], t)
            return True
        if not found or p is None:
            return False
        kind, value = found
        if kind == "FIDUCIARY_OF" and IDEM.match(value.strip()):  # « Fiduciaire : l'organisme porteur »
            leads = [r.mention for r in self.ex.roles if r.project == p.key and r.rel == "LEADS"]
            value = " ; ".join(dict.fromkeys(leads))
            if not value:
                return True
        if kind in ("LEADS", "PARTNER_IN", "FIDUCIARY_OF"):
            role = {"LEADS": "responsable", "FIDUCIARY_OF": DESIGNATED}.get(
                kind, "collaboration souhaitée" if "collabor" in fold(t) else "partenaire")
            self.responsible([p], value, kind, role, whole=True)
        elif kind == "budget":  # « Financement demandé : 2026-2027 : 9 500 $ — 2027-2028 : 7 000 $ »
            value = dated_amounts(value)
            if not any(fy for fy, _ in budget_lines(value)):
                return False
            self.add_budget([p], value, t)
        elif kind == "schedule":
            p.period = period_of(value) or p.period
            p.details["Échéancier"] = (p.details.get("Échéancier", "") + " ; " + value).strip(" ;")
        elif kind in ("funder", "funding"):  # « Source de financement : Fonds X (bailleur : Y) »
            p.details["Financement"] = (p.details.get("Financement", "") + " ; " + value).strip(" ;")
            self.funders(value if kind == "funder" else None, value, t)
        else:
            label = "Résultats attendus" if kind == "results" else "Indicateurs"
            p.details[label] = (p.details.get(label, "") + " ; " + value).strip(" ;")
            self.scan_text([p], value, roles=False, names_as_roles=False)
        return True

    def funders(self, funder: str | None, text: str, snippet: str) -> None:
        """The bailleurs de fonds a field names (« Bailleur : Y », « … (bailleur : Y) »): organizations of the plan,
        never a project role; the fund or program itself is not an organization."""
        named = [funder] if funder else [v for fld, v in inline(text)[1] if fld == "funder"]
        for name in named:
            for n in self.names(re.sub(r"\s*\(.*$", "", name)):
                self.ex.mentions.append((n, self.source(snippet)))

    def labelled_field(self, projects: list[ProjectP], field: str, value: str) -> None:
        """A field of the label dictionary written inline (« (fiduciaire : X) », « (porteur : X) »)."""
        kinds = {"leads": ("LEADS", "responsable"), "partners": ("PARTNER_IN", "partenaire"),
                 "fiduciary": ("FIDUCIARY_OF", DESIGNATED)}
        if field in kinds:
            self.responsible(projects, value, *kinds[field], whole=True)
        elif field == "budget" and any(fy for fy, _ in budget_lines(value)):
            self.add_budget(projects, value)
        elif field == "schedule":
            for p in projects:
                p.period = period_of(value) or p.period
        elif field == "funder":
            self.funders(value, value, value)

    def budget_paragraph(self, t: str) -> bool:
        """« 2.1.2 Fonds d'urgence – Budget 2026-2027 : 25 000 $ ; Budget 2027-2028 : 15 500 $ »: budget lines of
        the action with that number, or else of the one project whose title the words before the amounts name.
        A « Total » line is no budget line."""
        if not has_budget(t) or not re.search(FISCAL_YEAR, t) or re.match(r"(?i)^\W*total\b", t):
            return False
        if len(self._para) > 1 and self._para[-1] is self.line:
            return False  # the middle of a wrapped paragraph: its sentences are read whole (:meth:`prose`)
        m = re.match(r"^(?:budget\s*:?\s*)?[-–•]?\s*(\d+(?:\.\d+){1,3})\.?\s+(.*)$", t, re.I)
        number, rest = (m.group(1), m.group(2)) if m else (None, t)
        at = re.search(rf"(?i)\b(?:budget|co[uû]ts?|montant)\b|{FISCAL_YEAR}", rest)
        title = rest[: at.start()].strip(" –—-:;,") if at else ""
        target = self.seen_numbers.get(number) if number else None
        if target is None and title:
            target = self._project_by_title(title)
        if target is None:
            return False
        self.add_budget([target], rest[at.start():] if at else rest, t)
        return True

    def project_referred(self, text: str) -> ProjectP | None:
        """The project a budget table's row names by its number and a short title (« 1 – Marché », « 2.1 Portrait
        logement »): the one project with that number, else the one that title designates."""
        m = re.match(r"^(\d+(?:\.\d+)*)\.?\s*[–—-]?\s*(.*)$", text)
        if not m:
            return None
        numbered = [p for p in self.ex.projects if p.number == m.group(1)]
        if len(numbered) == 1:
            return numbered[0]
        return self.seen_numbers.get(m.group(1)) or (self._project_by_title(m.group(2)) if m.group(2) else None)

    def _project_by_title(self, title: str) -> ProjectP | None:
        """The one project whose title shares most of these words (at least 60 % of them, stems of 5 letters)."""
        want = stems(title)
        if not want:
            return None
        scored = sorted(((len(want & stems(p.title + " " + (p.description or ""))) / len(want), i)
                         for i, p in enumerate(self.ex.projects)), reverse=True)
        if not scored or scored[0][0] < 0.6 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return self.ex.projects[scored[0][1]]

    @staticmethod
    def _caps_heading(t: str) -> bool:
        letters = [c for c in t if c.isalpha()]
        if len(letters) < 4 or len(t) > 160 or t[:1].isdigit():
            return False
        if sum(c.isupper() for c in letters) / len(letters) < 0.9:
            return False
        return fold(t).strip(" :") not in {"direct", "intermediaire", "mission", "enjeux federateurs",
                                            "plan d'action", "objectifs", "moyens", "projet", "budget"} \
            and not fold(t).startswith(("plan d'action", "projet"))

    def person(self, name: str, org: str, text: str) -> None:
        if self.annex_committee and self.person_role:
            self.seated_person(self.annex_committee, name, org, text, self.person_role)
        else:
            self.add_person(name, org, text)

    def table_row(self, line: Line, texts: list[str], heading_committee: str | None) -> bool:
        """A row of a table whose header says what it holds (:mod:`~loaders.importer.tables`): a glossary, a
        committee table, the persons of the committee just named, or a year's amounts of projects described
        elsewhere."""
        kind = table_kind(texts)
        if kind and (kind != "persons" or heading_committee or committees_column(texts) is not None) and \
                (kind != "amounts" or self.budget_year):
            self.special, self.header = (kind, texts, heading_committee), None
            return True
        if not self.special or not any(texts):
            return False
        if {"action", "responsible", "partner"} & set(header_roles(texts) or []):
            self.special = None  # a project table's header right after: the special table has ended
            return False
        kind, header, committee = self.special
        snippet = " | ".join(t for t in texts if t)
        col = column(header, kind)
        first, main = texts[0], (texts[col] if col < len(texts) else "")
        if re.match(r"(?i)^(?:sous-)?total\b", first):
            return True
        if kind == "glossary" and first and main and not NOT_ORGANIZATION.match(main):
            self.ex.glossary.append((main, first, self.source(snippet)))
            self.ex.lexicon |= {norm(first), norm(main)}
        elif kind == "committees" and first:
            name = self.add_committee(cap(first))
            for item in (x for p in parts(line.cells[col] if col < len(line.cells) else "") for x in p.split(" ; ")):
                self.member_item(name, item, snippet)
        elif kind == "persons" and committees_column(header) is not None:
            # « Nom | Fonction | Organisation | Comité(s) »: each person sits on the committees their row names;
            # « Comité | Nom | Organisation »: the committee cell may be merged down over its persons
            at, person = committees_column(header), texts[person_column(header)]
            named = line.cells[at] if at < len(line.cells) else ""
            named = self._merged_committee if named == MERGED else plain(named)
            self._merged_committee = named
            for short in [x for x in re.split(r"\s*[,;/]\s*|\s+et\s+(?=[A-ZÀ-Ý])", named) if x.strip(" —-")]:
                target = self.committee_named(short)
                if PERSON_NAME.match(person):
                    self.seated_person(target, person, main, snippet)
                elif main.strip(" —-") and not VACANT.match(person):
                    self.add_member(target, main, "membre", snippet)
        elif kind == "persons" and committee:
            if PERSON_NAME.match(first):
                self.seated_person(committee, first, main, snippet)
            elif main.strip(" —-"):
                self.add_member(committee, main, "membre", snippet)  # « À combler | Organismes communautaires »
            elif first and not VACANT_LINE.match(first):
                self.add_member(committee, first, "membre", snippet)  # « Deux parents du territoire | — »
        elif kind == "amounts":
            project = self.project_referred(first) or self._project_by_title(first)
            if project is None:
                return True  # a project the plan does not describe: not made up from a budget row
            lead = next((i for i, h in enumerate(header) if field_of(h) == "leads"), None)
            if lead is not None and lead < len(texts) and texts[lead].strip(" —-"):
                self.responsible([project], texts[lead], "LEADS", "responsable")
            if has_budget(main):
                self.add_budget([project], f"{self.budget_year} : {main}", snippet)
        return True

    def committee_named(self, short: str) -> str:
        """The committee a short name designates (« Alimentation » → « Comité Alimentation », « Coordination » →
        « Comité de coordination »), else a new « Comité <short> »."""
        key = fold(short).strip()
        for c in self.ex.committees.values():
            name = fold(c.name)
            if name == key or name.endswith(" " + key) or re.sub(r"^comite (?:de |d'|du )?", "", name) == key:
                return c.name
        return self.add_committee(cap(short) if fold(short).startswith("comit") else f"Comité {short}")

    def add_person(self, name: str, org: str | None, snippet: str) -> tuple[str, str | None, bool]:
        """Record a person (private) with the organization they are written with; ``(organization, title, staff)``:
        « Citoyenne (engagée) » is a title, not an organization; « coordonnatrice de la Table » a function (staff,
        sitting for no organization)."""
        org = (org or "").strip(" .;—-")
        if knowledge().generic_sector(org) == "citoyens" or FUNCTION.match(org):
            self.ex.persons.append(PersonP(name, None, org, self.source(snippet)))
            return "", org, bool(FUNCTION.match(org))
        self.ex.persons.append(PersonP(name, org or None, None, self.source(snippet)))
        return org, None, False

    def seated_person(self, committee: str, name: str, org: str | None, snippet: str, role: str = "membre") -> None:
        """A person sitting on a committee for an organization: the person (private) and the organization, both
        members; a staff member sits for no one."""
        org, title, staff = self.add_person(name, org, snippet)
        if staff:
            return
        self.add_member(committee, name, role if not title else f"{role} ({title})", snippet, person=name)
        if org:
            self.add_member(committee, org, role, snippet)

    def footnote(self, t: str) -> bool:
        """« …partenaires locaux.¹ » marks the action being read; « ¹ Fiduciaire : X » (or « ¹ Les sommes sont
        versées à X, qui agit comme fiduciaire ») at the foot of the page names that action's fiduciary."""
        mark = re.search(rf"([{SUPERSCRIPTS}]+)\s*$", t)
        if mark and len(t) > len(mark.group(1)) + 3 and self._numbered:
            self._footnotes[mark.group(1)] = self._numbered
        note = re.match(rf"^([{SUPERSCRIPTS}]+)\s*(.+)$", t)
        if not note:
            return False
        action = self._footnotes.get(note.group(1))
        found = field_line(note.group(2))
        name = found[1] if found and found[0] == "FIDUCIARY_OF" else prose_fiduciary(note.group(2))
        if action and name:
            self._action_roles.setdefault(action, []).append((name.rstrip(" ."), "FIDUCIARY_OF", DESIGNATED, t))
        return True

    def action_roles_to_projects(self) -> None:
        """The roles kept by numbered action, given to its project: the one with that number, else the one whose
        (short) title the action's title holds whole."""
        for (number, title), roles in self._action_roles.items():
            project = next((p for p in self.ex.projects if p.number == number), None)
            if project is None:
                want = stems(title)
                held = [p for p in self.ex.projects if stems(p.title) and stems(p.title) <= want]
                project = held[0] if len(held) == 1 else None
            if project is None:
                continue
            for mention, rel, role, snippet in roles:
                self.add_role([project], mention, rel, role, snippet)

    def key_value_row(self, cells: list[str], texts: list[str]) -> bool:
        """« Responsable(s) | A / B », « Budget 2026-2027 | 16 000 $ »: a two-column table under a project's heading
        (a « Fiche-action ») read as that project's field lines; its other rows (« Axe », « Personne-ressource »)
        are details, never projects."""
        if not (self.freetext and self.project is not None and len(texts) == 2 and texts[0] and texts[1]):
            return False
        value = " ; ".join(x for x in parts(cells[1]) if x.strip()) or texts[1]
        line = f"{texts[0].rstrip(' :')} : {value}"
        if not self.field(line):
            self.project.details[texts[0].rstrip(" :")] = texts[1]
        return True

    def committee_columns_row(self, line: Line, texts: list[str]) -> bool:
        """Committees side by side, one per column (« Comité A | Comité B | Comité C », their members in the cells
        below): each cell of the following rows lists members of its column's committee."""
        if len(texts) >= 2 and all(t and len(t) <= 80 and MATRIX_BODY.match(t) and not has_budget(t) for t in texts):
            self.columns = [self.add_committee(cap(t)) for t in texts]
            return True
        if not self.columns or len(texts) != len(self.columns) or header_roles(texts):
            self.columns = None
            return False
        for committee, cell in zip(self.columns, line.cells):
            for item in parts(cell):
                self.member_item(committee, item, line.text.replace("\t", " | "))
        return True

    def member_item(self, committee: str, item: str, snippet: str) -> None:
        """One item of a cell listing a committee's members: a person with her organization or function, else the
        names it holds (:func:`~names.split_list`)."""
        if person_line(item) or PERSON_PAREN.match(item):  # « Prénom Nom, fonction (Organisation) »
            self.list_item(committee, item)
            return
        if VACANT_LINE.match(item) or re.match(r"(?i)^(?:ouverte?s?|compos[ée]e?s?|form[ée]e?s?)\s", item):
            return  # « Ouverte à toutes les organisations… »: what the instance is, not a member
        for member in fiduciary_annotations(self.list_names(item))[0]:
            self.add_member(committee, member, "membre", snippet)

    def matrix_row(self, line: Line, texts: list[str]) -> bool:
        """A membership matrix (« Organisation | Comité A | Comité B », one organization per row, « X » where it
        sits): the header's bodies become committees, each marked cell a membership."""
        bodies = [t for t in texts[1:] if t]
        if len(bodies) >= 2 and len(bodies) == len(texts) - 1 and all(MATRIX_BODY.match(t) for t in bodies):
            self.matrix = [self.add_committee(cap(t)) for t in texts[1:]]
            return True
        if self.matrix and len(texts) == len(self.matrix) + 1 and texts[0] and \
                all(not t or fold(t) in MATRIX_MARKS for t in texts[1:]):
            for committee, mark in zip(self.matrix, texts[1:]):
                if mark:
                    self.add_member(committee, texts[0], "membre", line.text.replace("\t", " | "))
            return True
        self.matrix = None
        return False

    def row(self, line: Line) -> None:
        roles = self.header or []
        prev = self._prev_cells
        merged_budget = [i for i, c in enumerate(line.cells) if c == MERGED and i < len(roles)
                         and roles[i].startswith("budget")]
        # a cell merged with the one above says the same thing (responsible, partners…); a merged budget is shared
        cells = [("" if i in merged_budget else (prev[i] if i < len(prev) else "")) if c == MERGED else c
                 for i, c in enumerate(line.cells)]
        # « Idem » in a fiduciary cell is the row's responsible (« l'organisme responsable agit aussi comme
        # fiduciaire »); elsewhere it repeats the cell above
        lead = roles.index("responsible") if "responsible" in roles and len(cells) == len(roles) else None
        cells = [c if not IDEM.match(plain(c)) else
                 cells[lead] if lead is not None and i < len(roles) and roles[i] == "fiduciary" else
                 prev[i] if i < len(prev) else "" for i, c in enumerate(cells)]
        self._prev_cells = cells
        starred = [p.strip(" *") for c in cells for p in parts(c)
                   if self.star_fiduciary and p.rstrip().endswith("*") and len(p.strip(" *")) > 2]
        if starred:  # « Maison X* » with « * Organisme fiduciaire de l'action » under the table
            cells = [c.replace("*", "") for c in cells]
        texts = [plain(c) for c in cells]
        # align the row on the header: by count, else by the responsible cell
        mapping: dict[str, int] = {}
        if len(cells) == len(roles):
            for i, r in enumerate(roles):
                mapping.setdefault(r, i) if r not in mapping else None
        else:
            resp_idx = next((i for i, t in enumerate(texts) if re.match(r"^(comit[ée] porteur|\S+ fiduciaire)", t,
                                                                          re.I)), None)
            offset = (resp_idx - roles.index("responsible")) if (resp_idx is not None and "responsible" in roles) \
                else 0
            for i in range(len(cells)):
                j = i - offset
                if 0 <= j < len(roles):
                    mapping.setdefault(roles[j], i)
        get = lambda r: cells[mapping[r]] if r in mapping and mapping[r] < len(cells) else ""  # noqa: E731
        budget_idx = next((i for i in range(len(cells) - 1, -1, -1) if has_budget(cells[i])
                           or re.search(r"voir budget", texts[i], re.I)), None)
        if budget_idx is not None:
            mapping["budget"] = budget_idx
        if self.annex_project is not None:
            self.annex_row(cells, texts, roles, get)
            return
        first = next((x for x in texts if x), "")
        if re.match(r"(?i)^(?:sous-)?total\b", first):
            return  # « Total axe 1 »: a sum, neither a project nor a budget line
        if not {"action", "objective"} & set(roles) and re.match(r"(?i)^(?:axe|orientation|priorit|enjeu|volet)\b",
                                                                  first):
            return  # « Axe 1 – … | 35 450 $ »: a summary of an axis's amounts
        objective, action = get("objective"), get("action")
        if action and has_budget(action) and "budget" not in roles:
            action = ""
        action, inline_fields = inline(action) if action else (action, [])  # « Titre (fiduciaire : X) »
        if plain(objective):
            m = re.match(r"^(\d+(?:\.\d+)?)\b", plain(objective))
            if m and "." in m.group(1):
                self.section["objective"] = f"Objectif {m.group(1)}"
        projects = self.projects_of(action) if plain(action) else ([self.project] if self.project else [])
        if not projects:
            return
        number = plain(get("number")).rstrip(".")
        if re.fullmatch(r"\d+(?:\.\d+)*", number) and projects[0].number is None and number not in self.seen_numbers:
            projects[0].number = number  # « No | Action | … »: the number in its own column
            self.seen_numbers[number] = projects[0]
        for name in starred:
            self.responsible(projects[:1], name, "FIDUCIARY_OF", DESIGNATED)
        if plain(action):
            self.freetext = False
        for field, value in inline_fields:
            self.labelled_field(projects[:1], field, value)
        resp = get("responsible")
        if resp:
            self.responsible(projects, resp, "LEADS", "responsable")
        for i in [i for i, r in enumerate(roles) if r == "responsible"][1:] if len(cells) == len(roles) else []:
            if texts[i].strip(" —-"):  # « Porteur | Co-porteur »: both lead
                self.responsible(projects, cells[i], "LEADS", "co-porteur")
        if plain(action):
            self.inherit_leads(projects)
        partner = get("partner")
        if partner and not RESULT_WORDS.search(plain(partner)) and len(plain(partner)) < 400:
            self.responsible(projects[:1], partner, "PARTNER_IN", "partenaire")
        fiduciary = get("fiduciary")
        if fiduciary and len(plain(fiduciary)) < 300:
            self.responsible(projects[:1], fiduciary, "FIDUCIARY_OF", DESIGNATED)
        res = get("resources")
        if res:
            self.resources(projects, res, roles=len(projects) == 1)
        sched = get("schedule")
        if sched and plain(action):
            for p in projects:
                p.period = p.period or period_of(sched)
        for r, label in (("results", "Résultats attendus"), ("indicators", "Indicateurs"),
                         ("schedule", "Échéancier"), ("steps", "Étapes")):
            text = " ; ".join(parts(get(r))) if get(r) else ""
            if text:
                d = projects[0].details
                d[label] = (d.get(label, "") + " ; " + text).strip(" ;")
        for i in merged_budget:
            for b in self._last_budgets.get(i, []):
                if projects[0].key not in b.projects:
                    b.projects.append(projects[0].key)
        last = {}
        for i, role in enumerate(roles[: len(cells)]):
            if role.startswith("budget:") and len(cells) == len(roles):
                fy = re.search(FISCAL_YEAR, role)
                amounts = [a for _, a in budget_lines(cells[i])]
                if not amounts and re.fullmatch(r"\d{1,3}(?:[ \u00a0]?\d{3})*(?:,\d{1,2})?", plain(cells[i])):
                    amounts = [plain(cells[i]) + "$"]
                before = len(self.ex.budgets)
                for amount in amounts:
                    text = f"{fy.group(0)} {amount}" if fy else amount
                    self.add_budget(projects[:1], text, plain(cells[i]))
                last[i] = self.ex.budgets[before:]
        if last:
            self._last_budgets = last
        held = re.search(r"(?i)\bfiduciaire\s*:\s*(.+)$", plain(get("budget"))) if "budget" in mapping else None
        if held:  # « 2026-2027 : 21 500 $ Fiduciaire : CDC X »: the budget cell names the fiduciary
            self.responsible(projects[:1], held.group(1), "FIDUCIARY_OF", DESIGNATED)
        if "budget" in mapping and not any(r.startswith("budget:") for r in roles):
            b = cells[mapping["budget"]]
            refs = project_refs(b)
            if re.search(r"voir budget", plain(b), re.I):
                projects[0].budget_refs.extend(refs)
            else:
                b = dated_amounts(b, get("schedule"))
                self.add_budget([self._budget_target(projects[0], b)], b)
                if refs:
                    projects[0].budget_refs.extend(r for r in refs if r != projects[0].number)
        if not plain(action) and action:
            self.scan_text(projects[:1], action)
        if plain(action):
            self.unnamed_committee(action, cells)
        if plain(objective):
            self.committee_mentions(plain(objective))
        single = len(projects) == 1
        for r in ("results", "indicators", "steps", "other", "schedule"):
            if get(r):
                self.scan_text(projects[:1], get(r), roles=single, names_as_roles=False)

    def _budget_target(self, project: ProjectP, cell: str) -> ProjectP:
        """The project a budget cell of the single « Budget » column belongs to. Normally the row's own; but when
        a cell repeats the cell above for a later fiscal year (:func:`~loaders.importer.budget.continues`), the
        column slid down by one row at extraction: that cell is the item above's next year, and each following
        cell belongs to the row above its own (until the table ends)."""
        pairs = budget_lines(cell)
        if project not in self._budget_rows:
            self._budget_rows.append(project)
        target = project
        if self._budget_cells and continues(self._budget_cells[-1][1], pairs):
            target = self._budget_cells[-1][0]
            self._budget_shift += 1
        elif self._budget_shift:
            i = self._budget_rows.index(project) - self._budget_shift
            if i >= 0 and not any(p is self._budget_rows[i] for p, _ in self._budget_cells):
                target = self._budget_rows[i]
        self._budget_cells.append((target, pairs))
        return target

    def organized_instance(self, p: ProjectP, text: str) -> None:
        """A secondary action that is an instance (« 2.1.3.1 Comité de suivi des jeunes ») under an action whose
        verb organizes (« 2.1.3 Programmer / Organiser / Animer… »): the concertation's organization coordinates
        that instance."""
        if not p.number or p.number.count(".") < 3:
            return
        parent = self.seen_numbers.get(p.number.rsplit(".", 1)[0])
        m = COMMITTEE.match(text)
        if parent is None or m is None or not ORGANIZING.match(parent.description or parent.title or ""):
            return
        name = next((c.name for c in self.ex.committees.values()
                     if fold(text).startswith(fold(c.name))), None)
        if name:
            self.add_member(name, CARRIER, "coordination", f"{parent.number} {short(parent.description, 80)} "
                                                            f"/ {p.number} {short(text, 80)}")

    def unnamed_committee(self, action: str, cells: list[str]) -> None:
        """« la co-coordination du comité » without a name: the one committee the row names in another cell."""
        t = plain(action)
        if not re.search(r"\b(?:co-?coordination|coordination|animation|organisation|coordonner|animer|organiser)"
                         r"\s+du\s+comit[ée]\s*(?:[.;,•]|$)", t, re.I):
            return
        named = {self.add_committee(n) for c in cells if c != action
                 for n in split_names("\n".join(parts(c)), self.ex.lexicon)
                 if fold(n).startswith("comite ") and len(n.split()) >= 2}
        if len(named) == 1:
            self.add_member(named.pop(), CARRIER, "coordination", short(t, 240))

    def inherit_leads(self, projects: list[ProjectP]) -> None:
        """Secondary actions continued on the next page take the responsible of their action (1.1.3 → 1.1.3.1)."""
        for p in projects:
            if not p.number or p.number.count(".") < 3:
                continue
            parent = self.seen_numbers.get(p.number.rsplit(".", 1)[0])
            if parent is None:
                continue
            have = {r.mention for r in self.ex.roles if r.project == p.key and r.rel == "LEADS"}
            for r in [r for r in self.ex.roles if r.project == parent.key and r.rel == "LEADS"]:
                if r.mention not in have:
                    self.ex.roles.append(RoleP(p.key, r.mention, r.rel, r.role, r.source))

    def projects_of(self, action: str) -> list[ProjectP]:
        """The projects an action cell starts: numbered actions (and their secondary actions), ``PROJET n``, or
        one action titled by its first bold text."""
        t = plain(action)
        numbers = list(NUMBERED.finditer(t))
        if numbers:
            out, main = [], None
            for i, m in enumerate(numbers):
                end = numbers[i + 1].start() if i + 1 < len(numbers) else len(t)
                text = t[m.end():end].strip()
                number = m.group(1)
                if number in self.seen_numbers:
                    continue
                p = self.add_project(text or number, text, number)
                self.seen_numbers[number] = p
                self.scan_text([p], text, as_roles=True)
                self.organized_instance(p, text)
                if main is None or number.count(".") <= main.number.count("."):
                    main = p
                out.append(p)
            if out:
                self.project = out[0]
                return out
        m = re.search(r"\bprojet\s*(\d+)\b\s*[-–:]?\s*", t, re.I)
        bolds = [b for b in bold_segments(action) if not re.fullmatch(r"(?i)projet\s*\d+\s*[-–:]?", b)
                 and fold(b) not in {"direct", "intermediaire"}]
        if m:
            rest = t[m.end():]
            bold_all = bold_segments(action)
            at = next((i for i, b in enumerate(bold_all) if re.match(r"(?i)^projet\s*\d+", b)), None)
            after = [b for b in bold_all[at:] if fold(b) not in {"direct", "intermediaire"}] if at is not None else []
            named = re.sub(r"(?i)^projet\s*\d+\s*[-–:]?\s*", "", after[0]) if after else ""
            title = named or (after[1] if len(after) > 1 else (bolds[0] if bolds else rest))
            title = re.sub(r"(?i)^projet\s*\d+\s*[-–:]?\s*", "", title)
            p = self.add_project(title, rest, m.group(1))
            self.scan_text([p], rest)
            return [p]
        title = bolds[0] if bolds and plain(action).startswith(bolds[0][:10]) else (parts(action) or [t])[0]
        same = self._prose_projects.get(norm(title)) or next(
            (p for p in self.ex.projects if norm(p.title) == norm(title)), None) or self.project_referred(title)
        if same is not None:  # a row of a project a sentence or a fiche introduced (« Sommaire budgétaire »)
            self.project = same
            return [same]
        p = self.add_project(title, t)
        self.scan_text([p], t)
        return [p]

    def resources(self, projects: list[ProjectP], text: str, roles: bool = True) -> None:
        k = knowledge()
        t = "\n".join(parts(text))
        t = re.sub(r"(?i)\b(coordonnatrice|coordonnateur|secr[ée]taire|agente? de projet"
                   r"|agente? de d[ée]veloppement(?: de la| du| de l'| des)?)(?=\s|$|,)", "\n", t)
        for name in split_names(t, self.ex.lexicon):
            low = fold(name)
            if low.startswith(("comite", "comites")):
                if not low.startswith("comites"):
                    committee = self.add_committee(name)
                    for p in projects:
                        p.committee = p.committee or committee
                continue
            if k.is_staff(name):
                continue
            if roles:
                self.add_role(projects, name, "PARTNER_IN", "ressource", text)
            else:
                self.ex.mentions.append((name, self.source(text)))

    def annex_row(self, cells, texts, roles, get) -> None:
        p = self.annex_project
        years = [(i, re.search(FISCAL_YEAR, r).group(0)) for i, r in enumerate(roles) if r.startswith("budget:")]
        if years:  # « Poste | 2026-2027 | 2027-2028 »: the items are details, the « Total » row is the budget
            if fold(texts[0]).startswith("total"):
                for i, fy in years:
                    if i < len(texts) and has_budget(texts[i]):
                        self.add_budget([p], f"{fy} : {texts[i]}", " ".join(texts))
            return
        if len([x for x in texts if x]) == 2 and has_budget(texts[-1]) and not re.search(FISCAL_YEAR, texts[-1]):
            self.cost_rows.append((texts[0], texts[-1], self.source(" ".join(texts))))
            if fold(texts[0]).startswith("total"):
                self.add_budget([p], texts[-1], " ".join(texts))
                self.cost_rows = []
            return
        resp = get("responsible")
        if resp:
            t = "\n".join(parts(resp))
            for name in split_names(t, self.ex.lexicon):
                if fold(name).startswith("comite"):
                    p.committee = p.committee or self.add_committee(name)
                    continue
                self.add_role([p], name, "LEADS", "responsable", resp)
        for r in ("action", "objective", "other"):
            if get(r):
                self.scan_text([p], get(r))
        sched = get("schedule")
        if sched:
            period = period_of(sched)
            if period:
                p.period = (min(period[0], p.period[0]), max(period[1], p.period[1])) if p.period else period

    def run(self) -> Extraction:
        doc = self.doc
        singles = Counter(plain(ln.text) for ln in doc.lines if not ln.is_row and plain(ln.text))
        # a running header or footer, written on each page: never a field line nor a list item (« • Fiduciaire : X »
        # may well be written three times)
        running = {t for t, n in singles.items() if n >= 3 and len(t) < 90 and not field_line(t)
                   and not re.match(r"^[•◦▪*·]\s", t)}
        self.joined = _join_broken(doc.lines)  # lines the extraction broke, joined back (read once)
        self._find_period(running)
        self._year_names()
        self._lexicon()
        texts = [len(plain(ln.text)) for ln in doc.lines if not ln.is_row]
        # a PDF, or a text file hard-wrapped at a fixed width, wraps a paragraph over full-width lines
        self._wrap = int(0.75 * max(texts)) if doc.kind in ("pdf", "txt") and texts else 0
        for line in self.joined:
            self.prose_feed(line)
            self.line = line
            heading_committee = self.list_committee
            if line.is_row:
                self.list_committee = None
            else:
                self.special = self.columns = None
            cells = [c for c in line.cells]
            texts = [plain(c) for c in cells]
            nonempty = [i for i, t in enumerate(texts) if t]
            if not nonempty or is_noise(line.text.replace("\t", " ")):
                continue
            if plain(line.text) in running or (len(nonempty) == 1 and texts[nonempty[0]] in running):
                continue
            if line.is_row:
                if self.table_row(line, texts, heading_committee) or self.committee_columns_row(line, texts) or \
                        self.matrix_row(line, texts) or \
                        self.key_value_row(cells, texts):
                    continue
                roles = header_roles([self.year_names.get(fold(re.sub(r"\s+", " ", t)), c)
                                      for c, t in zip(cells, texts)])
                if roles and not ({"objective", "action", "responsible", "partner"} & set(roles)):
                    if self.header is not None and len(roles) == len(self.header):
                        continue  # a second header line ("Date", "Étapes")
                if roles:
                    if self.annex_project is None and self.project is not None:
                        self.end_project()
                    self.header = roles
                    self._budget_rows, self._budget_cells, self._budget_shift = [], [], 0
                    continue
                if all(fold(texts[i]) in {"date", "etapes", "étapes"} for i in nonempty):
                    continue
                if len(nonempty) == 1 and nonempty[0] == 0 or (
                        len(nonempty) == 2 and nonempty == [0, 1] and texts[0].endswith(":")):
                    self.text_line(line, " ".join(cells[i] for i in nonempty))
                    continue
                if self.header is None:
                    self.header = ["other"] * len(cells)
                self.row(line)
            else:
                self.text_line(line, line.cells[0])
        self.prose_flush()
        self.end_project()
        self.action_roles_to_projects()
        if self._plan_fiduciary:  # « … transite par X, fiduciaire de la démarche »: every project
            name, sentence = self._plan_fiduciary
            self.add_role(self.ex.projects, name, "FIDUCIARY_OF", "fiduciaire de la démarche", sentence)
        self.prose_budgets()
        _link_budget_refs(self.ex)
        # a fund or program named without a role (« par l'entremise du Fonds X (FX) ») is a source of money, not an
        # organization of the plan; one a project names as its partner stays, to be reviewed
        self.ex.mentions = [(m, src) for m, src in self.ex.mentions if not NOT_ORGANIZATION.match(m)]
        return self.ex

    # -- running prose ---------------------------------------------------------------------------------------
    def prose_feed(self, line: Line) -> None:
        """Gather a paragraph's lines (a PDF wraps a paragraph over full-width lines) and read its sentences when
        it ends (before the next line is read, so that sections are still those of the paragraph)."""
        t = plain(line.text) if not line.is_row else ""
        last = plain(self._para[-1].text) if self._para else ""
        # a text file's hard-wrapped line ends mid-sentence (a PDF's full line may end a sentence)
        mid = self.doc.kind != "txt" or not re.search(r"[.!?$:;»)]$", last)
        if (t and self._para and self._wrap and mid and len(last) >= self._wrap and not last.endswith(":")
                and not re.match(r"^(?:[-–•◦▪*·]\s|\d+(?:\.\d+)*\.?\s+[A-ZÀ-Ý][^.]{0,60}$)", t)):
            self._para.append(line)
            return
        self.prose_flush()
        if t and not re.match(r"^[-–•◦▪*·]\s", t):
            self._para.append(line)

    def prose_flush(self) -> None:
        if not self._para:
            return
        lines, self._para = self._para, []
        text = " ".join(plain(ln.text) for ln in lines)
        saved = self.line
        self.line = lines[0]
        try:
            self.prose(text)
        finally:
            self.line = saved

    def prose(self, text: str) -> None:
        """Roles, members and fiduciaries written in sentences (:func:`~patterns.prose_project`,
        :func:`~patterns.prose_members`, :func:`~patterns.prose_fiduciary`); amounts « 14 000 $ en 2026-2027 »
        of the project a sentence introduced are its budget lines unless a table gives that year's amount."""
        if len(text) < 20:
            return
        section = self.section_path()
        if self._prose_current and self._prose_current[1] != section:
            self._prose_current = None
        for sentence in sentences(text):
            found = prose_project(sentence)
            if found:
                key = norm(found["title"])
                p = self._prose_projects.get(key)
                if p is None:
                    current = self.project
                    p = self.add_project(found["title"], sentence)
                    self.project = current
                    self._prose_projects[key] = p
                self._prose_current = (p, section)
                for name in found["leads"]:
                    self.add_role([p], name, "LEADS", "responsable", sentence)
                for name in found["partners"]:
                    self.add_role([p], name, "PARTNER_IN", "collaboration", sentence)
            members = prose_members(sentence)
            pronoun = re.match(r"^(?:Il|Elle|Celui-ci|Celle-ci)\s+(.+)$", sentence)
            if members is None and pronoun and self._last_body:  # « Il est composé de … »: the body just named
                members = prose_members(f"Le {self._last_body} {pronoun.group(1)}")
            body = subject_body(sentence)
            if body:
                self._last_body = body
            if members:
                committee = self.add_committee(cap(members[0]))
                for name in members[1]:
                    if name not in {m.mention for m in self.ex.members if m.committee == committee}:
                        self.add_member(committee, name, "membre", sentence)
            if self._numbered and self.project is None and not self._prose_current:
                leads, partners = action_roles(sentence)
                kept = self._action_roles.setdefault(self._numbered, [])
                kept += [(n, "LEADS", "responsable", sentence) for n in leads]
                kept += [(n, "PARTNER_IN", "partenaire", sentence) for n in partners]
            for name in prose_funders(sentence):  # bailleurs: organizations of the plan, no project role
                self.ex.mentions.append((name, self.source(sentence)))
            whole = plan_fiduciary(sentence)
            if whole:
                self._plan_fiduciary = (whole, sentence)
                continue
            fiduciary = prose_fiduciary(sentence)
            current = self._prose_current[0] if self._prose_current else (
                self.project if self.freetext else None)  # the sentence of a « Projet N – … » block
            if fiduciary and current is not None:  # a fiduciary named apart: the lead keeps its own role
                self.add_role([current], fiduciary, "FIDUCIARY_OF", DESIGNATED, sentence)
            if current is not None and not re.search(r"(?i)\btotal", sentence):  # a sum is no project's amount
                # « Le projet dispose de 24 000 $ en 2026-2027 et de 20 000 $ en 2027-2028. »
                per_year = dated_amounts(sentence)
                if per_year != sentence:
                    for fy, amount in budget_lines(per_year):
                        self._prose_budgets.append((current, fy, amount, sentence))
                    continue
                for m in re.finditer(rf"({AMOUNT})[^\d$.;]{{0,40}}?\b(?:en|pour)\s+({FISCAL_YEAR})", sentence):
                    self._prose_budgets.append((current, m.group(2), m.group(1), sentence))

    def prose_budgets(self) -> None:
        have = {(k, b.fiscal_year) for b in self.ex.budgets for k in b.projects}
        for p, fy, amount, sentence in self._prose_budgets:
            lines = budget_lines(f"{fy} {amount}")
            if lines and (p.key, lines[0][0]) not in have:
                self.add_budget([p], f"{fy} {amount}", sentence)
                have.add((p.key, lines[0][0]))

    def _year_names(self) -> None:
        """« An 1 correspond à 2026-2027 et An 2 à 2027-2028 »: the fiscal years budget columns are named after;
        « * Organisme fiduciaire de l'action » under a table: a name marked « * » is the action's fiduciary."""
        for line in self.doc.lines:
            t = plain(line.text)
            for m in re.finditer(rf"(?i)\b(an(?:n[ée]e)?\s*\d)\b\D{{0,25}}?({FISCAL_YEAR})", t):
                self.year_names.setdefault(fold(re.sub(r"\s+", " ", m.group(1))), m.group(2))
            if re.match(r"(?i)^\*+\s*(?:organisme\s+)?fiduciaire", t):
                self.star_fiduciary = True

    def _find_period(self, running: set[str]) -> None:
        candidates = list(running) + [plain(ln.text) for ln in self.doc.lines[:60]]
        for t in candidates:
            m = re.search(r"plan d.action\D{0,80}?((?:19|20)\d\d)(?:\s*[-–à]\s*((?:19|20)\d\d))?", t, re.I)
            if m:
                start = int(m.group(1))
                end = int(m.group(2)) if m.group(2) else start
                if start <= end:
                    self.ex.period = (start, end)
                    self.ex.title = short(t, 120)
                    return

    def _lexicon(self) -> None:
        """Names the document writes one per line or per list item: they teach how to split the runs."""
        lex: set[str] = set()
        run: list[str] = []

        def flush():
            if len(run) >= 3:
                lex.update(norm(x) for x in run)
            run.clear()

        for line in self.doc.lines:
            for cell in line.cells if self.doc.kind != "pdf" else ():  # a PDF cell's lines are where it wrapped
                ps = parts(cell)
                if len(ps) >= 3:  # one name per line of the cell, however long
                    lex.update(norm(p) for p in ps if namelike(p) or (
                        p[:1].isupper() and len(p.split()) <= 8 and not re.search(r"[.!?:]$|\d{2,}", p)))
            t = plain(line.text)
            if not line.is_row and t and namelike(t):
                run.append(t)
            elif t:
                flush()
        flush()
        for line in self.joined:  # items of « Comité X : A, B » and « Partenaires : A, B » lines
            t = plain(line.text)
            m, f = (COMMITTEE_LINE.match(t), field_line(t)) if not line.is_row else (None, None)
            value = m.group(2) if m else (f[1] if f and f[0] in ("LEADS", "PARTNER_IN", "FIDUCIARY_OF") else "")
            items = split_list(value.rstrip(". ")) if value else []
            if len(items) >= 2 or (f and items):
                lex.update(norm(x) for x in items if namelike(x) or is_acronym(x.split()[0]))
        for line in self.doc.lines + self.joined:  # « Nom complet (SIGLE) »: the short form is
            for name, acronym in definitions(plain(line.text)):          # one name (« CJE HSF »), even wrapped
                lex.update((norm(name), norm(acronym), norm(f"{name} ({acronym})")))
        self.ex.lexicon = {x for x in lex if x}


def stems(text: str) -> set[str]:
    """The words of a title that say what it is about: their first five letters, words of four letters or more."""
    return {w[:5] for w in re.findall(r"[a-z0-9]+", fold(text)) if len(w) >= 4}


def _opens(cell: str) -> int:
    return len(re.findall(r"<(?:p|li|td)\b", cell, re.I)) - len(re.findall(r"</(?:p|li|td)>", cell, re.I))


def _join_broken(lines: list[Line]) -> list[Line]:
    r"""Lines the extraction broke where a cell or a list had a line break, joined back:

    - a table row whose last cell opens a paragraph (``<p>``) it does not close, and the next line, which closes
      it: one row (the broken cell's two halves joined by a line break);
    - a table row with fewer cells than the table's header, and the next row, which goes on with a lower-case
      word, together exactly the header's count of cells (the broken cell counted once);
    - « Comité X : A, B, C » and field lines (« Partenaires : A, B », « Coût estimé 2026-2027 : 11⏎250 $ »)
      wrapped onto the next line: the next line continues the list when it follows directly, is short, starts no
      new label, number (but the rest of a broken amount) or heading, and the line before did not end a sentence.

    >>> doc = Document.from_text("t", "Action\tResponsable\tBudget\n"
    ...                          "<p>Ateliers</p>\t<p>Centre de\nquartier</p>\t<p>900 $</p>")
    >>> [ln.cells for ln in _join_broken(doc.lines)][1]
    ['<p>Ateliers</p>', '<p>Centre de\nquartier</p>', '<p>900 $</p>']
    >>> doc = Document.from_text("t", "Action\tResponsable\tBudget\nAteliers\tCentre de\nquartier\t900 $")
    >>> [ln.cells for ln in _join_broken(doc.lines)][1]
    ['Ateliers', 'Centre de\nquartier', '900 $']
    >>> doc = Document.from_text("t", "Action\tResponsable\tBudget\nCoûts\nLoyer\t900 $\nAteliers\t500 $")
    >>> len(_join_broken(doc.lines))  # two rows of another table (a cost table): not one broken row
    4
    >>> doc = Document.from_text("t", "Comité logement : Ville de\nLac-Vert, Centre Horizon\n\nOrientation 2")
    >>> [ln.text for ln in _join_broken(doc.lines) if ln.text]
    ['Comité logement : Ville de Lac-Vert, Centre Horizon', 'Orientation 2']
    """
    out: list[Line] = []
    width = 0
    i = 0
    last: dict[int, int] = {}  # a joined line (by id) -> the number of the last line joined into it
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        adjacent = nxt is not None and nxt.number == last.get(id(line), line.number) + 1 and nxt.page == line.page
        if line.is_row and header_roles(line.cells):
            width = len(line.cells)
        elif not line.is_row and plain(line.text):
            width = 0  # text between tables: the next rows belong to another table
        if line.is_row and adjacent and plain(nxt.text) and (
                (_opens(line.cells[-1]) > 0 and _opens(nxt.cells[0]) < 0)
                or (width and len(line.cells) < width and nxt.is_row
                    and len(line.cells) + len(nxt.cells) - 1 == width and not header_roles(nxt.cells)
                    and plain(nxt.cells[0])[:1].islower())):
            cells = line.cells[:-1] + [line.cells[-1] + "\n" + nxt.cells[0]] + nxt.cells[1:]
            joined = Line(cells, line.number, line.page)
            last[id(joined)] = nxt.number
            lines = lines[:i] + [joined] + lines[i + 2:]
            continue
        t = plain(line.text)
        if not line.is_row and adjacent and not nxt.is_row and re.match(r"^\s*[-–•◦▪*·]\s", t) and \
                re.match(r"^(?:\([^()]{1,40}\)|[a-zà-ÿ][^.:]{0,60})$", plain(nxt.text)) and not t.endswith("."):
            joined = Line([line.text + " " + plain(nxt.text)], line.number, line.page)  # « • Nom…⏎(SIGLE) »
            last[id(joined)] = nxt.number
            lines = lines[:i] + [joined] + lines[i + 2:]
            continue
        if not line.is_row and adjacent and not nxt.is_row and t and ends_with_connector(t) and \
                re.match(r"^[A-ZÀ-Ýa-zà-ÿ(]", plain(nxt.text)):
            joined = Line([t + " " + plain(nxt.text)], line.number, line.page)  # « … services sociaux de⏎X (SIGLE) »
            last[id(joined)] = nxt.number
            lines = lines[:i] + [joined] + lines[i + 2:]
            continue
        if not line.is_row and adjacent and not nxt.is_row and (COMMITTEE_LINE.match(t) or field_line(t)):
            n = plain(nxt.text)
            amount_goes_on = bool(re.search(r"\d$", t) and re.match(r"^(?:\d{3}\b[^:]*|\$)$", n))  # « 11⏎250 $ »
            sentence = bool(re.match(r"^(?:Le|La|Les|L['’]|Un|Une|Aucune?|Ce|Cette|Ces)\s+[a-zà-ÿ]", n)) or (
                has_budget(n) and not amount_goes_on and not (field_line(t) and field_line(t)[0] == "budget"))
            if n and len(n) < 120 and not t.endswith(".") and not sentence and \
                    (amount_goes_on or not re.match(r"^[-–•◦▪*·\d]", n)) \
                    and not COMMITTEE_LINE.match(n) and not field_line(n) and ":" not in n[:40] \
                    and not BUDGET_YEAR_HEADING.match(n) \
                    and not re.match(r"(?i)^(orientation|axe|objectif|enjeu|priorit|projet|action|mesure|fiche|"
                                     r"annexe)\b", n):
                joined = Line([t + " " + n], line.number, line.page)
                last[id(joined)] = nxt.number
                lines = lines[:i] + [joined] + lines[i + 2:]
                continue
        out.append(line)
        i += 1
    return out


def parse_plan(doc: Document) -> Extraction:
    """Everything the document says, as mentions with their sources (nothing resolved yet)."""
    return _Parser(doc).run()


def _link_budget_refs(ex: Extraction) -> None:
    """« Projet 2 et 3 » and « voir budget projet 1 »: budget lines shared by several projects of a section."""
    by_section: dict[str, dict[str, ProjectP]] = {}
    for p in ex.projects:
        sec = p.key.rsplit(" #", 1)[0]
        if p.number:
            by_section.setdefault(sec, {})[p.number] = p
    for p in ex.projects:
        if not p.budget_refs:
            continue
        sec = p.key.rsplit(" #", 1)[0]
        peers = by_section.get(sec, {})
        for ref in p.budget_refs:
            other = peers.get(ref)
            if other is None or other is p:
                continue
            for b in ex.budgets:
                if other.key in b.projects and p.key not in b.projects:
                    b.projects.append(p.key)
                elif p.key in b.projects and other.key not in b.projects:
                    b.projects.append(other.key)
