"""Backups and checks: a verified backup now, and the integrity check of the whole database."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from scardesk.domain.admin import AuditAnchor, BackupDone, IntegrityResult
from scardesk.ui.admin.auto_backup_panel import AutoBackupPanel
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import moment_text
from scardesk.ui.messages import message_text
from scardesk.ui.tr import _t


class MaintenanceTab(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "A backup is copied while ScarDesk runs, checked on the copy (integrity, links "
                "between records, the audit chain) and only then kept. Keep copies off this "
                "computer too."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.backup_button = QPushButton(_t("Back up now"))
        self.backup_button.setObjectName("primary")
        self.check_button = QPushButton(_t("Check the database"))
        bar.addWidget(self.backup_button)
        bar.addWidget(self.check_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.anchor_label = QLabel()
        self.anchor_label.setWordWrap(True)
        self.anchor_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.anchor_label)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setMinimumHeight(90)
        # Until something is run the box would be blank, and a blank box reads as a fault.
        self.result.setPlaceholderText(_t("No backup or check run yet. Its result will show here."))
        layout.addWidget(self.result, 1)
        self.automatic = AutoBackupPanel(context)
        layout.addWidget(self.automatic)
        self.backup_button.clicked.connect(self.back_up)
        self.check_button.clicked.connect(self.check)
        self.show_anchor()

    def show_anchor(self) -> None:
        """Read the audit seal and key fingerprint (after each backup and check too)."""
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.maintenance.audit_anchor(actor),
            self._anchor_shown,
            self._anchor_failed,
        )

    def _anchor_failed(self, error: BaseException) -> None:
        self.anchor_label.setText(_t("The audit seal could not be read; see the message."))
        self._errors.show(error, self)

    def _anchor_shown(self, anchor: AuditAnchor | None) -> None:
        if anchor is None:
            self.anchor_label.setText(_t("This database has no audit seal yet."))
            return
        if anchor.seq is None:
            sealed = _t("Audit seal: nothing sealed yet.")
        else:
            sealed = _t("Audit seal: event {seq} · {link} (written {at}).").format(
                seq=anchor.seq, link=anchor.link, at=_seal_time(anchor.written_at)
            )
        key = (
            _t("Audit key fingerprint: {fingerprint}.").format(fingerprint=anchor.fingerprint)
            if anchor.fingerprint
            else _t("The audit key of this database is not on this computer.")
        )
        note = _t(
            "Write the seal down now and then, away from this computer: the database check "
            "compares the audit trail with it, so a shortened trail cannot pass unnoticed."
        )
        self.anchor_label.setText(f"{sealed}\n{key}\n{note}")

    def _busy(self, busy: bool, text: str = "") -> None:
        self.backup_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy)
        if text:
            # Flush with the reading direction: a plain text box keeps even Arabic lines flush
            # left (Qt aligns it by its "auto" direction). Set here, so a language switch follows.
            option = self.result.document().defaultTextOption()
            option.setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                if self.result.isRightToLeft()
                else Qt.AlignmentFlag.AlignLeft
            )
            self.result.document().setDefaultTextOption(option)
            self.result.setPlainText(text)

    def _fail(self, error: BaseException) -> None:
        self._busy(False, _t("That did not work; see the message."))
        self._errors.show(error, self)

    def back_up(self) -> None:
        self._busy(True, _t("Backing up…"))
        actor = self._context.signed_in.actor
        self._context.run_command(
            lambda: self._context.services.maintenance.backup_now(actor),
            self._backed_up,
            self._fail,
        )

    def _backed_up(self, done: BackupDone) -> None:
        self.show_anchor()
        size = f"{done.bytes / 1_000_000:.1f} MB"
        self._busy(
            False,
            _t("Verified backup written to {path} ({size}, {seconds:.1f} s).").format(
                path=done.path, size=size, seconds=done.seconds
            ),
        )

    def check(self) -> None:
        self._busy(True, _t("Checking…"))
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.maintenance.check_integrity(actor),
            self._checked,
            self._fail,
        )

    def _checked(self, result: IntegrityResult) -> None:
        self.show_anchor()
        if result.ok:
            self._busy(
                False,
                _t(
                    "All checks passed: the file, the links between records "
                    "and the audit chain are whole."
                ),
            )
            return
        lines = [_t("Problems found — make no changes and call for support:")]
        lines += [f"• {message_text(problem)}" for problem in result.problems]
        self._busy(False, "\n".join(lines))


def _seal_time(written_at: str | None) -> str:
    """The seal's time as the audit log writes times (Muscat, the app's date format); the seal
    file stores it in UTC, ISO 8601. Shown as stored if it cannot be read."""
    try:
        when = datetime.fromisoformat(written_at or "")
    except ValueError:
        return (written_at or "")[:19]
    return moment_text(when if when.tzinfo else when.replace(tzinfo=UTC), seconds=True)
