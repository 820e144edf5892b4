"""The medical-history questionnaire (clinical reference §5–§6) and what changed between reviews.

Every answer is stored as its own dated row, so the history is a log, not a form that gets
overwritten. A question nobody has answered has no entry at all: it stays *unanswered* and is
never read as "no", because the safety gate must treat missing data as a finding of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from scardesk.domain.enums import Answer, HistoryFact, member
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message, _n
from scardesk.domain.text_hygiene import TextKind, clean_text

DETAIL_MAX = 500
# A fact date before this, or more than this many days ahead, is a typing mistake.
FACT_DATE_FIRST = date(1950, 1, 1)
FACT_DATE_MAX_AHEAD_DAYS = 400


@dataclass(frozen=True, slots=True)
class HistoryQuestion:
    """One question of the questionnaire, in the order the form shows them."""

    fact: HistoryFact
    label: str
    takes_date: bool = False
    date_label: str | None = None
    # When true, a "yes" without its date is refused: the safety gate cannot judge without it.
    date_required_on_yes: bool = False
    detail_hint: str | None = None


QUESTIONNAIRE: tuple[HistoryQuestion, ...] = (
    HistoryQuestion(
        HistoryFact.PREGNANT,
        _n("Pregnant, or could be pregnant?"),
        takes_date=True,
        date_label=_n("Expected delivery date (if known)"),
    ),
    HistoryQuestion(HistoryFact.BREASTFEEDING, _n("Breastfeeding?")),
    HistoryQuestion(
        HistoryFact.NEUROMUSCULAR_DISORDER,
        _n("Neuromuscular disorder (myasthenia gravis, Lambert-Eaton syndrome, ALS)?"),
        detail_hint=_n("Which condition"),
    ),
    HistoryQuestion(HistoryFact.HERPES_SIMPLEX, _n("History of cold sores (herpes simplex)?")),
    HistoryQuestion(
        HistoryFact.KELOID_TENDENCY, _n("Tendency to keloid or raised (hypertrophic) scars?")
    ),
    HistoryQuestion(HistoryFact.BLEEDING_DISORDER, _n("Bleeding or clotting disorder?")),
    HistoryQuestion(
        HistoryFact.ANTICOAGULANTS,
        _n("Taking blood thinners (warfarin, heparin, aspirin, clopidogrel, DOACs)?"),
        detail_hint=_n("Which medicine"),
    ),
    HistoryQuestion(
        HistoryFact.ACTIVE_INFECTION,
        _n("Active infection, open wound or active acne where treatment is planned?"),
        detail_hint=_n("Where"),
    ),
    HistoryQuestion(
        HistoryFact.ISOTRETINOIN,
        _n("Taking isotretinoin (e.g. Roaccutane) now, or in the past 12 months?"),
        takes_date=True,
        date_label=_n("Course end date (expected end date if still taking it)"),
        date_required_on_yes=True,
    ),
    HistoryQuestion(
        HistoryFact.AMINOGLYCOSIDES,
        _n("Taking an aminoglycoside antibiotic (gentamicin, amikacin, tobramycin)?"),
        detail_hint=_n("Which medicine"),
    ),
    HistoryQuestion(
        HistoryFact.MUSCLE_RELAXANTS,
        _n("Taking muscle relaxants or other medicines that affect nerve-muscle transmission?"),
        detail_hint=_n("Which medicine"),
    ),
    HistoryQuestion(
        HistoryFact.PHOTOSENSITISING_DRUGS,
        _n("Taking medicines that make the skin sensitive to light (e.g. doxycycline)?"),
        detail_hint=_n("Which medicine"),
    ),
    HistoryQuestion(
        HistoryFact.TOPICAL_RETINOIDS,
        _n("Using a topical retinoid (tretinoin, adapalene, retinol)?"),
        takes_date=True,
        date_label=_n("Last applied on"),
    ),
    HistoryQuestion(
        HistoryFact.RECENT_TOXIN_OR_FILLER,
        _n("Botulinum toxin or filler injections in the past 4 months?"),
        takes_date=True,
        date_label=_n("Date of the last injection"),
        detail_hint=_n("Product and area"),
    ),
    HistoryQuestion(
        HistoryFact.RECENT_SUN_EXPOSURE,
        _n("Recent sunburn, tanning or strong sun exposure?"),
        takes_date=True,
        date_label=_n("Last strong sun exposure"),
    ),
    HistoryQuestion(
        HistoryFact.ALLERGY_TOXIN,
        _n("Allergy to any botulinum toxin product or its ingredients?"),
        detail_hint=_n("Which product and what happened"),
    ),
    HistoryQuestion(
        HistoryFact.ALLERGY_ALBUMIN,
        _n("Allergy to albumin (human or cow's milk protein)?"),
        detail_hint=_n("What happened"),
    ),
    HistoryQuestion(
        HistoryFact.ALLERGY_LOCAL_ANAESTHETIC,
        _n("Allergy to local anaesthetic injections (lidocaine, articaine)?"),
        detail_hint=_n("Which agent and what happened"),
    ),
    HistoryQuestion(
        HistoryFact.OTHER_ALLERGIES,
        _n("Any other allergies (medicines, anaesthetic creams, latex)?"),
        detail_hint=_n("To what, and what happened"),
    ),
)

QUESTION_BY_FACT: dict[HistoryFact, HistoryQuestion] = {q.fact: q for q in QUESTIONNAIRE}
_ORDER: dict[HistoryFact, int] = {q.fact: i for i, q in enumerate(QUESTIONNAIRE)}


@dataclass(frozen=True, slots=True)
class HistoryAnswerInput:
    """What the questionnaire form submits for one question."""

    fact: HistoryFact
    answer: Answer
    fact_date: date | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class HistoryAnswer:
    """One stored, dated answer. ``entry_id`` identifies the row so it can be voided."""

    entry_id: int
    fact: HistoryFact
    answer: Answer
    fact_date: date | None
    detail: str | None
    recorded_at: datetime
    recorded_by_id: int
    voided_at: datetime | None = None
    void_reason: str | None = None


class ChangeKind(StrEnum):
    ANSWERED = "answered"  # was unanswered, now has an answer
    CHANGED = "changed"  # the answer, its date or its detail differ
    CLEARED = "cleared"  # had an answer, now unanswered (its entries were voided)


@dataclass(frozen=True, slots=True)
class Change:
    """One fact that differs between two reviews; ``when`` is the newer answer's time."""

    fact: HistoryFact
    kind: ChangeKind
    before: HistoryAnswer | None
    after: HistoryAnswer | None

    @property
    def when(self) -> datetime | None:
        return self.after.recorded_at if self.after is not None else None


