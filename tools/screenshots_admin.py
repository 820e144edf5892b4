"""Render each tab of the Admin screen offscreen into ``screenshots/`` (Arabic data included)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scardesk.ui.shell import make_main_window, prepare_application
from scardesk.ui.tasks import SyncTaskRunner
from screenshots import ROOT, demo_services, save


def main() -> None:
    app = prepare_application()
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        services, admin = demo_services(Path(folder))
        window = make_main_window(services, admin, runner=SyncTaskRunner())
        window.resize(1200, 780)
        window.show_screen("admin")
        screen = window.pages["admin"]
        screen.maintenance.back_up()
        screen.audit.verify()
        for index, name in enumerate(("users", "clinic", "backups", "audit")):
            screen.tabs.setCurrentIndex(index)
            save(window, out, f"admin-{name}.png")
        window.close()
    del app


if __name__ == "__main__":
    main()
