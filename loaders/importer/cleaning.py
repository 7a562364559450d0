"""Cleaning the text of extracted cells: HTML fragments, bold markers, escaped dollars, non-breaking spaces,
bullets; splitting a cell into its parts (paragraphs, list items, wide gaps).

>>> parts("<p>Comité porteur: CISSS</p> <ul><li>- Panda</li></ul>")
['Comité porteur: CISSS', 'Panda']
>>> plain("<b>2026-2027</b> 17 280\\\\$")
'2026-2027 17 280$'
>>> bold_segments("<p><b>PROJET 2</b> <b>Réinvestir</b> les outils</p>")
['PROJET 2', 'Réinvestir']
>>> norm("Ville de L’Assomption !")
'ville de l assomption'
"""
from __future__ import annotations

import html
import re
import unicodedata

_BLOCK = re.compile(r"</?(?:p|li|ul|ol|div|br|tr|td|h\d)\b[^>]*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009\u2007]+")
_WIDE_GAP = re.compile(r"[ \u00a0]{3,}")
_BULLET = re.compile(r"^\s*(?:[-–•◦▪*→⇒·●○■□]|\d+\)|[a-z]\))\s+")
_BOLD = re.compile(r"<b>(.*?)</b>|<strong>(.*?)</strong>|\*\*(.+?)\*\*", re.I | re.S)


def unescape(text: str) -> str:
    """Entities, ``\\$`` and ``\\*`` escapes, typographic apostrophes and non-breaking spaces made plain."""
    text = html.unescape(text or "")
    text = text.replace("\\$", "$").replace("\\*", "*").replace("\\_", "_").replace("\\#", "#")
    text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return text


def plain(text: str) -> str:
    """A cell as one line of plain text (tags and bold markers removed, spaces collapsed)."""
    text = _TAG.sub(" ", unescape(text)).replace("**", "")
    return _SPACES.sub(" ", text).strip()


def parts(text: str) -> list[str]:
    """The parts of a cell: its paragraphs, list items, lines and wide-gap separated pieces, bullets removed."""
    text = unescape(text)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub(" ", text).replace("**", "")
    out = []
    for line in text.split("\n"):
        for piece in _WIDE_GAP.split(line):
            piece = _BULLET.sub("", _SPACES.sub(" ", piece).strip()).strip()
            if piece and not re.fullmatch(r"[-–—_=|:.]+", piece):
                out.append(piece)
    return out


def bold_segments(text: str) -> list[str]:
    """Texts written in bold (``<b>``, ``<strong>`` or ``**``), in order."""
    out = []
    for m in _BOLD.finditer(unescape(text)):
        seg = plain(next(g for g in m.groups() if g is not None))
        if seg:
            out.append(seg)
    return out


def fold(text: str) -> str:
    """Lower case without accents (« œ » is « oe »).

    >>> fold("Joli-Cœur"), fold("Éducation")
    ('joli-coeur', 'education')
    """
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.lower()


def norm(text: str) -> str:
    """Comparison key: no accents, case or punctuation, single spaces."""
    text = fold(unescape(text))
    text = re.sub(r"[^a-z0-9+]+", " ", text)
    return " ".join(text.split())


def slug(text: str, max_len: int = 48) -> str:
    """An identifier fragment: ``Comité porteur Sécurité alimentaire`` → ``comite-porteur-securite-alimentaire``.

    >>> slug("L'Épiphanie — Maison des jeunes")
    'l-epiphanie-maison-des-jeunes'
    """
    s = re.sub(r"[^a-z0-9]+", "-", fold(unescape(text))).strip("-")
    if len(s) > max_len:
        s = s[:max_len].rsplit("-", 1)[0]
    return s or "x"


def is_noise(text: str) -> bool:
    """Lines that carry nothing: separators of markdown tables, lone dashes, empty HTML."""
    t = plain(text)
    return not t or bool(re.fullmatch(r"[-–—_=|:.\s*]+", t))
