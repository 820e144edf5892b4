"""The admin command line, run in-process as an administrator would type it."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from scardesk.cli import main

COMMANDS = [
    [],
    ["demo"],
    ["db"],
    ["db", "upgrade"],
    ["db", "current"],
    ["db", "check"],
    ["db", "reindex"],
    ["backup"],
    ["restore"],
    ["user"],
    ["user", "add"],
]


@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w) or "scardesk")
def test_every_command_has_help(words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([*words, "--help"])
    assert done.value.code == 0
    assert "usage: scardesk" in capsys.readouterr().out


def _add_user(
    data_dir: Path, password: str, monkeypatch: pytest.MonkeyPatch, name: str = "s.albalushi"
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(
        [
            "user",
            "add",
            name,
            "--role",
            "practitioner",
            "--password-stdin",
            "--data-dir",
            str(data_dir),
        ]
    )


def test_user_add_takes_the_password_from_stdin_never_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add_user(tmp_path, "Good-pass-2026", monkeypatch) == 0
    assert "added practitioner 's.albalushi'" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["user", "add", "x.y", "--role", "admin", "--password", "Good-pass-2026"])


def test_user_add_with_a_weak_password_says_what_is_expected_and_adds_nobody(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add_user(tmp_path, "short", monkeypatch) == 1
    assert "password: the password has 5 characters" in capsys.readouterr().err
    assert not (tmp_path / "clinic.sqlite3").exists()  # checked before the database is opened


def test_db_check_passes_on_a_healthy_database_and_fails_on_a_tampered_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_user(tmp_path, "Good-pass-2026", monkeypatch)
    assert main(["db", "check", "--data-dir", str(tmp_path)]) == 0
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        connection.execute("DROP TRIGGER audit_events_no_update")
        connection.execute("UPDATE audit_events SET action = 'user.remove'")
    connection.close()
    assert main(["db", "check", "--data-dir", str(tmp_path)]) == 1
    assert "[edited event]" in capsys.readouterr().err


def test_db_check_finds_a_due_index_changed_by_hand_and_reindex_mends_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert main(["demo", "--patients", "60", *data]) == 0
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        (rows,) = connection.execute("SELECT count(*) FROM due_items").fetchone()
        assert rows > 0
        # Two patients' index rows changed outside ScarDesk: one day moved, one row dropped.
        connection.execute(
            "UPDATE due_items SET due_on = '2001-01-01' WHERE id = (SELECT min(id) FROM due_items)"
        )
        connection.execute(
            "DELETE FROM due_items WHERE id = (SELECT max(id) FROM due_items)"
            " AND patient_id <> (SELECT patient_id FROM due_items ORDER BY id LIMIT 1)"
        )
    connection.close()
    capsys.readouterr()
    assert main(["db", "check", *data]) == 1
    assert "due list's index differs from the records of 2 patients" in capsys.readouterr().err
    assert main(["db", "reindex", *data]) == 0
    assert f"computed again: {rows:,} rows" in capsys.readouterr().out
    assert main(["db", "check", *data]) == 0
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        actions = [
            row[0] for row in connection.execute("SELECT action FROM audit_events ORDER BY id")
        ]
    connection.close()
    assert actions[-1] == "due_index.rebuild"


def test_backup_then_restore_keeps_the_replaced_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_user(tmp_path, "Good-pass-2026", monkeypatch)
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", str(copy), "--data-dir", str(tmp_path)]) == 0
    _add_user(tmp_path, "Good-pass-2026", monkeypatch, name="later.user")
    assert main(["restore", str(copy), "--data-dir", str(tmp_path)]) == 0
    assert "kept at" in capsys.readouterr().out
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        names = {row[0] for row in connection.execute("SELECT username FROM users")}
    assert names == {"s.albalushi"}
    assert list(tmp_path.glob("clinic.replaced-*.sqlite3"))
    assert main(["db", "check", "--data-dir", str(tmp_path)]) == 0


def test_restoring_a_damaged_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_user(tmp_path, "Good-pass-2026", monkeypatch)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00not a database" * 1000)
    before = (tmp_path / "clinic.sqlite3").read_bytes()
    assert main(["restore", str(junk), "--data-dir", str(tmp_path)]) == 2
    assert "scardesk:" in capsys.readouterr().err
    assert (tmp_path / "clinic.sqlite3").read_bytes() == before


def test_a_database_in_a_sync_folder_is_refused_with_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "current", "--data-dir", str(tmp_path / "OneDrive" / "clinic")]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
