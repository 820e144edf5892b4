"""The screens of the main window, who may see them, and the left-hand list that picks one.

Visibility follows the permission model in ``scardesk.domain.permissions`` rather than a list of
roles here, so a change of grants changes the menu too. Front desk has no clinical access, so it
never sees Assessments or Sessions; administrators run the system rather than treatments, so
they see Admin but not the clinical screens either. Only a practitioner the clinic made a
clinical lead sees Safety rules.

Screens not built yet are shown as an explicit placeholder, so nobody mistakes them for a
finished screen that simply has no data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from scardesk.domain.permissions import Permission, Standing, granted
from scardesk.domain.records import UserRecord
from scardesk.ui.tr import _t

KEY_ROLE = Qt.ItemDataRole.UserRole
ITEM_HEIGHT = 38


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    purpose: str
    shortcut_number: int  # Ctrl+N; fixed per screen so muscle memory survives a role change
    permission: Permission

    @property
    def full_title(self) -> str:
        return f"{self.title} — {self.purpose}"


def screen_specs() -> list[ScreenSpec]:
    """Every screen in menu order; translated when called, not at import."""

    return [
        ScreenSpec(
            "today",
            _t("Today"),
            _t("appointments, arrivals and reminders"),
            1,
            Permission.VIEW_DEMOGRAPHICS,
        ),
        ScreenSpec(
            "patients",
            _t("Patients"),
            _t("find, register and book"),
            2,
            Permission.VIEW_DEMOGRAPHICS,
        ),
        ScreenSpec(
            "assessments",
            _t("Assessments"),
            _t("scar grading, photos and plans"),
            3,
            Permission.VIEW_CLINICAL,
        ),
        ScreenSpec(
            "sessions",
            _t("Sessions"),
            _t("treatments, products and aftercare"),
            4,
            Permission.VIEW_CLINICAL,
        ),
        ScreenSpec(
            "admin",
            _t("Admin"),
            _t("users, clinic details and backups"),
            5,
            Permission.MANAGE_USERS,
        ),
        ScreenSpec(
            "products",
            _t("Products & lots"),
            _t("catalogue, stock, expiry and recalls"),
            6,
            Permission.MANAGE_PRODUCTS,
        ),
        ScreenSpec(
            "safety_rules",
            _t("Safety rules"),
            _t("intervals, waits and caps the safety check uses"),
            7,
            Permission.EDIT_SAFETY_RULES,
        ),
        # Admins read the log under Admin; this is for privacy officers of any other role.
        ScreenSpec(
            "audit", _t("Audit log"), _t("who did what, and when"), 8, Permission.VIEW_AUDIT
        ),
    ]


def visible_screens(user: UserRecord) -> list[ScreenSpec]:
    """The screens ``user`` may open, from the role and the flags the clinic gave them (a
    clinical lead sees Safety rules, a privacy officer the audit log). Services check again on
    every call."""
    grants = granted(Standing(user.role, user.active, user.clinical_lead, user.privacy_officer))
    specs = [spec for spec in screen_specs() if spec.permission in grants]
    if any(spec.key == "admin" for spec in specs):  # the Admin screen has the audit log
        specs = [spec for spec in specs if spec.key != "audit"]
    return specs


class NavigationList(QListWidget):
    """One row per screen the user may open; emits the chosen screen's key."""

    screen_chosen = Signal(str)

    def __init__(self, specs: list[ScreenSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(_t("Screens"))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in specs:
            item = QListWidgetItem(spec.title)
            item.setData(KEY_ROLE, spec.key)
            item.setSizeHint(QSize(0, ITEM_HEIGHT))  # the view ignores stylesheet padding
            item.setToolTip(f"{spec.full_title}  (Ctrl+{spec.shortcut_number})")
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)

    def keys(self) -> list[str]:
        return [self.item(row).data(KEY_ROLE) for row in range(self.count())]

    def titles(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def select(self, key: str) -> bool:
        keys = self.keys()
        if key not in keys:
            return False
        self.setCurrentRow(keys.index(key))
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the row already chosen chooses it again (from a patient's workspace, the
        highlighted screen is one click away); a click on another row is a row change."""
        before = self.currentRow()
        super().mousePressEvent(event)
        row = self.indexAt(event.position().toPoint()).row()
        if row >= 0 and row == before == self.currentRow():
            self.screen_chosen.emit(self.item(row).data(KEY_ROLE))

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.screen_chosen.emit(self.item(row).data(KEY_ROLE))


class PlaceholderPage(QWidget):
    """Stands in for a screen that is not built yet, and says so plainly."""

    def __init__(self, spec: ScreenSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(14)

        self.title_label = QLabel(spec.full_title)
        self.title_label.setObjectName("pageTitle")
        badge = QLabel(_t("Placeholder — not available yet"))
        badge.setObjectName("placeholderBadge")

        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 22, 24, 24)
        card_layout.setSpacing(8)
        self.message_label = QLabel(_t("This screen arrives in a later release."))
        self.message_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        detail = QLabel(
            _t(
                "Nothing on this page reads or changes clinic records yet. Use the other "
                "screens, or the scardesk command line, until it is released."
            )
        )
        detail.setObjectName("muted")
        detail.setWordWrap(True)
        card_layout.addWidget(self.message_label)
        card_layout.addWidget(detail)

        layout.addWidget(self.title_label)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(card)
        layout.addStretch(1)

    def visible_text(self) -> str:
        return "\n".join(label.text() for label in self.findChildren(QLabel))
