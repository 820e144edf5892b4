"""The garbage collector held off while ScarDesk loads (issue #16), and always given back."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scardesk import gc_hold
from scardesk.cli import main
from tests.cli_fixtures import clinic_folder, one_session

#: Runs ``scardesk`` as the program does (``main()`` reading ``sys.argv``), then says whether
#: the collector is on again and the loaded modules frozen.
_AS_THE_PROGRAM = """
import gc, sys
sys.argv = ["scardesk", *sys.argv[1:]]
from scardesk.cli import main
code = main()
print(code, gc.isenabled(), gc.get_freeze_count() > 0)
"""


def test_held_while_loading_then_frozen_and_collecting_again() -> None:
    frozen = gc.get_freeze_count()
    try:
        gc_hold.hold()
        assert not gc.isenabled()
        gc_hold.release()
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen
        gc_hold.release()  # a second release changes nothing
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_host_that_turned_collection_off_keeps_it_off() -> None:
    gc.disable()
    try:
        gc_hold.hold()
        gc_hold.release()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_main_called_with_arguments_leaves_the_collector_alone(tmp_path: Path) -> None:
    frozen = gc.get_freeze_count()
    assert main(["db", "check", "--data-dir", str(tmp_path / "none")]) != 0  # no database there
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


@pytest.mark.skipif(
    sys.platform != "linux", reason="the audit key folder is moved with XDG_CONFIG_HOME"
)
@pytest.mark.parametrize("session", ["1", "99"], ids=["printed", "refused"])
def test_the_program_collects_again_after_a_command_printed_or_refused(
    tmp_path: Path, audit_key_dir: Path, session: str
) -> None:
    data_dir = clinic_folder(tmp_path, one_session())
    config = tmp_path / "config"
    shutil.copytree(audit_key_dir, config / "ScarDesk" / "audit")
    env = dict(os.environ, XDG_CONFIG_HOME=str(config))
    env.pop("SCARDESK_AUDIT_DIR")
    out = tmp_path / "sheet.pdf"
    command = ["aftercare", session, "-o", str(out), "--data-dir", str(data_dir)]
    done = subprocess.run(
        [sys.executable, "-c", _AS_THE_PROGRAM, *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    expected = "0 True True" if session == "1" else "2 True True"
    assert done.stdout.strip().splitlines()[-1] == expected, done.stderr
    assert out.exists() == (session == "1")


_APP_AS_THE_PROGRAM = """
import gc, sys
sys.argv = ["scardesk", *sys.argv[1:]]
from scardesk.ui.startup import StartUp
seen = []
opened = StartUp._opened
def recording(self, layers):
    seen.append(gc.isenabled())
    opened(self, layers)
StartUp._opened = recording
from scardesk.cli import main
print(main(), seen)
"""


def test_the_app_collects_again_once_the_database_is_open(tmp_path: Path) -> None:
    """Held while the sign-in window's and then the layers' modules load, not while it runs."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path))
    env.pop("SCARDESK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", _APP_AS_THE_PROGRAM, "--data-dir", str(tmp_path), "--check-start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == "0 [True]", done.stderr


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_bulk_job_holds_collection_off_and_still_frees_cycles_between_batches() -> None:
    import weakref

    assert gc.isenabled()
    with gc_hold.bulk() as collector:
        assert not gc.isenabled()
        cycle = _Cycle()
        gone = weakref.ref(cycle)
        del cycle
        for _ in range(gc_hold.FULL_PASS_BATCHES * 2):
            collector.batch_done()
        assert gone() is None  # left by a batch, freed by the passes between batches
    assert gc.isenabled()


def test_a_bulk_job_gives_collection_back_after_an_error_and_leaves_it_off_if_it_was() -> None:
    with pytest.raises(RuntimeError), gc_hold.bulk():
        raise RuntimeError("a batch failed")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_hold.bulk():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
