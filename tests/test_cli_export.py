"""``scardesk export PATIENT_ID -o FILE.zip``: the patient's copy from the command line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from scardesk.cli import main
from scardesk.db.models import AuditEvent
from tests.cli_fixtures import audit_events, clinic_folder
from tests.services import export_fixtures as fx


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A clinic whose patient 1 has history, consents, a session, photos and documents."""
    return clinic_folder(
        tmp_path, lambda database, folder: fx.full_record(database, folder / "content")
    )


def _export_events(data_dir: Path) -> list[AuditEvent]:
    return audit_events(data_dir, "patient.export")


def test_export_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["export", "--help"])
    assert done.value.code == 0
    assert "-o FILE" in capsys.readouterr().out


def test_export_writes_the_zip_and_audits_it_as_the_command_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copies" / "patient-1.zip"
    assert main(["export", "1", "-o", str(out), "--data-dir", str(data_dir)]) == 0
    archive = zipfile.ZipFile(out)
    data = json.loads(archive.read("record.json"))
    assert data["patient"]["name_arabic"] == fx.ARABIC and data["exported_by"] == "command line"
    assert len([n for n in archive.namelist() if n.startswith("photos/")]) == 3
    said = capsys.readouterr().out
    assert "patient 1 exported" in said and "3 photos" in said
    assert fx.LATIN not in said
    [event] = _export_events(data_dir)
    assert (event.entity_id, event.user_id) == (1, None)


def test_an_unknown_patient_exits_non_zero_with_a_message_and_writes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "none.zip"
    assert main(["export", "99", "-o", str(out), "--data-dir", str(data_dir)]) != 0
    assert "patient 99 does not exist" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob(".none.zip*"))
    assert _export_events(data_dir) == []


def test_an_existing_file_is_refused_without_force(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.zip"
    out.write_bytes(b"an earlier copy")
    assert main(["export", "1", "-o", str(out), "--data-dir", str(data_dir)]) != 0
    error = capsys.readouterr().err
    assert "already exists" in error and "--force" in error
    assert out.read_bytes() == b"an earlier copy"
    assert main(["export", "1", "-o", str(out), "--force", "--data-dir", str(data_dir)]) == 0
    assert zipfile.is_zipfile(out)
    assert len(_export_events(data_dir)) == 1


def test_an_impossible_patient_number_is_refused_before_the_database_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nothing-here"
    assert main(["export", "0", "-o", str(tmp_path / "x.zip"), "--data-dir", str(folder)]) != 0
    assert "patient_id" in capsys.readouterr().err
    assert not folder.exists()
