"""Admin › Audit log: a long "What happened" sentence wraps and its row grows to show it whole
(issue 15), and only the rows in sight are measured, so a log of many pages stays fast."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTableView

from scardesk.domain.enums import Role
from scardesk.services.session import SYSTEM
from scardesk.ui.admin import AdminScreen
from scardesk.ui.admin.audit_model import PAGE, AuditModel
from scardesk.ui.admin.audit_tab import AuditTab
from scardesk.ui.widgets.row_fit import MARGIN
from tests.helpers import aisha


def _audit_tab(qtbot, open_window, make_user) -> AuditTab:
    window = open_window(make_user("first.admin", Role.ADMIN))
    window.showMaximized()
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    screen.tabs.setCurrentWidget(screen.audit)
    qtbot.wait(30)
    return screen.audit


def _shown_whole(table: QTableView, row: int) -> bool:
    """The sentence in ``row``, wrapped to its column, fits the row's height."""
    text = table.model().index(row, AuditModel.WHAT).data()
    width = table.columnWidth(AuditModel.WHAT) - 8  # the cell's margins
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = table.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
    return needed <= table.rowHeight(row)


def test_a_long_sentence_wraps_and_shows_whole(qtbot, services, open_window, make_user) -> None:
    first, _ = services.patients.register(SYSTEM, aisha())
    services.patients.update(
        SYSTEM,
        first.id,
        first.version,
        aisha(
            phone="7123 4567",
            name_arabic="عائشة سالم بنت محمد بن راشد البلوشي",
            name_latin="Aisha Salim bint Mohammed bin Rashid Al Balushi",
        ),
    )
    tab = _audit_tab(qtbot, open_window, make_user)
    sentences = [tab.model.index(r, AuditModel.WHAT).data() for r in range(tab.model.rowCount())]
    long_row = next(r for r, s in enumerate(sentences) if "changed the details" in s)
    short_row = next(r for r, s in enumerate(sentences) if "registered patient" in s)
    table = tab.table
    assert table.fontMetrics().horizontalAdvance(sentences[long_row]) > table.columnWidth(
        AuditModel.WHAT
    )  # the sentence is longer than its column: it must wrap
    assert table.rowHeight(long_row) > table.rowHeight(short_row)
    assert _shown_whole(table, long_row)


def test_only_the_rows_in_sight_are_measured(qtbot, services, open_window, make_user) -> None:
    for n in range(2 * PAGE + 20):
        services.patients.register(SYSTEM, aisha(civil_number=f"5{n:07d}"))
    tab = _audit_tab(qtbot, open_window, make_user)
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    qtbot.wait(30)
    rows = tab.model.rowCount()
    assert rows > 2 * PAGE
    in_sight = tab.table.viewport().height() // tab.table.verticalHeader().minimumSectionSize()
    assert 0 < tab.row_fit.measured_rows <= in_sight + 2 * MARGIN < rows

    tab.table.scrollToBottom()
    qtbot.wait(30)
    last = rows - 1
    assert _shown_whole(tab.table, last)
    assert tab.row_fit.measured_rows <= 2 * (in_sight + 2 * MARGIN)


def test_no_empty_strip_under_the_buttons_until_the_chain_is_verified(
    qtbot, open_window, make_user
) -> None:
    tab = _audit_tab(qtbot, open_window, make_user)
    assert not tab.chain_label.isVisible()
    layout = tab.layout()
    assert layout is not None
    gap = tab.height() - (tab.refresh_button.y() + tab.refresh_button.height())
    assert gap <= layout.contentsMargins().bottom()
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "whole" in tab.chain_label.text())
    assert tab.chain_label.isVisible()
