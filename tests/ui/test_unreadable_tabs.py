"""Unreadable assessments and sessions in the Assessments and Documents tabs (issue 9 §3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import update

from scardesk.db.engine import open_database
from scardesk.db.models import Assessment, ModalityEntry
from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.enums import Role
from scardesk.ui.assessment.list import AssessmentsTab
from scardesk.ui.documents.patient_tab import DocumentsTab
from scardesk.ui.unreadable import UNREADABLE_BACKGROUND
from tests.ui.patient_helpers import make_context, register
from tests.ui.session_helpers import session_clinic
from tests.ui.test_unreadable_rows import _boxes, _corrupt, _sessions


def _assessment(days_ago: int) -> AssessmentInput:
    return AssessmentInput(
        assessed_at=datetime.now(UTC) - timedelta(days=days_ago),
        fitzpatrick="IV",
        gb_counts={"macular": 4},
        ecca_counts={"boxcar": 2},
    )


def _set(tmp_path: Path, model, row_id: int, **values) -> None:  # type: ignore[no-untyped-def]
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    try:
        with database.engine.begin() as connection:
            connection.execute(update(model).where(model.id == row_id).values(**values))
    finally:
        database.dispose()


def test_the_assessments_tab_lists_an_unreadable_assessment_and_opens_none(
    qtbot, services, make_user, tmp_path
) -> None:
    context = make_context(services, make_user("dr.maryam", Role.PRACTITIONER))
    patient_id = register(services, context.signed_in).id
    actor = context.signed_in.actor
    ids = [
        services.assessments.create(actor, patient_id, _assessment(d))[0].id for d in (60, 30, 1)
    ]
    _set(tmp_path, Assessment, ids[1], fitzpatrick="VII")  # unknown: the row cannot be read
    _set(tmp_path, Assessment, ids[2], suitability={"adjunct": "yes"})  # the list reads it
    tab = AssessmentsTab(context, patient_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    model = tab.model
    assert model.rowCount() == 3
    grades = [model.index(r, 1).data() for r in range(3)]
    assert f"Cannot be read — record #{ids[1]}; ask your administrator" in grades
    bad_row = grades.index(f"Cannot be read — record #{ids[1]}; ask your administrator")
    assert model.index(bad_row, 0).data(Qt.ItemDataRole.BackgroundRole) == UNREADABLE_BACKGROUND
    assert tab.problem.isVisible() and f"record #{ids[1]}" in tab.problem.text()
    # The chart reads the score columns only, which still read: all three are plotted.
    assert [p.assessment_id for p in tab.chart.points()] == ids
    tab.grab().save("/tmp/assessments-tab-unreadable.png")

    # Amending the unreadable row, or one whose details cannot be read, says so clearly.
    proxy_row = tab.proxy.mapFromSource(model.index(bad_row, 0)).row()
    tab.table.selectRow(proxy_row)
    tab.amend_selected()
    assert tab._errors.last_message is not None
    assert tab._errors.last_message.title == "This record cannot be read"
    for box in _boxes():
        box.close()
    good_row = tab.proxy.mapFromSource(model.index(model.row_of(ids[2]) or 0, 0)).row()
    tab.table.selectRow(good_row)
    tab._errors.last_message = None
    tab.amend_selected()
    assert tab.editor is None
    assert tab._errors.last_message is not None
    assert f"#{ids[2]}" in tab._errors.last_message.text
    for box in _boxes():
        box.close()


def test_the_documents_tab_lists_an_unreadable_session_it_cannot_print(
    qtbot, services, make_user, tmp_path
) -> None:
    clinic = session_clinic(services, make_user)
    oldest, middle, newest = _sessions(services, clinic)
    _corrupt(tmp_path, middle)  # aftercare cannot be built from it
    _set(tmp_path, ModalityEntry, oldest, modality="laser-2019")  # nor its modality named
    tab = DocumentsTab(clinic.context, clinic.patient_id)
    qtbot.addWidget(tab)
    tab.show()
    box = tab.session_box
    texts = [box.itemText(i) for i in range(box.count())]
    assert len(texts) == 3 and "No session recorded yet" not in texts
    assert texts[2].endswith(f"cannot be read, record #{oldest}; ask your administrator")
    assert box.currentData() == newest and tab.aftercare_button.isEnabled()
    assert tab.problem.text() == "1 record cannot be read"


def test_the_header_shows_a_safety_answer_it_cannot_read_not_no_flags(
    qtbot, services, make_user, tmp_path, open_window
) -> None:
    from sqlalchemy import select

    from scardesk.db.models import HistoryEntry
    from scardesk.domain.enums import HistoryFact

    clinic = session_clinic(services, make_user)
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    try:
        with database.engine.begin() as connection:
            entry_id = connection.execute(
                select(HistoryEntry.id).where(HistoryEntry.fact == HistoryFact.PREGNANT.value)
            ).scalar_one()
            connection.execute(
                update(HistoryEntry).where(HistoryEntry.id == entry_id).values(answer="perhaps")
            )
    finally:
        database.dispose()
    window = open_window(clinic.context.signed_in)
    workspace = window.open_patient(clinic.patient_id)
    text = workspace.header.visible_text()
    assert "History answer of " in text and f"record #{entry_id}" in text
    assert "No safety flags" not in text
    assert _boxes() == []
