"""Dialogs of the Products & lots screen: a product, receiving a lot, a stock correction, a reason.

Each dialog runs its command through the task runner and stays open until the service answers,
so a refusal lands as a message under the field it concerns and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from scardesk.domain.enums import Modality, UnitKind
from scardesk.domain.errors import ValidationError
from scardesk.domain.products import (
    LotRecord,
    ProductInput,
    ProductRecord,
    validate_lot_number,
    validate_product,
)
from scardesk.ui.context import ScreenContext
from scardesk.ui.labels import modality_name
from scardesk.ui.messages import field_texts
from scardesk.ui.products.fields import (
    ChoiceRow,
    ServiceDialog,
    parse_expiry,
    parse_rials,
    parse_whole,
    title_label,
)
from scardesk.ui.products.models import day_text, unit_kind_name
from scardesk.ui.tr import _t
from scardesk.ui.widgets import FieldRow


class ProductDialog(ServiceDialog):
    """Add a product to the catalogue, or edit one (the version seen is sent with the edit)."""

    def __init__(
        self,
        context: ScreenContext,
        product: ProductRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.product = product
        heading = _t("Add a product") if product is None else _t("Edit product")
        self.setWindowTitle(heading)
        self.setMinimumWidth(620)
        self.save_button.setText(_t("Add product") if product is None else _t("Save changes"))
        self.brand = FieldRow(_t("Brand"), hint=_t("e.g. Botox"))
        self.name = FieldRow(_t("Nonproprietary name"), hint=_t("e.g. onabotulinumtoxinA"))
        self.modality = ChoiceRow(_t("Modality"))
        for modality in Modality:
            self.modality.combo.addItem(modality_name(modality), modality)
        self.unit_kind = ChoiceRow(_t("Counted in"))
        for kind in UnitKind:
            self.unit_kind.combo.addItem(unit_kind_name(kind), kind)
        self.vial_units = FieldRow(_t("Vial size (units per vial)"), hint=_t("e.g. 100 — toxins"))
        self.use_within = FieldRow(
            _t("Use within (hours after mixing)"), hint=_t("e.g. 24 — optional")
        )
        self.price = FieldRow(_t("Price per pack (OMR)"), hint=_t("e.g. 45.500 — optional"))
        self.fields = {
            "brand": self.brand,
            "nonproprietary_name": self.name,
            "modality": self.modality,
            "unit_kind": self.unit_kind,
            "vial_units": self.vial_units,
            "reconstitution_window_hours": self.use_within,
            "price_baisa": self.price,
        }
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(heading))
        note = QLabel(
            _t(
                "Toxin units belong to one brand and are never converted: add each brand as "
                "its own product."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.form_error)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for index, row in enumerate(
            (self.brand, self.name, self.modality, self.unit_kind, self.vial_units, self.use_within)
        ):
            grid.addWidget(row, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.price, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.modality.combo.currentIndexChanged.connect(self._follow_modality)
        if product is not None:
            self._fill(product)

    def _fill(self, product: ProductRecord) -> None:
        self.brand.set_text(product.brand)
        self.name.set_text(product.nonproprietary_name)
        self.modality.combo.setCurrentIndex(self.modality.combo.findData(product.modality))
        self.unit_kind.combo.setCurrentIndex(self.unit_kind.combo.findData(product.unit_kind))
        self.vial_units.set_text(str(product.vial_units or ""))
        self.use_within.set_text(str(product.reconstitution_window_hours or ""))
        if product.price_baisa is not None:
            self.price.set_text(f"{Decimal(product.price_baisa) / 1000:.3f}")

    def chosen_modality(self) -> Modality:
        return Modality(self.modality.combo.currentData())  # Qt hands a StrEnum back as str

    def chosen_unit_kind(self) -> UnitKind:
        return UnitKind(self.unit_kind.combo.currentData())

    def _follow_modality(self) -> None:
        """A toxin is counted in toxin units and nothing else is: choose the matching kind."""
        toxin = self.chosen_modality() is Modality.TOXIN
        kind = self.chosen_unit_kind()
        if toxin and kind is not UnitKind.TOXIN_UNITS:
            wanted = UnitKind.TOXIN_UNITS
        elif not toxin and kind is UnitKind.TOXIN_UNITS:
            wanted = UnitKind.MILLILITRES
        else:
            return
        self.unit_kind.combo.setCurrentIndex(self.unit_kind.combo.findData(wanted))

    def prepare(self) -> Callable[[], Any] | None:
        problems: dict[str, str] = {}
        numbers: dict[str, int | None] = {}
        for name, row, parse in (
            ("vial_units", self.vial_units, parse_whole),
            ("reconstitution_window_hours", self.use_within, parse_whole),
            ("price_baisa", self.price, parse_rials),
        ):
            text = row.text() if isinstance(row, FieldRow) else ""
            try:
                numbers[name] = parse(text) if text.strip() else None
            except ValueError as error:
                problems[name] = str(error)
        form = ProductInput(
            brand=self.brand.text(),
            nonproprietary_name=self.name.text(),
            modality=self.chosen_modality(),
            unit_kind=self.chosen_unit_kind(),
            vial_units=numbers.get("vial_units"),
            reconstitution_window_hours=numbers.get("reconstitution_window_hours"),
            price_baisa=numbers.get("price_baisa"),
        )
        if problems:
            # Show the domain's findings on the other fields too, so one correction round is enough.
            try:
                validate_product(form)
            except ValidationError as error:
                problems = {**field_texts(error), **problems}
            self.show_field_errors(problems)
            return None
        products, actor, current = self._context.services.products, self.actor, self.product
        if current is None:
            return lambda: products.add_product(actor, form)
        return lambda: products.update_product(actor, current.id, current.version, form)


class ReceiveLotDialog(ServiceDialog):
    """Book a delivery in: lot number and expiry as printed on the box, and how many packs."""

    def __init__(
        self,
        context: ScreenContext,
        product: ProductRecord,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.product = product
        self.today = today
        self.setWindowTitle(_t("Receive a lot"))
        self.setMinimumWidth(460)
        self.save_button.setText(_t("Receive lot"))
        self.lot_number = FieldRow(_t("Lot number"), hint=_t("as printed on the box, e.g. C1234AB"))
        self.expiry = FieldRow(
            _t("Expiry date"), hint=_t("day/month/year, e.g. 31/03/2027, or a month: 03/2027")
        )
        self.quantity = FieldRow(_t("Packs received"), hint=_t("e.g. 5 vials"))
        self.fields = {
            "lot_number": self.lot_number,
            "expiry_date": self.expiry,
            "quantity": self.quantity,
        }
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(_t("Receive a lot")))
        subject = QLabel(product.label)
        subject.setObjectName("muted")
        subject.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(subject)
        layout.addWidget(self.form_error)
        for row in (self.lot_number, self.expiry, self.quantity):
            layout.addWidget(row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def prepare(self) -> Callable[[], Any] | None:
        problems: dict[str, str] = {}
        expiry: date | None = None
        quantity: int | None = None
        try:
            expiry = parse_expiry(self.expiry.text())
        except ValueError as error:
            problems["expiry_date"] = str(error)
        try:
            quantity = parse_whole(self.quantity.text())
        except ValueError as error:
            problems["quantity"] = str(error)
        if problems or expiry is None or quantity is None:
            try:
                validate_lot_number(self.lot_number.text())
            except ValidationError as error:
                problems.update(field_texts(error))
            self.show_field_errors(problems)
            return None
        products, actor, today = self._context.services.products, self.actor, self.today
        product_id, number, expiry_day, packs = (
            self.product.id,
            self.lot_number.text(),
            expiry,
            quantity,
        )
        return lambda: products.receive_lot(actor, product_id, number, expiry_day, packs, today)


class AdjustStockDialog(ServiceDialog):
    """Correct a lot's count (a broken vial, a stock-take); the reason goes to the audit trail."""

    def __init__(
        self, context: ScreenContext, lot: LotRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.lot = lot
        self.setWindowTitle(_t("Adjust stock"))
        self.setMinimumWidth(460)
        self.save_button.setText(_t("Save correction"))
        self.delta = FieldRow(
            _t("Change in packs (+ or −)"), hint=_t("e.g. -1 for a broken vial, +2 found")
        )
        self.reason = FieldRow(_t("Reason (required)"), hint=_t("e.g. vial broken on the shelf"))
        self.fields = {"delta": self.delta, "reason": self.reason}
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(_t("Adjust stock")))
        subject = QLabel(
            _t("Lot {lot} · {n} in stock · expires {day}").format(
                lot=lot.lot_number, n=lot.quantity_in_stock, day=day_text(lot.expiry_date)
            )
        )
        subject.setObjectName("muted")
        subject.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(subject)
        layout.addWidget(self.form_error)
        layout.addWidget(self.delta)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def prepare(self) -> Callable[[], Any] | None:
        try:
            delta = parse_whole(self.delta.text())
        except ValueError as error:
            self.show_field_errors({"delta": str(error)})
            return None
        products, actor, lot, reason = (
            self._context.services.products,
            self.actor,
            self.lot,
            self.reason.text(),
        )
        return lambda: products.adjust_stock(actor, lot.id, lot.version, delta, reason)


class ReasonDialog(ServiceDialog):
    """Asks why before a command that takes a reason (archiving a lot)."""

    def __init__(
        self,
        context: ScreenContext,
        title: str,
        explanation: str,
        action_text: str,
        command: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._command = command
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.save_button.setText(action_text)
        self.reason = FieldRow(_t("Reason (required)"), hint=_t("e.g. all vials used"))
        self.fields = {"reason": self.reason}
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(title))
        text = QLabel(explanation)
        text.setObjectName("muted")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        layout.addWidget(self.form_error)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def prepare(self) -> Callable[[], Any] | None:
        command, reason = self._command, self.reason.text()
        return lambda: command(reason)
