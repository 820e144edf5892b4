"""Lot expiry and stock rules, and product validation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import Modality, UnitKind
from scardesk.domain.errors import ValidationError
from scardesk.domain.message_catalogue import english
from scardesk.domain.products import (
    LotRecord,
    ProductInput,
    expiring_within,
    lot_problem,
    lot_usable,
    validate_product,
    validate_stock_delta,
)

DAY = date(2026, 3, 10)


def lot(expiry: date, stock: int = 3, product_id: int = 1, archived: bool = False) -> LotRecord:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    return LotRecord(1, 1, product_id, "C1", expiry, 5, stock, at, at if archived else None)


def test_a_lot_is_usable_on_its_expiry_day_and_not_the_day_after() -> None:
    assert lot_usable(lot(DAY), DAY)
    assert not lot_usable(lot(DAY), DAY + timedelta(days=1))


def test_an_expired_lot_says_why_and_what_to_do() -> None:
    problem = lot_problem(lot(DAY - timedelta(days=1)), DAY)
    assert problem is not None and problem.code == "lot.expired"
    message = english(problem)
    assert "expired" in message and "choose an unexpired lot" in message


def test_a_lot_of_another_product_is_not_usable_for_this_one() -> None:
    problem = lot_problem(lot(DAY), DAY, product_id=2)
    assert problem is not None and "another product" in english(problem)


def test_empty_or_archived_lots_are_not_usable() -> None:
    assert not lot_usable(lot(DAY, stock=0), DAY)
    assert not lot_usable(lot(DAY, archived=True), DAY)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(-60, 120), max_size=20), st.integers(0, 90))
def test_expiring_within_keeps_exactly_the_window_soonest_first(
    offsets: list[int], days: int
) -> None:
    lots = [lot(DAY + timedelta(days=o)) for o in offsets]
    chosen = expiring_within(lots, DAY, days)
    assert [x.expiry_date for x in chosen] == sorted(
        DAY + timedelta(days=o) for o in offsets if 0 <= o <= days
    )


def test_a_toxin_needs_toxin_units_and_a_vial_size() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_product(
            ProductInput("Botox", "onabotulinumtoxinA", Modality.TOXIN, UnitKind.MILLILITRES)
        )
    assert {"unit_kind", "vial_units"} <= set(raised.value.field_errors)


def test_a_product_is_trimmed() -> None:
    form = ProductInput(
        " Botox ", "onabotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 100, 24
    )
    assert validate_product(form).brand == "Botox"


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 50), st.integers(-100, 100))
def test_stock_never_goes_below_zero(in_stock: int, delta: int) -> None:
    try:
        change = validate_stock_delta(delta, in_stock)
    except ValidationError:
        assert delta == 0 or in_stock + delta < 0
    else:
        assert in_stock + change >= 0 and change != 0
