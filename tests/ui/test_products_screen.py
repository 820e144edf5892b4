"""The Products & lots screen driven as staff would: catalogue, lots, expiry, recall and export."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from scardesk.db.engine import open_database
from scardesk.domain.display_prefs import DigitStyle
from scardesk.domain.enums import Modality, Role, UnitKind
from scardesk.domain.products import ProductInput
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.services.sessions import SessionService
from scardesk.ui import display
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.context import ScreenContext
from scardesk.ui.products.fields import parse_expiry
from scardesk.ui.products.models import LotTable, RecallTable
from scardesk.ui.products.screen import ProductsScreen
from scardesk.ui.style import ERROR
from scardesk.ui.widgets.record_table import RECORD_ROLE
from tests.helpers import PRACTITIONER
from tests.services.session_fixtures import (
    TODAY,
    Clinic,
    combined_session,
    make_clinic,
    toxin_entry,
)
from tests.ui.rtl_fixtures import arabic_preferences


@pytest.fixture
def clinic(services: Services, tmp_path: Path) -> Iterator[Clinic]:
    """The UI's database (same file): Botox lots C1234 (in date) and OLD1 (expired), Dysport
    D777, and one recorded session that used C1234."""
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    made = make_clinic(database)
    SessionService(database).record_session(PRACTITIONER, made.patient_id, combined_session(made))
    yield made
    database.dispose()


@pytest.fixture
def opened() -> list[int]:
    return []


@pytest.fixture
def make_screen(
    qtbot: QtBot, services: Services, runner, make_user, opened: list[int]
) -> Callable[..., ProductsScreen]:
    def make(today: date = TODAY, signed_in: SignedIn | None = None) -> ProductsScreen:
        context = ScreenContext(
            services,
            signed_in or make_user("p.doctor", Role.PRACTITIONER),
            runner,
            ChangeBus(),
            open_patient=opened.append,
        )
        screen = ProductsScreen(context, today=lambda: today)
        qtbot.addWidget(screen)
        screen.resize(1000, 700)
        screen.show()
        return screen

    return make


def _botox(services: Services, signed_in: SignedIn) -> int:
    product, _ = services.products.add_product(
        signed_in.actor,
        ProductInput("Botox", "onabotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 100, 24),
    )
    return product.id


def _row_texts(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def _lot_row(screen: ProductsScreen, lot_number: str) -> int:
    proxy = screen.lots.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, LotTable.LOT).data() == lot_number:
            return row
    raise AssertionError(f"{lot_number} not listed")


def test_adding_a_product_shows_field_errors_then_saves_the_corrected_form(
    make_screen, services: Services
) -> None:
    screen = make_screen()
    screen.catalogue.add_button.click()
    dialog = screen.catalogue.last_dialog
    assert dialog is not None
    dialog.name.set_text("incobotulinumtoxinA")
    dialog.vial_units.set_text("a hundred")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "required" in dialog.brand.error()
    assert "not a whole number" in dialog.vial_units.error()
    assert screen.catalogue.model.rowCount() == 0

    dialog.brand.set_text("Xeomin")
    dialog.vial_units.set_text("100")
    dialog.save_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _row_texts(screen.catalogue.proxy, 0)[:2] == ["Xeomin", "incobotulinumtoxinA"]
    assert screen.catalogue.selected() is not None
    assert screen.lots.product_box.findText("Xeomin (incobotulinumtoxinA)") >= 0


def test_receiving_a_lot_lists_it_with_its_stock(
    make_screen, make_user, services: Services
) -> None:
    signed_in = make_user("p.doctor", Role.PRACTITIONER)
    product_id = _botox(services, signed_in)
    screen = make_screen(signed_in=signed_in)
    screen.show_lots(services.products.get_product(signed_in.actor, product_id))
    assert screen.tabs.currentWidget() is screen.lots
    screen.lots.receive_button.click()
    dialog = screen.lots.last_dialog
    dialog.lot_number.set_text(" c55x ")
    dialog.expiry.set_text("31/12/2026")
    dialog.quantity.set_text("4")
    dialog.save_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    row = _lot_row(screen, "C55X")
    texts = _row_texts(screen.lots.proxy, row)
    assert texts[LotTable.EXPIRY] == "31/12/2026"
    assert (texts[LotTable.PACKS], texts[LotTable.IN_STOCK]) == ("4", "4")
    assert texts[LotTable.STATUS] == "In use"


def test_an_expired_lot_is_shown_as_expired_in_red(clinic: Clinic, make_screen) -> None:
    screen = make_screen()
    screen.lots.choose_product(clinic.product_id)
    index = screen.lots.proxy.index(_lot_row(screen, "OLD1"), LotTable.STATUS)
    assert index.data() == "Expired — do not use"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(ERROR)
    fresh = screen.lots.proxy.index(_lot_row(screen, "C1234"), LotTable.STATUS)
    assert fresh.data() == "In use"


def test_adjusting_stock_is_refused_without_a_reason(
    clinic: Clinic, make_screen, services: Services
) -> None:
    screen = make_screen()
    screen.lots.choose_product(clinic.product_id)
    before = services.products.get_lot(PRACTITIONER, clinic.lot_id).quantity_in_stock
    screen.lots.view.selectRow(_lot_row(screen, "C1234"))
    screen.lots.adjust_button.click()
    dialog = screen.lots.last_dialog
    dialog.delta.set_text("-1")
    dialog.save_button.click()

    assert dialog.isVisible()
    assert "reason is required" in dialog.reason.error()
    assert services.products.get_lot(PRACTITIONER, clinic.lot_id).quantity_in_stock == before

    dialog.reason.set_text("vial dropped")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    in_stock = screen.lots.proxy.index(_lot_row(screen, "C1234"), LotTable.IN_STOCK)
    assert in_stock.data() == str(before - 1)


def test_expiring_list_puts_expired_lots_in_stock_first_then_those_expiring_soon(
    clinic: Clinic, make_screen
) -> None:
    screen = make_screen(today=TODAY + timedelta(days=185))  # C1234 and D777 expire at +200
    model = screen.expiring.proxy
    lots = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert lots[0] == "OLD1"
    assert sorted(lots[1:]) == ["C1234", "D777"]
    assert model.index(1, 4).data() == "Expires in 15 days"
    assert screen.tabs.tabText(screen.tabs.indexOf(screen.expiring)) == "Expiring soon (3)"
    assert screen.expiring.summary.text().startswith("1 expired lot still in stock")


def _run_recall(screen: ProductsScreen, lot_number: str) -> None:
    screen.tabs.setCurrentWidget(screen.recall)
    screen.recall.search.setText(lot_number.lower())
    screen.recall.run_button.click()


def test_recall_report_lists_the_patients_who_received_the_lot(clinic: Clinic, make_screen) -> None:
    screen = make_screen()
    _run_recall(screen, "C1234")
    recall = screen.recall
    assert recall.model.rowCount() == 1
    texts = _row_texts(recall.proxy, 0)
    assert texts[RecallTable.NAME] == "Aisha Al Balushi"
    assert texts[RecallTable.ARABIC] == "عائشة البلوشي"
    assert (texts[RecallTable.PHONE], texts[RecallTable.CIVIL]) == ("+968 9123 4567", "12345678")
    assert (texts[RecallTable.DATE], texts[RecallTable.UNITS]) == ("10/03/2026", "20")
    assert recall.count_label.text() == "1 patient · 1 session"
    assert "lot \u2068C1234\u2069" in recall.heading.text()  # isolated in either language
    alignment = recall.proxy.index(0, RecallTable.ARABIC).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_a_lot_nobody_received_says_so(clinic: Clinic, make_screen) -> None:
    screen = make_screen()
    _run_recall(screen, "D777")
    assert screen.recall.model.rowCount() == 0
    assert screen.recall.count_label.text().startswith("Nobody has received this lot")


def test_double_clicking_a_recall_row_opens_the_patient(
    qtbot: QtBot, clinic: Clinic, make_screen, opened: list[int]
) -> None:
    screen = make_screen()
    _run_recall(screen, "C1234")
    view = screen.recall.view
    rect = view.visualRect(view.model().index(0, RecallTable.NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened and set(opened) == {clinic.patient_id}


def _choose_file(monkeypatch, target: Path, asked: list[str] | None = None) -> None:
    def choose(_parent, _title, suggested, _filter):
        if asked is not None:
            asked.append(suggested)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))


def test_csv_export_writes_the_file_with_phones_kept_literal(
    clinic: Clinic, make_screen, monkeypatch, tmp_path: Path
) -> None:
    screen = make_screen()
    _run_recall(screen, "C1234")
    asked: list[str] = []
    _choose_file(monkeypatch, tmp_path / "recall-notice", asked)
    screen.recall.csv_button.click()

    written = tmp_path / "recall-notice.csv"
    data = written.read_bytes().decode("utf-8-sig")
    assert "عائشة البلوشي" in data and ",\u200e+968 9123 4567," in data
    assert asked == ["recall-C1234.csv"]
    assert screen.recall.last_saved == written
    assert screen.recall.count_label.text().endswith("saved as recall-notice.csv")
    assert not screen.recall.progress.isVisible() and not screen.recall.cancel_button.isVisible()


def test_excel_export_writes_a_workbook(
    clinic: Clinic, make_screen, monkeypatch, tmp_path: Path
) -> None:
    screen = make_screen()
    _run_recall(screen, "C1234")
    _choose_file(monkeypatch, tmp_path / "notice.xlsx")
    screen.recall.xlsx_button.click()
    assert zipfile.is_zipfile(tmp_path / "notice.xlsx")


def test_cancel_during_an_export_leaves_no_file(
    clinic: Clinic, make_screen, monkeypatch, tmp_path: Path
) -> None:
    screen = make_screen()
    _run_recall(screen, "C1234")
    _choose_file(monkeypatch, tmp_path / "notice.pdf")
    seen: list[bool] = []

    def press_cancel(_done: int, _total: int) -> None:
        # The person presses Cancel while the bar is showing progress.
        seen.append(screen.recall.progress.isVisible() and screen.recall.cancel_button.isVisible())
        screen.recall.cancel_button.click()

    screen.recall._relay.progress.connect(press_cancel)
    screen.recall.pdf_button.click()
    assert seen == [True]
    assert list(tmp_path.glob("notice*")) == [] and list(tmp_path.glob(".notice*")) == []
    assert screen.recall.count_label.text().endswith("export cancelled; no file was written")
    assert screen.recall.pdf_button.isEnabled()


def _three_uses_read_one_row_at_a_time(clinic: Clinic, services: Services, monkeypatch) -> None:
    """Lot C1234 used in three sessions, and the report read (and handed on) a row at a time."""
    from scardesk.services import recall

    monkeypatch.setattr(recall, "FIRST_ROWS", 1)
    monkeypatch.setattr(recall, "_BATCH", 1)
    for _ in range(2):
        services.sessions.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))


def test_recall_shows_the_first_screenful_at_once_and_later_batches_together(
    clinic: Clinic, make_screen, services: Services, monkeypatch
) -> None:
    _three_uses_read_one_row_at_a_time(clinic, services, monkeypatch)
    screen = make_screen()
    sizes: list[int] = []
    screen.recall.model.rowsInserted.connect(
        lambda *_: sizes.append(screen.recall.model.rowCount())
    )
    shown: list[int] = []
    screen.recall.report_shown.connect(lambda: shown.append(screen.recall.proxy.rowCount()))
    _run_recall(screen, "C1234")  # read at once here: the later batches come in together
    assert sizes == [1, 3]
    assert shown == [3]
    assert screen.recall.count_label.text() == "1 patient · 3 sessions"


def test_recall_rows_read_while_the_report_goes_on_appear_before_it_ends(
    clinic: Clinic, qtbot: QtBot, services: Services, make_user, monkeypatch
) -> None:
    """Rows waiting to be shown are added within ``SHOW_ROWS_EVERY_MS``, not at the end."""
    import threading

    from scardesk.ui.products import recall_tab
    from scardesk.ui.tasks import TaskRunner

    _three_uses_read_one_row_at_a_time(clinic, services, monkeypatch)
    go_on = threading.Event()
    report = services.recall.report

    def slow_report(actor, lot_id, on_rows, stop):  # the reading thread pauses after 2 rows
        handed: list[int] = []

        def hand_on(rows) -> None:
            on_rows(rows)
            handed.append(len(rows))
            if len(handed) == 2:
                assert go_on.wait(10)

        return report(actor, lot_id, hand_on, stop)

    monkeypatch.setattr(services.recall, "report", slow_report)
    runner = TaskRunner(on_error=lambda error: None)
    context = ScreenContext(services, make_user("p.doctor", Role.PRACTITIONER), runner, ChangeBus())
    screen = ProductsScreen(context, today=lambda: TODAY)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.recall.lots_model.rowCount() > 0)
    _run_recall(screen, "C1234")
    qtbot.waitUntil(lambda: screen.recall.model.rowCount() == 1)  # the first screenful
    qtbot.waitUntil(lambda: screen.recall.model.rowCount() == 2, timeout=5_000)
    assert screen.recall.report is None  # the report is still being read
    assert "2 sessions so far" in screen.recall.count_label.text()
    with qtbot.waitSignal(screen.recall.report_shown):
        go_on.set()
    assert screen.recall.model.rowCount() == 3
    assert recall_tab.SHOW_ROWS_EVERY_MS <= 500  # a growing table, a few times a second
    runner.wait_until_idle()


def test_the_sort_the_person_chose_applies_once_the_rows_are_in(
    clinic: Clinic, make_screen, services: Services
) -> None:
    smaller = combined_session(clinic, modalities=(toxin_entry(clinic, units=1.0),))
    services.sessions.record_session(PRACTITIONER, clinic.patient_id, smaller)
    screen = make_screen()
    _run_recall(screen, "C1234")
    in_date_order = [_row_texts(screen.recall.proxy, row)[RecallTable.UNITS] for row in range(2)]
    screen.recall.view.sortByColumn(RecallTable.UNITS, Qt.SortOrder.AscendingOrder)
    screen.recall.run_button.click()
    by_units = [_row_texts(screen.recall.proxy, row)[RecallTable.UNITS] for row in range(2)]
    assert in_date_order == ["20", "10"]  # same time: recorded first, first
    assert by_units == ["10", "20"]


def test_a_failed_read_is_shown_never_as_an_empty_list(
    clinic: Clinic, make_screen, tmp_path: Path, monkeypatch
) -> None:
    screen = make_screen()
    _run_recall(screen, "C1234")
    shown: list[str] = []
    monkeypatch.setattr(
        screen.recall._errors, "show", lambda error, _parent: shown.append(str(error))
    )
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    with database.engine.begin() as connection:  # the read now fails in the database itself
        connection.exec_driver_sql("ALTER TABLE toxin_entries RENAME TO toxin_entries_gone")
    database.dispose()
    screen.recall.run_button.click()
    assert screen.recall.model.rowCount() == 0 and screen.recall.report is None
    assert "could not be read" in screen.recall.count_label.text()
    assert len(shown) == 1
    assert not screen.recall.csv_button.isEnabled()


class _HeldRunner:
    """Holds tasks until released, so a test can start a second search before the first runs."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[[], object], Callable, Callable]] = []

    def watch_account(self, _callback) -> None:
        pass

    def run(
        self, task, on_done=None, on_failed=None, *, write: bool = False, slow: bool = False
    ) -> None:
        self.held.append((task, on_done, on_failed))

    def release(self) -> None:
        while self.held:
            task, on_done, on_failed = self.held.pop(0)
            try:
                result = task()
            except Exception as error:
                on_failed(error)
                continue
            on_done(result)


