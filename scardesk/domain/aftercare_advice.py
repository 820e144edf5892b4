"""One aftercare sheet from several treatments: advice merged by key, the strictest winning.

Each modality's content gives advice items (what to expect, do, don't, warning signs). A
combined session must not print two makeup rules ("24 hours" beside "5 to 10 days"), so items
carry a ``key`` naming the rule ("makeup", "sun", "spf") and how strict they are: a duration
(the longest avoidance wins) and, for sunscreen, an SPF (the highest wins). The merge is pure:
it depends only on the set of items given, never on their order, so the same treatments always
print the same sheet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Phase(IntEnum):
    """The timeline's steps, in the order a patient lives them."""

    TODAY = 0
    DAYS_1_3 = 1
    WEEK_1 = 2
    WEEK_2 = 3
    LATER = 4


#: How a phase is written in a content tag (``when=week1``).
PHASE_NAMES: dict[str, Phase] = {
    "today": Phase.TODAY,
    "days1-3": Phase.DAYS_1_3,
    "week1": Phase.WEEK_1,
    "week2": Phase.WEEK_2,
    "later": Phase.LATER,
}


class Section(StrEnum):
    """Where an item prints; the values are the content files' section keys."""

    EXPECT = "expect"
    DO = "do"
    DONT = "dont"
    URGENT = "urgent"


_DURATION = re.compile(r"([0-9]{1,4})([hdw])", re.ASCII)
_HOURS_PER = {"h": 1, "d": 24, "w": 24 * 7}


def parse_duration(text: str) -> int | None:
    """``24h``, ``10d``, ``4w`` -> hours; None when the text is not a duration."""
    match = _DURATION.fullmatch(text)
    if match is None:
        return None
    return int(match.group(1)) * _HOURS_PER[match.group(2)]


@dataclass(frozen=True, slots=True)
class Advice:
    """One item in both languages.

    ``hours`` is how long the advice holds (None: no stated time); ``spf`` the sun protection
    factor it asks for. ``origin`` (modality order, position in its file) keeps the printed
    order stable whichever treatment was listed first.
    """

    section: Section
    key: str
    en: str
    ar: str
    origin: tuple[int, int] = (0, 0)
    hours: int | None = None
    spf: int | None = None
    phase: Phase = Phase.TODAY

    @property
    def strictness(self) -> tuple[int, int]:
        """Higher is stricter: the SPF first (a sunscreen rule), then the duration."""
        return (self.spf or 0, self.hours or 0)


def _stricter(a: Advice, b: Advice) -> Advice:
    """The stricter of two items with one key; ties go to a fixed order of the items, so the
    answer never depends on which came first."""
    return max(a, b, key=_rank)


def _rank(item: Advice) -> tuple[object, ...]:
    """Every field, strictness first: equal ranks mean equal items."""
    return (
        item.strictness,
        item.origin,
        item.en,
        item.ar,
        item.section.value,
        item.phase,
        item.hours or 0,
        item.spf or 0,
        item.hours is None,
        item.spf is None,
    )


@dataclass(frozen=True, slots=True)
class MergedAdvice:
    """The sheet's advice, each section de-duplicated and in its printing order."""

    timeline: tuple[tuple[Phase, tuple[Advice, ...]], ...] = ()
    do: tuple[Advice, ...] = ()
    dont: tuple[Advice, ...] = ()
    urgent: tuple[Advice, ...] = ()
    all_items: frozenset[Advice] = field(default_factory=frozenset)


def merge(items: Iterable[Advice]) -> MergedAdvice:
    """One item per key (per section; do's and don'ts share keys), the strictest; ordered
    for print.

    What to expect is grouped by phase; do's and don'ts read from the shortest time frame to
    the longest (today's rules first), then by origin; warning signs by origin.
    """
    winners: dict[tuple[str, str], Advice] = {}
    for item in items:
        # A do and a don't of one key are one rule ("makeup is fine" / "no makeup for 24 hours").
        care = item.section in (Section.DO, Section.DONT)
        slot = ("care" if care else item.section.value, item.key)
        held = winners.get(slot)
        winners[slot] = item if held is None else _stricter(held, item)
    chosen = frozenset(winners.values())

    def in_section(section: Section) -> list[Advice]:
        return [item for item in chosen if item.section is section]

    def by_time(items: list[Advice]) -> tuple[Advice, ...]:
        return tuple(sorted(items, key=lambda i: (i.hours or 0, i.origin, i.key, i.en)))

    expect = sorted(in_section(Section.EXPECT), key=lambda i: (i.phase, i.origin, i.key, i.en))
    timeline = tuple(
        (phase, tuple(item for item in expect if item.phase is phase))
        for phase in Phase
        if any(item.phase is phase for item in expect)
    )
    urgent = tuple(sorted(in_section(Section.URGENT), key=lambda i: (i.origin, i.key, i.en)))
    return MergedAdvice(
        timeline=timeline,
        do=by_time(in_section(Section.DO)),
        dont=by_time(in_section(Section.DONT)),
        urgent=urgent,
        all_items=chosen,
    )


def applies(only: frozenset[str], variants: frozenset[str]) -> bool:
    """An item limited to some variants applies when the treatment is one of them."""
    return not only or bool(only & variants)
