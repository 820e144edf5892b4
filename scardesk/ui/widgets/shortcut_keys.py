"""Keyboard shortcuts on buttons, and the key shown where the user looks for it.

Issue #15 asks that every action have a shortcut shown in its menu item or tooltip. A button's
own shortcut (``QAbstractButton.setShortcut``) is heard in its window only while the button is
visible and enabled, so a button on a patient tab answers only while its tab is the one shown,
and a greyed-out Amend or Void does nothing: the same keys can mean "new" on every tab.

Qt drops a button's shortcut whenever its text is set (it looks for a new ``&`` mnemonic), so a
button whose label changes ("Start plan" / "Save changes") is relabelled through ``relabel``.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton

from scardesk.ui.tr import _t


def shown_keys(keys: QKeySequence) -> str:
    """The keys as the platform writes them (Ctrl+Shift+V, ⌘⇧V on a Mac)."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def with_keys(text: str, keys: QKeySequence) -> str:
    """``text`` followed by its keys, for a tooltip: "Void… (Ctrl+Shift+V)"."""
    return _t("{action} ({keys})").format(action=text, keys=shown_keys(keys))


#: Set on a button whose tooltip was made from its text, so a new text makes a new tooltip.
_TOOLTIP_FROM_TEXT = "scardeskTooltipFromText"


def _plain(text: str) -> str:
    return text.rstrip("…").rstrip(".")


def give_shortcut(button: QAbstractButton, keys: str) -> None:
    """``button`` is pressed by ``keys`` (already translated by the caller) while it is visible
    and enabled; its tooltip, or its text when it has none, ends with the keys."""
    button.setShortcut(QKeySequence(keys))
    button.setProperty(_TOOLTIP_FROM_TEXT, not button.toolTip())
    described = button.toolTip() or _plain(button.text())
    button.setToolTip(with_keys(described, button.shortcut()))


def relabel(button: QAbstractButton, text: str) -> None:
    """Set ``button``'s text and keep the keys ``give_shortcut`` gave it."""
    keys = button.shortcut()
    button.setText(text)
    button.setShortcut(keys)
    if button.property(_TOOLTIP_FROM_TEXT):
        button.setToolTip(with_keys(_plain(text), keys))
