"""Small pieces the history, consent and plan tabs share: names for users, times, labels, chips.

Records carry user ids; who recorded a history answer or captured a consent must be shown by
name, so the tabs ask one resolver. Practitioners are the only role that writes clinical data,
so their list (plus whoever is signed in) covers nearly every id; anyone else (a user later
switched off) is shown as "user #id" rather than guessed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from scardesk.domain.enums import Answer
from scardesk.ui import labels
from scardesk.ui.context import ScreenContext
from scardesk.ui.labels import isolated, user_name
from scardesk.ui.tr import _t
from scardesk.ui.widgets.patient_header import CHIP_STYLES
from scardesk.ui.widgets.text_area import interface_mark


class UserNames:
    """Display names by user id, loaded once per tab reload (a read: cheap, no audit)."""

    def __init__(self, context: ScreenContext) -> None:
        self._context = context
        self._names: dict[int, str] = {}

    def load(self) -> dict[int, str]:
        """Read the names (runs inside a task, off the UI thread); pass the result to ``use``."""
        me = self._context.signed_in.user
        users = self._context.services.users.practitioners()
        names = {user.id: user_name(user) for user in users}
        names[me.id] = user_name(me)
        return names

    def use(self, names: dict[int, str]) -> None:
        self._names = dict(names)

    def name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        return self._names.get(user_id) or _t("user #{id}").format(id=user_id)


def iso(text: str) -> str:
    """Isolate user text (a name, a reason) inside a sentence, so an Arabic name next to Latin
    words and digits does not drag the punctuation and dates around it into its own direction.

    Qt's item views do not fully honour the isolate marks, so a mark of the interface's own
    direction goes on each side as well: the colon before "طلبت" stays where English puts it.
    """
    if not text:
        return text
    mark = interface_mark()
    return f"{mark}{isolated(text)}{mark}"


def moment_text(moment: datetime | None) -> str:
    """An instant as Muscat wall-clock time, the way staff read it."""
    return labels.moment_text(moment)


def answer_text(answer: Answer | None) -> str:
    if answer is None:
        return _t("Not asked yet")
    return {Answer.YES: _t("Yes"), Answer.NO: _t("No"), Answer.UNKNOWN: _t("Unknown")}[answer]


def chip(text: str, kind: str) -> QLabel:
    """A rounded status label; ``kind`` is one of the header's chip styles."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_chip(label, text, kind)
    return label


def set_chip(label: QLabel, text: str, kind: str) -> None:
    label.setText(text)
    label.setStyleSheet(CHIP_STYLES[kind])
    label.setProperty("chipKind", kind)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 12.5pt; font-weight: 700;")
    return label
