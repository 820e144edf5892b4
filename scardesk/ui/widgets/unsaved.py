"""Unsaved work is never thrown away without asking.

``UnsavedChanges`` remembers what a form's fields held when it was last clean (opened, loaded
or saved) and compares that snapshot with what they hold now; it reads the standard Qt input
widgets generically, so a form does not list its fields. ``confirm_discard`` is the one
question ("Discard changes?") every form and the main window ask. ``DiscardGuard`` puts the
question in front of a dialog's ``reject()``, which is where Esc, Cancel and the window's close
button all end up.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from scardesk.ui.tr import _t
from scardesk.ui.widgets.signature_pad import SignaturePad

DISCARD_BOX_NAME = "discardChangesBox"


def confirm_discard(parent: QWidget | None) -> bool:
    """Ask "Discard changes?"; True only if the user chose Discard (Esc keeps editing)."""
    box = QMessageBox(parent)
    box.setObjectName(DISCARD_BOX_NAME)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_t("Discard changes?"))
    box.setText(_t("Discard changes?"))
    box.setInformativeText(
        _t("You have changes that are not saved. If you discard them they are lost.")
    )
    discard = box.addButton(_t("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_t("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)  # Enter on a reflex must not lose work
    box.setEscapeButton(keep)
    _lay_out(box)
    box.exec()
    chosen = box.clickedButton() is discard
    box.deleteLater()
    return chosen


def _lay_out(box: QMessageBox) -> None:
    """The question as a heading, and the explanation on two lines rather than five."""
    question = box.findChild(QLabel, "qt_msgbox_label")
    if question is not None:  # a style sheet: the application's one outranks setFont
        question.setStyleSheet("font-weight: 700; font-size: 12pt;")
    detail = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if detail is not None:
        detail.setMinimumWidth(340)


def _value(widget: QWidget) -> object:
    """What the user can change in ``widget``, or None if it holds nothing of the form's."""
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()  # date and time edits included
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return None  # the inner editor of a field already read above
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QAbstractSlider) and not isinstance(widget, QScrollBar):
        return widget.value()
    if isinstance(widget, SignaturePad):
        return widget.image()
    return None


def form_values(root: QWidget, ignored: Iterable[QWidget] = ()) -> list[tuple[str, object]]:
    """The values of the inputs in ``root`` (not in ``ignored``, nor in dialogs it opened)."""
    skip = list(ignored)
    window = root.window()
    values: list[tuple[str, object]] = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not window:
            continue  # a dialog the form opened has its own tracking
        if any(w is widget or w.isAncestorOf(widget) for w in skip):
            continue
        value = _value(widget)
        if value is not None:
            values.append((type(widget).__name__, value))
    return values


_trackers: weakref.WeakSet[UnsavedChanges] = weakref.WeakSet()


class UnsavedChanges:
    """Dirty tracking for one form: a snapshot when clean, compared with the fields now.

    Until ``mark_clean`` is first called (and again after the user discarded), nothing counts
    as a change: a form that was never filled has nothing to lose.
    """

    def __init__(self, form: QWidget, *, ignored: Callable[[], Iterable[QWidget]] = tuple) -> None:
        self.form = form
        self._ignored = ignored
        self._clean: list[tuple[str, object]] | None = None
        _trackers.add(self)

    def snapshot(self) -> list[tuple[str, object]]:
        return form_values(self.form, self._ignored())

    @property
    def tracking(self) -> bool:
        return self._clean is not None

    def mark_clean(self) -> None:
        """What the fields hold now is saved or freshly loaded: no question until it changes."""
        self._clean = self.snapshot()

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill fields from a background load: if the form was clean, it stays clean."""
        was_clean = not self.tracking or not self.is_dirty()
        yield
        if was_clean:
            self.mark_clean()

    def forget(self) -> None:
        """The user chose to discard: closing this form must not ask again."""
        self._clean = None

    def is_dirty(self) -> bool:
        if self._clean is None or not shiboken6.isValid(self.form):
            return False
        return self.snapshot() != self._clean

    def may_leave(self, parent: QWidget | None = None) -> bool:
        """True if the form may be thrown away: nothing changed, or the user chose Discard."""
        if not self.is_dirty():
            return True
        if confirm_discard(parent or self.form):
            self.forget()
            return True
        return False


def unsaved_under(root: QWidget) -> list[UnsavedChanges]:
    """Dirty trackers of forms inside ``root``, dialogs opened from it included."""
    found = []
    for tracker in list(_trackers):
        if not shiboken6.isValid(tracker.form):
            continue
        if tracker.form.isWindow() and not tracker.form.isVisible():
            continue  # a dialog already closed (saved, or cancelled) holds nothing to lose
        widget: QWidget | None = tracker.form
        while widget is not None and widget is not root:
            widget = widget.parentWidget()
        if widget is root and tracker.is_dirty():
            found.append(tracker)
    return found


def may_leave_all(root: QWidget) -> bool:
    """Before ``root`` and what it holds is thrown away: ask once if any form in it is dirty."""
    dirty = unsaved_under(root)
    if not dirty:
        return True
    if not confirm_discard(root):
        return False
    for tracker in dirty:
        tracker.forget()
    return True


def forget_all() -> None:
    """Stop asking for every form: the application itself is closing them (tests, shutdown)."""
    for tracker in list(_trackers):
        tracker.forget()


if TYPE_CHECKING:
    # What the mixin is always combined with, so the type checker knows ``super()`` is a dialog.
    _Dialog = QDialog
else:
    _Dialog = object


class DiscardGuard(_Dialog):
    """Mixin for a ``QDialog`` form (listed before ``QDialog``): asks before ``reject()``.

    Esc, a Cancel button and the title bar's close button all go through ``reject()``. The
    snapshot is taken when the dialog is first shown, after it was filled; a dialog that fills
    fields later (a background load) or saves without closing calls ``unsaved.mark_clean()``.
    """

    _unsaved: UnsavedChanges | None = None
    _unsaved_shown = False

    @property
    def unsaved(self) -> UnsavedChanges:
        if self._unsaved is None:
            self._unsaved = UnsavedChanges(self)
        return self._unsaved

    def showEvent(self, event: QShowEvent) -> None:
        if not self._unsaved_shown:
            self._unsaved_shown = True
            self.unsaved.mark_clean()
        super().showEvent(event)

    def reject(self) -> None:
        if self.unsaved.may_leave(self):
            super().reject()