def test_a_new_search_stops_the_previous_stream(
    clinic: Clinic, qtbot: QtBot, services: Services, make_user, monkeypatch
) -> None:
    _three_uses_read_one_row_at_a_time(clinic, services, monkeypatch)
    runner = _HeldRunner()
    context = ScreenContext(services, make_user("p.doctor", Role.PRACTITIONER), runner, ChangeBus())
    screen = ProductsScreen(context, today=lambda: TODAY)
    qtbot.addWidget(screen)
    runner.release()  # the lot list
    _run_recall(screen, "C1234")  # held: three rows to read
    read_first: list[int] = []
    _run_recall(screen, "D777")  # a newer search for a lot nobody received
    screen.recall._relay.rows.connect(lambda generation, rows: read_first.append(len(rows)))
    runner.release()
    assert read_first == [1]  # the first search read one batch, then stopped
    assert screen.recall.model.rowCount() == 0
    assert screen.recall.count_label.text().startswith("Nobody has received this lot")
    assert "D777" in screen.recall.heading.text()


def test_cancelling_the_save_dialog_writes_nothing(
    clinic: Clinic, make_screen, monkeypatch, tmp_path: Path
) -> None:
    screen = make_screen()
    _run_recall(screen, "C1234")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: ("", "")))
    screen.recall.pdf_button.click()
    assert screen.recall.last_saved is None


