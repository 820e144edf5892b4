"""Decisions several modalities share, so their wording stays the same across specs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from scardesk.domain.english import counted
from scardesk.domain.enums import Answer, HistoryFact
from scardesk.domain.finding_level import Level
from scardesk.domain.modalities.spec import Decision, RuleContext, Verdict, always

if TYPE_CHECKING:
    from scardesk.domain.safety.facts import GateParameters

INFECTION = always(
    Level.BLOCK,
    "treatment through infected or broken skin is contraindicated; treat after it heals.",
)
BLEEDING = always(
    Level.WARN, "bruising and bleeding are more likely; use caution and tell the patient."
)


def days(count: int) -> str:
    return counted(count, "day", "days")


def sun(level: Level, template: str) -> Decision:
    """Recent sun or photosensitising medicine: ``template`` quotes the rule's cause."""
    return lambda context: Verdict(level, template.format(cause=context.cause))


def retinoids(stop_days: Callable[[GateParameters], int]) -> Decision:
    """WARN unless the last application is recorded and at least ``stop_days`` before."""

    def decide(context: RuleContext) -> Verdict | None:
        stop = stop_days(context.params)
        answer = context.facts.answer(HistoryFact.TOPICAL_RETINOIDS)
        stopped = answer.fact_date
        gap = None if stopped is None else (context.on - stopped).days
        if answer.answer is Answer.YES and gap is not None and gap >= stop:
            return None
        when = f" (last applied {stopped.isoformat()})" if stopped else " (last use not recorded)"
        return Verdict(Level.WARN, f"they should be stopped at least {days(stop)} before{when}.")

    return decide
