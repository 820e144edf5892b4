"""Every table's columns fit its width at 1280×720 (issue 15 §1): no column is cut at the right
edge and nothing scrolls sideways, at the default window size and maximised, on a demo clinic
whose rows are as long as real ones. A column too wide for the room is narrowed and elides its
text; one column stretches to use what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QTableView, QTabWidget, QWidget

from scardesk.db.engine import open_database
from scardesk.demo import generate_demo
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.main_window import MainWindow
from scardesk.ui.widgets.table_columns import fit_columns, share_width
from scardesk.ui.widgets.thumbnails import ThumbnailGrid

DEMO_PATIENTS = 40


@pytest.fixture
def demo_accounts(services: Services, tmp_path: Path) -> dict[str, SignedIn]:
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")  # the services' own
    summary = generate_demo(database, DEMO_PATIENTS, seed=7)
    database.dispose()
    accounts = {}
    for user in summary.users:
        if user.role not in accounts:
            accounts[user.role] = SignedIn(
                services.users.authenticate(user.username, user.password)
            )
    return accounts


def cut_tables(window: QWidget) -> list[str]:
    """Visible tables whose columns are wider than the table (the right-most is cut off), or
    whose column is narrower than its heading ("Document numbe")."""
    cut = []
    for view in window.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader()
        name = view.objectName() or type(view.parentWidget()).__name__
        if header.length() > view.viewport().width() + 1:
            cut.append(f"{name}: columns {header.length()} px in {view.viewport().width()} px")
        for column in range(header.count()):
            if header.isSectionHidden(column) or header.sectionSize(column) == 0:
                continue
            if header.sectionSize(column) < header.sectionSizeHint(column):
                heading = view.model().headerData(column, Qt.Orientation.Horizontal)
                cut.append(f"{name}: heading {heading!r} cut")
    return cut


def sideways(window: QWidget) -> list[str]:
    """Visible scroll areas that scroll sideways (a photo strip is meant to)."""
    found = []
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if isinstance(area, ThumbnailGrid) or not area.isVisible():
            continue
        if bar.isVisible() and bar.maximum() > 0:
            name = area.objectName() or type(area.parentWidget()).__name__
            found.append(f"{name} scrolls sideways by {bar.maximum()} px")
    return found


def _tab_pages(page: QWidget) -> Iterator[str]:
    """Each tab of a screen's own tab widget in turn (Admin, Products), or the screen once."""
    tabs = [tab for tab in page.findChildren(QTabWidget) if tab.isVisible()]
    if not tabs:
        yield ""
        return
    for index in range(tabs[0].count()):
        tabs[0].setCurrentIndex(index)
        yield f" tab {index + 1}"


def _visit(qtbot, window: MainWindow, role: str) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    screens = window.navigation.keys()
    for key in screens:
        window.show_screen(key)
        for tab in _tab_pages(window.page(key)):
            qtbot.wait(5)
            seen[f"{role} screen {key}{tab}"] = cut_tables(window)
    if role == "practitioner":
        workspace = window.open_patient(1)  # the first demo patients have the most rows
        for key in workspace.tab_keys:
            workspace.show_tab(key)
            qtbot.wait(5)
            seen[f"patient tab {key}"] = cut_tables(window) + sideways(window)
    return seen


@pytest.mark.parametrize("maximised", [False, True], ids=["default size", "maximised"])
@pytest.mark.parametrize("role", ["front_desk", "practitioner", "admin"])
def test_no_table_is_cut_at_1280x720(qtbot, open_window, demo_accounts, role, maximised):
    window = open_window(demo_accounts[role])
    if maximised:
        window.showMaximized()
        qtbot.wait(20)
    assert window.width() <= 1280
    seen = _visit(qtbot, window, role)
    assert {name: cut for name, cut in seen.items() if cut} == {}


def _model(rows: list[list[str]]) -> QAbstractItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Date", "Who", "Notes", "State"])
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    return model


