"""Admin → Backups: this computer's automatic backups, the backups kept, preview and restore.

The schedule is this computer's (the backup disk is plugged into it). Restoring closes ScarDesk:
a running app cannot replace the database it has open, so a new ScarDesk process waits for this
one to close, verifies and restores the backup, and starts again at the sign-in.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.backup_policy import BackupEntry, BackupSchedule, BackupStatus, Retention
from scardesk.domain.errors import ValidationError
from scardesk.domain.records import Changes
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import DAY_FORMAT, number_text
from scardesk.ui.messages import field_texts, sentence
from scardesk.ui.tr import _t
from scardesk.ui.widgets.date_fields import time_edit
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.number_boxes import NumberBox

_PATH_ROLE = Qt.ItemDataRole.UserRole


def _when(stamp: datetime) -> str:
    return stamp.strftime(f"{DAY_FORMAT} %H:%M")  # a local file time, not a stored moment


class AutoBackupPanel(QGroupBox):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_t("Automatic backups on this computer"))
        self._context = context
        self._errors = ErrorPresenter(self)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

        form = QFormLayout()
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(_t("for example a USB disk or a NAS folder"))
        browse = QPushButton(_t("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.daily = QCheckBox(_t("Every day at"))
        self.daily.setChecked(True)
        self.daily_at = time_edit(QTime(19, 0))
        daily_row = QHBoxLayout()
        daily_row.addWidget(self.daily)
        daily_row.addWidget(self.daily_at)
        daily_row.addStretch(1)
        self.on_sign_out = QCheckBox(_t("When the last person signs out"))
        self.on_sign_out.setChecked(True)
        self.keep_daily, self.keep_weekly, self.keep_monthly = (
            NumberBox(),
            NumberBox(),
            NumberBox(),
        )
        for box, (low, high, value) in zip(
            (self.keep_daily, self.keep_weekly, self.keep_monthly),
            ((1, 366, 7), (0, 104, 4), (0, 120, 12)),
            strict=True,
        ):
            box.setRange(low, high)
            box.setValue(value)
        keep_row = QHBoxLayout()
        for label, box in (
            (_t("days"), self.keep_daily),
            (_t("weeks"), self.keep_weekly),
            (_t("months"), self.keep_monthly),
        ):
            keep_row.addWidget(box)
            keep_row.addWidget(QLabel(label))
        keep_row.addStretch(1)
        self.field_errors = {name: ErrorLine() for name in ("folder", "daily_at", "keep")}
        form.addRow(_t("Folder"), folder_row)
        form.addRow("", self.field_errors["folder"])
        form.addRow(_t("When"), daily_row)
        form.addRow("", self.on_sign_out)
        form.addRow("", self.field_errors["daily_at"])
        form.addRow(_t("Keep the newest of the last"), keep_row)
        form.addRow("", self.field_errors["keep"])
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(_t("Save schedule"))
        self.run_button = QPushButton(_t("Back up to this folder now"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addWidget(QLabel(_t("Backups in the folder, newest first")))
        self.backups = QListWidget()
        self.backups.setMinimumHeight(120)
        layout.addWidget(self.backups)
        restore_row = QHBoxLayout()
        self.preview_button = QPushButton(_t("Preview"))
        self.restore_button = QPushButton(_t("Restore this backup…"))
        restore_row.addWidget(self.preview_button)
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.details)

        self.save_button.clicked.connect(self.save)
        self.run_button.clicked.connect(self.run_now)
        self.preview_button.clicked.connect(self.preview)
        self.restore_button.clicked.connect(self.restore)
        self.backups.currentItemChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()
        # A backup made or a schedule saved (here, the Maintenance tab, or at sign-out).
        context.change_bus.changed.connect(self._changed)
        self.reload()

    # --- loading -----------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.backups:
            self.reload()

    def reload(self) -> None:
        actor = self._context.signed_in.actor
        service = self._context.services.auto_backup
        self.status.setText(_t("Reading the backup folder…"))
        self._context.runner.run(lambda: service.status(actor), self._show_status, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(_t("The backup settings could not be read; see the message."))
        self._errors.show(error, self)

    def _show_status(self, status: BackupStatus) -> None:
        if status.schedule is not None:
            self._fill(status.schedule)
        self.backups.clear()
        for entry in status.entries:
            item = QListWidgetItem(self._describe(entry))
            item.setData(_PATH_ROLE, entry.path)
            self.backups.addItem(item)
        self._selection_changed()
        last = status.last_good
        if status.schedule is None:
            text = _t("No automatic backups are set up on this computer yet.")
        elif status.folder_problem:
            text = _t("The backup folder cannot be read ({problem}). Is the disk plugged in?")
            text = text.format(problem=status.folder_problem)
        elif last is None:
            text = _t("No backup has been made into this folder yet.")
        else:
            text = _t("Last good backup: {when}.").format(when=_when(last.made_at))
        if status.stale and status.schedule is not None:
            text += " " + _t("Warning: there is no backup from the last 24 hours.")
        self.status.setText(text)
        self.status.setObjectName("warning" if status.stale else "")
        self.status.setStyleSheet("color: #b45309; font-weight: 600;" if status.stale else "")

    def _describe(self, entry: BackupEntry) -> str:
        size = f"{entry.bytes / 1_000_000:.1f} MB"
        parts = [_when(entry.made_at), size]
        if entry.patients is not None:
            parts.append(_t("{count} patients").format(count=number_text(f"{entry.patients:,}")))
        if entry.made_by:
            parts.append(entry.made_by)
        return " · ".join(parts)

    def _fill(self, schedule: BackupSchedule) -> None:
        self.folder.setText(schedule.folder)
        self.daily.setChecked(schedule.daily_at is not None)
        if schedule.daily_at is not None:
            self.daily_at.setTime(QTime(schedule.daily_at.hour, schedule.daily_at.minute))
        self.on_sign_out.setChecked(schedule.on_last_sign_out)
        self.keep_daily.setValue(schedule.retention.keep_daily)
        self.keep_weekly.setValue(schedule.retention.keep_weekly)
        self.keep_monthly.setValue(schedule.retention.keep_monthly)

    # --- actions -----------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _t("Folder for backups"))
        if chosen:
            self.folder.setText(chosen)

    def schedule(self) -> BackupSchedule:
        chosen = self.daily_at.time()
        return BackupSchedule(
            folder=self.folder.text().strip(),
            daily_at=(
                datetime.min.time().replace(hour=chosen.hour(), minute=chosen.minute())
                if self.daily.isChecked()
                else None
            ),
            on_last_sign_out=self.on_sign_out.isChecked(),
            retention=Retention(
                self.keep_daily.value(), self.keep_weekly.value(), self.keep_monthly.value()
            ),
        )

    def save(self) -> None:
        for line in self.field_errors.values():
            line.set_message("")
        actor, schedule = self._context.signed_in.actor, self.schedule()
        service = self._context.services.auto_backup
        self._context.run_command(
            lambda: service.save_schedule(actor, schedule),
            None,
            self._save_failed,
        )

    def _save_failed(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            self._errors.show(error, self)
            return
        for name, message in field_texts(error).items():
            target = "keep" if name.startswith("keep_") else name
            self.field_errors.get(target, self.field_errors["folder"]).set_message(
                sentence(message)
            )

    def run_now(self) -> None:
        actor, service = self._context.signed_in.actor, self._context.services.auto_backup
        self.status.setText(_t("Backing up…"))
        self._context.run_command(
            lambda: service.run(actor, "manual"),
            None,
            self._failed_run,
        )

    def _failed_run(self, error: BaseException) -> None:
        self.reload()
        self._save_failed(error)

    def _selected(self) -> Path | None:
        item = self.backups.currentItem()
        return Path(item.data(_PATH_ROLE)) if item is not None else None

    def _selection_changed(self) -> None:
        chosen = self._selected() is not None
        self.preview_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)
        self.details.setText("")

    def preview(self) -> None:
        path = self._selected()
        if path is None:
            return
        actor, service = self._context.signed_in.actor, self._context.services.auto_backup
        self._context.runner.run(
            lambda: service.preview(actor, path), self._show_preview, self._failed_preview
        )

    def _failed_preview(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def _show_preview(self, entry: BackupEntry) -> None:
        self.details.setText(self.preview_text(entry))

    def preview_text(self, entry: BackupEntry) -> str:
        lines = [
            _t("Made {when} by {who} ({why}).").format(
                when=_when(entry.made_at),
                who=entry.made_by or _t("unknown"),
                why=entry.reason or _t("no reason recorded"),
            ),
            _t("{patients} patients, {sessions} sessions, {size:.1f} MB.").format(
                patients=f"{entry.patients:,}" if entry.patients is not None else "?",
                sessions=f"{entry.sessions:,}" if entry.sessions is not None else "?",
                size=entry.bytes / 1_000_000,
            ),
            entry.path,
        ]
        return "\n".join(lines)

    def restore(self) -> None:
        path = self._selected()
        if path is None:
            return
        actor, service = self._context.signed_in.actor, self._context.services.auto_backup
        try:
            entry = service.preview(actor, path)
            arguments, environment = service.restore_request(actor, path)
        except Exception as error:  # shown to the admin, nothing changed
            self._errors.show(error, self)
            return
        answer = QMessageBox.question(
            self,
            _t("Restore this backup?"),
            _t(
                "{preview}\n\nScarDesk will close, check this backup, put it in place of the "
                "current database (which is kept beside it) and start again. Every other "
                "workstation must close ScarDesk first. Restore now?"
            ).format(preview=self.preview_text(entry)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.launch_restore(arguments, environment):
            window = self.window()
            window.close()

    def launch_restore(self, arguments: list[str], environment: dict[str, str]) -> bool:
        """Start the restoring ScarDesk process, detached so it outlives this one."""
        process = QProcess(self)
        if getattr(sys, "frozen", False):
            process.setProgram(sys.executable)
            process.setArguments(arguments)
        else:
            process.setProgram(sys.executable)
            process.setArguments(["-m", "scardesk", *arguments])
        env = QProcessEnvironment.systemEnvironment()
        for name, value in environment.items():
            env.insert(name, value)
        process.setProcessEnvironment(env)
        outcome = process.startDetached()  # a bool, or (bool, pid) in some PySide6 versions
        started = bool(outcome[0] if isinstance(outcome, tuple) else outcome)
        if not started:
            QMessageBox.warning(
                self,
                _t("Restore"),
                _t("ScarDesk could not start the restore; nothing was changed."),
            )
        return started
