"""The toxin dose and lot rules at their boundaries: vial units, lot stock, the per-point
ceiling (clinic policy) and the lots that cannot be used on the session day."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.errors import ValidationError
from scardesk.domain.products import LotRecord
from scardesk.domain.safety import GateParameters, Level, ToxinDose, evaluate
from tests.domain.safety_helpers import CLEAR, DEFAULTS, ON, TOXIN, plan

LOT = LotRecord(
    id=7,
    version=1,
    product_id=1,
    lot_number="C1234",
    expiry_date=ON + timedelta(days=200),
    quantity_received=5,
    quantity_in_stock=5,
    received_at=datetime(2025, 1, 1, tzinfo=UTC),
    archived_at=None,
)
DOSE_CODES = {"toxin_lot", "toxin_vial_units", "toxin_lot_stock", "toxin_point_ceiling"}


def dose(
    given: float = 20.0,
    waste: float = 0.0,
    points: tuple[float, ...] | None = None,
    number: int = 1,
    **changes: object,
) -> ToxinDose:
    """One 100 U Botox vial from lot C1234; points default to 2 U each adding up to ``given``."""
    base = ToxinDose(
        number=number,
        product_id=1,
        product="Botox (onabotulinumtoxinA)",
        units_per_vial=100,
        vial_units=100.0,
        given_units=given,
        waste_units=waste,
        point_units=points if points is not None else (2.0,) * int(given // 2),
        lot=LOT,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def dose_findings(*doses: ToxinDose, params: GateParameters = DEFAULTS, on=ON):  # type: ignore[no-untyped-def]
    planned = plan(TOXIN, toxin_doses=doses)
    result = evaluate(planned, CLEAR, params, on)
    return {f.rule_code: f for f in result.findings if f.rule_code in DOSE_CODES}, result


def test_a_charted_session_within_every_limit_has_no_dose_finding() -> None:
    found, result = dose_findings(dose(20.0, 1.0))
    assert found == {}
    assert result.can_proceed()


# --- the vial ----------------------------------------------------------------------------


def test_exactly_the_vial_is_allowed_and_one_unit_more_blocks() -> None:
    assert dose_findings(dose(100.0, points=(10.0,) * 10))[0] == {}
    found, result = dose_findings(dose(101.0, points=(10.0,) * 10 + (1.0,)))
    finding = found["toxin_vial_units"]
    assert finding.level is Level.BLOCK and not result.can_proceed({"toxin_vial_units"})
    assert finding.facts["units_drawn"] == "101" and finding.facts["units_in_vials_opened"] == "100"
    assert "C1234" in finding.message and finding.source.startswith("[BT]")


def test_a_hundred_unit_vial_cannot_give_128_units_whatever_size_is_typed() -> None:
    """Typing a 200 U vial does not make room: the catalogue says 100 U per vial."""
    found, _ = dose_findings(dose(128.0, vial_units=200.0, points=(8.0,) * 16))
    assert found["toxin_vial_units"].facts["units_in_vials_opened"] == "100"
    assert found["toxin_vial_units"].facts["units_per_vial"].startswith("100 U per vial")


def test_waste_counts_as_drawn_from_the_vial() -> None:
    assert dose_findings(dose(96.0, 4.0, points=(8.0,) * 12))[0] == {}
    found, _ = dose_findings(dose(96.0, 4.5, points=(8.0,) * 12))
    assert found["toxin_vial_units"].facts["units_drawn"] == "100.5"


def test_two_vials_of_one_lot_hold_twice_as_much() -> None:
    first = dose(100.0, points=(10.0,) * 10)
    assert dose_findings(first, replace(first, number=2))[0] == {}
    found, _ = dose_findings(first, replace(first, number=2, given_units=101.0))
    assert found["toxin_vial_units"].facts["vials_opened"] == "2"
    assert found["toxin_vial_units"].facts["units_in_vials_opened"] == "200"


def test_vials_of_different_lots_are_counted_apart() -> None:
    other = replace(LOT, id=8, lot_number="C9999")
    found, _ = dose_findings(
        dose(60.0, points=(6.0,) * 10), dose(60.0, points=(6.0,) * 10, number=2, lot=other)
    )
    assert found == {}


# --- the lot's stock ---------------------------------------------------------------------


def test_stock_boundary_every_vial_in_stock_may_be_opened_and_not_one_more() -> None:
    two = replace(LOT, quantity_in_stock=2)
    full = dose(100.0, points=(10.0,) * 10, lot=two)
    assert dose_findings(full, replace(full, number=2))[0] == {}
    found, result = dose_findings(full, replace(full, number=2), replace(full, number=3))
    finding = found["toxin_lot_stock"]
    assert finding.level is Level.BLOCK and not result.can_proceed()
    assert finding.facts["vials_in_stock"] == "2" and finding.facts["vials_opened"] == "3"
    assert finding.facts["units_in_stock"] == "200" and finding.facts["units_drawn"] == "300"


def test_the_last_vial_in_stock_gives_at_most_its_units() -> None:
    last = replace(LOT, quantity_in_stock=1)
    assert dose_findings(dose(100.0, points=(10.0,) * 10, lot=last))[0] == {}
    found, _ = dose_findings(dose(100.5, points=(10.0,) * 10 + (0.5,), lot=last))
    assert found["toxin_lot_stock"].facts["units_in_stock"] == "100"
    assert "toxin_vial_units" in found  # the one vial opened cannot hold it either


# --- lots that cannot be used (issue 9, point 12) -----------------------------------------


@pytest.mark.parametrize(
    ("lot", "words"),
    [
        (replace(LOT, expiry_date=ON - timedelta(days=1)), "expired on"),
        (replace(LOT, archived_at=datetime(2025, 5, 1, tzinfo=UTC)), "is archived"),
        (replace(LOT, product_id=2), "belongs to another product"),
        (replace(LOT, quantity_in_stock=0), "has none in stock"),
        (None, "No lot is chosen"),
    ],
)
def test_a_lot_that_cannot_be_used_blocks_with_the_reason(lot, words: str) -> None:  # type: ignore[no-untyped-def]
    found, result = dose_findings(dose(lot=lot))
    assert found["toxin_lot"].level is Level.BLOCK, found
    assert words in found["toxin_lot"].message
    assert "toxin_lot_stock" not in found  # one finding for one cause
    assert not result.can_proceed({"toxin_lot"})


def test_a_lot_is_usable_on_its_expiry_day_and_blocked_the_day_after() -> None:
    on_the_day = replace(LOT, expiry_date=ON)
    assert dose_findings(dose(lot=on_the_day))[0] == {}
    found, _ = dose_findings(dose(lot=on_the_day), on=ON + timedelta(days=1))
    assert found["toxin_lot"].facts["expiry_date"] == ON.isoformat()


def test_nothing_is_said_at_booking_when_no_vial_is_open() -> None:
    result = evaluate(plan(TOXIN), CLEAR, DEFAULTS, ON)
    assert not {f.rule_code for f in result.findings} & DOSE_CODES


# --- the per-point ceiling ---------------------------------------------------------------


def test_exactly_the_ceiling_is_allowed_and_a_tenth_over_needs_a_reason() -> None:
    assert dose_findings(dose(20.0, points=(10.0, 10.0)))[0] == {}
    found, result = dose_findings(dose(20.1, points=(10.0, 10.1)))
    finding = found["toxin_point_ceiling"]
    assert finding.level is Level.NEEDS_OVERRIDE
    assert not result.can_proceed() and result.can_proceed({"toxin_point_ceiling"})
    assert finding.facts["ceiling_units_per_point"] == "10"
    assert finding.facts["points_over_ceiling"] == "entry 1 point 2: 10.1 U"
    assert finding.source.startswith("Clinic policy")


def test_one_finding_lists_every_point_over_the_ceiling() -> None:
    found, _ = dose_findings(
        dose(36.0, points=(12.0, 2.0, 11.0)), dose(11.0, points=(11.0,), number=2)
    )
    finding = found["toxin_point_ceiling"]
    assert finding.facts["points_over_ceiling"] == (
        "entry 1 point 1: 12 U; entry 1 point 3: 11 U; entry 2 point 1: 11 U"
    )
    assert "3 injection points" in finding.message and "highest 12 U" in finding.message


def test_the_ceiling_is_the_clinics_setting() -> None:
    params = GateParameters(toxin_max_units_per_point=15)
    assert dose_findings(dose(30.0, points=(15.0, 15.0)), params=params)[0] == {}
    found, _ = dose_findings(dose(16.0, points=(16.0,)), params=params)
    assert found["toxin_point_ceiling"].facts["ceiling_units_per_point"] == "15"


def test_the_ceiling_defaults_to_ten_units_and_is_validated() -> None:
    assert GateParameters().toxin_max_units_per_point == 10
    for bad in (0, 1001, 2.5, "10"):
        with pytest.raises(ValidationError) as caught:
            GateParameters.from_mapping({"toxin_max_units_per_point": bad})
        assert "toxin_max_units_per_point" in caught.value.field_errors


@given(
    st.integers(min_value=1, max_value=1000),
    st.lists(st.integers(min_value=1, max_value=40_000), min_size=1, max_size=12),
)
def test_a_point_needs_a_reason_exactly_when_it_is_above_the_ceiling(
    ceiling: int, hundredths: list[int]
) -> None:
    points = tuple(value / 100 for value in hundredths)
    params = GateParameters(toxin_max_units_per_point=ceiling)
    found, _ = dose_findings(
        dose(sum(points), points=points, units_per_vial=None, vial_units=10_000.0), params=params
    )
    assert ("toxin_point_ceiling" in found) == any(p > ceiling for p in points)
