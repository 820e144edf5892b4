"""Medical history tab: filled like a practitioner would, unanswered never read as "no",
only changed answers saved, what changed shown, and the "reviewed, nothing changed" action."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from scardesk.domain.enums import Answer, HistoryFact
from scardesk.domain.history import QUESTIONNAIRE, HistoryAnswerInput
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today
from scardesk.ui.consultation import HistoryTab
from scardesk.ui.consultation.history_log import grouped_questions
from scardesk.ui.labels import day_text
from tests.ui.consultation_helpers import context_for, practitioner, register


def _tab(qtbot, services, runner, make_user, patient_id: int) -> HistoryTab:
    tab = HistoryTab(context_for(services, practitioner(make_user), runner), patient_id)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    return tab


def _type(widget, text: str) -> None:
    """Arabic cannot go through keyClicks (it aborts): send key events that carry the text."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(
            widget,
            QKeyEvent(
                QKeyEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch
            ),
        )
    widget.textEdited.emit(widget.text())


def test_every_question_of_the_reference_is_on_the_form_once() -> None:
    placed = [fact for _title, facts in grouped_questions() for fact in facts]
    assert sorted(placed) == sorted(q.fact for q in QUESTIONNAIRE)


def test_a_new_patient_shows_every_question_as_not_asked_with_no_answer_pressed(
    qtbot, services, runner, make_user
) -> None:
    tab = _tab(qtbot, services, runner, make_user, register(services))
    assert all(row.status.text() == "Not asked yet" for row in tab.rows.values())
    assert all(row.chosen() is None for row in tab.rows.values())
    assert not tab.save_button.isEnabled() and not tab.review_button.isEnabled()
    assert (
        tab.unanswered_label.text()
        == f"{len(QUESTIONNAIRE)} of {len(QUESTIONNAIRE)} questions not asked yet"
    )


