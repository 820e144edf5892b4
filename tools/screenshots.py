"""Render the sign-in, first-run and main windows offscreen into ``screenshots/``.

Run ``.venv/bin/python tools/screenshots.py`` and look at the PNGs: a screenshot is the only
test of whether a screen looks like clinic software and whether Arabic is shaped correctly.
``--readme`` also refreshes ``resources/screenshots/main-window.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from scardesk.db.engine import open_database
from scardesk.domain.enums import Role
from scardesk.services.container import Services, build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.services.settings import ClinicDetails
from scardesk.ui.login import FirstAdminDialog, SignInDialog
from scardesk.ui.shell import make_main_window, prepare_application
from scardesk.ui.tasks import SyncTaskRunner

ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSWORD = "Demo-password-2024"


def settle(widget: QWidget, msecs: int = 150) -> None:
    """Show ``widget`` and let Qt lay it out and paint before grabbing."""
    widget.show()
    QTest.qWait(msecs)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    settle(widget)
    path = folder / name
    widget.grab().save(str(path))
    print(path)
    return path


def demo_services(folder: Path) -> tuple[Services, SignedIn]:
    services = build_services(open_database(f"sqlite:///{folder / 'demo-clinic.sqlite3'}"))
    admin = services.users.create_first_admin("s.alharthi", "د. سلمى الحارثي", DEMO_PASSWORD)
    services.users.add_user(SYSTEM, "f.desk", "Fatma Al-Balushi", Role.FRONT_DESK, DEMO_PASSWORD)
    services.settings.save_clinic(
        SYSTEM,
        ClinicDetails(
            name="Qurum Skin & Scar Clinic",
            name_arabic="عيادة القرم للبشرة والندبات",
            address="Qurum, Muscat",
            address_arabic="القرم، مسقط",
            phone="+968 2456 7890",
            version=0,
        ),
    )
    return services, SignedIn(admin)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--readme", action="store_true", help="also update resources/screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    prepare_application()
    runner = SyncTaskRunner()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        empty = build_services(open_database(f"sqlite:///{folder / 'empty.sqlite3'}"))
        first_run = FirstAdminDialog(empty.users, runner)
        first_run.set_footer(f"Database: {empty.database_label}")
        save(first_run, args.out, "first-run.png")
        first_run.username.set_text("S Alharthi")
        first_run.display_name.set_text("د. سلمى الحارثي")
        first_run.password.set_text("short")
        first_run.repeat.set_text("shorter")
        first_run.submit()
        save(first_run, args.out, "first-run-errors.png")

        services, signed_in = demo_services(folder)
        sign_in = SignInDialog(services.users, runner, clinic_name="Qurum Skin & Scar Clinic")
        sign_in.set_footer(f"Database: {services.database_label}")
        save(sign_in, args.out, "sign-in.png")
        sign_in.username.set_text("s.alharthi")
        sign_in.password.set_text("wrong-password-1")
        sign_in.submit()
        save(sign_in, args.out, "sign-in-failed.png")

        state = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        window = make_main_window(services, signed_in, runner=runner, window_state=state)
        window.show_screen("patients")
        main_png = save(window, args.out, "main-window.png")
        if args.readme:
            target = ROOT / "resources" / "screenshots" / "main-window.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(main_png, target)
            print(target)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
