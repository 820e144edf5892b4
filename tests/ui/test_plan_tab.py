"""Treatment plan tab: defaults from the clinic settings, planning, progress, due list, stopping."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from scardesk.domain.enums import Modality, PlanStatus, Role
from scardesk.domain.time import MUSCAT, muscat_today
from scardesk.ui.consultation import PlanTab
from scardesk.ui.labels import day_text
from tests.ui.consultation_helpers import context_for, practitioner, record_session, register


def _tab(qtbot, services, runner, signed_in, patient_id: int) -> PlanTab:
    tab = PlanTab(context_for(services, signed_in, runner), patient_id)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    return tab


def _plan_needling_and_toxin(qtbot, tab: PlanTab, start: str = "") -> None:
    needling = tab.rows[Modality.MICRONEEDLING]
    qtbot.mouseClick(
        needling.include, Qt.MouseButton.LeftButton, pos=needling.include.rect().center()
    )
    needling.sessions.setValue(4)
    tab.rows[Modality.TOXIN].include.setChecked(True)
    tab.goals.setPlainText("تحسين الندبات على الخدين")
    if start:
        tab.started_on.set_text(start)
    tab.save_button.click()


def test_a_patient_without_a_plan_sees_the_clinic_default_intervals(
    qtbot, services, runner, make_user
) -> None:
    tab = _tab(qtbot, services, runner, practitioner(make_user), register(services))
    assert tab.active is None and tab.save_button.text() == "Start plan"
    needling = tab.rows[Modality.MICRONEEDLING]
    assert needling.interval.value() == 0
    assert needling.interval.text() == "clinic default (28 days)"
    peel = tab.rows[Modality.CHEMICAL_PEEL]
    peel.peel_depth.setCurrentIndex(peel.peel_depth.findData("medium"))
    assert peel.interval.text() == "clinic default (28 days)"


def test_in_arabic_the_modality_names_are_whole_and_the_default_is_counted_right(
    qtbot,
    services,
    runner,
    make_user,
    arabic,
) -> None:
    """The Arabic names ("إعادة البناء الكيميائي للندبات") were cut at a fixed 170 px, and the
    default read "(84 يوم)" for every count."""
    tab = _tab(qtbot, services, runner, practitioner(make_user), register(services))
    for row in tab.rows.values():
        assert row.include.width() >= row.include.sizeHint().width(), row.include.text()
    assert tab.rows[Modality.TOXIN].interval.text() == "الافتراضي في العيادة (84 يومًا)"
    assert tab.rows[Modality.MICRONEEDLING].interval.text() == "الافتراضي في العيادة (28 يومًا)"


def test_starting_a_plan_stores_modalities_intervals_and_goals(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    doctor = practitioner(make_user)
    tab = _tab(qtbot, services, runner, doctor, patient_id)
    _plan_needling_and_toxin(qtbot, tab, start=day_text(muscat_today()))
    [plan] = services.plans.list_for_patient(doctor.actor, patient_id)
    assert [(i.modality, i.sessions_planned, i.interval_days) for i in plan.items] == [
        (Modality.TOXIN, 1, 84),
        (Modality.MICRONEEDLING, 4, 28),
    ]
    assert plan.goals == "تحسين الندبات على الخدين"
    today = day_text(muscat_today())
    assert f"Microneedling 0 of 4, first due {today} — due today" in tab.progress_texts()


def test_progress_counts_sessions_and_highlights_an_overdue_one(
    qtbot, services, runner, make_user, tmp_path: Path
) -> None:
    patient_id = register(services)
    doctor = practitioner(make_user)
    tab = _tab(qtbot, services, runner, doctor, patient_id)
    start = muscat_today() - timedelta(days=80)
    _plan_needling_and_toxin(qtbot, tab, start=day_text(start))
    plan = tab.active
    for days_ago in (70, 40):
        day = muscat_today() - timedelta(days=days_ago)
        when = datetime.combine(day, time(10), MUSCAT).astimezone(UTC)
        record_session(
            tmp_path / "clinic.sqlite3", patient_id, doctor.user.id, when,
            Modality.MICRONEEDLING, plan_id=plan.id,
        )  # fmt: skip
    tab.reload()
    due = muscat_today() - timedelta(days=12)
    [line] = [label for label in tab.progress_lines if label.text().startswith("Microneedling")]
    assert line.text() == f"Microneedling 2 of 4, next due {day_text(due)} — overdue by 12 days"
    assert line.property("dueKind") == "overdue"


def test_the_plan_feeds_the_front_desk_due_list(qtbot, services, runner, make_user) -> None:
    patient_id = register(services)
    tab = _tab(qtbot, services, runner, practitioner(make_user), patient_id)
    _plan_needling_and_toxin(qtbot, tab, start=day_text(muscat_today()))
    desk = make_user("desk.one", Role.FRONT_DESK)
    rows, _ = services.followup.due_list(desk.actor, muscat_today())
    assert [(row.patient_id, row.modalities, row.days_overdue) for row in rows] == [
        (patient_id, (Modality.MICRONEEDLING, Modality.TOXIN), 0)
    ]


def test_a_toxin_interval_below_the_retreatment_minimum_is_refused_in_the_form(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    doctor = practitioner(make_user)
    tab = _tab(qtbot, services, runner, doctor, patient_id)
    toxin = tab.rows[Modality.TOXIN]
    toxin.include.setChecked(True)
    toxin.interval.setValue(30)
    tab.save_button.click()
    assert "Botulinum toxin: 30 days is sooner" in tab.items_error.text()
    assert services.plans.list_for_patient(doctor.actor, patient_id) == []


def test_stopping_a_plan_needs_a_reason_and_keeps_it_listed(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    doctor = practitioner(make_user)
    tab = _tab(qtbot, services, runner, doctor, patient_id)
    _plan_needling_and_toxin(qtbot, tab)
    dialog = tab.stop()
    assert dialog is not None
    dialog.save_button.click()
    assert "reason is required" in dialog.reason.error()
    dialog.reason.set_text("Patient travelling for three months")
    dialog.save_button.click()
    [plan] = services.plans.list_for_patient(doctor.actor, patient_id)
    assert plan.status is PlanStatus.STOPPED
    assert tab.active is None and "Patient travelling" in tab.past_label.text()


def test_editing_the_active_plan_updates_it_in_place(qtbot, services, runner, make_user) -> None:
    patient_id = register(services)
    doctor = practitioner(make_user)
    tab = _tab(qtbot, services, runner, doctor, patient_id)
    _plan_needling_and_toxin(qtbot, tab)
    tab.rows[Modality.MICRONEEDLING].sessions.setValue(6)
    tab.rows[Modality.TOXIN].include.setChecked(False)
    tab.save_button.click()
    [plan] = services.plans.list_for_patient(doctor.actor, patient_id)
    assert [(i.modality, i.sessions_planned) for i in plan.items] == [(Modality.MICRONEEDLING, 6)]
