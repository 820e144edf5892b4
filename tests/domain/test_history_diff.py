"""The medical-history questionnaire, answer validation and the diff between two reviews."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import Answer, HistoryFact
from scardesk.domain.errors import ValidationError
from scardesk.domain.history import (
    QUESTIONNAIRE,
    ChangeKind,
    HistoryAnswer,
    HistoryAnswerInput,
    answers_as_of,
    history_changes,
    latest_answers,
    unanswered,
    validate_answers,
)

TODAY = date(2026, 11, 25)
T0 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


def entry(
    entry_id: int,
    fact: HistoryFact,
    answer: Answer,
    at: datetime = T0,
    fact_date: date | None = None,
    voided_at: datetime | None = None,
) -> HistoryAnswer:
    return HistoryAnswer(entry_id, fact, answer, fact_date, None, at, 3, voided_at)


def test_the_questionnaire_asks_every_history_fact_exactly_once() -> None:
    facts = [q.fact for q in QUESTIONNAIRE]
    assert sorted(facts) == sorted(HistoryFact) and len(facts) == len(set(facts))
    assert all(q.label.endswith("?") for q in QUESTIONNAIRE)


def test_isotretinoin_and_pregnancy_take_a_date() -> None:
    dated = {q.fact for q in QUESTIONNAIRE if q.takes_date}
    assert {HistoryFact.ISOTRETINOIN, HistoryFact.PREGNANT} <= dated


def test_a_yes_to_isotretinoin_without_its_end_date_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_answers([HistoryAnswerInput(HistoryFact.ISOTRETINOIN, Answer.YES)], TODAY)
    assert "end date" in raised.value.field_errors["isotretinoin"]


def test_a_date_on_a_no_answer_is_refused() -> None:
    item = HistoryAnswerInput(HistoryFact.PREGNANT, Answer.NO, fact_date=TODAY)
    with pytest.raises(ValidationError, match="only goes with a 'yes'"):
        validate_answers([item], TODAY)


def test_every_bad_answer_is_reported_at_once() -> None:
    items = [
        HistoryAnswerInput(HistoryFact.ISOTRETINOIN, Answer.YES),
        HistoryAnswerInput(HistoryFact.BREASTFEEDING, Answer.YES, fact_date=TODAY),
        HistoryAnswerInput(HistoryFact.OTHER_ALLERGIES, Answer.YES, detail="x" * 501),
    ]
    with pytest.raises(ValidationError) as raised:
        validate_answers(items, TODAY)
    assert set(raised.value.field_errors) == {"isotretinoin", "breastfeeding", "other_allergies"}


def test_unanswered_questions_are_listed_not_read_as_no() -> None:
    current = latest_answers([entry(1, HistoryFact.PREGNANT, Answer.NO)])
    missing = unanswered(current)
    assert HistoryFact.PREGNANT not in missing
    assert HistoryFact.ISOTRETINOIN in missing and HistoryFact.ISOTRETINOIN not in current


def test_the_newest_answer_wins_and_a_voided_one_falls_back_to_the_previous() -> None:
    later = T0 + timedelta(days=30)
    log = [
        entry(1, HistoryFact.HERPES_SIMPLEX, Answer.NO),
        entry(2, HistoryFact.HERPES_SIMPLEX, Answer.YES, at=later, voided_at=later),
    ]
    assert latest_answers(log)[HistoryFact.HERPES_SIMPLEX].answer is Answer.NO


def test_the_diff_names_what_changed_and_when() -> None:
    review = T0 + timedelta(days=90)
    before = latest_answers([entry(1, HistoryFact.ISOTRETINOIN, Answer.NO)])
    after = latest_answers(
        [
            entry(1, HistoryFact.ISOTRETINOIN, Answer.NO),
            entry(2, HistoryFact.ISOTRETINOIN, Answer.YES, review, date(2026, 3, 1)),
            entry(3, HistoryFact.PREGNANT, Answer.UNKNOWN, review),
        ]
    )
    changes = history_changes(before, after)
    assert [(c.fact, c.kind) for c in changes] == [
        (HistoryFact.PREGNANT, ChangeKind.ANSWERED),
        (HistoryFact.ISOTRETINOIN, ChangeKind.CHANGED),
    ]
    assert changes[1].when == review and changes[1].before is not None


def test_confirming_the_same_answer_later_is_not_a_change() -> None:
    before = {HistoryFact.KELOID_TENDENCY: entry(1, HistoryFact.KELOID_TENDENCY, Answer.NO)}
    again = entry(2, HistoryFact.KELOID_TENDENCY, Answer.NO, T0 + timedelta(days=200))
    assert history_changes(before, {HistoryFact.KELOID_TENDENCY: again}) == []


def test_answers_as_of_a_moment_ignore_later_answers_and_later_voids() -> None:
    later = T0 + timedelta(days=10)
    log = [
        entry(1, HistoryFact.ANTICOAGULANTS, Answer.YES, voided_at=later),
        entry(2, HistoryFact.PREGNANT, Answer.YES, at=later),
    ]
    then = answers_as_of(log, T0 + timedelta(days=1))
    assert set(then) == {HistoryFact.ANTICOAGULANTS}
    assert answers_as_of(log, later) == {HistoryFact.PREGNANT: log[1]}


_answers = st.dictionaries(
    st.sampled_from(list(HistoryFact)),
    st.tuples(st.sampled_from(list(Answer)), st.integers(1, 1000)),
    max_size=len(HistoryFact),
)


def _as_map(raw: dict[HistoryFact, tuple[Answer, int]]) -> dict[HistoryFact, HistoryAnswer]:
    return {f: entry(n, f, a, T0 + timedelta(minutes=n)) for f, (a, n) in raw.items()}


@settings(max_examples=60, deadline=None)
@given(_answers, _answers)
def test_the_diff_covers_exactly_the_facts_whose_answer_differs(
    first: dict[HistoryFact, tuple[Answer, int]], second: dict[HistoryFact, tuple[Answer, int]]
) -> None:
    before, after = _as_map(first), _as_map(second)
    changed = {c.fact for c in history_changes(before, after)}
    expected = {
        f
        for f in set(before) | set(after)
        if (before[f].answer if f in before else None) != (after[f].answer if f in after else None)
    }
    assert changed == expected
    assert history_changes(after, after) == []
