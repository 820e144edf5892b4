"""``scardesk recall LOT -o FILE.pdf|.csv|.xlsx``: the recall report from the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from scardesk.cli import main
from scardesk.db.models import AuditEvent
from tests.cli_fixtures import audit_events, clinic_folder, one_session


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A clinic where one session used lot C1234."""
    return clinic_folder(tmp_path, one_session())


def _export_events(data_dir: Path) -> list[AuditEvent]:
    return audit_events(data_dir, "recall.export")


@pytest.mark.parametrize("suffix", ["pdf", "csv", "xlsx"])
def test_each_format_is_written_from_the_suffix_and_audited(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    out = tmp_path / "out" / f"recall.{suffix}"
    out.parent.mkdir()
    assert main(["recall", "c1234", "-o", str(out), "--data-dir", str(data_dir)]) == 0
    data = out.read_bytes()
    if suffix == "pdf":
        assert data.startswith(b"%PDF")
    elif suffix == "xlsx":
        assert zipfile.is_zipfile(out)
    else:
        assert "عائشة البلوشي" in data.decode("utf-8-sig")
    said = capsys.readouterr().out
    assert f"lot C1234: 1 session(s), {suffix.upper()}" in said and "Aisha" not in said
    [event] = _export_events(data_dir)
    assert event.user_id is None and event.after == {"rows": 1, "format": suffix}


def test_an_unknown_suffix_is_one_clear_line_and_exit_1(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "recall.docx"
    assert main(["recall", "C1234", "-o", str(out), "--data-dir", str(data_dir)]) == 1
    error = capsys.readouterr().err
    assert error == "output: recall.docx has '.docx': name the file .pdf, .csv or .xlsx\n"
    assert not out.exists() and _export_events(data_dir) == []


def test_an_unknown_lot_is_refused_and_writes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "recall.pdf"
    assert main(["recall", "X9", "-o", str(out), "--data-dir", str(data_dir)]) != 0
    assert capsys.readouterr().err.strip() == "scardesk: no lot is numbered X9"
    assert not out.exists()
