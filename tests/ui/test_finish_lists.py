"""The small things of issue 15 §8, on real widgets: row actions wait for a chosen row, empty
lists say so (and a failed read never does), counts read in the singular and update live."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.enums import Answer, Role
from scardesk.domain.history import QUESTIONNAIRE
from scardesk.ui.assessment.list import AssessmentsTab
from scardesk.ui.consultation import ConsentsTab, HistoryTab
from scardesk.ui.photos.tab import PhotosTab
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import load_failed_text
from tests.ui.consultation_helpers import context_for, practitioner
from tests.ui.consultation_helpers import register as register_patient
from tests.ui.patient_helpers import make_context, register


def _shown(qtbot, tab):  # type: ignore[no-untyped-def]
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_amend_and_void_wait_for_a_chosen_assessment(qtbot, services, make_user) -> None:
    context = make_context(services, make_user("dr.maryam", Role.PRACTITIONER))
    patient_id = register(services, context.signed_in).id
    tab = _shown(qtbot, AssessmentsTab(context, patient_id))
    assert not tab.amend_button.isEnabled() and not tab.void_button.isEnabled()
    form = AssessmentInput(
        assessed_at=datetime.now(UTC) - timedelta(days=2),
        fitzpatrick="III",
        gb_counts={"macular": 1},
    )
    services.assessments.create(context.signed_in.actor, patient_id, form)
    tab.reload()
    tab.table.selectRow(0)
    assert tab.amend_button.isEnabled() and tab.void_button.isEnabled()
    tab.table.clearSelection()
    assert not tab.amend_button.isEnabled() and not tab.void_button.isEnabled()
    tab.table.selectRow(0)
    tab.model.set_rows([])  # a reload that empties the list clears the choice too
    assert not tab.amend_button.isEnabled() and not tab.void_button.isEnabled()


def test_an_empty_photos_tab_says_what_to_do(qtbot, services, make_user) -> None:
    context = make_context(services, make_user("dr.maryam", Role.PRACTITIONER))
    patient_id = register(services, context.signed_in).id
    tab = _shown(qtbot, PhotosTab(context, patient_id))
    assert tab.empty_state.isVisible()
    assert tab.empty_state.text().startswith("No photos yet. Drop JPEG or PNG photos here")
    assert tab.empty_state.geometry().width() > 300  # laid over the grid, not squeezed


def test_a_photos_tab_that_cannot_be_read_never_says_empty(qtbot, services, make_user) -> None:
    context = make_context(services, make_user("dr.maryam", Role.PRACTITIONER))
    tab = _shown(qtbot, PhotosTab(context, 987654))  # no such patient: the read fails
    # The grid says it could not be read, in red, where the photos would be: never "no photos".
    assert tab.empty_state.isVisible()
    assert tab.empty_state.text() == load_failed_text()
    assert tab.empty_state.objectName() == "formError"
    assert tab.problem.isVisible() and tab.problem.text()


def test_an_empty_consent_ledger_says_how_to_start(qtbot, services, runner, make_user) -> None:
    context = context_for(services, practitioner(make_user), runner)
    tab = _shown(qtbot, ConsentsTab(context, register_patient(services)))
    assert tab.ledger.rowCount() == 0
    assert tab.ledger_empty.isVisible()
    assert "No consent captured yet" in tab.ledger_empty.text()


def test_the_not_asked_count_follows_the_answers_before_saving(
    qtbot, services, runner, make_user
) -> None:
    context = context_for(services, practitioner(make_user), runner)
    tab = _shown(qtbot, HistoryTab(context, register_patient(services)))
    total = len(QUESTIONNAIRE)
    assert tab.unanswered_label.text() == f"{total} of {total} questions not asked yet"
    first, second = list(tab.rows.values())[:2]
    first.buttons[Answer.NO].click()
    assert tab.unanswered_label.text() == f"{total - 1} of {total} questions not asked yet"
    second.buttons[Answer.YES].click()
    assert tab.unanswered_label.text() == f"{total - 2} of {total} questions not asked yet"
    first.choose(None)  # the answer taken back (as Undo does): not asked again
    assert tab.unanswered_label.text() == f"{total - 1} of {total} questions not asked yet"


def test_counts_read_in_the_singular_and_the_plural() -> None:
    """English plurals come from the English numerus file the set-up builds, like Arabic's."""
    assert _t("%n day(s)", None, 1) == "1 day"
    assert _t("%n day(s)", None, 12) == "12 days"
    assert _t("%n appointment(s)", None, 1) == "1 appointment"
    assert _t("%n appointment(s)", None, 0) == "0 appointments"
