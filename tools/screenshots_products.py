"""Screenshots of the Products & lots screen into ``screenshots/``: catalogue, lots with expired
(red) and expiring (amber) rows, the expiring list, the recall report of a lot given to six
patients with Arabic names, and the product dialog showing its inline errors.

The screen's calendar is fixed to 10/09/2026 so the colours are the same on every run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtTest import QTest
from sqlalchemy import insert, update

from scardesk.db.engine import Database, open_database
from scardesk.db.models import Consent, HistoryEntry, User
from scardesk.domain.enums import Answer, ConsentPurpose, HistoryFact, Modality, UnitKind
from scardesk.domain.products import ProductInput
from scardesk.services.container import build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.services.sessions import SessionService
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.products.screen import ProductsScreen
from scardesk.ui.screens import ScreenContext
from scardesk.ui.shell import prepare_application
from scardesk.ui.tasks import SyncTaskRunner
from screenshots import ROOT, save
from tests.helpers import PRACTITIONER, Actor, aisha
from tests.services.session_fixtures import NOW, combined_session, make_clinic

SCREEN_DAY = date(2026, 9, 10)
PATIENTS = (
    ("Fatma Al Hinai", "فاطمة الهنائية", "9234 5678", "20456781"),
    ("Mohammed Al Rawahi", "محمد الرواحي", "7912 3456", "10987654"),
    ("Maryam Al Saadi", "مريم السعدية", "9345 6789", "31122334"),
    ("Khalid Al Busaidi", "خالد البوسعيدي", "9456 7812", "40556677"),
    ("Shamsa Al Amri", "شمسة العامرية", "7823 4561", "50667788"),
)


def ready_for_treatment(database: Database, patient_id: int) -> None:
    """The reviewed history and consents the session service insists on."""
    with database.engine.begin() as connection:
        connection.execute(
            insert(HistoryEntry),
            [
                {
                    "patient_id": patient_id,
                    "fact": fact.value,
                    "answer": Answer.NO.value,
                    "recorded_at": NOW - timedelta(days=1),
                    "recorded_by_id": 3,
                }
                for fact in HistoryFact
            ],
        )
        connection.execute(
            insert(Consent),
            [
                {
                    "patient_id": patient_id,
                    "purpose": purpose.value,
                    "form_version": "1",
                    "captured_at": NOW - timedelta(days=1),
                    "captured_by_id": 3,
                }
                for purpose in ConsentPurpose
            ],
        )


def main() -> None:
    prepare_application()
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'clinic.sqlite3'}")
        clinic = make_clinic(database)
        with database.engine.begin() as connection:
            for user_id, name in ((3, "Dr. Salma Al Harthi"), (4, "Dr. Omar Al Rawahi")):
                connection.execute(update(User).where(User.id == user_id).values(display_name=name))
        services = build_services(database)
        products = services.products
        lot = products.get_lot(PRACTITIONER, clinic.lot_id)
        products.adjust_stock(PRACTITIONER, lot.id, lot.version, 20, "second box found in fridge")
        sessions = SessionService(database)
        sessions.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
        for n, (latin, arabic, phone, civil) in enumerate(PATIENTS, start=1):
            patient, _ = services.patients.register(
                PRACTITIONER,
                aisha(name_latin=latin, name_arabic=arabic, phone=phone, civil_number=civil),
            )
            ready_for_treatment(database, patient.id)
            injector = PRACTITIONER if n % 2 else Actor(user_id=4, role=PRACTITIONER.role)
            form = combined_session(clinic, performed_at=NOW + timedelta(days=3 * n))
            sessions.record_session(injector, patient.id, form)
        xeomin, _ = products.add_product(
            PRACTITIONER,
            ProductInput(
                "Xeomin", "incobotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 100, 24
            ),
        )
        products.receive_lot(
            PRACTITIONER, xeomin.id, "X2291B", date(2027, 6, 30), 8, today=date(2026, 3, 1)
        )
        products.add_product(
            PRACTITIONER,
            ProductInput(
                "SkinPen serum", "hyaluronic acid gel", Modality.MICRONEEDLING, UnitKind.PIECES
            ),
        )
        users = {user.username: user for user in services.users.list_users(SYSTEM)}
        context = ScreenContext(
            services, SignedIn(users["dr.salma"]), SyncTaskRunner(), ChangeBus()
        )
        # Shown in a main-window-sized frame less the sidebar, as staff will see it.
        screen = ProductsScreen(context, today=lambda: SCREEN_DAY)
        screen.resize(1000, 720)
        save(screen, out, "products-catalogue.png")

        screen.show_lots(products.get_product(PRACTITIONER, clinic.product_id))
        save(screen, out, "products-lots.png")

        screen.tabs.setCurrentWidget(screen.expiring)
        save(screen, out, "products-expiring.png")

        screen.tabs.setCurrentWidget(screen.recall)
        screen.recall.search.setText("c12")
        screen.recall.run_report()
        save(screen, out, "products-recall.png")

        screen.tabs.setCurrentWidget(screen.catalogue)
        screen.catalogue.add_product()
        dialog = screen.catalogue.last_dialog
        assert dialog is not None
        dialog.vial_units.set_text("a hundred")
        dialog.save_button.click()
        QTest.qWait(50)
        save(dialog, out, "products-dialog-errors.png")
        dialog.close()

        screen.tabs.setCurrentWidget(screen.lots)
        screen.lots.view.selectRow(0)
        screen.lots.adjust()
        adjust = screen.lots.last_dialog
        assert adjust is not None
        adjust.delta.set_text("-1")  # type: ignore[attr-defined]
        adjust.save_button.click()  # type: ignore[attr-defined]
        save(adjust, out, "products-adjust-needs-reason.png")
        adjust.close()
        screen.close()
        database.dispose()


if __name__ == "__main__":
    main()
