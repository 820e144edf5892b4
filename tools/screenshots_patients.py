"""Render the Patients screen, the patient form and its dialogs offscreen into ``screenshots/``.

    .venv/bin/python tools/screenshots_patients.py

A demo clinic (Omani names in Arabic and Latin script, appointments and visits) is generated
in a temporary folder; the PNGs show search results for Latin, Arabic and phone queries, the
registration form with errors, the duplicate prompt, the conflict dialog, an archived record
and the patient header with safety flags. Look at every one of them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from scardesk.db.engine import open_database
from scardesk.demo import generate_demo
from scardesk.domain.enums import Answer, HistoryFact, Role
from scardesk.domain.history import HistoryAnswerInput
from scardesk.domain.records import PatientInput
from scardesk.services.container import build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.patients.screen import PatientsScreen
from scardesk.ui.screens import ScreenContext
from scardesk.ui.shell import make_main_window, prepare_application
from scardesk.ui.tasks import SyncTaskRunner

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Demo-password-2024"


def save(widget: QWidget, folder: Path, name: str, msecs: int = 250) -> None:
    widget.show()
    QTest.qWait(msecs)  # let the debounce pass, the layout settle and the widget paint
    path = folder / name
    widget.grab().save(str(path))
    print(path)


def type_into(screen: PatientsScreen, text: str) -> None:
    screen.search_edit.setText(text)
    screen.flush_search()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--patients", type=int, default=400)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    prepare_application()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        database = open_database(f"sqlite:///{folder / 'clinic.sqlite3'}")
        services = build_services(database)
        services.users.create_first_admin("s.admin", "Salim Al Rawahi", PASSWORD)
        desk = SignedIn(
            services.users.add_user(SYSTEM, "f.desk", "Fatma Al-Balushi", Role.FRONT_DESK, PASSWORD)
        )
        doctor = SignedIn(
            services.users.add_user(
                SYSTEM, "dr.salma", "د. سلمى الحارثي", Role.PRACTITIONER, PASSWORD
            )
        )
        generate_demo(database, patients=args.patients)
        runner = SyncTaskRunner()

        state = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        window = make_main_window(services, desk, runner=runner, window_state=state)
        window.resize(1360, 820)
        window.show_screen("patients")
        screen = window.pages["patients"]
        assert isinstance(screen, PatientsScreen)
        save(window, args.out, "patients-newest.png")
        sample = screen.model.row_record(3)
        type_into(screen, " ".join(reversed(sample.name_latin.split()[:2])).lower()[:9])
        save(window, args.out, "patients-search-latin.png")
        arabic = sample.name_arabic.split()[0].replace("أ", "ا").replace("ة", "ه")
        type_into(screen, arabic)
        save(window, args.out, "patients-search-arabic.png")
        if sample.phone:
            type_into(screen, f"00968 {sample.phone[4:8]}-{sample.phone[8:]}")
            save(window, args.out, "patients-search-phone.png")
        type_into(screen, "qqqq")
        save(window, args.out, "patients-no-match.png")

        context = ScreenContext(services, desk, runner, ChangeBus())
        form = PatientFormDialog(context)
        form.resize(900, 760)
        for name, text in {
            "name_latin": "Salma 3",
            "name_arabic": "سلمى الهنائي",
            "date_of_birth": "31/02/1994",
            "civil_number": "12-34x",
            "phone": "1234",
            "email": "salma@",
        }.items():
            form.fields[name].set_text(text)
            form.touched.add(name)
        form.revalidate()
        save(form, args.out, "patient-form-errors.png")

        existing = services.patients.get(desk.actor, sample.id)
        twin = PatientFormDialog(context)
        twin.resize(900, 760)
        for name, value in {
            "name_latin": existing.data.name_latin,
            "name_arabic": existing.data.name_arabic,
            "date_of_birth": existing.data.date_of_birth.strftime("%d/%m/%Y"),
            "sex": existing.data.sex.value,
            "phone": existing.data.phone or "",
        }.items():
            twin.fields[name].set_text(value)
        twin.revalidate()
        twin.save()
        if twin.duplicate_dialog is not None:
            save(twin.duplicate_dialog, args.out, "patient-duplicate-prompt.png")

        editing = PatientFormDialog(context, existing)
        editing.resize(900, 760)
        other = build_services(open_database(f"sqlite:///{folder / 'clinic.sqlite3'}"))
        data = existing.data
        other.patients.update(
            desk.actor,
            existing.id,
            existing.version,
            PatientInput(
                name_latin=data.name_latin,
                name_arabic=data.name_arabic,
                date_of_birth=data.date_of_birth.isoformat(),
                sex=data.sex.value,
                civil_number=data.civil_number or "",
                document_type=data.document_type.value if data.document_type else "",
                phone="9876 5432",
                address="Al Khuwair, Bawshar",
            ),
        )
        editing.fields["email"].set_text("patient@example.com")
        editing.fields["address"].set_text("الخوير، بوشر")
        editing.save()
        if editing.conflict_dialog is not None:
            save(editing.conflict_dialog, args.out, "patient-conflict.png")

        flagged = services.search.search(desk.actor, "", limit=10).rows[5]
        services.history.record(
            doctor.actor,
            flagged.id,
            [
                HistoryAnswerInput(HistoryFact.ANTICOAGULANTS, Answer.YES, detail="warfarin <5mg>"),
                HistoryAnswerInput(HistoryFact.ALLERGY_ALBUMIN, Answer.YES),
                HistoryAnswerInput(HistoryFact.PREGNANT, Answer.UNKNOWN),
                HistoryAnswerInput(HistoryFact.ISOTRETINOIN, Answer.NO),
            ],
        )
        clinical = ScreenContext(services, doctor, runner, ChangeBus())
        chart = PatientFormDialog(clinical, services.patients.get(doctor.actor, flagged.id))
        chart.resize(900, 760)
        save(chart, args.out, "patient-form-practitioner-header.png")
        front = PatientFormDialog(context, services.patients.get(desk.actor, flagged.id))
        front.resize(900, 760)
        save(front.header, args.out, "patient-header-front-desk.png")
        save(chart.header, args.out, "patient-header-practitioner.png")

        services.patients.archive(desk.actor, flagged.id, chart.record.version, "Duplicate record")
        archived = PatientFormDialog(context, services.patients.get(desk.actor, flagged.id))
        archived.resize(900, 760)
        save(archived, args.out, "patient-form-archived.png")
        window.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
