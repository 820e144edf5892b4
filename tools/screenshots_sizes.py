"""Every main screen, every tab of a screen and every tab of a patient's workspace, on a demo
clinic, and the main dialogs (``screenshots_dialogs.py``), at the laptop's 1280×720 and the
clinic desktop's 1600×1000, in English and in Arabic (issue 15's quality bar).

``.venv/bin/python tools/screenshots_sizes.py [OUT]`` writes
``OUT/<size>/<language>/<role>-<screen>.png`` and ``…/<role>-dialog-<name>.png`` (default
``screenshots/sizes``); Arabic needs the built translation (``scripts/i18n.py release``).
Qt's offscreen screen size is fixed when the application starts, so each size runs in its own
process, on the screen descriptions the UI tests use
(``tests/ui/screens/*.json``). The window is maximised, as on a laptop. Look at every PNG.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ROOT / "tests" / "ui" / "screens"
SIZES = ("1280x720", "1600x1000")
DEMO_PATIENTS = 200
ROLES = ("front_desk", "practitioner", "admin")
LANGUAGES = ("en", "ar")


def _shoot_one_size(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTabWidget, QWidget
    from screenshots_dialogs import BY_ROLE

    from scardesk.db.engine import open_database
    from scardesk.demo import generate_demo
    from scardesk.domain.display_prefs import Language
    from scardesk.services.container import build_services
    from scardesk.services.session import SignedIn
    from scardesk.ui.language import LanguageChoice
    from scardesk.ui.shell import make_main_window, prepare_application
    from scardesk.ui.tasks import SyncTaskRunner

    def save(widget: QWidget, folder: Path, name: str) -> None:
        # Columns are fitted, then wrapped rows measured, once Qt is idle: the Arabic catalogue
        # settled 0.26-0.34 s after the screen opened, and a grab at 0.12 s showed its cells
        # cut to "…" before they wrapped.
        QTest.qWait(400)
        path = folder / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    def each_tab(page: QWidget, window: QWidget, folder: Path, name: str) -> None:
        """A screen with tabs of its own (Admin, Products): one picture per tab."""
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if not tabs:
            save(window, folder, name)
            return
        outer = tabs[0]
        for index in range(outer.count()):
            outer.setCurrentIndex(index)
            save(window, folder, f"{name}-{index + 1}")

    def each_dialog(window, folder: Path, role: str) -> None:  # type: ignore[no-untyped-def]
        for name, make in BY_ROLE.get(role, {}).items():
            dialog = make(window.context, 1, window)
            dialog.show()
            save(dialog, folder, f"{role}-dialog-{name}")
            dialog.done(0)
            dialog.deleteLater()

    prepare_application()
    with tempfile.TemporaryDirectory() as temp:
        database = open_database(f"sqlite:///{Path(temp) / 'demo.sqlite3'}")
        summary = generate_demo(database, DEMO_PATIENTS, seed=7)
        services = build_services(database)
        accounts = {user.role: user for user in summary.users}
        state = QSettings(str(Path(temp) / "window.ini"), QSettings.Format.IniFormat)
        for language in LANGUAGES:
            folder = out / language
            folder.mkdir(parents=True, exist_ok=True)
            languages = LanguageChoice(state, override=Language(language))
            for role in ROLES:
                account = accounts[role]
                user = services.users.authenticate(account.username, account.password)
                languages.sign_in(user.display)
                window = make_main_window(
                    services, SignedIn(user), runner=SyncTaskRunner(), window_state=state
                )
                window.showMaximized()
                QTest.qWait(200)
                screens = window.navigation.keys()
                for key in screens:
                    window.show_screen(key)
                    each_tab(window.page(key), window, folder, f"{role}-{key}")
                if role == "practitioner":
                    workspace = window.open_patient(1)  # the first demo patients have photos
                    for tab in workspace.tab_keys:
                        workspace.show_tab(tab)
                        save(window, folder, f"{role}-patient-{tab}")
                each_dialog(window, folder, role)
                window.close()
        database.dispose()


def main(argv: list[str]) -> int:
    if os.environ.get("SCARDESK_SHOT_CHILD"):
        _shoot_one_size(Path(argv[0]))
        return 0
    out = Path(argv[0]) if argv else ROOT / "screenshots" / "sizes"
    for size in SIZES:
        environment = dict(os.environ)
        environment["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS / f'{size}.json'}"
        environment["SCARDESK_SHOT_CHILD"] = "1"
        command = [sys.executable, __file__, str(out / size)]
        if subprocess.run(command, env=environment, check=False).returncode != 0:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