def test_a_narrow_table_narrows_its_widest_column_and_stretches_one(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(_model([["16/10/2026 10:00", "Dr Khalid", "very long notes " * 12, "Done"]]))
    fit_columns(view, stretch=2)
    view.resize(420, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    # The long notes gave way; the short columns kept their whole text.
    assert header.sectionSize(0) >= view.sizeHintForColumn(0)
    assert header.sectionSize(3) >= header.sectionSizeHint(3)
    assert header.sectionSize(2) < view.sizeHintForColumn(2)
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    # Wider again, the stretching column takes up all the room.
    view.resize(1400, 200)
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())


def test_new_rows_refit_the_columns(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    model = _model([["1", "A", "short", "x"]])
    assert isinstance(model, QStandardItemModel)
    view.setModel(model)
    fit_columns(view, stretch=2)
    view.resize(420, 200)
    view.show()
    qtbot.waitExposed(view)
    model.appendRow([QStandardItem(t) for t in ["2", "B" * 300, "short", "x"]])
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())


class _CountingView(QTableView):
    """A real table view that counts how often a column is measured for a fit."""

    measured = 0

    def sizeHintForColumn(self, column: int) -> int:
        self.measured += 1
        return super().sizeHintForColumn(column)


def _counting_table(qtbot, rows: int, precision: int) -> tuple[_CountingView, QStandardItemModel]:
    view = _CountingView()
    qtbot.addWidget(view)
    model = _model([[str(n), "A", "short", "x"] for n in range(rows)])
    assert isinstance(model, QStandardItemModel)
    view.setModel(model)
    view.horizontalHeader().setResizeContentsPrecision(precision)
    fit_columns(view, stretch=2)
    view.resize(420, 200)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.measured > 0)
    qtbot.wait(50)
    view.measured = 0
    return view, model


def _append(model: QStandardItemModel, who: str) -> None:
    model.appendRow([QStandardItem(t) for t in [str(model.rowCount()), who, "short", "x"]])


def test_rows_appended_past_the_measured_ones_do_not_refit(qtbot):
    """A streamed report appends batch after batch below the rows Qt measures a column by
    (the header's precision of them, those on screen first): measuring them again changed nothing
    and held the UI thread while the report was read (issue #16). A row that lands among the
    measured ones still refits."""
    view, model = _counting_table(qtbot, rows=100, precision=10)
    header = view.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(4)]
    _append(model, "B" * 300)  # row 100
    qtbot.wait(50)
    assert view.measured == 0
    assert [header.sectionSize(column) for column in range(4)] == widths
    model.insertRow(0, [QStandardItem(t) for t in ["-1", "C" * 300, "short", "x"]])
    qtbot.waitUntil(lambda: view.measured > 0)
    assert header.sectionSize(1) > widths[1]
    assert header.length() <= view.viewport().width()


def test_qt_measures_precision_rows_in_all_so_only_rows_among_those_refit(qtbot):
    """Qt measures ``precision`` rows: the ones on screen, then the next ones. A row below the
    screen refits while it is among those, and not once it is past them (the recall screen's
    later batches, issue #16)."""
    view, model = _counting_table(qtbot, rows=12, precision=20)
    shown = view.verticalHeader().visualIndexAt(view.viewport().height()) + 1
    assert 0 < shown < 12  # the rows fill the view
    _append(model, "B" * 300)  # row 12: Qt measures it (rows 0-19)
    qtbot.waitUntil(lambda: view.measured > 0)
    while model.rowCount() < 20:
        _append(model, "A")
    qtbot.wait(50)
    view.measured = 0
    widths = [view.horizontalHeader().sectionSize(column) for column in range(4)]
    _append(model, "C" * 300)  # row 20: past the 20 rows Qt measures
    qtbot.wait(50)
    assert view.measured == 0
    assert [view.horizontalHeader().sectionSize(column) for column in range(4)] == widths


def test_row_headings_never_refit_the_columns_and_column_headings_do(qtbot):
    view, model = _counting_table(qtbot, rows=5, precision=10)
    view.verticalHeader().hide()  # as ScarDesk's tables have it: the room stays the same
    qtbot.wait(50)
    view.measured = 0
    header = view.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(4)]
    model.setVerticalHeaderItem(0, QStandardItem("first"))
    qtbot.wait(50)
    assert [header.sectionSize(column) for column in range(4)] == widths
    model.setHorizontalHeaderItem(1, QStandardItem("Who treated the patient"))
    qtbot.waitUntil(lambda: header.sectionSize(1) >= header.sectionSizeHint(1) > widths[1])
    # A new heading is measured; the cells under it are not (they have not changed).
    assert view.measured == 0


