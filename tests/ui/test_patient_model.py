"""The patient list model on its own, without a window: paging, stale answers, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from scardesk.domain.enums import Role
from scardesk.domain.patient_search import PatientRow
from scardesk.ui.patients.model import AGE, NAME_ARABIC, NAME_LATIN, PHONE, PatientListModel
from scardesk.ui.tasks import SyncTaskRunner
from scardesk.ui.widgets.record_table import RECORD_ROLE, SORT_ROLE
from tests.helpers import aisha
from tests.ui.patient_helpers import DeferredRunner, clinic, register


@pytest.fixture
def desk(make_user):
    return make_user("f.desk", Role.FRONT_DESK)


def _names(model: PatientListModel) -> list[str]:
    return [model.index(row, NAME_LATIN).data() for row in range(model.rowCount())]


def test_first_page_only_then_fetch_more_pages_in_the_rest(qtbot, services, desk):
    for number in range(7):
        register(
            services,
            desk,
            name_latin=f"Salim Test {chr(65 + number)}x",
            name_arabic="",
            phone=f"9123 456{number}",
            civil_number=f"1000000{number}",
        )
    model = PatientListModel(services.search, desk.actor, SyncTaskRunner(), page_size=3)
    model.set_query("salim")
    assert model.rowCount() == 3
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 6
    model.fetchMore()
    assert model.rowCount() == 7
    assert not model.canFetchMore()
    assert len(set(_names(model))) == 7  # no row fetched twice


def test_an_answer_to_an_older_query_is_dropped(qtbot, services, desk):
    clinic(services, desk)
    runner = DeferredRunner()
    model = PatientListModel(services.search, desk.actor, runner)
    model.set_query("ahmed")
    model.set_query("fatma")
    runner.deliver(1)  # the newer answer first...
    runner.deliver(0)  # ...then the slow, stale one
    assert _names(model) == ["Fatma Al Said"]


def test_loading_hides_fetch_more_until_the_page_arrives(qtbot, services, desk):
    clinic(services, desk)
    runner = DeferredRunner()
    model = PatientListModel(services.search, desk.actor, runner, page_size=1)
    model.set_query("")
    assert model.loading and not model.canFetchMore()
    runner.deliver(0)
    assert not model.loading and model.canFetchMore()


def test_display_sort_and_record_roles_are_separate(qtbot, services, desk):
    people = clinic(services, desk)
    model = PatientListModel(services.search, desk.actor, SyncTaskRunner())
    model.set_query("aisha")
    record = model.index(0, NAME_LATIN).data(RECORD_ROLE)
    assert isinstance(record, PatientRow) and record.id == people["aisha"].id
    age = model.index(0, AGE)
    assert age.data(Qt.ItemDataRole.DisplayRole) == str(record.age)
    assert age.data(SORT_ROLE) == record.age  # a number, so 9 sorts before 10
    assert model.index(0, NAME_ARABIC).data() == "عائشة البلوشي"
    assert model.index(0, PHONE).data() == "+968 9123 4567"


def test_archived_patients_only_with_include_archived(qtbot, services, desk):
    people = clinic(services, desk)
    services.patients.archive(desk.actor, people["mariam"].id, people["mariam"].version, "moved")
    model = PatientListModel(services.search, desk.actor, SyncTaskRunner())
    model.set_query("mariam", include_archived=False)
    assert model.rowCount() == 0
    model.set_query("mariam", include_archived=True)
    assert _names(model) == ["Mariam Al Lawati"]
    assert model.index(0, NAME_LATIN).data(Qt.ItemDataRole.ToolTipRole) == "Archived record"


def test_refresh_updates_a_loaded_row_in_place(qtbot, services, desk):
    people = clinic(services, desk)
    model = PatientListModel(services.search, desk.actor, SyncTaskRunner())
    model.set_query("")
    fatma = people["fatma"]
    services.patients.update(
        desk.actor,
        fatma.id,
        fatma.version,
        aisha(
            name_latin="Fatma Al Saidi",
            name_arabic="فاطمة السعيدي",
            date_of_birth="12/07/1999",
            phone="7123 4567",
            civil_number="99887766",
        ),
    )
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_patients([fatma.id])
    assert "Fatma Al Saidi" in _names(model)
