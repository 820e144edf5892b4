"""Render the medical history, consent and plan tabs offscreen into ``screenshots/``.

The demo patient has an Arabic name, Arabic detail text, a history changed between two reviews,
consents captured and withdrawn, and a plan part-way through with one modality overdue — the
states a clinic sees. Also renders the capture dialog (signature drawn with mouse events), its
refusal of an empty signature, the withdrawal dialog, and the history tab right-to-left.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from scardesk.db.engine import open_database
from scardesk.db.models import ModalityEntry, TreatmentSession
from scardesk.domain.enums import Answer, ConsentPurpose, HistoryFact, Modality, Role
from scardesk.domain.history import HistoryAnswerInput
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.records import PatientInput
from scardesk.domain.time import MUSCAT, muscat_today, utc_now
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.shell import make_main_window, prepare_application
from scardesk.ui.tasks import SyncTaskRunner
from scardesk.ui.widgets.signature_pad import SignaturePad
from screenshots import DEMO_PASSWORD, ROOT, demo_services, save, settle


def sign(pad: SignaturePad) -> None:
    """A looping signature drawn with real mouse events, as a patient would with a mouse."""
    settle(pad)
    w, h = pad.width(), pad.height()
    strokes = [
        [(0.08 + 0.5 * t, 0.45 + 0.18 * math.sin(t * 14) - 0.1 * t) for t in _steps(40)],
        [(0.55 + 0.3 * t, 0.5 + 0.12 * math.cos(t * 9)) for t in _steps(25)],
    ]
    for stroke in strokes:
        points = [QPoint(int(x * w), int(y * h)) for x, y in stroke]
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
        for point in points[1:]:
            QTest.mouseMove(pad, point)
        QTest.mouseRelease(
            pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1]
        )


def _steps(n: int) -> list[float]:
    return [i / (n - 1) for i in range(n)]


def signature_png() -> bytes:
    pad = SignaturePad()
    pad.resize(520, 180)
    sign(pad)
    data = pad.to_png_bytes()
    pad.close()
    return data


def seed(services, folder: Path, doctor: SignedIn, colleague: SignedIn) -> tuple[int, int]:
    patient = services.patients.register(
        SYSTEM,
        PatientInput(
            name_latin="Aisha Al Balushi",
            name_arabic="عائشة بنت سالم البلوشية",
            date_of_birth="5/3/1994",
            sex="female",
            phone="9123 4567",
        ),
    )[0].id
    child = services.patients.register(
        SYSTEM,
        PatientInput(
            name_latin="Maryam Al Hinai",
            name_arabic="مريم الهنائية",
            date_of_birth=f"12/4/{muscat_today().year - 16}",
            sex="female",
            phone="9234 5678",
        ),
    )[0].id
    now = utc_now()
    first = now - timedelta(days=120)
    history = services.history
    answers = [
        HistoryAnswerInput(HistoryFact.PREGNANT, Answer.NO),
        HistoryAnswerInput(HistoryFact.BREASTFEEDING, Answer.NO),
        HistoryAnswerInput(HistoryFact.NEUROMUSCULAR_DISORDER, Answer.NO),
        HistoryAnswerInput(
            HistoryFact.HERPES_SIMPLEX, Answer.YES, detail="قروح باردة مرتين في السنة"
        ),
        HistoryAnswerInput(HistoryFact.KELOID_TENDENCY, Answer.NO),
        HistoryAnswerInput(HistoryFact.BLEEDING_DISORDER, Answer.NO),
        HistoryAnswerInput(HistoryFact.ANTICOAGULANTS, Answer.NO),
        HistoryAnswerInput(HistoryFact.ACTIVE_INFECTION, Answer.NO),
        HistoryAnswerInput(HistoryFact.ISOTRETINOIN, Answer.NO),
        HistoryAnswerInput(HistoryFact.TOPICAL_RETINOIDS, Answer.UNKNOWN),
        HistoryAnswerInput(HistoryFact.ALLERGY_TOXIN, Answer.NO),
        HistoryAnswerInput(
            HistoryFact.OTHER_ALLERGIES, Answer.YES, detail="حساسية من البنسلين — طفح جلدي"
        ),
    ]
    history.record(colleague.actor, patient, answers, now=first)
    later = now - timedelta(days=6)
    history.record(
        doctor.actor,
        patient,
        [
            HistoryAnswerInput(
                HistoryFact.ISOTRETINOIN,
                Answer.YES,
                fact_date=muscat_today() - timedelta(days=70),
                detail="Roaccutane 20 mg, 6 months",
            ),
            HistoryAnswerInput(HistoryFact.TOPICAL_RETINOIDS, Answer.NO),
            HistoryAnswerInput(HistoryFact.RECENT_SUN_EXPOSURE, Answer.NO),
        ],
        now=later,
    )
    png = signature_png()
    consents = services.consents
    for purpose in (
        ConsentPurpose.TREATMENT_MICRONEEDLING,
        ConsentPurpose.TREATMENT_TOXIN,
        ConsentPurpose.CLINICAL_PHOTOS,
        ConsentPurpose.REMINDERS,
    ):
        consents.capture(doctor.actor, patient, purpose, "2026-1", png, now=first)
    marketing, _ = consents.capture(
        colleague.actor, patient, ConsentPurpose.MARKETING_PHOTOS, "2026-1", png, now=first
    )
    consents.withdraw(
        doctor.actor, marketing.id, marketing.version, "طلبت المريضة ذلك هاتفياً", now=later
    )
    start = muscat_today() - timedelta(days=100)
    plan, _ = services.plans.create(
        doctor.actor,
        patient,
        PlanInput(
            (
                PlanItemInput(Modality.MICRONEEDLING, 4, notes="Both cheeks, 1.5 mm"),
                PlanItemInput(Modality.TOXIN, 1),
                PlanItemInput(Modality.CHEMICAL_PEEL, 3, interval_days=21, notes="TCA 15%"),
            ),
            goals="تحسين الندبات المتدحرجة على الخدين قبل زفاف أختها في مارس.\n"
            "Soften rolling scars on both cheeks.",
            started_on=start,
        ),
    )
    database = open_database(f"sqlite:///{folder / 'demo-clinic.sqlite3'}")
    with database.sessions() as session:
        for days_ago, modalities in (
            (95, (Modality.MICRONEEDLING, Modality.TOXIN)),
            (52, (Modality.MICRONEEDLING,)),
            (9, (Modality.CHEMICAL_PEEL,)),
        ):
            day = muscat_today() - timedelta(days=days_ago)
            visit = TreatmentSession(
                patient_id=patient,
                plan_id=plan.id,
                practitioner_id=doctor.user.id,
                performed_at=datetime.combine(day, time(10), MUSCAT).astimezone(UTC),
            )
            session.add(visit)
            session.flush()
            session.add_all(
                ModalityEntry(session_id=visit.id, modality=m.value) for m in modalities
            )
        session.commit()
    database.dispose()
    return patient, child


def grab(widget: QWidget, out: Path, name: str) -> None:
    save(widget, out, name)


def main() -> None:
    app = prepare_application()
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        services, _admin = demo_services(folder)
        for username, name in (
            ("m.alhinai", "د. مريم الهنائي"),
            ("k.rawahi", "Dr Khalid Al-Rawahi"),
        ):
            services.users.add_user(SYSTEM, username, name, Role.PRACTITIONER, DEMO_PASSWORD)
        doctor = SignedIn(services.users.authenticate("m.alhinai", DEMO_PASSWORD))
        colleague = SignedIn(services.users.authenticate("k.rawahi", DEMO_PASSWORD))
        patient, child = seed(services, folder, doctor, colleague)
        window = make_main_window(services, doctor, runner=SyncTaskRunner())
        window.resize(1440, 940)
        workspace = window.open_patient(patient)
        for key in ("history", "consents", "plan"):
            workspace.show_tab(key)
            grab(window, out, f"consultation-{key}.png")

        workspace.show_tab("history")
        history = workspace.tabs.currentWidget()
        row = history.rows[HistoryFact.ANTICOAGULANTS]
        row.choose(Answer.YES)
        row.detail_edit.setText("أسبرين ٨١ ملغ يومياً")
        row.set_detail(row.detail_edit.text())
        history.rows[HistoryFact.PREGNANT].choose(Answer.YES)
        history.save()  # pregnancy date is optional; anticoagulants saved next
        history.rows[HistoryFact.AMINOGLYCOSIDES].choose(Answer.UNKNOWN)
        history.rows[HistoryFact.RECENT_TOXIN_OR_FILLER].choose(Answer.YES)
        history.rows[HistoryFact.RECENT_TOXIN_OR_FILLER].set_date_text("31/02/2026")
        history.save()
        grab(window, out, "consultation-history-after-save-and-error.png")

        consents = workspace.tabs.widget(workspace.tab_keys.index("consents"))
        workspace.show_tab("consents")
        consents.select_purpose(ConsentPurpose.TREATMENT_MICRONEEDLING)
        dialog = consents.withdraw()
        dialog.reason.set_text("المريضة غيّرت رأيها")
        grab(dialog, out, "consultation-consent-withdraw.png")
        dialog.reject()

        child_space = window.open_patient(child)
        child_space.show_tab("consents")
        tab = child_space.tabs.currentWidget()
        tab.select_purpose(ConsentPurpose.TREATMENT_CHEMICAL_PEEL)
        capture = tab.capture()
        capture.form_version.set_text("2026-1")
        capture.resize(700, 720)
        capture.save()
        grab(capture, out, "consultation-consent-empty-signature.png")
        capture.guardian.edit.setText("سالم بن علي الهنائي")
        sign(capture.pad)
        grab(capture, out, "consultation-consent-capture.png")
        capture.save()
        grab(window, out, "consultation-consents-child.png")
        child_space.show_tab("plan")
        grab(window, out, "consultation-plan-new.png")

        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        workspace = window.open_patient(patient)
        workspace.show_tab("history")
        grab(window, out, "consultation-history-rtl.png")
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        window.close()
    del app


if __name__ == "__main__":
    main()
