"""The README's screenshots, taken on a real demo clinic: Today for the front desk in English and
in Arabic, and a patient's workspace for a practitioner (Arabic names included).

``.venv/bin/python tools/screenshots_readme.py`` writes ``resources/screenshots/*.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Qt's offscreen screen is 800×800 unless described: the 1280×800 window would be squeezed
# to fit it (columns cut, tabs scrolled). Use the clinic desktop's screen.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).resolve().parent.parent}/tests/ui/screens/1600x1000.json",
)

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from scardesk.db.engine import open_database
from scardesk.demo import generate_demo
from scardesk.domain.display_prefs import Language
from scardesk.services.container import build_services
from scardesk.services.session import SignedIn
from scardesk.ui.language import LanguageChoice
from scardesk.ui.shell import make_main_window, prepare_application
from scardesk.ui.tasks import SyncTaskRunner

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "screenshots"


def save(widget: QWidget, name: str) -> None:
    widget.show()
    QTest.qWait(200)
    path = OUT / name
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    prepare_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        database = open_database(f"sqlite:///{Path(temp) / 'demo.sqlite3'}")
        summary = generate_demo(database, 600, seed=7)
        services = build_services(database)
        accounts = {user.role: user for user in summary.users}
        state = QSettings(str(Path(temp) / "window.ini"), QSettings.Format.IniFormat)
        for role, screen, language, name in (
            ("front_desk", "today", "en", "main-window.png"),
            ("front_desk", "today", "ar", "main-window-ar.png"),
            ("practitioner", "patients", "en", "patient-workspace.png"),
        ):
            account = accounts[role]
            user = services.users.authenticate(account.username, account.password)
            # As at sign-in: the language, digits and direction of this user, chosen for them.
            LanguageChoice(state, override=Language(language)).sign_in(user.display)
            signed_in = SignedIn(user)
            window = make_main_window(
                services, signed_in, runner=SyncTaskRunner(), window_state=state
            )
            window.resize(1280, 800)
            window.show_screen(screen)
            if screen == "patients":
                page = services.search.search(signed_in.actor, "", limit=50)
                # A patient with photos and assessments: the first forty demo patients have them.
                patient = min(row.id for row in page.rows) if page.rows else 1
                workspace = window.open_patient(1 if patient > 1 else patient)
                workspace.show_tab("assessments")
            save(window, name)
            window.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
