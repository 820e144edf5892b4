"""The session editor: record a treatment session, or amend a recorded one with a reason.

New mode: the patient header on top; when, preparation, one card per modality (several in
one session: toxin is mostly an adjunct, clinical reference §5), adverse events stated
explicitly, notes; on the right a safety panel that re-runs the gate in the background
shortly after each change. Save is possible only when nothing blocks and every finding that
needs an override has a reason; the service runs the gate again inside the save and stores
the reasons with the session (audited). After saving, the dialog shows the next step
(``next_step.py``): the proposed next date with one-click booking, and signing.

Amend mode: the same form filled with the session as it stands; product, lot, recorded
points and events stay (the service refuses to move stock by correction); a reason is
required and the whole before and after is kept by the service.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Modality, PlanStatus
from scardesk.domain.errors import ValidationError
from scardesk.domain.patient_header import PatientHeader
from scardesk.domain.plans import PlanRecord
from scardesk.domain.products import ProductRecord
from scardesk.domain.records import Changes
from scardesk.domain.safety import GateResult
from scardesk.domain.sessions import NOTES_MAX, NextProposal, SessionInput, SessionRecord
from scardesk.domain.time import utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.services.sessions import SessionBlockedError
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.safety.words import ClinicPolicy
from scardesk.ui.sessions import form_errors
from scardesk.ui.sessions.cards import CardNeeds, make_card
from scardesk.ui.sessions.common import modality_name
from scardesk.ui.sessions.events import AdverseEventsCard
from scardesk.ui.sessions.modality_cards import ModalityCard
from scardesk.ui.sessions.next_step import NextStepPanel
from scardesk.ui.sessions.prep import AmendReasonCard, NotesCard, PreparationCard, WhenCard
from scardesk.ui.sessions.safety_panel import GatePreview, SafetyPanel
from scardesk.ui.sessions.toxin_card import ToxinCard
from scardesk.ui.tasks import run_logged_read
from scardesk.ui.tr import _t, listed
from scardesk.ui.widgets.card import Card, plain_label
from scardesk.ui.widgets.patient_header import PatientHeaderWidget
from scardesk.ui.widgets.screen_fit import fit_size
from scardesk.ui.widgets.tab_order import chain_blocks, tab_stops
from scardesk.ui.widgets.unsaved import DiscardGuard


class SessionEditor(DiscardGuard, QDialog):
    """Open with ``open()``; ``saved_record`` is set once the service stored the session."""

    saved = Signal(object)

    def __init__(
        self,
        context: ScreenContext,
        patient_id: int,
        *,
        appointment_id: int | None = None,
        record: SessionRecord | None = None,
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.appointment_id = appointment_id
        self.record = record
        self.header: PatientHeader | None = None
        self.products: list[ProductRecord] = []
        self.plan_id: int | None = record.content.plan_id if record else None
        self.cards: list[ModalityCard] = []
        self.saved_record: SessionRecord | None = None
        self.next_step: NextStepPanel | None = None
        self._errors = ErrorPresenter(self)
        self.setWindowTitle(_t("Amend session") if record else _t("Record treatment session"))
        fit_size(self, 1440, 920)
        self._build(record.content.performed_at if record else clock())
        self._load_header()
        self._load_products()
        self._load_policy()
        if record is None:
            self._load_plan()
            self.gate.schedule()
        else:
            self._load_record(record)
        self._update_save()

    # --- layout -----------------------------------------------------------------------------
    def _build(self, moment: datetime) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 12, 18, 12)
        self.header_widget = PatientHeaderWidget(self.context.signed_in.user.role)
        outer.addWidget(self.header_widget)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        form_page = QWidget()
        page = QVBoxLayout(form_page)
        page.setContentsMargins(0, 8, 0, 0)
        self.stack.addWidget(form_page)
        title = plain_label(self.windowTitle())
        title.setObjectName("dialogTitle")
        page.addWidget(title)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        page.addLayout(columns, 1)

        body = QWidget()
        self.form_layout = QVBoxLayout(body)
        self.form_layout.setContentsMargins(0, 0, 6, 0)
        self.form_layout.setSpacing(12)
        self.when = WhenCard(moment)
        self.preparation = PreparationCard()
        self.treatments = Card(_t("Treatments"))
        self.treatments.body.addWidget(
            plain_label(_t("Add each modality given in this session."), muted=True)
        )
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(10)
        self.treatments.body.addLayout(self.cards_layout)
        self.add_button = QToolButton()
        self.add_button.setText(_t("+ Add modality"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        for modality in Modality:
            action = self.add_menu.addAction(modality_name(modality))
            action.triggered.connect(lambda _c=False, m=modality: self.add_modality(m))
        self.add_button.setMenu(self.add_menu)
        self.treatments.body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.treatments.finish()
        self.events = AdverseEventsCard()
        self.notes = NotesCard()
        for card in (self.when, self.preparation, self.treatments, self.events, self.notes):
            self.form_layout.addWidget(card)
        self.form_layout.addStretch(1)
        for part in (self.when, self.preparation, self.events, self.notes):
            part.changed.connect(self._form_changed)
        self.when.changed.connect(self._time_changed)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(body)
        columns.addWidget(self.form_scroll, 1)

        self.safety = SafetyPanel()
        self.safety.setFixedWidth(420)
        self.safety.overrides_changed.connect(self._update_save)
        self.gate = GatePreview(self.context, self.patient_id, self.safety, self._preview_form)
        self.gate_timer = self.gate.timer
        self.amend_card = AmendReasonCard()
        self.amend_reason = self.amend_card.reason
        self.amend_reason.textChanged.connect(lambda _t: self._update_save())
        self.amend_card.setFixedWidth(420)
        side = QVBoxLayout()
        side.addWidget(self.safety, 1)
        side.addWidget(self.amend_card)
        side.addStretch(0)
        columns.addLayout(side)
        self.safety.setVisible(self.record is None)
        self.amend_card.setVisible(self.record is not None)

        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        page.addWidget(self.form_error)
        buttons = QHBoxLayout()
        self.save_hint = plain_label(muted=True)
        buttons.addWidget(self.save_hint, 1)
        self.cancel_button = QPushButton(_t("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(_t("Save amendment") if self.record else _t("Save session"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        page.addLayout(buttons)

    # --- loading ----------------------------------------------------------------------------
    def _load_header(self) -> None:
        service, actor = self.context.services.patient_header, self.context.signed_in.actor
        run_logged_read(
            self.context.runner,
            lambda: service.open(actor, self.patient_id),
            self._got_header,
            lambda error: self._errors.show(error, self),  # opening a record is audited
        )

    def _got_header(self, header: PatientHeader) -> None:
        self.header = header
        self.header_widget.set_header(header)

    def _load_policy(self) -> None:
        service, actor = self.context.services.rules, self.context.signed_in.actor
        self.context.runner.run(
            lambda: service.current(actor),
            lambda rules: self.safety.set_policy(ClinicPolicy(rules.parameters, rules.set_by)),
            lambda error: self._errors.show(error, self),
        )

    def _load_products(self) -> None:
        service, actor = self.context.services.products, self.context.signed_in.actor
        self.context.runner.run(
            lambda: service.list_products(actor, modality=Modality.TOXIN),
            self._got_products,
            lambda error: self._errors.show(error, self),
        )

    def _got_products(self, products: list[ProductRecord]) -> None:
        self.products = products

    def _load_plan(self) -> None:
        service, actor = self.context.services.plans, self.context.signed_in.actor
        self.context.runner.run(
            lambda: service.list_for_patient(actor, self.patient_id),
            self._got_plans,
            lambda error: self._errors.show(error, self),
        )

    def _got_plans(self, plans: list[PlanRecord | UnreadableRecord]) -> None:
        # A plan that cannot be read is not guessed at: the session is then saved unlinked.
        active = [p for p in plans if isinstance(p, PlanRecord) and p.status is PlanStatus.ACTIVE]
        if not active and any(not isinstance(p, PlanRecord) for p in plans):
            self.when.plan_label.setText(
                _t("A treatment plan cannot be read: this session will not be linked to one.")
            )
        if active:
            plan = active[0]
            self.plan_id = plan.id
            parts = listed(modality_name(item.modality) for item in plan.items)
            self.when.plan_label.setText(
                _t("Active plan: {parts}").format(parts=parts) if parts else _t("Active plan")
            )
        self._update_save()

    def _load_record(self, record: SessionRecord) -> None:
        """Amend mode: the session as it stands, with what may not change locked."""
        content = record.content
        self.preparation.load(content)
        lots = {facts.index: facts.lot_number for facts in record.toxin}
        for n, entry in enumerate(content.modalities):
            card = self.add_modality(entry.modality, removable=False)
            card.load(entry, lots.get(n, ""))
            card.lock_identity()
        self.add_button.hide()
        self.events.load(content.adverse_events_none, content.adverse_events)
        self.events.lock_recorded()
        self.notes.notes.setPlainText(content.post_notes or "")

    # --- modalities -------------------------------------------------------------------------
    def add_modality(self, modality: Modality, removable: bool = True) -> ModalityCard:
        needs = CardNeeds(self.context, self.products, self.when.moment)
        card = make_card(modality, needs, removable)
        card.changed.connect(self._form_changed)
        card.remove_requested.connect(self._remove_card)
        self.cards_layout.addWidget(card)
        self.cards.append(card)
        # Tab runs through the cards where they stand, between preparation and "+ Add modality".
        chain_blocks(tab_stops(self.preparation)[-1], self.cards, self.add_button)
        self.treatments.error.set_message("")
        self._form_changed()
        return card

    def _remove_card(self, card: ModalityCard) -> None:
        self.cards.remove(card)
        self.cards_layout.removeWidget(card)
        card.deleteLater()
        self._form_changed()

    def toxin_cards(self) -> list[ToxinCard]:
        return [card for card in self.cards if isinstance(card, ToxinCard)]

    # --- the form ---------------------------------------------------------------------------
    def form(self) -> SessionInput:
        base = self.record.content if self.record else None
        moment = self.when.moment()
        if base is not None and moment == base.performed_at:
            moment = base.performed_at  # same instant: keep it as stored, not re-zoned
        return SessionInput(
            performed_at=moment,
            modalities=tuple(card.entry() for card in self.cards),
            adverse_events_none=self.events.none_stated(),
            adverse_events=self.events.events(),
            cleansing_done=self.preparation.cleansing.isChecked(),
            antiviral_prophylaxis=self.preparation.antiviral.isChecked(),
            anaesthetic_agent=self.preparation.agent_text(),
            anaesthetic_minutes=self.preparation.minutes_value(),
            post_notes=self.notes.text(),
            plan_id=self.plan_id,
            supervising_prescriber_id=base.supervising_prescriber_id if base else None,
        )

    def _preview_form(self) -> SessionInput:
        return form_errors.preview_form(self.form())

    def _form_changed(self) -> None:
        self.form_error.hide()
        if self.record is None:
            self.gate.schedule()
        self._update_save()

    def _time_changed(self) -> None:
        for card in self.toxin_cards():
            card.refresh_facts()

    # --- the gate ---------------------------------------------------------------------------
    def run_gate_now(self) -> None:
        """Ask the gate at once (tests; the timer does it shortly after each change)."""
        self.gate.run_now()

    def _update_save(self) -> None:
        if self.record is not None:
            ready = bool(self.amend_reason.text().strip())
            hint = "" if ready else _t("Give the reason for the amendment to save it.")
        else:
            ready = self.safety.can_save() and not self.gate_timer.isActive()
            hint = (
                ""
                if ready
                else _t("Save is available once nothing blocks and every override has a reason.")
            )
        self.save_button.setEnabled(ready)
        self.save_hint.setText(hint)

    # --- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        self.clear_errors()
        if self.notes.too_long():
            self.show_validation(
                ValidationError(
                    {"post_notes": f"the notes are too long: at most {NOTES_MAX} characters"}
                )
            )
            return
        form = self.form()
        service, actor = self.context.services.sessions, self.context.signed_in.actor
        record = self.record
        self.save_button.setEnabled(False)
        if record is None:
            overrides = self.safety.overrides()
            patient_id, appointment_id = self.patient_id, self.appointment_id
            self.context.run_command(
                lambda: service.record_session(actor, patient_id, form, overrides, appointment_id),
                self._recorded,
                self._failed,
            )
        else:
            reason = self.amend_reason.text()
            self.context.run_command(
                lambda: service.amend(actor, record.id, record.version, form, reason),
                self._amended,
                self._failed,
            )

    def _published(self, record: SessionRecord) -> None:
        self.saved_record = record
        self.saved.emit(record)

    def _amended(self, result: tuple[SessionRecord, Changes]) -> None:
        self._published(result[0])
        self.accept()

    def _recorded(self, result: tuple[SessionRecord, GateResult, NextProposal, Changes]) -> None:
        record, gate, proposal, _changes = result
        self._published(record)
        self.unsaved.forget()  # stored: what is on screen now is the saved session
        self.next_step = NextStepPanel(self.context, record, proposal, self.header, gate)
        self.next_step.close_requested.connect(self.accept)
        self.stack.addWidget(self.next_step)
        self.stack.setCurrentWidget(self.next_step)
        self.setWindowTitle(_t("Session saved"))

    def _failed(self, error: BaseException) -> None:
        self._update_save()
        if isinstance(error, SessionBlockedError):
            self.safety.show_result(error.result)
            self._show_banner(
                _t("Nothing was saved: the safety check stops this session (see the panel).")
            )
        elif isinstance(error, ValidationError):
            self.show_validation(error)
        else:
            self._errors.show(error, self)

    # --- errors -----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        form_errors.clear(self)

    def show_validation(self, error: ValidationError) -> None:
        """Each message under the field it concerns; the rest in the banner."""
        form_errors.show(self, error)

    def _show_banner(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.show()
