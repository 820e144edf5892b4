"""Screenshots of the document screens into ``screenshots/``: the preview of an aftercare sheet
(Arabic visible), the patient's Documents tab and the admin's Document text editor (English and
Arabic); the sheet's pages as PNGs too (``pdftoppm``), to look at what is printed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtTest import QTest

from scardesk.db.engine import open_database
from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality
from scardesk.services.container import build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.services.sessions import SessionService
from scardesk.services.settings import ClinicDetails
from scardesk.ui.shell import make_main_window, prepare_application
from scardesk.ui.tasks import SyncTaskRunner
from screenshots import ROOT, save
from tests.helpers import PRACTITIONER
from tests.services.session_fixtures import combined_session, make_clinic


def main() -> None:
    prepare_application()
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'clinic.sqlite3'}"
        database = open_database(url)
        clinic = make_clinic(database, name="Aisha Al Balushi")
        SessionService(database).record_session(
            PRACTITIONER, clinic.patient_id, combined_session(clinic)
        )
        services = build_services(database)
        services.settings.save_clinic(
            SYSTEM,
            ClinicDetails(
                "Qurum Skin & Scar Clinic",
                "عيادة القرم للبشرة والندبات",
                "Qurum, Muscat",
                "القرم، مسقط",
                "+968 2456 7890",
                0,
            ),
        )
        users = {u.username: u for u in services.users.list_users(SYSTEM)}
        for username, screen in (("desk", "documents"), ("admin", "admin")):
            window = make_main_window(services, SignedIn(users[username]), runner=SyncTaskRunner())
            window.resize(1200, 800)
            if screen == "documents":
                workspace = window.open_patient(clinic.patient_id)
                workspace.show_tab("documents")
                tab = workspace.tabs.currentWidget()
                tab.aftercare_button.click()
                preview = tab.last_preview
                preview.resize(900, 1000)
                QTest.qWait(300)
                save(preview, out, "documents-preview-aftercare.png")
                preview.view.pageNavigator().jump(1, preview.view.pageNavigator().currentLocation())
                save(preview, out, "documents-preview-aftercare-page2.png")
                preview.close()
                save(window, out, "documents-patient-tab.png")
                pdf = out / "aftercare-sample.pdf"
                pdf.write_bytes(preview.pdf)
                subprocess.run(
                    ["pdftoppm", "-r", "80", "-png", str(pdf), str(out / "aftercare-page")],
                    check=True,
                )
            else:
                window.show_screen("admin")
                admin = window.pages["admin"]
                admin.tabs.setCurrentWidget(admin.content)
                admin.content.select(ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN)
                save(window, out, "documents-content-editor-en.png")
                admin.content.select(ContentKind.AFTERCARE, Modality.TOXIN, Lang.AR)
                save(window, out, "documents-content-editor-ar.png")
                text = admin.content.editor.toPlainText().replace("## Don't", "## Never")
                admin.content.editor.setPlainText(text)
                admin.content.save_button.click()
                save(window, out, "documents-content-editor-error.png")
            window.close()
        database.dispose()


if __name__ == "__main__":
    main()
