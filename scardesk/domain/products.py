"""Products and the lots they arrive in: records, validation and the expiry rules.

A lot's expiry date is the last day it may be used (labels print "use by"), so a lot is
still usable on its expiry date and refused from the day after. Stock is counted in the
packs the lot was received in (vials for toxin), never in units, because toxin units belong
to one brand (clinical reference §5) and a pack is what the shelf actually holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from scardesk.domain.enums import Modality, UnitKind
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.text_hygiene import TextKind, clean_text

BRAND_MAX = 80
NAME_MAX = 120
LOT_NUMBER_MAX = 60
MAX_PACKS = 100_000  # a slip guard: no clinic receives more packs of one lot
MAX_WINDOW_HOURS = 24 * 60
MAX_PRICE_BAISA = 100_000_000
EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True, slots=True)
class ProductInput:
    """What the catalogue form submits."""

    brand: str
    nonproprietary_name: str
    modality: Modality
    unit_kind: UnitKind
    vial_units: int | None = None
    reconstitution_window_hours: int | None = None
    price_baisa: int | None = None


@dataclass(frozen=True, slots=True)
class ProductRecord:
    id: int
    version: int
    brand: str
    nonproprietary_name: str
    modality: Modality
    unit_kind: UnitKind
    vial_units: int | None
    reconstitution_window_hours: int | None
    price_baisa: int | None
    active: bool

    @property
    def label(self) -> str:
        """Brand with its nonproprietary name, as the toxin label prints both."""
        return f"{self.brand} ({self.nonproprietary_name})"


@dataclass(frozen=True, slots=True)
class LotRecord:
    id: int
    version: int
    product_id: int
    lot_number: str
    expiry_date: date
    quantity_received: int
    quantity_in_stock: int
    received_at: datetime
    archived_at: datetime | None


def _whole(value: object, field: str, low: int, high: int, expected: Message) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        params = {"value": repr(value), "expected": expected}
        raise ValidationError({field: Message("product.not_whole", params)})
    if not low <= value <= high:
        params = {"value": value, "expected": expected}
        raise ValidationError({field: Message("product.out_of_range", params)})
    return value


def _text(value: str, field: str, limit: int, example: str, kind: TextKind = TextKind.LINE) -> str:
    clean = " ".join(clean_text(value, field, limit=limit, kind=kind).split())
    if not clean:
        raise ValidationError({field: Message("validation.text.required", {"example": example})})
    if len(clean) > limit:
        params = {"length": len(clean), "maximum": limit}
        raise ValidationError({field: Message("validation.text.too_long", params)})
    return clean


def validate_product(form: ProductInput) -> ProductInput:
    """The product normalised, or every bad field at once.

    A toxin is counted in its own brand's units and comes in vials of a stated size, so a
    toxin product needs both; other products must not pretend to carry toxin units.
    """
    errors: dict[str, Message] = {}
    values: dict[str, object] = {}
    checks = (
        ("brand", lambda: _text(form.brand, "brand", BRAND_MAX, "Botox")),
        (
            "nonproprietary_name",
            lambda: _text(
                form.nonproprietary_name, "nonproprietary_name", NAME_MAX, "onabotulinumtoxinA"
            ),
        ),
    )
    for name, check in checks:
        try:
            values[name] = check()
        except ValidationError as error:
            errors.update(error.field_messages)
    is_toxin = form.modality is Modality.TOXIN
    if is_toxin and form.unit_kind is not UnitKind.TOXIN_UNITS:
        errors["unit_kind"] = Message("product.toxin_needs_toxin_units")
    if not is_toxin and form.unit_kind is UnitKind.TOXIN_UNITS:
        errors["unit_kind"] = Message("product.toxin_units_only_for_toxin")
    if form.vial_units is None:
        if is_toxin:
            errors["vial_units"] = Message("product.vial_size_missing")
    else:
        try:
            _whole(
                form.vial_units,
                "vial_units",
                1,
                10_000,
                Message("product.expected_vial_units", {"low": 1, "high": 10_000}),
            )
        except ValidationError as error:
            errors.update(error.field_messages)
    if form.reconstitution_window_hours is not None:
        try:
            _whole(
                form.reconstitution_window_hours,
                "reconstitution_window_hours",
                1,
                MAX_WINDOW_HOURS,
                Message("product.expected_window_hours", {"low": 1, "high": MAX_WINDOW_HOURS}),
            )
        except ValidationError as error:
            errors.update(error.field_messages)
    if form.price_baisa is not None:
        try:
            _whole(
                form.price_baisa,
                "price_baisa",
                0,
                MAX_PRICE_BAISA,
                Message("product.expected_price"),
            )
        except ValidationError as error:
            errors.update(error.field_messages)
    if errors:
        raise ValidationError(errors)
    return ProductInput(
        brand=str(values["brand"]),
        nonproprietary_name=str(values["nonproprietary_name"]),
        modality=form.modality,
        unit_kind=form.unit_kind,
        vial_units=form.vial_units,
        reconstitution_window_hours=form.reconstitution_window_hours,
        price_baisa=form.price_baisa,
    )


def validate_lot_number(text: str) -> str:
    """Printed lot numbers are matched by recall notices, so they are kept upper-case and bare."""
    return _text(text, "lot_number", LOT_NUMBER_MAX, "C1234AB", TextKind.STRICT).upper()


def validate_quantity(value: object, field: str = "quantity") -> int:
    expected = Message("product.expected_packs", {"maximum": MAX_PACKS})
    return _whole(value, field, 1, MAX_PACKS, expected)


def validate_stock_delta(delta: object, in_stock: int) -> int:
    """A stock correction: not zero, and never below zero packs on the shelf."""
    value = _whole(delta, "delta", -MAX_PACKS, MAX_PACKS, Message("product.expected_pack_change"))
    if value == 0:
        raise ValidationError({"delta": Message("stock.zero_change")})
    if in_stock + value < 0:
        raise ValidationError(
            {"delta": Message("stock.below_zero", {"in_stock": in_stock, "value": value})}
        )
    return value


def validate_expiry(expiry: date, received_on: date) -> date:
    """A lot that arrives already expired is a delivery mistake worth stopping at the door."""
    if expiry < received_on:
        params = {"expiry": expiry.isoformat(), "today": received_on.isoformat()}
        raise ValidationError({"expiry_date": Message("stock.lot_expired", params)})
    return expiry


def lot_problem(lot: LotRecord, on: date, product_id: int | None = None) -> Message | None:
    """Why ``lot`` cannot be used on ``on`` (or for ``product_id``), or None when it can."""
    if product_id is not None and lot.product_id != product_id:
        return Message("lot.other_product", {"lot": lot.lot_number})
    if lot.archived_at is not None:
        return Message("lot.archived", {"lot": lot.lot_number})
    if lot.expiry_date < on:
        return Message("lot.expired", {"lot": lot.lot_number, "expiry": lot.expiry_date})
    if lot.quantity_in_stock < 1:
        return Message("lot.none_in_stock", {"lot": lot.lot_number})
    return None


def lot_usable(lot: LotRecord, on: date) -> bool:
    """In stock, not archived, and not past its expiry date on ``on``."""
    return lot_problem(lot, on) is None


def expiring_within(lots: Iterable[LotRecord], on: date, days: int) -> list[LotRecord]:
    """Lots still in use and in stock whose expiry falls in [on, on + days], soonest first.

    Lots already expired are not "expiring": they belong to a separate, louder list.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise ValidationError({"days": Message("stock.days_invalid", {"value": repr(days)})})
    last = on + timedelta(days=days)
    chosen = [
        lot
        for lot in lots
        if lot.archived_at is None and lot.quantity_in_stock > 0 and on <= lot.expiry_date <= last
    ]
    return sorted(chosen, key=lambda lot: (lot.expiry_date, lot.lot_number))


