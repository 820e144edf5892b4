"""A recorded session, read-only: what was done, who signed, and every amendment.

Once signed, a session is corrected only by amendment (clinical record practice): "Amend…"
opens the editor in amend mode, which needs a reason. The view shows the session as it
stands and, when it was amended, the session as first recorded in its own tab, then each
amendment with who, when, why and every value before → after.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.permissions import Permission, allows
from scardesk.domain.records import Changes, UserRecord
from scardesk.domain.sessions import SessionInput, SessionRecord
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import isolated, user_name
from scardesk.ui.sessions.cards import chart_for, modality_text
from scardesk.ui.sessions.common import modality_name, show_moment
from scardesk.ui.sessions.describe import (
    changed_fields,
    events_text,
    kind_names,
    preparation_text,
)
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.sessions.signing import ask_to_sign
from scardesk.ui.tr import _t, listed
from scardesk.ui.unreadable import unreadable_text
from scardesk.ui.widgets.attest_dialog import AttestDialog
from scardesk.ui.widgets.card import Card, plain_label
from scardesk.ui.widgets.screen_fit import fit_size
from scardesk.ui.widgets.text_area import ParagraphsText, interface_lines


def content_widget(form: SessionInput, record: SessionRecord) -> QWidget:
    """A session's content as cards: preparation, each modality with its chart, events, notes."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 6, 6, 0)
    layout.setSpacing(10)
    facts = {f.index: f for f in record.toxin}
    prep = Card(_t("Preparation"))
    prep.body.addWidget(plain_label(interface_lines(preparation_text(form)), wrap=True))
    layout.addWidget(prep)
    for n, entry in enumerate(form.modalities):
        card = Card(modality_name(entry.modality))
        text = plain_label(interface_lines(modality_text(entry, facts.get(n))), wrap=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart = chart_for(entry.modality, entry)
        if chart is not None:
            row = QHBoxLayout()
            row.addWidget(chart)
            row.addWidget(text, 1, Qt.AlignmentFlag.AlignTop)
            card.body.addLayout(row)
        else:
            card.body.addWidget(text)
        layout.addWidget(card)
    events = Card(_t("Immediate reactions and adverse events"))
    events.body.addWidget(plain_label(interface_lines(events_text(form)), wrap=True))
    layout.addWidget(events)
    notes = Card(_t("Post-treatment notes"))
    # Typed in Arabic or English, often both: each paragraph starts on its own language's side.
    notes.body.addWidget(ParagraphsText(form.post_notes or _t("No notes.")))
    layout.addWidget(notes)
    layout.addStretch(1)
    return page


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class SessionView(QDialog):
    """``changed`` fires after a signature or an amendment (the record shown is then fresh)."""

    changed = Signal(object)

    def __init__(
        self, context: ScreenContext, session_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.record: SessionRecord | None = None
        self.names: dict[int, str] = {}
        self.editor: SessionEditor | None = None
        self.attest: AttestDialog | None = None
        self._errors = ErrorPresenter(self)
        self.setWindowTitle(_t("Treatment session"))
        fit_size(self, 1180, 860)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        self.title = plain_label(_t("Treatment session"))
        self.title.setObjectName("dialogTitle")
        top.addWidget(self.title, 1)
        self.sign_button = QPushButton(_t("Sign session"))
        self.sign_button.setObjectName("primary")
        self.sign_button.clicked.connect(self.sign)
        self.amend_button = QPushButton(_t("Amend…"))
        self.amend_button.clicked.connect(self.open_amend)
        self.close_button = QPushButton(_t("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.amend_button, self.sign_button, self.close_button):
            top.addWidget(button)
        outer.addLayout(top)
        self.status = plain_label(wrap=True)
        outer.addWidget(self.status)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        self.tabs = QTabWidget()
        columns.addWidget(self.tabs, 3)
        self.amendments_card = Card(_t("Amendments"))
        self.amendments_body = QVBoxLayout()
        self.amendments_body.setSpacing(10)
        self.amendments_card.body.addLayout(self.amendments_body)
        self.amendments_card.body.addStretch(1)
        self.amendments_scroll = _scrolled(self.amendments_card)
        columns.addWidget(self.amendments_scroll, 2)
        outer.addLayout(columns, 1)
        context.runner.run(context.services.users.practitioners, self._got_names, self._failed)
        self.reload(opening=True)

    def _got_names(self, users: list[UserRecord]) -> None:
        self.names = {user.id: user_name(user) for user in users}

    def _who(self, user_id: int | None) -> str:
        if user_id is None:
            return _t("unknown")
        # Isolated, so an Arabic name does not pull the sentence's punctuation into its run.
        return isolated(self.names.get(user_id, _t("user #{id}").format(id=user_id)))

    def reload(self, *, opening: bool = False) -> None:
        """Opening logs the read (session.view); a reload after signing or amending does not:
        it refreshes what is already on screen."""
        service, actor = self.context.services.sessions, self.context.signed_in.actor
        read = service.open if opening else service.get
        self.context.runner.run(
            lambda: read(actor, self.session_id),
            self.show_record,
            self._load_failed,
            write=opening,
        )

    def _failed(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def _load_failed(self, error: BaseException) -> None:
        if not isinstance(error, UnreadableRecordError):
            self._failed(error)
            return
        # The session is stored in a form this version cannot read: say so in the view itself,
        # with the record's number, and offer nothing that would act on it.
        self.record = None
        self.title.setText(_t("Treatment session #{id}").format(id=self.session_id))
        self.status.setObjectName("formError")
        placeholder = UnreadableRecord.of(error, "treatment_sessions", self.session_id, None)
        self.status.setText(unreadable_text(placeholder))
        self.status.setToolTip(placeholder.where)
        self.status.style().unpolish(self.status)  # the stylesheet keys on the new name
        self.status.style().polish(self.status)
        self.sign_button.hide()
        self.amend_button.hide()
        self.tabs.hide()
        self.amendments_scroll.hide()

    # --- showing ----------------------------------------------------------------------------
    def show_record(self, record: SessionRecord) -> None:
        self.record = record
        content = record.content
        done = listed(modality_name(m.modality) for m in content.modalities)
        self.title.setText(
            _t("Session of {when} · {done}").format(
                when=show_moment(content.performed_at), done=done
            )
        )
        recorded = _t("Recorded by {who}.").format(who=self._who(record.practitioner_id))
        if record.voided_at is not None:
            state, style = _t("Voided: kept in the record, not counted."), "color: #b42318;"
        elif record.is_signed and record.signed_at is not None:
            state = _t("Signed by {who} on {when}. Read-only: corrections are amendments.").format(
                who=self._who(record.signed_by_id), when=show_moment(record.signed_at)
            )
            style = "color: #115e59; font-weight: 600;"
        else:
            state, style = _t("Not signed yet."), "color: #8a4b08; font-weight: 600;"
        self.status.setText(f"{recorded} {state}")
        self.status.setStyleSheet(style)
        # clear() only takes the pages out; they would stay, hidden, for the view's life.
        pages = [self.tabs.widget(index) for index in range(self.tabs.count())]
        self.tabs.clear()
        for page in pages:
            if page is not None:
                page.deleteLater()
        self.tabs.addTab(_scrolled(content_widget(content, record)), _t("As it stands"))
        if record.amendments and record.original is not None:
            self.tabs.addTab(
                _scrolled(content_widget(record.original, record)), _t("As first recorded")
            )
        self._show_amendments(record)
        actor = self.context.signed_in.actor
        may_sign = (
            actor.role is not None
            and allows(actor.role, Permission.SIGN_SESSION)
            and actor.user_id in (record.practitioner_id, content.supervising_prescriber_id)
        )
        self.sign_button.setVisible(not record.is_signed and record.voided_at is None)
        self.sign_button.setEnabled(may_sign)
        if not may_sign:
            self.sign_button.setToolTip(_t("Only the practitioner who recorded it may sign."))
        self.amend_button.setEnabled(
            record.voided_at is None
            and actor.role is not None
            and allows(actor.role, Permission.EDIT_CLINICAL)
        )

    def _show_amendments(self, record: SessionRecord) -> None:
        while self.amendments_body.count():
            item = self.amendments_body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not record.amendments:
            self.amendments_body.addWidget(plain_label(_t("No amendments."), muted=True))
            return
        kinds = kind_names(record.content)
        for n, amendment in enumerate(record.amendments, start=1):
            box = QFrame()
            box.setObjectName("amendment")
            box.setStyleSheet(
                "QFrame#amendment { background: #f6f7f9; border: 1px solid #d9e0e5;"
                " border-left: 4px solid #0f766e; border-radius: 6px; }"
            )
            inner = QVBoxLayout(box)
            inner.setContentsMargins(10, 8, 10, 8)
            head = plain_label(
                _t("Amendment {n} · {when} · {who}").format(
                    n=n,
                    when=show_moment(amendment.amended_at),
                    who=self._who(amendment.amended_by_id),
                )
            )
            head.setStyleSheet("font-weight: 700;")
            inner.addWidget(head)
            inner.addWidget(
                plain_label(_t("Reason: {reason}").format(reason=amendment.reason), wrap=True)
            )
            lines = changed_fields(amendment.before, amendment.after, kinds)
            inner.addWidget(
                plain_label("\n".join(lines) or _t("(no field changed)"), muted=True, wrap=True)
            )
            self.amendments_body.addWidget(box)

    def amendment_texts(self) -> list[str]:
        """Every amendment's visible text, for tests."""
        texts = []
        for n in range(self.amendments_body.count()):
            item = self.amendments_body.itemAt(n)
            widget = item.widget() if item is not None else None
            if widget is not None:
                texts.append(
                    "\n".join(label.text() for label in widget.findChildren(type(self.status)))
                )
        return texts

    # --- acting -----------------------------------------------------------------------------
    def sign(self) -> AttestDialog | None:
        record = self.record
        if record is None:
            return None
        self.sign_button.setEnabled(False)
        self.attest = ask_to_sign(
            self, self.context, record, self._done, self._sign_failed, self._sign_cancelled
        )
        return self.attest

    def _sign_failed(self, error: BaseException) -> None:
        self.sign_button.setEnabled(True)
        self._failed(error)

    def _sign_cancelled(self) -> None:
        self.sign_button.setEnabled(True)

    def _done(self, result: tuple[SessionRecord, Changes]) -> None:
        record, _changes = result
        self.reload()
        self.changed.emit(record)

    def open_amend(self) -> SessionEditor | None:
        record = self.record
        if record is None:
            return None
        editor = SessionEditor(self.context, record.patient_id, record=record, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._amended)
        self.editor = editor
        editor.open()
        return editor

    def _amended(self, record: SessionRecord) -> None:
        self.reload()
        self.changed.emit(record)

    def is_read_only(self) -> bool:
        """Nothing on the view edits: only Sign (while unsigned) and Amend… change the record."""
        return (
            self.record is not None and self.record.is_signed and not self.sign_button.isVisible()
        )
