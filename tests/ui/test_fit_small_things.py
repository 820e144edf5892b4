"""The small things found looking at every screen at 1280×720 (issue 15 §1 and §8): a status the
desk acts on is never cut, and a filter shows its whole hint.

A text "fits" when the cell (or box) is at least as wide as the text plus the margins Qt draws
around it, measured with the widget's own font: what an elided "No consent to remi…" fails.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QStyle, QStyleOptionFrame, QToolButton

from scardesk.domain.enums import Modality
from scardesk.domain.scheduling import AppointmentInput
from scardesk.domain.time import MUSCAT, muscat_today
from scardesk.domain.working_calendar import Opening
from scardesk.ui.today.model import AppointmentTableModel
from scardesk.ui.today.reminders_panel import STATUS
from tests.ui.test_table_columns_fit import demo_accounts, sideways  # noqa: F401 (fixture)


def cut_cells(view: QAbstractItemView, column: int) -> list[str]:
    """The texts of ``column`` wider than their cell (Qt elides them with "…")."""
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    model, metrics = view.model(), view.fontMetrics()
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        widest = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
        if widest + margin > view.visualRect(index).width():
            cut.append(text)
    return cut


def test_the_reminders_status_is_whole_at_1280x720(
    qtbot,
    open_window,
    services,
    demo_accounts,  # noqa: F811
) -> None:
    desk, doctor = demo_accounts["front_desk"], demo_accounts["practitioner"]
    tomorrow = muscat_today() + timedelta(days=1)
    rows = services.reminders.for_day(desk.actor, tomorrow, muscat_today())
    unconsented = next(row.patient_id for row in rows if not row.consented)
    # Open all week, all day, so the late booking below is accepted whatever day tomorrow is.
    every_day = (Opening(time(0, 0), time(23, 59)),)
    services.working_time.save_week(demo_accounts["admin"].actor, frozenset(range(7)), every_day, 0)
    start = datetime.combine(tomorrow, time(21, 0), tzinfo=MUSCAT)
    every = tuple(modality.value for modality in Modality)  # the longest "For" a row can have
    form = AppointmentInput(unconsented, doctor.user.id, start, 90, every)
    services.appointments.book(desk.actor, form)
    window = open_window(desk)
    window.showMaximized()
    window.show_screen("today")
    screen = window.page("today")
    screen.tabs.setCurrentWidget(screen.reminders_panel)
    panel = screen.reminders_panel
    qtbot.waitExposed(panel.table)
    table = panel.table

    def rows_fitted() -> bool:  # columns are fitted once Qt is idle, then rows measured again
        return [table.rowHeight(r) for r in range(table.rowCount())] == [
            table.sizeHintForRow(r) for r in range(table.rowCount())
        ]

    qtbot.waitUntil(rows_fitted, timeout=5000)
    statuses = {panel.table.item(r, STATUS).text() for r in range(panel.table.rowCount())}
    assert "No consent to reminders" in statuses
    assert cut_cells(panel.table, STATUS) == []
    header = panel.table.horizontalHeader()
    assert header.length() <= panel.table.viewport().width()
    # Rows as tall as their text at the fitted widths (they were measured before the fit).
    assert rows_fitted()


def text_room(edit: QLineEdit) -> int:
    """The width ``edit`` has for its text: its contents less Qt's 2 px each side, less the
    clear button where one is shown."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    right = contents.right() - margins.right()
    for button in edit.findChildren(QToolButton):
        if button.isVisible():
            right = min(right, button.geometry().left())
    return right - (contents.left() + margins.left()) - 4


def test_the_audit_patient_filter_shows_its_whole_hint(
    qtbot,
    open_window,
    demo_accounts,  # noqa: F811
) -> None:
    # The demo's staff have long names: the user list beside the box once squeezed it.
    window = open_window(demo_accounts["admin"])
    window.showMaximized()
    window.show_screen("admin")
    screen = window.page("admin")
    screen.tabs.setCurrentWidget(screen.audit)
    box = screen.audit.filter_bar.patient
    qtbot.waitExposed(box)
    hint = box.fontMetrics().horizontalAdvance(box.placeholderText())
    assert hint <= text_room(box)
    box.setText("10234")  # the clear button shows: the hint's room is kept for the number
    qtbot.wait(300)  # the button fades in
    assert hint <= text_room(box)
    assert sideways(window) == []  # and the wider box did not make the page scroll sideways


def test_the_users_table_shows_whole_names(
    qtbot,
    open_window,
    demo_accounts,  # noqa: F811
) -> None:
    window = open_window(demo_accounts["admin"])
    window.showMaximized()
    window.show_screen("admin")
    table = window.page("admin").users.table
    qtbot.waitExposed(table)
    qtbot.wait(10)  # the columns are fitted once Qt is idle
    assert cut_cells(table, 1) == []  # "Clinic manager: Hilal Al Rawahi" was "Clinic manager: Hil…"


def test_today_shows_whole_treatment_names_in_arabic(
    qtbot,
    open_window,
    demo_accounts,  # noqa: F811
    arabic,
) -> None:
    """The planned treatments had a fixed 150 px: in Arabic "إعادة البناء الكيميائي للندبات"
    and a second treatment showed as "إعادة البناء الكيميائي …" beside a half-empty patient
    column. Now the columns fit, and rows grow to the lines they hold."""
    window = open_window(demo_accounts["practitioner"])
    window.showMaximized()
    window.show_screen("today")
    table = window.page("today").table
    qtbot.waitExposed(table)
    planned = AppointmentTableModel.MODALITIES
    model = table.model()
    assert model.rowCount() > 0, "the demo clinic books appointments for today"
    line = table.fontMetrics().lineSpacing()

    def whole() -> bool:
        for row in range(model.rowCount()):
            lines = str(model.index(row, planned).data() or "").count("\n") + 1
            if table.rowHeight(row) < lines * line:
                return False
        return cut_cells(table, planned) == []

    qtbot.waitUntil(whole, timeout=3000)  # columns and rows are fitted once Qt is idle
    assert sideways(window) == []
