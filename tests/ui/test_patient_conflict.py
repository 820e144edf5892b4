"""Another workstation saves the same patient first: the user sees both versions and chooses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scardesk.db.engine import open_database
from scardesk.domain.enums import Role
from scardesk.services.container import Services, build_services
from scardesk.ui.patients.conflict import CHANGED_BACKGROUND, MINE, ConflictDialog
from scardesk.ui.patients.form import PatientFormDialog
from tests.helpers import aisha
from tests.ui.patient_helpers import make_context, register


@pytest.fixture
def desk(make_user):
    return make_user("f.desk", Role.FRONT_DESK)


@pytest.fixture
def other_workstation(tmp_path: Path, services) -> Iterator[Services]:
    """A second connection to the same clinic database, as another computer would have."""
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    yield build_services(database)
    database.dispose()


@pytest.fixture
def conflict(qtbot, services, desk, other_workstation):
    """A form whose save lost the race: the conflict dialog is open."""
    record = register(services, desk)
    form = PatientFormDialog(make_context(services, desk), record)
    qtbot.addWidget(form)
    form.show()
    other_workstation.patients.update(
        desk.actor, record.id, record.version, aisha(phone="9876 5432", address="Ruwi")
    )
    form.fields["email"].edit.setText("mine@example.com")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert isinstance(form.conflict_dialog, ConflictDialog)
    assert form.conflict_dialog.isVisible()
    return form, record


def test_nothing_is_overwritten_when_another_workstation_saved_first(conflict, services, desk):
    _form, record = conflict
    stored = services.patients.get(desk.actor, record.id)
    assert stored.data.phone == "+96898765432"
    assert stored.data.email is None


def test_the_dialog_shows_both_versions_with_differences_highlighted(conflict):
    form, _record = conflict
    dialog = form.conflict_dialog
    assert set(dialog.differing) == {"phone", "email", "address"}
    rows = {name: (mine, theirs) for name, _label, mine, theirs in dialog.rows}
    assert rows["phone"] == ("+968 9123 4567", "+968 9876 5432")
    assert rows["email"] == ("mine@example.com", "")
    assert rows["name_arabic"] == ("عائشة البلوشي", "عائشة البلوشي")
    for number, (name, *_rest) in enumerate(dialog.rows):
        colour = dialog.table.item(number, MINE).background().color().name()
        assert (colour == CHANGED_BACKGROUND) == (name in dialog.differing)


def test_keep_theirs_reloads_the_saved_version(qtbot, conflict, services, desk):
    form, record = conflict
    qtbot.mouseClick(form.conflict_dialog.keep_button, Qt.MouseButton.LeftButton)
    assert form.fields["phone"].text() == "+968 9876 5432"
    assert form.fields["email"].text() == ""
    assert form.record.version > record.version
    assert services.patients.get(desk.actor, record.id).data.email is None


def test_overwrite_with_mine_saves_on_top_of_the_new_version(qtbot, conflict, services, desk):
    form, record = conflict
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.conflict_dialog.overwrite_button, Qt.MouseButton.LeftButton)
    stored = services.patients.get(desk.actor, record.id)
    assert stored.data.email == "mine@example.com"
    assert stored.data.phone == "+96891234567"  # mine, chosen explicitly


def test_back_to_editing_keeps_my_text_and_saving_again_asks_again(qtbot, conflict):
    form, _record = conflict
    first = form.conflict_dialog
    qtbot.mouseClick(first.back_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.fields["email"].text() == "mine@example.com"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.conflict_dialog is not first and form.conflict_dialog.isVisible()
