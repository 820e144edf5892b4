"""Render the treatment-session screens offscreen into ``screenshots/``: the editor with toxin
points on the face map beside microneedling and the safety panel's findings, the next step
after saving, the signed session with an amendment, and the Sessions screen — for a patient
with an Arabic name and Arabic notes.

Run ``.venv/bin/python tools/screenshots_sessions.py`` and look at every PNG.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from scardesk.db.engine import open_database
from scardesk.domain.enums import (
    Answer,
    ConsentPurpose,
    FacialRegion,
    HistoryFact,
    Modality,
    Role,
    Severity,
    UnitKind,
)
from scardesk.domain.history import HistoryAnswerInput
from scardesk.domain.products import ProductInput
from scardesk.domain.records import PatientInput
from scardesk.domain.scheduling import AppointmentInput
from scardesk.domain.sessions import AdverseEventInput
from scardesk.domain.time import MUSCAT, muscat_today
from scardesk.services.container import build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.screens import ScreenContext
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.sessions.screen import SessionsScreen
from scardesk.ui.sessions.view import SessionView
from scardesk.ui.shell import prepare_application
from scardesk.ui.tasks import SyncTaskRunner

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Demo-password-2024"
NOTE = "احمرار خفيف وتورم بسيط زال خلال ساعة. Patient given the Arabic aftercare sheet."


def save(widget: QWidget, folder: Path, name: str) -> None:
    widget.show()
    QTest.qWait(150)
    path = folder / name
    widget.grab().save(str(path))
    print(path)


def signature() -> bytes:
    image = QImage(300, 100, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(QPen(Qt.GlobalColor.black, 3))
    for n in range(8):
        painter.drawLine(20 + n * 30, 60 - (n % 2) * 30, 50 + n * 30, 30 + (n % 2) * 30)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def clinic(folder: Path) -> tuple[ScreenContext, int]:
    services = build_services(open_database(f"sqlite:///{folder / 'sessions.sqlite3'}"))
    doctor = services.users.add_user(
        SYSTEM, "s.hinai", "د. سلمى الهنائي", Role.PRACTITIONER, PASSWORD
    )
    signed_in = SignedIn(doctor)
    actor = signed_in.actor
    patient, _ = services.patients.register(
        actor,
        PatientInput(
            name_latin="Maryam Al Rawahi",
            name_arabic="مريم الرواحية",
            date_of_birth="14/02/1994",
            sex="female",
            phone="9123 4567",
            fitzpatrick="IV",
        ),
    )
    yes = {HistoryFact.KELOID_TENDENCY, HistoryFact.TOPICAL_RETINOIDS}
    services.history.record(
        actor,
        patient.id,
        [HistoryAnswerInput(f, Answer.YES if f in yes else Answer.NO) for f in HistoryFact],
    )
    for purpose in ConsentPurpose:
        services.consents.capture(actor, patient.id, purpose, "1", signature())
    products = services.products
    botox, _ = products.add_product(
        actor,
        ProductInput("Botox", "onabotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 100, 24),
    )
    today = muscat_today()
    products.receive_lot(actor, botox.id, "C4471B", today + timedelta(days=210), 6)
    products.receive_lot(actor, botox.id, "C5120A", today + timedelta(days=400), 4)
    products.receive_lot(
        actor, botox.id, "B9902X", today - timedelta(days=3), 2, today=today - timedelta(days=90)
    )
    start = datetime.combine(today, time(10, 30), MUSCAT)
    booked, *_ = services.appointments.book(
        actor, AppointmentInput(patient.id, doctor.id, start, 45, ("toxin", "microneedling"))
    )
    services.appointments.mark_arrived(actor, booked.id, booked.version)
    return ScreenContext(services, signed_in, SyncTaskRunner(), ChangeBus()), patient.id


def fill(editor: SessionEditor) -> None:
    toxin = editor.add_modality(Modality.TOXIN)
    needling = editor.add_modality(Modality.MICRONEEDLING)
    chart = toxin.chart  # type: ignore[attr-defined]
    for region, units, dx, dy in (
        (FacialRegion.CHEEK_LEFT, 2.0, -10, -12),
        (FacialRegion.CHEEK_LEFT, 2.0, 8, 10),
        (FacialRegion.CHEEK_RIGHT, 2.0, 10, -10),
        (FacialRegion.CHEEK_RIGHT, 2.0, -6, 12),
        (FacialRegion.CHIN, 2.5, 0, 0),
        (FacialRegion.FOREHEAD, 1.5, 20, 0),
    ):
        chart.point_units.setValue(units)
        point = chart.face.region_centre(region)
        x, y = chart.face.to_normalised(point + type(point)(dx, dy))
        chart.place_point(x, y, None)
    toxin.total_units.setValue(12.0)  # type: ignore[attr-defined]
    toxin.waste_units.setValue(1.0)  # type: ignore[attr-defined]
    needling.device.setText("Dermapen 4")  # type: ignore[attr-defined]
    needling.serum.setText("hyaluronic acid")  # type: ignore[attr-defined]
    for region in (FacialRegion.CHEEK_LEFT, FacialRegion.CHEEK_RIGHT):
        needling.area_buttons[region].setChecked(True)  # type: ignore[attr-defined]
    editor.preparation.cleansing.setChecked(True)
    editor.preparation.agent.setText("EMLA 5%")
    editor.preparation.minutes.setValue(30)
    row = editor.events.add_event(AdverseEventInput("erythema", Severity.MILD, "cold compress"))
    row.follow_up.setChecked(False)
    editor.notes.notes.setPlainText(NOTE)
    editor.run_gate_now()


def main() -> int:
    prepare_application()
    folder = ROOT / "screenshots"
    folder.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        context, _patient_id = clinic(Path(temp))
        screen = SessionsScreen(context)
        screen.resize(1280, 760)
        save(screen, folder, "sessions-screen.png")
        editor = screen.record_selected()
        assert editor is not None
        fill(editor)
        save(editor, folder, "session-editor-top.png")
        toxin = editor.toxin_cards()[0]
        editor.form_scroll.verticalScrollBar().setValue(
            toxin.mapTo(editor.form_scroll.widget(), toxin.rect().topLeft()).y() - 8
        )
        save(editor, folder, "session-editor-toxin-chart.png")
        reason = editor.safety.reason_field("keloid_tendency.microneedling")
        if reason is not None:
            reason.setText("Test spot on the jaw 6 weeks ago healed flat; shallow depth agreed")
        save(editor, folder, "session-editor-override-given.png")
        editor.save()
        save(editor, folder, "session-saved-next-step.png")
        record = editor.saved_record
        assert record is not None
        screen.reload()
        save(screen, folder, "sessions-screen-unsigned.png")
        view = SessionView(context, record.id)
        view.sign()
        amend = view.open_amend()
        assert amend is not None
        card = amend.toxin_cards()[0]
        card.table.cellWidget(4, 1).setValue(3.0)
        card.total_units.setValue(12.5)
        amend.amend_reason.setText("Chin point was 3 U, not 2.5 U (syringe re-checked)")
        amend.save()
        save(view, folder, "session-view-signed-amended.png")
        view.tabs.setCurrentIndex(1)
        save(view, folder, "session-view-original.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
