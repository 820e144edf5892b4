"""Plan validation (default intervals from settings) and progress lines."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import Modality, PeelDepth
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.plans import (
    PlanInput,
    PlanItem,
    PlanItemInput,
    plan_progress,
    validate_plan,
)

DEFAULTS = IntervalSettings()
NEEDLING = PlanItem(Modality.MICRONEEDLING, 4, 28)


def test_worked_example_microneedling_two_of_four() -> None:
    [line] = plan_progress(
        [NEEDLING],
        {Modality.MICRONEEDLING: 2},
        {Modality.MICRONEEDLING: date(2026, 11, 22)},
        DEFAULTS,
    )
    assert line.text == "microneedling 2 of 4, next due 2026-12-20"
    assert line.next_due == date(2026, 12, 20) and not line.complete


def test_before_the_first_session_the_plan_start_is_due() -> None:
    [line] = plan_progress([NEEDLING], {}, {}, DEFAULTS, started_on=date(2026, 12, 1))
    assert line.text == "microneedling 0 of 4, first due 2026-12-01"
    [unstarted] = plan_progress([NEEDLING], {}, {}, DEFAULTS)
    assert unstarted.text == "microneedling 0 of 4, not started" and unstarted.next_due is None


def test_a_finished_modality_says_complete_and_has_no_due_date() -> None:
    [line] = plan_progress(
        [NEEDLING],
        {Modality.MICRONEEDLING: 4},
        {Modality.MICRONEEDLING: date(2026, 1, 1)},
        DEFAULTS,
    )
    assert line.complete and line.next_due is None
    assert line.text == "microneedling 4 of 4, complete"


def test_toxin_is_never_due_sooner_than_the_retreatment_minimum() -> None:
    short = PlanItem(Modality.TOXIN, 3, 30)  # written under an older, shorter setting
    [line] = plan_progress(
        [short], {Modality.TOXIN: 1}, {Modality.TOXIN: date(2026, 1, 1)}, DEFAULTS
    )
    assert line.next_due == date(2026, 1, 1) + timedelta(days=DEFAULTS.toxin_retreatment_days)


def test_blank_intervals_take_the_clinic_defaults() -> None:
    clinic = IntervalSettings(microneedling_days=35, peel_medium_deep_days=21)
    form = PlanInput(
        (
            PlanItemInput(Modality.MICRONEEDLING, 4),
            PlanItemInput(Modality.CHEMICAL_PEEL, 3, peel_depth=PeelDepth.MEDIUM),
            PlanItemInput(Modality.FRACTIONAL_LASER, 3, interval_days=30),
        )
    )
    data = validate_plan(form, clinic)
    assert [i.interval_days for i in data.items] == [35, 21, 30]


def test_plan_errors_name_each_bad_line() -> None:
    form = PlanInput(
        (
            PlanItemInput(Modality.CHEMICAL_PEEL, 3),
            PlanItemInput(Modality.TOXIN, 2, interval_days=30),
            PlanItemInput(Modality.MICRONEEDLING, 0),
        ),
        goals="g" * 2001,
    )
    with pytest.raises(ValidationError) as raised:
        validate_plan(form, DEFAULTS)
    assert set(raised.value.field_errors) == {
        "items.chemical_peel.interval_days",
        "items.toxin.interval_days",
        "items.microneedling.sessions_planned",
        "goals",
    }


def test_an_empty_plan_is_refused() -> None:
    with pytest.raises(ValidationError, match="at least one"):
        validate_plan(PlanInput(()), DEFAULTS)


@settings(max_examples=80, deadline=None)
@given(
    planned=st.integers(1, 20),
    done=st.integers(0, 25),
    interval=st.integers(1, 400),
    last=st.dates(date(2020, 1, 1), date(2030, 1, 1)),
)
def test_progress_arithmetic_holds_for_any_plan(
    planned: int, done: int, interval: int, last: date
) -> None:
    item = PlanItem(Modality.FRACTIONAL_LASER, planned, interval)
    last_done = {Modality.FRACTIONAL_LASER: last} if done else {}
    [line] = plan_progress([item], {Modality.FRACTIONAL_LASER: done}, last_done, DEFAULTS)
    assert line.complete == (done >= planned)
    assert f"{done} of {planned}" in line.text
    if done and not line.complete:
        assert line.next_due == last + timedelta(days=interval)
    if line.complete:
        assert line.next_due is None
