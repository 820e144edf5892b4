"""Carrying the audit key to a second workstation: export on one computer, import on another."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from scardesk.cli import main
from scardesk.db.engine import open_database
from scardesk.domain.errors import StorageRefusedError
from tests.db.test_backup import seed_patients


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    folder = tmp_path / "clinic"
    database = open_database(f"sqlite:///{folder / 'clinic.sqlite3'}")
    seed_patients(database, 2)
    database.dispose()
    return folder


def test_the_key_travels_to_a_computer_without_it_and_saves_work_there(
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    exported = tmp_path / "transfer" / "audit.key"
    exported.parent.mkdir()
    assert main(["audit-key", "export", str(exported), "--data-dir", str(clinic)]) == 0
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    fingerprint = capsys.readouterr().out.split("fingerprint ")[1].split(")")[0]

    # The second workstation: same database, its own (empty) audit folder.
    monkeypatch.setenv("SCARDESK_AUDIT_DIR", str(tmp_path / "second-computer"))
    from scardesk.db import audit_key

    audit_key._cache.clear()
    database = open_database(f"sqlite:///{clinic / 'clinic.sqlite3'}")
    try:
        with pytest.raises(StorageRefusedError, match="audit-key import"):
            seed_patients(database, 1)  # refuses to write without the key
    finally:
        database.dispose()
    assert main(["audit-key", "import", str(exported), "--data-dir", str(clinic)]) == 0
    assert fingerprint in capsys.readouterr().out
    database = open_database(f"sqlite:///{clinic / 'clinic.sqlite3'}")
    try:
        seed_patients(database, 1)
    finally:
        database.dispose()
    assert main(["db", "check", "--data-dir", str(clinic)]) == 0


def test_a_key_file_of_the_wrong_kind_is_refused_in_one_line(
    clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.key"
    junk.write_text("ScarDesk audit key\nchain other-clinic\nkey 00\n")
    for argv in (
        ["audit-key", "import", str(junk)],
        ["audit-key", "import", str(tmp_path / "missing.key")],
        ["audit-key", "export", str(tmp_path)],
    ):
        assert main([*argv, "--data-dir", str(clinic)]) != 0
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    exported = tmp_path / "a.key"
    assert main(["audit-key", "export", str(exported), "--data-dir", str(clinic)]) == 0
    assert main(["audit-key", "export", str(exported), "--data-dir", str(clinic)]) != 0
    assert "already exists" in capsys.readouterr().err
