"""What happens after a session is saved: the next visit, bookable in one click, and signing.

ScarDesk proposes the next date from the plan and the clinic's intervals (the service's
``NextProposal``) and, after toxin, a review at about two weeks. "Book" opens the booking
dialog already filled in (patient, day, modalities, practitioner), and the gate's view of
that day is shown beside it, so a date the rules would question is seen before booking.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from scardesk.domain.enums import Modality
from scardesk.domain.errors import ScarDeskError
from scardesk.domain.patient_header import PatientHeader
from scardesk.domain.records import Changes
from scardesk.domain.safety import GateResult, PlannedTreatment
from scardesk.domain.scheduling import AppointmentRecord
from scardesk.domain.sessions import NextProposal, SessionRecord
from scardesk.domain.time import muscat_today, to_muscat
from scardesk.ui.appointments.booking import BookingDialog, BookingRequest
from scardesk.ui.appointments.patient_picker import PatientChoice
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import day_text, weekday_day_text
from scardesk.ui.messages import error_text
from scardesk.ui.sessions.common import modality_name, show_moment
from scardesk.ui.sessions.signing import ask_to_sign
from scardesk.ui.tr import _t, listed
from scardesk.ui.widgets.attest_dialog import AttestDialog
from scardesk.ui.widgets.card import Card, plain_label


def _day(day: date, performed: date) -> str:
    weeks, days = divmod((day - performed).days, 7)
    after = _t("%n week(s)", None, weeks) if not days else _t("%n day(s)", None, weeks * 7 + days)
    return _t("{day} ({after} after this session)").format(day=weekday_day_text(day), after=after)


def gate_summary(result: GateResult) -> str:
    if not result.findings:
        return _t("Safety check for that day: nothing found.")
    parts = []
    for label, found in (
        (_t("block"), result.blocked),
        (_t("need an override"), result.needs_override),
        (_t("warn"), result.warnings),
    ):
        if found:
            codes = listed(f.rule_code for f in found)
            parts.append(f"{len(found)} {label} ({codes})")
    return _t("Safety check for that day: {parts}.").format(parts="; ".join(parts))


class NextStepPanel(QWidget):
    close_requested = Signal()

    def __init__(
        self,
        context: ScreenContext,
        record: SessionRecord,
        proposal: NextProposal,
        header: PatientHeader | None,
        gate: GateResult,
    ) -> None:
        super().__init__()
        self.context = context
        self.record = record
        self.proposal = proposal
        self.header = header
        self.booking: BookingDialog | None = None
        self.attest: AttestDialog | None = None
        self._errors = ErrorPresenter(self)
        performed = to_muscat(record.content.performed_at).date()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)
        title = plain_label(_t("Session saved"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        done = listed(modality_name(m.modality) for m in record.content.modalities)
        overridden = [f.rule_code for f in gate.needs_override]
        summary = _t("{when} · {done}").format(
            when=show_moment(record.content.performed_at), done=done
        )
        if overridden:
            summary += "\n" + _t("Overridden with your reasons: {codes}").format(
                codes=listed(overridden)
            )
        layout.addWidget(plain_label(summary, muted=True, wrap=True))

        card = Card(_t("Next appointment"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.next_label = plain_label(wrap=True)
        self.next_gate = plain_label(muted=True, wrap=True)
        self.book_next = QPushButton(_t("Book next session"))
        self.book_next.setObjectName("primary")
        if proposal.next_on is not None:
            names = listed(modality_name(m) for m in proposal.modalities)
            self.next_label.setText(
                _t("Next session: {names}, due {day}").format(
                    names=names, day=_day(proposal.next_on, performed)
                )
            )
            self.book_next.clicked.connect(self.book_next_session)
            self._check_day(proposal.next_on, proposal.modalities, self.next_gate)
        else:
            self.next_label.setText(_t("No further session is due under the plan."))
            self.book_next.hide()
        grid.addWidget(self.next_label, 0, 0)
        grid.addWidget(self.book_next, 0, 1)
        grid.addWidget(self.next_gate, 1, 0, 1, 2)
        for modality, on in proposal.due:
            grid.addWidget(
                plain_label(f"• {modality_name(modality)}: {day_text(on)}", muted=True),
                grid.rowCount(),
                0,
            )
        self.review_label = plain_label(wrap=True)
        self.book_review = QPushButton(_t("Book toxin review"))
        if proposal.toxin_review_on is not None:
            self.review_label.setText(
                _t("Toxin review: {day}").format(day=_day(proposal.toxin_review_on, performed))
            )
            self.book_review.clicked.connect(self.book_toxin_review)
            row = grid.rowCount()
            grid.addWidget(self.review_label, row, 0)
            grid.addWidget(self.book_review, row, 1)
        else:
            self.book_review.hide()
        grid.setColumnStretch(0, 1)
        card.body.addLayout(grid)
        card.finish()
        layout.addWidget(card)

        sign_card = Card(_t("Signature"))
        self.sign_label = plain_label(
            _t(
                "Sign the session once it is complete; it is then read-only and corrected "
                "only by amendment."
            ),
            muted=True,
            wrap=True,
        )
        self.sign_button = QPushButton(_t("Sign now"))
        row_box = QHBoxLayout()
        row_box.addWidget(self.sign_label, 1)
        row_box.addWidget(self.sign_button)
        sign_card.body.addLayout(row_box)
        sign_card.finish()
        self.sign_button.clicked.connect(self.sign)
        layout.addWidget(sign_card)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(_t("Close"))
        self.close_button.clicked.connect(self.close_requested)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    # --- booking ----------------------------------------------------------------------------
    def _patient(self) -> PatientChoice | None:
        header = self.header
        if header is None:
            return None
        return PatientChoice(
            header.id, header.name_latin, header.name_arabic, date_of_birth=header.date_of_birth
        )

    def _check_day(self, day: date, modalities: tuple[Modality, ...], label: QLabel) -> None:
        service, actor = self.context.services.sessions, self.context.signed_in.actor
        planned = PlannedTreatment(modalities=frozenset(modalities))
        patient_id = self.record.patient_id
        self.context.runner.run(
            lambda: service.check_gate(actor, patient_id, planned, day),
            lambda result: label.setText(gate_summary(result)),
            lambda error: label.setText(
                error_text(error) if isinstance(error, ScarDeskError) else str(error)
            ),
        )

    def book_next_session(self) -> BookingDialog:
        assert self.proposal.next_on is not None
        return self._book(
            BookingRequest(
                day=max(self.proposal.next_on, muscat_today()),
                patient=self._patient(),
                modalities=self.proposal.modalities,
                practitioner_id=self.context.signed_in.user.id,
            ),
            self.book_next,
        )

    def book_toxin_review(self) -> BookingDialog:
        assert self.proposal.toxin_review_on is not None
        return self._book(
            BookingRequest(
                day=max(self.proposal.toxin_review_on, muscat_today()),
                patient=self._patient(),
                toxin_review=True,
                practitioner_id=self.context.signed_in.user.id,
            ),
            self.book_review,
        )

    def _book(self, request: BookingRequest, button: QPushButton) -> BookingDialog:
        dialog = BookingDialog(self.context, request, parent=self)
        self.booking = dialog
        dialog.saved.connect(lambda record: self._booked(button, record))
        dialog.open()
        return dialog

    def _booked(self, button: QPushButton, record: AppointmentRecord) -> None:
        when = show_moment(record.starts_at)
        button.setText(_t("Booked {when}").format(when=when))
        button.setEnabled(False)

    # --- signing ----------------------------------------------------------------------------
    def sign(self) -> None:
        self.sign_button.setEnabled(False)
        self.attest = ask_to_sign(
            self,
            self.context,
            self.record,
            self._signed,
            self._sign_failed,
            lambda: self.sign_button.setEnabled(True),
        )

    def _signed(self, result: tuple[SessionRecord, Changes]) -> None:
        record, _changes = result
        self.record = record
        self.sign_label.setText(
            _t("Signed {when}. The session is now read-only.").format(
                when=show_moment(record.signed_at) if record.signed_at else ""
            )
        )
        self.sign_button.setText(_t("Signed"))

    def _sign_failed(self, error: BaseException) -> None:
        self.sign_button.setEnabled(True)
        self._errors.show(error, self)
