"""A workspace tab's content is built the first time it is shown (issue #12): opening a record
builds only the tab in front, a tab never shown logs no read, and each real look logs one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from scardesk.domain.enums import Role
from scardesk.domain.records import PatientInput
from scardesk.services.session import SYSTEM
from scardesk.ui.consultation import HistoryTab
from scardesk.ui.workspace.details_tab import DetailsTab


def _register(services) -> int:
    form = PatientInput(
        name_latin="Aisha Al Balushi",
        name_arabic="عائشة البلوشي",
        date_of_birth="5/3/1990",
        sex="female",
        phone="9123 4567",
    )
    record, _ = services.patients.register(SYSTEM, form)
    return record.id


def _history_reads(services, make_user) -> int:
    admin = make_user("first.admin", Role.ADMIN)
    rows = services.maintenance.audit_page(admin.actor).rows
    return sum(1 for row in rows if row.action == "read.history.view")


def test_only_the_tab_shown_is_built_and_each_look_logs_one_read(
    services, open_window, make_user
) -> None:
    patient_id = _register(services)
    window = open_window(make_user("dr.one", Role.PRACTITIONER))
    workspace = window.open_patient(patient_id)

    assert isinstance(workspace.tabs.currentWidget(), DetailsTab)
    assert [key for key in workspace.tab_keys if workspace.is_built(key)] == ["details"]
    assert not workspace.tabs.findChildren(HistoryTab)

    history = workspace.tab("history")  # asked for, not shown: built, no read logged
    assert isinstance(history, HistoryTab) and workspace.tab("history") is history
    assert _history_reads(services, make_user) == 0

    workspace.show_tab("history")
    assert workspace.tabs.currentWidget() is history  # the same page, not built again
    assert _history_reads(services, make_user) == 1
    workspace.show_tab("details")
    workspace.show_tab("history")
    assert _history_reads(services, make_user) == 2

    workspace.show_tab("sessions")
    page = workspace.tabs.currentWidget()
    assert type(page) is not QWidget and workspace.is_built("sessions")
