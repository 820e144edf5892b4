"""``scardesk user ...`` account commands, run in-process as an administrator would type them."""

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path

import pytest

from scardesk.cli import main
from scardesk.services.passwords import verify_password

PASSWORD = "Good-pass-2026"
ACCOUNT_COMMANDS = [
    "list",
    "reset-password",
    "set-role",
    "deactivate",
    "activate",
    "unlock",
    "set-lead",
    "set-privacy-officer",
]


@pytest.mark.parametrize("action", ACCOUNT_COMMANDS)
def test_every_account_command_has_help(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["user", action, "--help"])
    assert done.value.code == 0
    assert f"usage: scardesk user {action}" in capsys.readouterr().out


def _run(data_dir: Path, *words: str) -> int:
    return main(["user", *words, "--data-dir", str(data_dir)])


@pytest.fixture
def clinic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clinic with one admin ('boss'), a front desk and a practitioner."""
    for name, role in (("boss", "admin"), ("desk", "front_desk"), ("dr.salma", "practitioner")):
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert _run(tmp_path, "add", name, "--role", role, "--password-stdin") == 0
    return tmp_path


def _column(data_dir: Path, column: str, name: str) -> object:
    with sqlite3.connect(data_dir / "clinic.sqlite3") as connection:
        row = connection.execute(
            f"SELECT {column} FROM users WHERE username = ?", (name,)
        ).fetchone()
    connection.close()
    return row[0]


def _actions(data_dir: Path) -> list[str]:
    with sqlite3.connect(data_dir / "clinic.sqlite3") as connection:
        rows = connection.execute("SELECT action FROM audit_events ORDER BY id").fetchall()
    connection.close()
    return [row[0] for row in rows]


def test_list_shows_every_account(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert _run(clinic, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("USER NAME")
    assert [line.split()[0] for line in lines[1:]] == ["boss", "desk", "dr.salma"]
    assert "practitioner" in lines[3] and "active" in lines[3]


def test_reset_password_prints_a_working_one_time_password_once(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert _run(clinic, "reset-password", "Desk") == 0
    out = capsys.readouterr().out
    found = re.search(r"one-time password for 'desk': (\S+)", out)
    assert found is not None
    password = found.group(1)
    assert len(password) >= 16 and out.count(password) == 1
    assert "must be changed at the next sign-in, within 72 hours" in out
    stored = _column(clinic, "password_hash", "desk")
    assert isinstance(stored, str) and verify_password(stored, password)
    assert _column(clinic, "must_change_password", "desk") == 1
    assert "user.reset_password" in _actions(clinic)
    with sqlite3.connect(clinic / "clinic.sqlite3") as connection:
        trail = " ".join(str(row) for row in connection.execute("SELECT * FROM audit_events"))
    connection.close()
    assert password not in trail


def test_set_role_deactivate_activate_lead_officer_and_unlock(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(clinic, "set-role", "desk", "practitioner") == 0
    assert _column(clinic, "role", "desk") == "practitioner"
    assert _run(clinic, "deactivate", "desk") == 0
    assert _column(clinic, "active", "desk") == 0
    assert _run(clinic, "activate", "desk") == 0
    assert _column(clinic, "active", "desk") == 1
    assert _run(clinic, "set-lead", "dr.salma", "on") == 0
    assert _column(clinic, "clinical_lead", "dr.salma") == 1
    assert _run(clinic, "set-lead", "dr.salma", "off") == 0
    assert _column(clinic, "clinical_lead", "dr.salma") == 0
    assert _run(clinic, "set-privacy-officer", "desk", "on") == 0
    assert _column(clinic, "privacy_officer", "desk") == 1
    with sqlite3.connect(clinic / "clinic.sqlite3") as connection:
        connection.execute(
            "INSERT INTO sign_in_throttle (username, failures, locked_at) "
            "VALUES ('desk', 9, '2026-03-10 08:00:00')"
        )
    connection.close()
    capsys.readouterr()
    assert _run(clinic, "list") == 0
    assert "locked" in capsys.readouterr().out
    assert _run(clinic, "unlock", "desk") == 0
    assert "unlocked" in capsys.readouterr().out
    assert _run(clinic, "list") == 0
    assert "locked" not in capsys.readouterr().out
    actions = _actions(clinic)
    for action in (
        "user.set_role",
        "user.deactivate",
        "user.activate",
        "user.set_clinical_lead",
        "user.set_privacy_officer",
        "user.unlock",
    ):
        assert action in actions


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("reset-password", "ghost"), "no account named 'ghost'"),
        (("set-role", "ghost", "admin"), "no account named 'ghost'"),
        (("deactivate", "ghost"), "no account named 'ghost'"),
        (("unlock", "ghost"), "no account named 'ghost'"),
        (("set-role", "desk", "doctor"), "unknown role 'doctor': expected one of"),
        (("set-lead", "desk", "on"), "only a practitioner can be a clinical lead"),
        (("set-role", "boss", "front_desk"), "last active administrator"),
        (("deactivate", "boss"), "last active administrator"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else "",
)
def test_bad_input_exits_non_zero_with_one_line_and_changes_nothing(
    clinic: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], expected: str
) -> None:
    before = _actions(clinic)
    capsys.readouterr()
    assert _run(clinic, *words) != 0
    captured = capsys.readouterr()
    assert expected in captured.err and captured.err.count("\n") == 1
    assert captured.out == ""
    assert _actions(clinic) == before
    assert _column(clinic, "role", "boss") == "admin" and _column(clinic, "active", "boss") == 1


def test_a_bad_on_off_word_is_refused_by_the_parser(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        _run(clinic, "set-lead", "dr.salma", "yes")
    assert done.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_commands_on_a_missing_database_create_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, "list") != 0
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "clinic.sqlite3").exists()