def test_filling_the_history_records_answers_and_leaves_the_rest_unanswered(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    tab = _tab(qtbot, services, runner, make_user, patient_id)
    qtbot.mouseClick(tab.rows[HistoryFact.PREGNANT].buttons[Answer.NO], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        tab.rows[HistoryFact.HERPES_SIMPLEX].buttons[Answer.YES], Qt.MouseButton.LeftButton
    )
    isotretinoin = tab.rows[HistoryFact.ISOTRETINOIN]
    qtbot.mouseClick(isotretinoin.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(isotretinoin.date_edit, "01/02/2026")
    qtbot.mouseClick(
        tab.rows[HistoryFact.OTHER_ALLERGIES].buttons[Answer.UNKNOWN], Qt.MouseButton.LeftButton
    )
    assert tab.save_button.text() == "Save 4 changes"
    tab.save_button.click()
    current = services.history.current_answers(tab.context.signed_in.actor, patient_id)
    assert {f: a.answer for f, a in current.items()} == {
        HistoryFact.PREGNANT: Answer.NO,
        HistoryFact.HERPES_SIMPLEX: Answer.YES,
        HistoryFact.ISOTRETINOIN: Answer.YES,
        HistoryFact.OTHER_ALLERGIES: Answer.UNKNOWN,
    }
    assert current[HistoryFact.ISOTRETINOIN].fact_date.isoformat() == "2026-02-01"
    assert tab.rows[HistoryFact.BREASTFEEDING].status.text() == "Not asked yet"
    assert tab.rows[HistoryFact.PREGNANT].status.text().startswith("No · ")


def test_isotretinoin_yes_without_its_end_date_is_refused_under_the_question(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    tab = _tab(qtbot, services, runner, make_user, patient_id)
    row = tab.rows[HistoryFact.ISOTRETINOIN]
    qtbot.mouseClick(row.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    tab.save_button.click()
    assert "missing" in row.error_label.text() and row.error_label.isVisibleTo(tab)
    assert services.history.entries(tab.context.signed_in.actor, patient_id) == []


def test_arabic_detail_is_saved_exactly_as_typed(qtbot, services, runner, make_user) -> None:
    patient_id = register(services)
    tab = _tab(qtbot, services, runner, make_user, patient_id)
    row = tab.rows[HistoryFact.OTHER_ALLERGIES]
    qtbot.mouseClick(row.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    _type(row.detail_edit, "حساسية من البنسلين")
    tab.save_button.click()
    current = services.history.current_answers(tab.context.signed_in.actor, patient_id)
    assert current[HistoryFact.OTHER_ALLERGIES].detail == "حساسية من البنسلين"


def test_saving_records_only_the_changed_answer_and_shows_what_changed(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    doctor = practitioner(make_user)
    earlier = datetime.now(UTC) - timedelta(days=30)
    services.history.record(
        doctor.actor,
        patient_id,
        [
            HistoryAnswerInput(HistoryFact.ANTICOAGULANTS, Answer.NO),
            HistoryAnswerInput(HistoryFact.KELOID_TENDENCY, Answer.NO),
        ],
        now=earlier,
    )
    tab = HistoryTab(context_for(services, doctor, runner), patient_id)
    qtbot.addWidget(tab)
    row = tab.rows[HistoryFact.ANTICOAGULANTS]
    qtbot.mouseClick(row.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.detail_edit, "warfarin")
    tab.save_button.click()
    assert len(services.history.entries(doctor.actor, patient_id)) == 3
    newest = tab.log_lines[0]
    assert newest.fact is HistoryFact.ANTICOAGULANTS
    when, question, change = tab.log_text(newest)
    assert when.endswith("\u2068Dr.Salma\u2069\u200e") and question.startswith("Taking blood")
    assert change == "No  →  Yes — \u200e\u2068warfarin\u2069\u200e"
    assert tab.log_lines[-1].fact is None and tab.log_lines[-1].answered_count == 2


def test_reviewed_today_confirms_every_answer_without_changing_any(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    doctor = practitioner(make_user)
    services.history.record(
        doctor.actor,
        patient_id,
        [HistoryAnswerInput(HistoryFact.PREGNANT, Answer.NO)],
        now=datetime.now(UTC) - timedelta(days=90),
    )
    tab = HistoryTab(context_for(services, doctor, runner), patient_id)
    qtbot.addWidget(tab)
    tab.review_button.click()
    entries = services.history.entries(doctor.actor, patient_id)
    assert len(entries) == 2 and {e.answer for e in entries} == {Answer.NO}
    assert day_text(muscat_today()) in tab.reviewed_label.text()
    assert len(tab.log_lines) == 1  # a confirmation is not a change


def test_reviewed_today_is_refused_while_changes_are_unsaved(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    doctor = practitioner(make_user)
    services.history.record(
        doctor.actor, patient_id, [HistoryAnswerInput(HistoryFact.PREGNANT, Answer.NO)]
    )
    tab = HistoryTab(context_for(services, doctor, runner), patient_id)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.rows[HistoryFact.PREGNANT].buttons[Answer.YES], Qt.MouseButton.LeftButton)
    assert not tab.review_button.isEnabled()
    tab.confirm_review()
    assert "Save or undo" in tab.message.text()
    assert len(services.history.entries(doctor.actor, patient_id)) == 1


def test_undo_returns_a_question_to_not_asked(qtbot, services, runner, make_user) -> None:
    tab = _tab(qtbot, services, runner, make_user, register(services))
    row = tab.rows[HistoryFact.BREASTFEEDING]
    qtbot.mouseClick(row.buttons[Answer.NO], Qt.MouseButton.LeftButton)
    assert row.status.text() == "Changed, not saved"
    row.undo_button.click()
    assert row.chosen() is None and row.status.text() == "Not asked yet"


def test_unsaved_answers_survive_a_reload_caused_elsewhere(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    tab = _tab(qtbot, services, runner, make_user, patient_id)
    qtbot.mouseClick(
        tab.rows[HistoryFact.BREASTFEEDING].buttons[Answer.YES], Qt.MouseButton.LeftButton
    )
    tab.context.change_bus.publish(Changes(patients=frozenset({patient_id})))
    assert tab.rows[HistoryFact.BREASTFEEDING].chosen() is Answer.YES
    assert tab.save_button.isEnabled()


def test_a_history_that_cannot_be_read_says_so_in_the_tab_not_in_a_dialog(
    qtbot, services, runner, make_user
) -> None:
    """The read's own failure handler answers, not the one for a failed save (they once shared
    a name, and the later definition silently replaced the earlier one)."""
    missing_patient = register(services) + 1000
    tab = _tab(qtbot, services, runner, make_user, missing_patient)
    assert tab.problem.isVisible() and "could not be read" in tab.problem.text()
    assert tab.reviewed_label.text() == ""
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
