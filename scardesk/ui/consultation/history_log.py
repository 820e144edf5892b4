"""The pure parts of the history tab: how questions are grouped and the "What changed" log.

``change_log`` replays the dated answers save by save, so each line says which answer changed,
from what, when and by whom; it needs no Qt beyond the translated answer words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from scardesk.domain.enums import HistoryFact
from scardesk.domain.history import (
    QUESTION_BY_FACT,
    QUESTIONNAIRE,
    ChangeKind,
    HistoryAnswer,
    answers_as_of,
    history_changes,
)
from scardesk.ui.consultation.common import answer_text, iso
from scardesk.ui.labels import day_text
from scardesk.ui.tr import _n, listed

#: How the form groups the questionnaire. A question missing here still shows, under "Other".
GROUPS: tuple[tuple[str, tuple[HistoryFact, ...]], ...] = (
    (_n("Pregnancy and breastfeeding"), (HistoryFact.PREGNANT, HistoryFact.BREASTFEEDING)),
    (_n("Neuromuscular"), (HistoryFact.NEUROMUSCULAR_DISORDER,)),
    (
        _n("Infections and skin"),
        (HistoryFact.HERPES_SIMPLEX, HistoryFact.ACTIVE_INFECTION, HistoryFact.KELOID_TENDENCY),
    ),
    (
        _n("Bleeding and medicines"),
        (
            HistoryFact.BLEEDING_DISORDER,
            HistoryFact.ANTICOAGULANTS,
            HistoryFact.ISOTRETINOIN,
            HistoryFact.AMINOGLYCOSIDES,
            HistoryFact.MUSCLE_RELAXANTS,
            HistoryFact.PHOTOSENSITISING_DRUGS,
            HistoryFact.TOPICAL_RETINOIDS,
            HistoryFact.RECENT_TOXIN_OR_FILLER,
        ),
    ),
    (
        _n("Allergies"),
        (
            HistoryFact.ALLERGY_TOXIN,
            HistoryFact.ALLERGY_ALBUMIN,
            HistoryFact.ALLERGY_LOCAL_ANAESTHETIC,
            HistoryFact.OTHER_ALLERGIES,
        ),
    ),
    (_n("Sun"), (HistoryFact.RECENT_SUN_EXPOSURE,)),
)


def grouped_questions() -> list[tuple[str, list[HistoryFact]]]:
    placed = {fact for _title, facts in GROUPS for fact in facts}
    groups = [(title, [f for f in facts if f in QUESTION_BY_FACT]) for title, facts in GROUPS]
    rest = [q.fact for q in QUESTIONNAIRE if q.fact not in placed]
    if rest:
        groups.append(("Other", rest))
    return [(title, facts) for title, facts in groups if facts]


@dataclass(frozen=True)
class LogLine:
    """One row of the "What changed" panel."""

    when: datetime
    by_id: int | None
    fact: HistoryFact | None  # None for the summary line of the first history taken
    kind: ChangeKind | None
    before: HistoryAnswer | None
    after: HistoryAnswer | None
    answered_count: int = 0


def change_log(entries: list[HistoryAnswer]) -> list[LogLine]:
    """Replay the log, newest first: each save (or void) compared with the state just before.

    The very first history taken is summarised in one line rather than one line per question.
    """
    moments = sorted(
        {e.recorded_at for e in entries} | {e.voided_at for e in entries if e.voided_at}
    )
    lines: list[LogLine] = []
    previous: dict[HistoryFact, HistoryAnswer] = {}
    for index, moment in enumerate(moments):
        current = answers_as_of(entries, moment)
        changes = history_changes(previous, current)
        if index == 0 and changes and all(c.kind is ChangeKind.ANSWERED for c in changes):
            by = changes[0].after.recorded_by_id if changes[0].after else None
            lines.append(LogLine(moment, by, None, None, None, None, len(changes)))
        else:
            for change in changes:
                by = change.after.recorded_by_id if change.after else None
                lines.append(
                    LogLine(moment, by, change.fact, change.kind, change.before, change.after)
                )
        previous = current
    lines.reverse()
    return lines


def answer_summary(answer: HistoryAnswer | None) -> str:
    if answer is None:
        return answer_text(None)
    parts = [answer_text(answer.answer)]
    if answer.fact_date is not None:
        parts.append(day_text(answer.fact_date))
    text = listed(parts)
    return f"{text} — {iso(answer.detail)}" if answer.detail else text