def test_ctrl_6_opens_products_for_a_practitioner(qtbot: QtBot, open_window, make_user) -> None:
    window = open_window(make_user("p.doctor", Role.PRACTITIONER))
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "products"
    assert isinstance(window.stack.currentWidget(), ProductsScreen)


def test_selecting_a_product_row_gives_its_record(clinic: Clinic, make_screen) -> None:
    screen = make_screen()
    screen.catalogue.view.selectRow(0)
    assert screen.catalogue.proxy.index(0, 0).data(RECORD_ROLE).brand == "Botox"
    assert screen.catalogue.archive_button.text() == "Archive"


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_an_expiry_typed_as_on_the_label_reads_back_as_that_day(day: date) -> None:
    assert parse_expiry(day.strftime("%d/%m/%Y")) == day
    assert parse_expiry(day.isoformat()) == day


def test_a_month_only_expiry_means_the_last_day_of_that_month() -> None:
    assert parse_expiry("02/2028") == date(2028, 2, 29)
    assert parse_expiry("2027-11") == date(2027, 11, 30)


@pytest.mark.parametrize("text", ["", "31/02/2027", "soon", "13/2027"])
def test_an_unreadable_expiry_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(ValueError, match="31/03/2027"):
        parse_expiry(text)


def test_recall_counts_read_in_arabic_with_the_readers_digits(
    clinic: Clinic, services: Services, make_screen, arabic: None
) -> None:
    """Counts go through Qt's numerus forms, so Arabic gets its own plural and the reader's
    digits: "٣ جلسات", not "%1 من الجلسات" with a Western 3. Typing the lot number selects
    the one lot it leaves in Arabic too (``select_row``)."""
    display.set_current(arabic_preferences(DigitStyle.ARABIC_INDIC))
    QApplication.processEvents()  # the translation's language change, before the screen exists
    for _ in range(2):
        services.sessions.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    screen = make_screen()
    assert screen.isRightToLeft()
    _run_recall(screen, "C1234")
    assert screen.recall.count_label.text() == "مريض واحد · ٣ جلسات"
    texts = _row_texts(screen.recall.proxy, 0)
    # Left to right inside the mirrored table, in the reader's digits (it read "4567 9123 968+",
    # then "+٤٥٦٧ ٩١٢٣ ٩٦٨" until a mark followed each space: Arabic-Indic digits pull the
    # spaces between them right to left even inside an isolate).
    assert texts[RecallTable.PHONE] == "\u2066+٩٦٨ \u200e٩١٢٣ \u200e٤٥٦٧\u2069"
    assert texts[RecallTable.CIVIL] == "\u2066١٢٣٤٥٦٧٨\u2069"
    assert texts[RecallTable.UNITS] in {"\u2066٢٠\u2069", "\u2066١٠\u2069"}
    # An Arabic sentence though it starts with the brand: laid out from the right.
    assert screen.recall.heading.text().startswith("\u200f\u2068Botox")
