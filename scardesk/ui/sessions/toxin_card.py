"""The toxin charting card: product, vial lot, reconstitution, and the points on the face map.

Units belong to the chosen product and are never converted (clinical reference §5), so every
unit figure on this card is shown with that product beside it. The lot list holds only lots
the product service calls usable today (in stock, not archived, not expired); a lot number
typed by hand that is not among them is explained under the field — expired, empty, another
product's — and still handed to the safety check, whose blocking finding shows in the panel
at once (the save refuses it too). The concentration and the use-by warning come from the
domain's toxin arithmetic, so the figure on screen is the one the record will hold. Each
click on the face map places a point with the units in "Units per point"; the running total
turns red until it equals the units recorded, and points above the clinic's per-point
ceiling are marked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from scardesk.domain.enums import Modality
from scardesk.domain.errors import ScarDeskError
from scardesk.domain.products import LotRecord, ProductRecord, lot_problem
from scardesk.domain.sessions import ModalityInput, PointInput, ToxinInput
from scardesk.domain.time import to_muscat
from scardesk.domain.toxin import (
    DEFAULT_WINDOW_HOURS,
    concentration_units_per_0_1ml,
    hours_since_reconstitution,
    reconstitution_expired,
)
from scardesk.ui.context import ScreenContext
from scardesk.ui.labels import day_text, moment_text
from scardesk.ui.messages import error_text, message_text, sentence
from scardesk.ui.sessions.common import (
    datetime_edit,
    moment_of,
    number_box,
    set_moment,
)
from scardesk.ui.sessions.modality_cards import ModalityCard
from scardesk.ui.sessions.points_chart import PointsChart
from scardesk.ui.style import ERROR, MUTED
from scardesk.ui.tr import _t
from scardesk.ui.widgets.card import plain_label

_WARN_STYLE = (
    "background: #fff4e0; color: #7a4100; border: 1px solid #f3d19c; border-radius: 6px;"
    " padding: 6px 8px;"
)


def concentration_text(per_0_1ml: float) -> str:
    """``4.0 U per 0.1 mL``: at least one decimal, at most two."""
    figure = f"{per_0_1ml:.2f}".rstrip("0")
    figure = figure + "0" if figure.endswith(".") else figure
    return _t("{figure} U per 0.1 mL").format(figure=figure)


def lot_label(lot: LotRecord) -> str:
    return _t("{number} · use by {expiry} · {stock} in stock").format(
        number=lot.lot_number,
        expiry=day_text(lot.expiry_date),
        stock=lot.quantity_in_stock,
    )


class ToxinCard(ModalityCard):
    modality = Modality.TOXIN

    def __init__(
        self,
        context: ScreenContext,
        products: list[ProductRecord],
        session_time: Callable[[], datetime],
        removable: bool = True,
    ) -> None:
        super().__init__(removable)
        self.context = context
        self.products = {p.id: p for p in products}
        self.session_time = session_time
        self.usable: list[LotRecord] = []
        self.known_lots: list[LotRecord] = []  # every lot of every toxin, to explain refusals
        self._loaded_lot: int | None = None  # amend mode: the lot recorded, usable or not
        self._loaded_mixed: datetime | None = None  # amend mode: the time as stored
        self._build_fields()
        self._build_chart()
        self.finish()
        self._load_all_lots()
        self._load_ceiling()
        if products:
            self._product_changed()
        self.refresh_facts()

    # --- building ---------------------------------------------------------------------------
    def _build_fields(self) -> None:
        self.product = QComboBox()
        for product in self.products.values():
            self.product.addItem(product.label, product.id)
        self.lot = QComboBox()
        lot_text = QLineEdit()  # the lot can be typed as well as chosen
        lot_text.setPlaceholderText(_t("Choose or type the vial's lot"))
        self.lot.setLineEdit(lot_text)
        self.lot.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.vial_units = number_box(1, 10_000, 50, 0, _t(" U"))
        self.diluent = number_box(0.1, 10, 0.5, 2, _t(" mL"))
        self.diluent.setValue(2.5)
        self.reconstituted = datetime_edit(self.session_time() - timedelta(minutes=30))
        self.concentration = plain_label()
        self.concentration.setStyleSheet("font-size: 13pt; font-weight: 700; color: #115e59;")
        self.use_by = plain_label(wrap=True)
        self.field("product_id", _t("Product"), self.product)
        self.field("lot_id", _t("Lot (vial)"), self.lot, 1)
        self.field("vial_units", _t("Vial size"), self.vial_units)
        self.field("diluent_ml", _t("Saline added"), self.diluent, 1)
        self.field("reconstituted_at", _t("Reconstituted at"), self.reconstituted)
        self.field("concentration", _t("Concentration"), self.concentration, 1)
        self.body.addWidget(self.use_by)
        self.product.currentIndexChanged.connect(lambda _i: self._product_changed())
        self.lot.currentTextChanged.connect(lambda _t: self._lot_changed())
        for widget in (self.vial_units, self.diluent):
            widget.valueChanged.connect(lambda _v: self.refresh_facts())
        self.reconstituted.dateTimeChanged.connect(lambda _d: self.refresh_facts())

    def _build_chart(self) -> None:
        self.chart = PointsChart()
        self.chart.changed.connect(self.changed)
        self.face, self.table = self.chart.face, self.chart.table
        self.point_units, self.placed_total = self.chart.point_units, self.chart.placed_total
        self.errors["points"] = self.chart.error
        self.body.addWidget(self.chart)
        self.total_units = number_box(0, 10_000, 1, 2, _t(" U"))
        self.match_button = QPushButton(_t("= placed"))
        self.match_button.setToolTip(_t("Record the units placed on the map as the total given"))
        self.match_button.clicked.connect(lambda: self.total_units.setValue(self.placed()))
        self.waste_units = number_box(0, 10_000, 1, 2, _t(" U"))
        self.per_cm3 = number_box(0, 100, 0.5, 1, _t(" U/cm³"))
        self.per_cm3.setSpecialValueText(_t("not recorded"))
        holder = QWidget()
        holder_row = QHBoxLayout(holder)
        holder_row.setContentsMargins(0, 0, 0, 0)
        holder_row.addWidget(self.total_units, 1)
        holder_row.addWidget(self.match_button)
        # The totals sit under the chart, in a grid of their own with their error lines.
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self._row = 0
        self.body.addLayout(self.grid)
        self.field("total_units", _t("Units given (recorded)"), holder)
        self.field("waste_units", _t("Waste"), self.waste_units, 1)
        self.field("units_per_cm3", _t("Intralesional dose per cm³ of lesion"), self.per_cm3)
        self.total_units.valueChanged.connect(lambda _v: self._update_total())
        self._update_total()

    # --- lots -------------------------------------------------------------------------------
    def product_record(self) -> ProductRecord | None:
        return self.products.get(self.product.currentData())

    def _load_all_lots(self) -> None:
        service, actor = self.context.services.products, self.context.signed_in.actor

        def task() -> list[LotRecord]:
            return [lot for pid in self.products for lot in service.list_lots(actor, pid)]

        self.context.runner.run(task, self._got_known, self._lots_failed)

    def _load_ceiling(self) -> None:
        service, actor = self.context.services.rules, self.context.signed_in.actor
        self.context.runner.run(
            lambda: service.current(actor),
            lambda rules: self.chart.set_ceiling(rules.parameters.toxin_max_units_per_point),
            lambda error: self.chart.ceiling_unknown(
                error_text(error) if isinstance(error, ScarDeskError) else _t("unexpected error")
            ),
        )

    def _got_known(self, lots: list[LotRecord]) -> None:
        self.known_lots = lots
        self._lot_changed()

    def _product_changed(self) -> None:
        product = self.product_record()
        if product is None:
            return
        if product.vial_units:
            self.vial_units.setValue(product.vial_units)
        for box in (self.total_units, self.waste_units, self.point_units):
            box.setSuffix(_t(" U {brand}").format(brand=product.brand))
        service, actor = self.context.services.products, self.context.signed_in.actor
        on = to_muscat(self.session_time()).date()
        product_id = product.id
        self.context.runner.run(
            lambda: service.usable_lots(actor, product_id, on),
            lambda lots: self._fill_lots(product_id, lots),
            self._lots_failed,
        )
        self.refresh_facts()

    def _fill_lots(self, product_id: int, lots: list[LotRecord]) -> None:
        if product_id != self.product.currentData() or self._loaded_lot is not None:
            return  # the product changed again while loading, or the lot is fixed (amend)
        self.usable = lots
        self.lot.blockSignals(True)
        self.lot.clear()
        for lot in lots:
            self.lot.addItem(lot_label(lot), lot.id)
        self.lot.setCurrentIndex(0 if lots else -1)
        self.lot.blockSignals(False)
        self._lot_changed()

    def _lots_failed(self, error: BaseException) -> None:
        self.errors["lot_id"].set_message(
            error_text(error) if isinstance(error, ScarDeskError) else ""
        )

    def lot_id(self) -> int | None:
        """The chosen usable lot, or None when the text names no usable lot of this product."""
        if self._loaded_lot is not None:
            return self._loaded_lot
        found = self._usable_named(self.lot.currentText())
        return found.id if found else None

    def named_lot_id(self) -> int | None:
        """The lot the text names, usable or not, so the safety check can say why not.

        A usable lot of this product first, else a known lot with that number (this
        product's before another's); None when the text names no lot at all.
        """
        chosen = self.lot_id()
        if chosen is not None:
            return chosen
        number = self.lot.currentText().strip().split(" ")[0].upper()
        if not number:
            return None
        product_id = self.product.currentData()
        named = [lot for lot in self.known_lots if lot.lot_number == number]
        named.sort(key=lambda lot: lot.product_id != product_id)
        return named[0].id if named else None

    def _usable_named(self, text: str) -> LotRecord | None:
        typed = text.strip()
        for lot in self.usable:
            if typed == lot_label(lot) or typed.split(" ")[0].upper() == lot.lot_number:
                return lot
        return None

    def lot_message(self) -> str:
        """Why the lot text cannot be used, or "" when it names a usable lot."""
        text = self.lot.currentText().strip()
        if self._loaded_lot is not None or self._usable_named(text) is not None:
            return ""
        if not text:
            if not self.usable and self.product_record() is not None:
                return _t("No usable lot of this product is in stock: receive one first.")
            return _t("Choose the vial's lot from the lots in stock.")
        number = text.split(" ")[0].upper()
        product = self.product_record()
        on = to_muscat(self.session_time()).date()
        for lot in self.known_lots:
            if lot.lot_number == number:
                problem = lot_problem(lot, on, product.id if product else None)
                if problem:
                    return sentence(message_text(problem)) + "."
        return _t(
            "Lot {number} is not in stock for this product: choose one from the list."
        ).format(number=number)

    def _lot_changed(self) -> None:
        message = self.lot_message()
        self.errors["lot_id"].set_message(message if self.lot.currentText().strip() else "")
        self.changed.emit()

    # --- facts ------------------------------------------------------------------------------
    def refresh_facts(self) -> None:
        self.concentration.setText(
            concentration_text(
                concentration_units_per_0_1ml(self.vial_units.value(), self.diluent.value())
            )
        )
        product = self.product_record()
        window = (
            float(product.reconstitution_window_hours or DEFAULT_WINDOW_HOURS)
            if product
            else DEFAULT_WINDOW_HOURS
        )
        mixed, used = moment_of(self.reconstituted), self.session_time()
        if mixed > used:
            self.use_by.setStyleSheet(f"color: {ERROR};")
            self.use_by.setText(_t("Reconstituted after the session time: check both times."))
        elif reconstitution_expired(mixed, used, window):
            hours = hours_since_reconstitution(mixed, used)
            self.use_by.setStyleSheet(_WARN_STYLE)
            self.use_by.setText(
                _t(
                    "⚠ Mixed {hours:.0f} h before the session: past this product's {window:g} h "
                    "use-by window. Use a fresh vial, or record why in the notes."
                ).format(hours=hours, window=window)
            )
        else:
            until = moment_text(mixed + timedelta(hours=window))
            self.use_by.setStyleSheet(f"color: {MUTED};")
            self.use_by.setText(
                _t("Use within {window:g} h of mixing (until {until}).").format(
                    window=window, until=until
                )
            )
        self.changed.emit()

    # --- points -------------------------------------------------------------------------
    @property
    def points(self) -> list[PointInput]:
        return self.chart.points

    def placed(self) -> float:
        return self.chart.placed()

    def _update_total(self) -> None:
        self.chart.show_total(self.total_units.value())

    def totals_match(self) -> bool:
        return self.chart.matches(self.total_units.value())

    # --- data -------------------------------------------------------------------------------
    def entry(self) -> ToxinInput:
        per_cm3 = self.per_cm3.value()
        regions = dict.fromkeys(p.region for p in self.points if p.region)
        return ToxinInput(
            product_id=self.product.currentData() or 0,
            lot_id=self.named_lot_id() or 0,
            vial_units=self.vial_units.value(),
            diluent_ml=self.diluent.value(),
            reconstituted_at=self._reconstituted_at(),
            points=tuple(self.points),
            total_units=self.total_units.value(),
            waste_units=self.waste_units.value(),
            units_per_cm3=per_cm3 if per_cm3 > 0 else None,
            areas=tuple(regions),
        )

    def _reconstituted_at(self) -> datetime:
        moment = moment_of(self.reconstituted)
        stored = self._loaded_mixed
        return stored if stored is not None and stored == moment else moment

    def load(self, entry: ModalityInput, lot_number: str = "") -> None:
        assert isinstance(entry, ToxinInput)
        self._loaded_mixed = entry.reconstituted_at
        self._loaded_lot = entry.lot_id
        self.product.setCurrentIndex(max(0, self.product.findData(entry.product_id)))
        self.lot.blockSignals(True)
        self.lot.clear()
        self.lot.addItem(lot_number or str(entry.lot_id), entry.lot_id)
        self.lot.blockSignals(False)
        self.vial_units.setValue(entry.vial_units)
        self.diluent.setValue(entry.diluent_ml)
        set_moment(self.reconstituted, entry.reconstituted_at)
        self.total_units.setValue(entry.total_units)
        self.waste_units.setValue(entry.waste_units)
        self.per_cm3.setValue(entry.units_per_cm3 or 0)
        self.chart.points = list(entry.points)
        self.chart.sync()

    def lock_identity(self) -> None:
        """Amend mode: product and lot stay; recorded points may be corrected, not removed."""
        self.product.setEnabled(False)
        self.lot.setEnabled(False)
        self.chart.fixed_points = len(self.points)
        self.chart.sync()
        self.errors["lot_id"].set_message("")
