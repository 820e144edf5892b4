"""``scardesk aftercare -o`` imports only what printing a sheet needs (issue #16).

The command runs in a fresh process, as a user runs it, and reports which modules it loaded:
each one below cost start-up time the command never used (Qt, the migrations, the demo
generator, password hashing, phone parsing, the keyring's backend search, the assessment
service, every service at once, the assessment domain).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_fixtures import clinic_folder, one_session

#: Top-level packages (or ScarDesk sub-packages) the aftercare command must not load.
NOT_NEEDED = (
    "PySide6",
    "alembic",
    "argon2",
    "phonenumbers",
    "keyring",
    "openpyxl",
    "logging.handlers",
    "scardesk.app",
    "scardesk.ui",
    "scardesk.demo",
    "scardesk.services.assessments",
    "scardesk.services.container",
    # The safety gate's facts: the sheet reads only the stored rule parameters (issue #16).
    "scardesk.services.safety_facts",
    # The assessment domain, through the suitability codec: the package of codecs, which the
    # session's and the clinic's documents are decoded with, no longer re-exports it.
    "scardesk.domain.codecs.suitability",
    "scardesk.domain.assessment",
    # The plan service (its writes and checks): the sheet's next date reads only plan_due.
    "scardesk.services.plans",
    # The clinic's working days: only booking the next visit moves dates by them.
    "scardesk.domain.working_calendar",
)

_RUN_AND_LIST_MODULES = """
import sys
from scardesk.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as listing:
    listing.write("\\n".join(sorted(sys.modules)))
raise SystemExit(code)
"""


def _loaded(name: str, modules: set[str]) -> bool:
    return any(module == name or module.startswith(name + ".") for module in modules)


@pytest.mark.skipif(
    sys.platform != "linux", reason="the audit key folder is moved with XDG_CONFIG_HOME"
)
def test_aftercare_to_a_file_loads_none_of_the_modules_it_does_not_need(
    tmp_path: Path, audit_key_dir: Path
) -> None:
    data_dir = clinic_folder(tmp_path, one_session())
    # The child finds this test's audit key where an installed app keeps it (the user's config
    # folder, here a temporary one), not through SCARDESK_AUDIT_DIR: that variable also turns
    # the keyring off, and the keyring must stay unloaded on the ordinary path.
    config = tmp_path / "config"
    shutil.copytree(audit_key_dir, config / "ScarDesk" / "audit")
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), QT_QPA_PLATFORM="offscreen")
    env.pop("SCARDESK_AUDIT_DIR")
    listing = tmp_path / "modules.txt"
    out = tmp_path / "sheet.pdf"
    command = ["aftercare", "1", "-o", str(out), "--data-dir", str(data_dir)]
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_LIST_MODULES, str(listing), *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    modules = set(listing.read_text(encoding="utf-8").splitlines())
    assert "reportlab.platypus" in modules  # the listing is the command's own
    assert [name for name in NOT_NEEDED if _loaded(name, modules)] == []
