"""Thin table models for the Products & lots screen (architecture rule 5).

They hold frozen records that the screen loaded off the UI thread and only turn them into
display text, sort keys, alignment and colour. A lot's status colour carries the one fact staff
must not miss: red for expired (it cannot be used), amber for expiring within 30 days.

The recall table keeps the Latin and Arabic names in separate columns, the Arabic one aligned
to the right, so a clinic calling patients reads each script the way it is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from scardesk.domain.enums import UnitKind
from scardesk.domain.products import EXPIRY_WARNING_DAYS, LotRecord, ProductRecord, RecallRow
from scardesk.domain.time import muscat_today, to_muscat
from scardesk.ui import labels
from scardesk.ui.labels import modality_name
from scardesk.ui.style import ERROR, ERROR_SOFT, MUTED
from scardesk.ui.tr import _t
from scardesk.ui.widgets.record_table import RecordTableModel

AMBER = "#8a4b08"
AMBER_SOFT = "#fff4e0"

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def day_text(day: date) -> str:
    return labels.day_text(day)


def unit_kind_name(kind: UnitKind) -> str:
    names = {
        UnitKind.TOXIN_UNITS: _t("Toxin units (this brand only)"),
        UnitKind.MILLILITRES: _t("Millilitres (mL)"),
        UnitKind.PIECES: _t("Pieces"),
    }
    return names[kind]


class Level(Enum):
    OK = "ok"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    EMPTY = "empty"
    ARCHIVED = "archived"


@dataclass(frozen=True)
class LotStatus:
    text: str
    level: Level


def lot_status(lot: LotRecord, today: date) -> LotStatus:
    """What the shelf label would say today; expiry outranks stock because it is a safety fact."""
    if lot.archived_at is not None:
        return LotStatus(_t("Archived"), Level.ARCHIVED)
    days = (lot.expiry_date - today).days
    if days < 0:
        return LotStatus(_t("Expired — do not use"), Level.EXPIRED)
    if lot.quantity_in_stock < 1:
        return LotStatus(_t("None in stock"), Level.EMPTY)
    if days == 0:
        return LotStatus(_t("Expires today"), Level.EXPIRING)
    if days <= EXPIRY_WARNING_DAYS:
        return LotStatus(_t("Expires in {days} days").format(days=days), Level.EXPIRING)
    return LotStatus(_t("In use"), Level.OK)


def level_colours(level: Level) -> tuple[QColor | None, QColor | None]:
    """(text colour, background) for a status cell."""
    if level is Level.EXPIRED:
        return QColor(ERROR), QColor(ERROR_SOFT)
    if level is Level.EXPIRING:
        return QColor(AMBER), QColor(AMBER_SOFT)
    if level in (Level.EMPTY, Level.ARCHIVED):
        return QColor(MUTED), None
    return None, None


class RecordTable(RecordTableModel):
    """The product screen's tables: each header is aligned like its column."""

    def header_alignment(self, section: int) -> Qt.AlignmentFlag:
        return self.alignment(section)


class ProductTable(RecordTable):
    BRAND, NAME, MODALITY, UNIT_KIND, VIAL_UNITS, WINDOW, ACTIVE = range(7)

    def headers(self) -> list[str]:
        return [
            _t("Brand"),
            _t("Nonproprietary name"),
            _t("Modality"),
            _t("Counted in"),
            _t("Vial size"),
            _t("Use within"),
            _t("Status"),
        ]

    def display(self, record: ProductRecord, column: int) -> str:
        if column == self.BRAND:
            return record.brand
        if column == self.NAME:
            return record.nonproprietary_name
        if column == self.MODALITY:
            return modality_name(record.modality)
        if column == self.UNIT_KIND:
            return unit_kind_name(record.unit_kind)
        if column == self.VIAL_UNITS:
            return (
                _t("{n} U").format(n=labels.number_text(record.vial_units))
                if record.vial_units
                else "—"
            )
        if column == self.WINDOW:
            hours = record.reconstitution_window_hours
            return _t("{h} h after mixing").format(h=hours) if hours else "—"
        return _t("Active") if record.active else _t("Archived")

    def sort_key(self, record: ProductRecord, column: int) -> Any:
        if column == self.VIAL_UNITS:
            return record.vial_units or 0
        if column == self.WINDOW:
            return record.reconstitution_window_hours or 0
        return super().sort_key(record, column)

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return _RIGHT if column in (self.VIAL_UNITS, self.WINDOW) else _LEFT

    def colours(self, record: ProductRecord, column: int) -> tuple[QColor | None, QColor | None]:
        return (None, None) if record.active else (QColor(MUTED), None)


