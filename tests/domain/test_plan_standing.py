"""The one rule behind plan progress and the due list (issue 9 §10)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.enums import Modality
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.plan_standing import GivenSession, counts_towards, plan_standing, plan_start
from scardesk.domain.plans import PlanItem

START = date(2026, 11, 20)
NEEDLING = PlanItem(Modality.MICRONEEDLING, 4, 28)


def test_the_issue_case_counts_one_of_four_and_is_due_in_three_weeks() -> None:
    today = START + timedelta(days=14)
    given = [GivenSession(1, today - timedelta(days=7), None, Modality.MICRONEEDLING)]
    [line] = plan_standing(9, START, [NEEDLING], given, IntervalSettings())
    assert (line.done, line.planned) == (1, 4)
    assert line.next_due == today + timedelta(days=21)


def test_a_plan_starts_on_its_start_date_or_the_day_it_was_written() -> None:
    written = datetime(2026, 11, 30, 21, 0, tzinfo=UTC)  # 1 Dec in Muscat
    assert plan_start(None, written) == date(2026, 12, 1)
    assert plan_start(START, written) == START


def test_which_sessions_count() -> None:
    on = GivenSession(1, START, None, Modality.MICRONEEDLING)
    before = GivenSession(2, START - timedelta(days=1), None, Modality.MICRONEEDLING)
    named = GivenSession(3, START - timedelta(days=30), 9, Modality.MICRONEEDLING)
    other = GivenSession(4, START + timedelta(days=3), 8, Modality.MICRONEEDLING)
    assert [counts_towards(9, START, s) for s in (on, before, named, other)] == [
        True,
        False,
        True,
        False,
    ]


@given(
    st.lists(
        st.tuples(st.integers(-60, 60), st.sampled_from([None, 9, 8]), st.sampled_from(Modality)),
        max_size=12,
    )
)
def test_done_counts_distinct_sessions_and_due_follows_the_last(rows) -> None:  # type: ignore[no-untyped-def]
    sessions = [
        GivenSession(n, START + timedelta(days=d), plan, kind)
        for n, (d, plan, kind) in enumerate(rows)
    ]
    items = [PlanItem(m, 20, 30) for m in Modality]
    lines = plan_standing(9, START, items, sessions, IntervalSettings())
    for line in lines:
        counted = [
            s for s in sessions if s.modality is line.modality and counts_towards(9, START, s)
        ]
        assert line.done == len(counted)
        if counted:
            last = max(s.performed_on for s in counted)
            assert line.next_due is not None and line.next_due > last
        else:
            assert line.next_due == START