def validate_answer(item: HistoryAnswerInput, today: date) -> HistoryAnswerInput:
    """Check one answer; return it with its detail trimmed. Errors are keyed by the fact."""
    field = item.fact.value
    question = QUESTION_BY_FACT[member(HistoryFact, item.fact)]
    answer = member(Answer, item.answer)
    detail = clean_text(item.detail, field, limit=DETAIL_MAX * 4, kind=TextKind.NOTES)
    if len(detail) > DETAIL_MAX:
        raise ValidationError(
            {
                field: Message(
                    "history.detail_too_long", {"length": len(detail), "maximum": DETAIL_MAX}
                )
            }
        )
    if item.fact_date is not None:
        if not question.takes_date:
            raise ValidationError({field: Message("history.date_not_taken")})
        if answer is not Answer.YES:
            raise ValidationError(
                {
                    field: Message(
                        "history.date_needs_yes", {"answer": Message(f"answer.{answer.value}")}
                    )
                }
            )
        latest = date.fromordinal(today.toordinal() + FACT_DATE_MAX_AHEAD_DAYS)
        if not FACT_DATE_FIRST <= item.fact_date <= latest:
            raise ValidationError(
                {
                    field: Message(
                        "history.date_implausible",
                        {"value": item.fact_date, "first": FACT_DATE_FIRST, "last": latest},
                    )
                }
            )
    elif answer is Answer.YES and question.date_required_on_yes:
        # The date's own label names it: "the course end date (…) is missing".
        what = Message(
            f"history.date_label.{question.fact.value}"
            if question.date_label
            else "history.date_label.default"
        )
        raise ValidationError({field: Message("history.date_missing_for_yes", {"what": what})})
    return HistoryAnswerInput(question.fact, answer, item.fact_date, detail)


