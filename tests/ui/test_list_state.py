"""One empty state for every list (issue 15 §8): ``set_list_state`` over a ``list_state_label``.

It says what to do when a list is empty, and that the list could not be read when the read
failed — in red, in the list's place — never "nothing yet" for a list that failed. The second
mechanism (``widgets.empty_state``, which only hid itself on failure) is gone.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from scardesk.db.engine import open_database
from scardesk.domain.enums import Role
from scardesk.ui.admin.audit_tab import AuditTab
from scardesk.ui.products.screen import ProductsScreen
from scardesk.ui.unreadable import load_failed_text
from tests.ui.patient_helpers import make_context


def test_there_is_one_empty_state_mechanism() -> None:
    assert importlib.util.find_spec("scardesk.ui.widgets.empty_state") is None


def _shown(qtbot, tab: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _break(tmp_path: Path, table: str) -> None:
    """The next read of ``table`` fails in the database itself."""
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"ALTER TABLE {table} RENAME TO {table}_gone")
    database.dispose()


def _products_tab(context, name: str) -> tuple[QWidget, QWidget]:  # type: ignore[no-untyped-def]
    screen = ProductsScreen(context)
    tab = getattr(screen, name)
    screen.tabs.setCurrentWidget(tab)
    return screen, tab


def _audit_tab(context) -> tuple[QWidget, QWidget]:  # type: ignore[no-untyped-def]
    tab = AuditTab(context)
    return tab, tab


TABS = {
    "catalogue": ("products", "No products yet."),
    "lots": ("products", "No lots of this product yet."),
    "expiring": ("lots", "No lot in stock is expired"),
    "audit": ("audit_events", "No event matches these filters."),
}


def _open(qtbot, context, name: str) -> tuple[QWidget, QWidget]:  # type: ignore[no-untyped-def]
    """The window shown (kept by the caller: the tab dies with it) and the list's tab."""
    shown, tab = _audit_tab(context) if name == "audit" else _products_tab(context, name)
    return _shown(qtbot, shown), tab


@pytest.mark.parametrize("name", sorted(TABS))
def test_an_empty_list_says_so_and_a_failed_one_says_it_could_not_be_read(
    qtbot, services, runner, make_user, tmp_path, monkeypatch, name
) -> None:
    table, empty_start = TABS[name]
    admin = make_user("first.admin", Role.ADMIN)
    context = make_context(services, admin, runner)
    if name != "audit":  # the audit trail of a new database is never empty
        _window, tab = _open(qtbot, context, name)
        assert tab.empty_state.isVisible()
        assert tab.empty_state.text().startswith(empty_start)
        assert tab.empty_state.objectName() == "muted"
    _break(tmp_path, table)
    errors: list[BaseException] = []
    monkeypatch.setattr(
        "scardesk.ui.errors.ErrorPresenter.show", lambda s, e, p=None: errors.append(e)
    )
    _window, tab = _open(qtbot, context, name)
    assert errors  # the failure is also reported as usual
    assert tab.empty_state.isVisible()
    assert tab.empty_state.text() == load_failed_text()
    assert not tab.empty_state.text().startswith(empty_start)
    assert tab.empty_state.objectName() == "formError"
