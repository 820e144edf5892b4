"""Row actions that act on the chosen row are enabled only while a row is chosen.

A button such as Amend or Void that is pressed with nothing selected can only do nothing or
guess; greyed out, it tells the user to pick a row first. The state follows the view: choosing
a row enables the actions, and clearing the selection or reloading the list disables them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QWidget


class SelectionActions(QObject):
    """Keeps ``actions`` enabled exactly while ``view`` has a selected row (and ``allowed``,
    when given, says the screen permits them: a failed read, for instance)."""

    def __init__(
        self,
        view: QAbstractItemView,
        actions: Sequence[QWidget | QAction],
        allowed: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._actions = list(actions)
        self._allowed = allowed
        self._alive = True
        # The view's model is emptied while the view is destroyed: nothing is left to update.
        view.destroyed.connect(self._forget)
        view.selectionModel().selectionChanged.connect(self._changed)
        model = view.model()
        # A reset or removal clears the selection without a selectionChanged signal.
        model.modelReset.connect(self.update)
        model.rowsRemoved.connect(self._changed)
        model.layoutChanged.connect(self._changed)
        self.update()

    def _forget(self) -> None:
        self._alive = False

    def _changed(self, *_args: object) -> None:
        self.update()

    def has_selection(self) -> bool:
        return self._alive and bool(self._view.selectionModel().selectedRows())

    def update(self) -> None:
        if not self._alive:
            return
        enabled = self.has_selection() and (self._allowed is None or self._allowed())
        for action in self._actions:
            action.setEnabled(enabled)
