"""Shared set-up for the history, consent and plan tab tests: a patient, a context, a signature."""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from scardesk.db.engine import open_database
from scardesk.db.models import ModalityEntry, TreatmentSession
from scardesk.db.unit_of_work import UnitOfWork
from scardesk.domain.enums import Modality, Role
from scardesk.domain.records import PatientInput
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.context import ScreenContext


def register(services, dob: str = "5/3/1990", arabic: str = "عائشة البلوشي") -> int:
    form = PatientInput(
        name_latin="Aisha Al Balushi",
        name_arabic=arabic,
        date_of_birth=dob,
        sex="female",
        phone="9123 4567",
    )
    return services.patients.register(SYSTEM, form)[0].id


def context_for(services, signed_in: SignedIn, runner) -> ScreenContext:
    return ScreenContext(services, signed_in, runner, ChangeBus())


def practitioner(make_user, name: str = "dr.salma") -> SignedIn:
    return make_user(name, Role.PRACTITIONER)


def draw_signature(qtbot, pad: QWidget, strokes: int = 2) -> None:
    """Sign like a person: press, drag along a wavy line, release — with real mouse events."""
    width, height = pad.width(), pad.height()
    for stroke in range(strokes):
        top = height // 3 + stroke * 12
        start = QPoint(30 + stroke * 40, top)
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 25):
            x = start.x() + step * (width - 120) // 30
            y = top + int(18 * math.sin(step / 2.5))
            qtbot.mouseMove(pad, QPoint(x, y))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(x, y))


def record_session(
    database_path: Path,
    patient_id: int,
    practitioner_id: int,
    when: datetime,
    *modalities: Modality,
    plan_id: int | None = None,
) -> None:
    """A treatment session row with its modalities (sessions have their own UI; the plan only
    counts them)."""
    database = open_database(f"sqlite:///{database_path}")
    try:
        # Through a unit of work, as the app writes: audited, and the due index follows.
        with UnitOfWork(database, SYSTEM, "test.session") as uow:
            session = uow.session
            visit = TreatmentSession(
                patient_id=patient_id,
                plan_id=plan_id,
                practitioner_id=practitioner_id,
                performed_at=when,
            )
            session.add(visit)
            session.flush()
            session.add_all(
                ModalityEntry(session_id=visit.id, modality=m.value) for m in modalities
            )
    finally:
        database.dispose()


def dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")
