"""The PyInstaller bundle builds, starts offscreen on a fresh database and runs admin commands."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "scardesk.spec"),
        ],
        cwd=ROOT,
        check=True,
        timeout=900,
    )
    executable = work / "dist" / "scardesk" / "scardesk"
    assert executable.exists()
    return executable


def _run(executable: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SCARDESK_DATABASE_URL", None)
    return subprocess.run(
        [str(executable), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow
def test_the_bundle_starts_offscreen_on_a_fresh_database(bundle: Path, tmp_path: Path) -> None:
    started = _run(bundle, "--data-dir", str(tmp_path), "--check-start")
    assert started.returncode == 0, started.stderr
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision is not None


@pytest.mark.slow
def test_the_bundle_runs_the_admin_commands(bundle: Path, tmp_path: Path) -> None:
    assert _run(bundle, "demo", "--patients", "50", "--data-dir", str(tmp_path)).returncode == 0
    checked = _run(bundle, "db", "check", "--data-dir", str(tmp_path))
    assert checked.returncode == 0, checked.stderr
    assert "all checks passed" in checked.stdout
    backed_up = _run(bundle, "backup", str(tmp_path / "copy.sqlite3"), "--data-dir", str(tmp_path))
    assert backed_up.returncode == 0, backed_up.stderr
    assert (tmp_path / "copy.sqlite3").exists()


@pytest.mark.slow
def test_the_bundles_demo_builds_its_rows_in_a_second_process(bundle: Path, tmp_path: Path) -> None:
    """More than one batch: the rows are built in a spawned process, which in the bundle is the
    bundle's own executable started again (``freeze_support`` in the entry point). Without that
    the child would run the command line again instead of building rows."""
    from scardesk.demo.generate import BATCH_PATIENTS

    patients = BATCH_PATIENTS + 1  # two batches
    built = _run(bundle, "demo", "--patients", str(patients), "--data-dir", str(tmp_path))
    assert built.returncode == 0, built.stderr
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM patients").fetchone() == (patients,)
    checked = _run(bundle, "db", "check", "--data-dir", str(tmp_path))
    assert checked.returncode == 0, checked.stderr


@pytest.mark.slow
def test_the_bundle_carries_its_fonts(bundle: Path) -> None:
    fonts = bundle.parent / "_internal" / "resources" / "fonts"
    assert sorted(p.name for p in fonts.glob("*.ttf")) == sorted(
        p.name for p in (ROOT / "resources" / "fonts").glob("*.ttf")
    )
    assert (fonts / "OFL.txt").exists()


@pytest.mark.slow
def test_the_bundle_carries_the_common_password_list(bundle: Path) -> None:
    """Without it the password policy could not refuse common passwords in the built app."""
    folder = bundle.parent / "_internal" / "resources" / "passwords"
    assert (folder / "common-passwords.txt").read_bytes() == (
        ROOT / "resources" / "passwords" / "common-passwords.txt"
    ).read_bytes()
    assert (folder / "LICENCE").exists()
