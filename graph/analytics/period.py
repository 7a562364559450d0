"""Time filters: a period of years, and what "active during" means for a fact with ``since`` / ``until``.

A fact is active during a period when it started before the period ends and did not end before it starts. A bound
that is not known does not exclude: a membership with no dates is active in every period.

>>> p = Period.parse(period="2026-2028")
>>> p.overlaps(2027, None), p.overlaps(2009, 2010), p.overlaps(None, None)
(True, False, True)
>>> Period.parse(year=2009).label
'2009'
"""
from __future__ import annotations

from dataclasses import dataclass

from graph.analytics.errors import BadParameter


@dataclass(frozen=True)
class Period:
    start: int | None = None
    end: int | None = None

    @classmethod
    def parse(cls, *, year: int | None = None, period: str | None = None) -> Period:
        """From a ``year`` or a ``period`` text (``2026-2028``, a fiscal year ``2026-2027``, or ``2026``)."""
        from loaders.values import parse_period

        if year is not None and period:
            raise BadParameter("donnez une année ou une période, pas les deux")
        if year is not None:
            return cls(year, year)
        if period:
            try:
                return cls(*parse_period(period))
            except ValueError as e:
                raise BadParameter(f"période « {period} » : {e}") from e
        return cls()

    @property
    def is_all(self) -> bool:
        return self.start is None and self.end is None

    @property
    def label(self) -> str:
        if self.is_all:
            return "toutes les années"
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"

    def overlaps(self, since: int | None, until: int | None) -> bool:
        """Whether a fact from ``since`` to ``until`` (either may be unknown) is active during this period."""
        if self.end is not None and since is not None and since > self.end:
            return False
        if self.start is not None and until is not None and until < self.start:
            return False
        return True


def fiscal_years(text: str | None) -> tuple[int | None, int | None]:
    """The first and last calendar years a fiscal year touches.

    >>> fiscal_years("2026-2027"), fiscal_years(None)
    ((2026, 2027), (None, None))
    """
    if not text:
        return None, None
    first, _, last = str(text).partition("-")
    return int(first), int(last or first)
