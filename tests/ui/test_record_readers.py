"""A person opens a patient, the Sessions tab, a session and the photos; "Who has seen this
record…" then lists those reads, newest first, and saves them as a PDF."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from sqlalchemy import update

from scardesk.db.engine import open_database
from scardesk.db.models import User
from scardesk.domain.enums import Role, ViewAngle
from scardesk.services.session import SignedIn
from scardesk.ui.documents.readers_dialog import ReadersDialog
from tests.ui.session_helpers import session_clinic
from tests.ui.test_session_view import _record


def _jpeg(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 500), (180, 120 + shade, 100)).save(buffer, "JPEG")
    return buffer.getvalue()


def _click_tab(qtbot, workspace, key: str) -> None:
    bar = workspace.tabs.tabBar()
    index = workspace.tab_keys.index(key)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert workspace.tabs.currentIndex() == index


def test_the_reads_of_a_visit_are_listed_in_who_has_seen_this_record(
    qtbot, services, make_user, open_window, tmp_path: Path
) -> None:
    clinic = session_clinic(services, make_user)
    actor = clinic.context.signed_in.actor
    patient_id = clinic.patient_id
    session = _record(services, clinic)
    start = datetime.now(UTC) - timedelta(days=90)
    for days in (0, 84):
        services.photos.import_photo(
            actor,
            patient_id,
            _jpeg(days // 10),
            "p.jpg",
            ViewAngle.FRONT,
            taken_at=start + timedelta(days=days),
        )
    # Dr Salma is also the clinic's privacy officer, so she may read the report as well.
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")  # the services' file
    with database.engine.begin() as connection:
        connection.execute(
            update(User).where(User.id == actor.user_id).values(privacy_officer=True)
        )
    database.dispose()
    signed_in = SignedIn(dataclasses.replace(clinic.context.signed_in.user, privacy_officer=True))
    window = open_window(signed_in)

    workspace = window.open_patient(patient_id)
    _click_tab(qtbot, workspace, "sessions")
    tab = workspace.tabs.currentWidget()
    table = tab.table
    cell = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    view = tab.dialog
    assert view.record is not None and view.record.id == session.id
    view.close_button.click()
    _click_tab(qtbot, workspace, "photos")
    photos = workspace.tabs.currentWidget()
    qtbot.mouseClick(photos.compare_button, Qt.MouseButton.LeftButton)
    photos.compare_dialog.reject()

    assert workspace.readers_button.isVisible()
    window.resize(1280, 720)
    window.grab().save(str(tmp_path / "workspace.png"))
    qtbot.mouseClick(workspace.readers_button, Qt.MouseButton.LeftButton)
    dialog = workspace.readers.dialog
    assert isinstance(dialog, ReadersDialog)
    lines = [(who, role, what, which) for _when, who, role, what, which in dialog.visible_lines()]
    name = signed_in.user.display_name
    assert lines[:6] == [
        (name, "Practitioner", "Viewed who has seen this record", "The whole record"),
        (name, "Practitioner", "Viewed a photo", lines[1][3]),
        (name, "Practitioner", "Viewed a photo", lines[2][3]),
        (name, "Practitioner", "Viewed the photo thumbnails", "The whole record"),
        (name, "Practitioner", "Opened a treatment session", f"Session #{session.id}"),
        (name, "Practitioner", "Viewed the list of sessions", "The whole record"),
    ]
    assert {lines[1][3], lines[2][3]} == {"Photo #1", "Photo #2"}
    assert lines[6] == (name, "Practitioner", "Opened the patient's record", "The whole record")
    assert len(lines) == 7  # nothing else: building the tabs and refreshing them are no views
    assert dialog.summary.text().endswith(": 7 reads shown, newest first.")  # a plural, no "(s)"
    dialog.resize(1280, 720)
    dialog.grab().save(str(tmp_path / "readers.png"))

    with qtbot.waitSignal(dialog.saved):
        dialog.save_pdf(tmp_path / "readers.pdf")
    pdf = tmp_path / "readers.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").exists()


def test_the_action_is_hidden_from_those_who_may_not_read_the_trail(
    services, make_user, open_window
) -> None:
    clinic = session_clinic(services, make_user)
    for role, visible in ((Role.PRACTITIONER, False), (Role.FRONT_DESK, False), (Role.ADMIN, True)):
        window = open_window(make_user(f"user.{role.value}", role))
        workspace = window.open_patient(clinic.patient_id)
        assert workspace.readers_button.isVisible() is visible, role
        window.close()


def test_a_refused_read_says_so_where_the_rows_would_be(
    qtbot, services, make_user, open_window
) -> None:
    """A practitioner who is not the privacy officer is refused (the button is hidden, but the
    right may go between showing it and a click): the table says it could not be read instead
    of standing blank; an allowed reader with rows sees no such line."""
    clinic = session_clinic(services, make_user)
    window = open_window(clinic.context.signed_in)
    dialog = ReadersDialog(clinic.context, clinic.patient_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.list_state.isVisible()
    assert "could not be read" in dialog.list_state.text()

    admin = make_user("first.admin", Role.ADMIN)
    as_admin = dataclasses.replace(clinic.context, signed_in=admin)
    allowed = ReadersDialog(as_admin, clinic.patient_id, window)
    qtbot.addWidget(allowed)
    allowed.show()
    qtbot.waitExposed(allowed)
    assert allowed.table.rowCount() > 0
    assert not allowed.list_state.isVisible()