def test_a_fit_at_once_takes_the_place_of_one_still_waiting(qtbot):
    """A change waits for the event loop to fit; a resize fits at once, and that fit has
    read the change too, so the columns are measured once, not twice."""
    view, model = _counting_table(qtbot, rows=5, precision=10)
    model.setItem(0, 1, QStandardItem("Dr Khalid Al Balushi"))  # waits
    view.resize(500, 200)  # fits at once
    measured_at_once = view.measured
    assert measured_at_once == 4  # each column once
    qtbot.wait(50)
    assert view.measured == measured_at_once


def test_a_resize_showing_the_same_rows_does_not_measure_the_cells_again(qtbot):
    """A wider window, or the scroll bar appearing with a report's first rows, only shares the
    room again: measuring every cell's text again took 50-60 ms of the UI thread on the recall
    screen (issue #16). A taller view shows other rows, and a new font other widths: those
    measure again."""
    view = _counting_table(qtbot, rows=30, precision=10)[0]
    header = view.horizontalHeader()
    view.resize(700, 200)
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
    qtbot.wait(50)
    assert view.measured == 0
    view.resize(420, 200)
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
    assert view.measured == 0
    view.resize(420, 320)  # more rows on screen: Qt measures those first
    qtbot.waitUntil(lambda: view.measured > 0)
    view.measured = 0
    font = view.font()
    font.setPointSize(font.pointSize() + 6)
    view.setFont(font)
    qtbot.waitUntil(lambda: view.measured > 0)
    assert header.length() <= view.viewport().width()


@given(
    wanted=st.lists(st.integers(1, 900), min_size=1, max_size=9),
    room=st.integers(0, 2000),
    floor=st.integers(1, 60),
)
def test_shared_widths_fit_and_narrow_only_the_widest(wanted, room, floor):
    asked = dict(enumerate(wanted))
    widths = share_width(asked, room, floor)
    assert set(widths) == set(asked)
    assert all(widths[c] <= asked[c] for c in asked)  # no column is given more than it wants
    assert all(widths[c] >= min(asked[c], floor) for c in asked)
    if sum(wanted) <= room:
        assert widths == asked
    elif len(wanted) * floor <= room:
        assert sum(widths.values()) <= room
        narrowed = [c for c in asked if widths[c] < asked[c]]
        cap = max(widths[c] for c in narrowed)
        # Only the widest gave way, all to the same width; the others are whole.
        assert all(widths[c] == cap for c in narrowed)
        assert all(asked[c] <= cap for c in asked if c not in narrowed)


def test_a_kept_column_stays_whole_while_the_others_can_still_be_read():
    wanted = {0: 120, 1: 300, 2: 300}
    assert share_width(wanted, 300, 30) == {0: 100, 1: 100, 2: 100}
    assert share_width(wanted, 300, 30, keep=[0]) == {0: 120, 1: 90, 2: 90}
    # Too little room for the others' floor: everyone gives way alike.
    assert share_width(wanted, 150, 30, keep=[0]) == {0: 50, 1: 50, 2: 50}


def test_the_documents_tab_writes_dates_as_every_other_screen(
    qtbot, open_window, demo_accounts
) -> None:
    """One date format (issue 15 §8): the session picker and the issued list wrote ISO dates."""
    window = open_window(demo_accounts["practitioner"])
    workspace = window.open_patient(1)
    workspace.show_tab("documents")
    tab = workspace.tabs.currentWidget()
    picker = tab.findChild(QComboBox)
    texts = [picker.itemText(i) for i in range(picker.count())]
    assert texts
    assert not any(re.match(r"\d{4}-\d\d-\d\d", text) for text in texts)
    assert all(re.match(r"\d\d/\d\d/\d{4} \d\d:\d\d — ", text) for text in texts)