#: Rows in the recall report's first screenful: the service hands them over before the rest,
#: and the recall screen fits its columns to them.
RECALL_FIRST_ROWS = 50


class RecallRow(NamedTuple):
    """One use of a recalled lot: who received it, when, how much, and how to reach them.

    A named tuple rather than a frozen dataclass (immutable all the same): the busiest lot of a
    1M clinic has ~64,000 uses, and a frozen dataclass costs ~4 µs more per row to build.
    """

    session_id: int
    patient_id: int
    name_latin: str
    name_arabic: str
    phone_display: str
    civil_number: str
    performed_at: datetime
    performed_on: date  # the Muscat calendar day
    units: float
    practitioner: str


@dataclass(frozen=True, slots=True)
class RecallReport:
    product_label: str
    lot_number: str
    expiry_date: date
    rows: tuple[RecallRow, ...]
    #: False when a newer search stopped the read part-way (the rows are the ones read).
    complete: bool = True


@dataclass(frozen=True, slots=True)
class RecallHeading:
    """What every exported recall report says about itself: which lot, how many, who printed."""

    product_label: str
    lot_number: str
    expiry_date: date
    sessions: int
    printed_at: datetime
    printed_by: str


def product_label(brand: str, nonproprietary_name: str) -> str:
    """A product as sheets and lists name it: brand, then the nonproprietary name."""
    return f"{brand} ({nonproprietary_name})"