def validate_answers(items: list[HistoryAnswerInput], today: date) -> list[HistoryAnswerInput]:
    """Check a whole questionnaire submission, gathering every bad answer into one error."""
    errors: dict[str, Message] = {}
    seen: set[HistoryFact] = set()
    clean: list[HistoryAnswerInput] = []
    for item in items:
        if item.fact in seen:
            errors[item.fact.value] = Message("history.answered_twice")
            continue
        seen.add(item.fact)
        try:
            clean.append(validate_answer(item, today))
        except ValidationError as error:
            errors.update(error.field_messages)
    if not items:
        errors["answers"] = Message("history.nothing_to_record")
    if errors:
        raise ValidationError(errors)
    return clean


def latest_answers(entries: list[HistoryAnswer]) -> dict[HistoryFact, HistoryAnswer]:
    """The newest non-voided answer per fact. Facts with none are absent: unanswered."""
    current: dict[HistoryFact, HistoryAnswer] = {}
    for entry in entries:
        if entry.voided_at is not None:
            continue
        held = current.get(entry.fact)
        if held is None or (entry.recorded_at, entry.entry_id) > (held.recorded_at, held.entry_id):
            current[entry.fact] = entry
    return current


def answers_as_of(
    entries: list[HistoryAnswer], moment: datetime
) -> dict[HistoryFact, HistoryAnswer]:
    """What the history said at ``moment`` (answers recorded up to then, voids up to then)."""
    visible = [
        e
        for e in entries
        if e.recorded_at <= moment
        # A void after ``moment`` did not exist yet, so the entry still counted then.
        and not (e.voided_at is not None and e.voided_at <= moment)
    ]
    return latest_answers([_unvoided(e) for e in visible])


def _unvoided(entry: HistoryAnswer) -> HistoryAnswer:
    if entry.voided_at is None:
        return entry
    return HistoryAnswer(
        entry.entry_id,
        entry.fact,
        entry.answer,
        entry.fact_date,
        entry.detail,
        entry.recorded_at,
        entry.recorded_by_id,
    )


def _same(a: HistoryAnswer, b: HistoryAnswer) -> bool:
    return (a.answer, a.fact_date, a.detail or None) == (b.answer, b.fact_date, b.detail or None)


def history_changes(
    previous: Mapping[HistoryFact, HistoryAnswer], current: Mapping[HistoryFact, HistoryAnswer]
) -> list[Change]:
    """What differs between two sets of answers, in questionnaire order.

    Answering the same thing again (a confirmation at a later review) is not a change.
    """
    changes: list[Change] = []
    for fact in sorted(set(previous) | set(current), key=_ORDER.__getitem__):
        before, after = previous.get(fact), current.get(fact)
        if before is None and after is not None:
            changes.append(Change(fact, ChangeKind.ANSWERED, None, after))
        elif before is not None and after is None:
            changes.append(Change(fact, ChangeKind.CLEARED, before, None))
        elif before is not None and after is not None and not _same(before, after):
            changes.append(Change(fact, ChangeKind.CHANGED, before, after))
    return changes


def unanswered(current: Mapping[HistoryFact, HistoryAnswer]) -> list[HistoryFact]:
    """Questions with no answer yet, in questionnaire order: shown as such, never as "no"."""
    return [q.fact for q in QUESTIONNAIRE if q.fact not in current]