class LotTable(RecordTable):
    """One product's lots; ``today`` is set by the screen so tests can fix the calendar."""

    LOT, EXPIRY, RECEIVED, PACKS, IN_STOCK, STATUS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = muscat_today()

    def headers(self) -> list[str]:
        return [
            _t("Lot number"),
            _t("Expiry"),
            _t("Received on"),
            _t("Packs received"),
            _t("In stock"),
            _t("Status"),
        ]

    def display(self, record: LotRecord, column: int) -> str:
        if column == self.LOT:
            return record.lot_number
        if column == self.EXPIRY:
            return day_text(record.expiry_date)
        if column == self.RECEIVED:
            return day_text(to_muscat(record.received_at).date())
        if column == self.PACKS:
            return labels.number_text(record.quantity_received)
        if column == self.IN_STOCK:
            return labels.number_text(record.quantity_in_stock)
        return lot_status(record, self.today).text

    def sort_key(self, record: LotRecord, column: int) -> Any:
        if column == self.EXPIRY:
            return record.expiry_date.toordinal()
        if column == self.RECEIVED:
            return record.received_at.timestamp()
        if column == self.PACKS:
            return record.quantity_received
        if column == self.IN_STOCK:
            return record.quantity_in_stock
        return super().sort_key(record, column)

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return _RIGHT if column in (self.PACKS, self.IN_STOCK) else _LEFT

    def colours(self, record: LotRecord, column: int) -> tuple[QColor | None, QColor | None]:
        level = lot_status(record, self.today).level
        if column in (self.STATUS, self.EXPIRY) or level is Level.ARCHIVED:
            return level_colours(level)
        return None, None


class ExpiringTable(RecordTable):
    """(product, lot) pairs: lots expiring soon and expired lots still on the shelf."""

    PRODUCT, LOT, EXPIRY, IN_STOCK, STATUS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = muscat_today()

    def headers(self) -> list[str]:
        return [_t("Product"), _t("Lot number"), _t("Expiry"), _t("In stock"), _t("Status")]

    def display(self, record: tuple[ProductRecord, LotRecord], column: int) -> str:
        product, lot = record
        if column == self.PRODUCT:
            return product.label
        if column == self.LOT:
            return lot.lot_number
        if column == self.EXPIRY:
            return day_text(lot.expiry_date)
        if column == self.IN_STOCK:
            return str(lot.quantity_in_stock)
        return lot_status(lot, self.today).text

    def sort_key(self, record: tuple[ProductRecord, LotRecord], column: int) -> Any:
        if column in (self.EXPIRY, self.STATUS):
            return record[1].expiry_date.toordinal()
        if column == self.IN_STOCK:
            return record[1].quantity_in_stock
        return super().sort_key(record, column)

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return _RIGHT if column == self.IN_STOCK else _LEFT

    def colours(
        self, record: tuple[ProductRecord, LotRecord], column: int
    ) -> tuple[QColor | None, QColor | None]:
        if column in (self.EXPIRY, self.STATUS):
            return level_colours(lot_status(record[1], self.today).level)
        return None, None


class LotPickTable(RecordTable):
    """Every lot ever received, to choose the one a recall notice names."""

    LOT, PRODUCT, EXPIRY = range(3)

    def headers(self) -> list[str]:
        return [_t("Lot number"), _t("Product"), _t("Expiry")]

    def display(self, record: tuple[ProductRecord, LotRecord], column: int) -> str:
        product, lot = record
        if column == self.LOT:
            return lot.lot_number
        if column == self.PRODUCT:
            return product.label
        return day_text(lot.expiry_date)

    def sort_key(self, record: tuple[ProductRecord, LotRecord], column: int) -> Any:
        if column == self.EXPIRY:
            return record[1].expiry_date.toordinal()
        return super().sort_key(record, column)


class RecallTable(RecordTable):
    """Up to ~65,000 rows, appended in batches while the report is read."""

    DATE, NAME, ARABIC, PHONE, CIVIL, UNITS, PRACTITIONER = range(7)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        # Views and proxies ask this for every cell they map; translating the seven headers
        # each time was most of the cost of appending 64,000 rows.
        return 0 if parent.isValid() else 7

    def headers(self) -> list[str]:
        return [
            _t("Session date"),
            _t("Name"),
            _t("الاسم"),
            _t("Phone"),
            _t("Civil number"),
            _t("Units"),
            _t("Practitioner"),
        ]

    def display(self, record: RecallRow, column: int) -> str:
        # Only the cell asked for is formatted: Qt asks cell by cell, and measuring the
        # columns of the first screenful formatted each row's seven texts seven times over.
        if column == self.DATE:
            return day_text(record.performed_on)
        if column == self.NAME:
            return record.name_latin
        if column == self.ARABIC:
            return record.name_arabic
        if column == self.PHONE:
            # Kept left to right in the Arabic interface ("+968 9824 2046", not "2046 9824
            # 968+"), in the reader's digits, as the patients list shows them.
            return labels.ltr_text(record.phone_display)
        if column == self.CIVIL:
            return labels.ltr_text(record.civil_number)
        if column == self.UNITS:
            return labels.number_text(record.units)
        return record.practitioner

    def sort_key(self, record: RecallRow, column: int) -> Any:
        if column == self.DATE:
            return record.performed_at.timestamp()
        if column == self.UNITS:
            return record.units
        return super().sort_key(record, column)

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return _RIGHT if column in (self.ARABIC, self.UNITS) else _LEFT
