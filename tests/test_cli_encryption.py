"""Encryption from the command line: ``db encrypt``, ``--encrypt``, and every command unlocking an
encrypted database from ``SCARDESK_DATABASE_KEY`` or a hidden prompt on a real terminal."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import make_url

from scardesk.cli import main
from scardesk.db import cipher
from scardesk.db.engine import plain_transport_warning

KEY = "sand dunes at sunrise"


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each ``main()`` here stands for a new process: no passphrase typed before."""
    monkeypatch.setattr(cipher, "_provided", {})


def new_process() -> None:
    cipher._provided.clear()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "clinic"


def _demo(data_dir: Path, *extra: str) -> int:
    return main(["demo", "--data-dir", str(data_dir), "--patients", "20", *extra])


def test_db_encrypt_then_every_command_needs_the_passphrase(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _demo(data_dir) == 0
    monkeypatch.setenv(cipher.ENV_DATABASE_KEY, KEY)
    assert main(["db", "encrypt", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    kept = next(data_dir.glob("clinic.plain-*.sqlite3"))
    assert str(kept) in out and "delete that file" in out
    database = data_dir / "clinic.sqlite3"
    assert cipher.is_encrypted_file(database)

    assert main(["db", "check", "--data-dir", str(data_dir)]) == 0
    assert "(encrypted)" in capsys.readouterr().out
    assert main(["backup", "--data-dir", str(data_dir)]) == 0
    backup = next((data_dir / "backups").glob("*.sqlite3"))
    assert cipher.is_encrypted_file(backup)
    assert main(["restore", "--data-dir", str(data_dir), str(backup)]) == 0

    new_process()
    monkeypatch.setenv(cipher.ENV_DATABASE_KEY, "not the passphrase")
    before = database.read_bytes()
    assert main(["db", "check", "--data-dir", str(data_dir)]) == 2
    assert "passphrase does not open" in capsys.readouterr().err
    assert database.read_bytes() == before

    new_process()
    monkeypatch.delenv(cipher.ENV_DATABASE_KEY)
    with open(os.devnull) as nothing:
        monkeypatch.setattr("sys.stdin", nothing)  # no terminal to ask on
        assert main(["db", "check", "--data-dir", str(data_dir)]) == 2
    assert f"set {cipher.ENV_DATABASE_KEY}" in capsys.readouterr().err


def test_a_new_demo_clinic_can_start_encrypted(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cipher.ENV_DATABASE_KEY, KEY)
    assert _demo(data_dir, "--encrypt") == 0
    assert cipher.is_encrypted_file(data_dir / "clinic.sqlite3")
    assert main(["db", "check", "--data-dir", str(data_dir)]) == 0


def test_encrypt_refuses_an_existing_plain_clinic_and_a_short_passphrase(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _demo(data_dir) == 0
    monkeypatch.setenv(cipher.ENV_DATABASE_KEY, KEY)
    assert _demo(data_dir, "--encrypt") == 2
    assert "use `scardesk db encrypt`" in capsys.readouterr().err
    monkeypatch.setenv(cipher.ENV_DATABASE_KEY, "short")
    assert main(["db", "encrypt", "--data-dir", str(data_dir)]) == 1
    assert "passphrase: use at least 8 characters" in capsys.readouterr().err
    assert not cipher.is_encrypted_file(data_dir / "clinic.sqlite3")


def _run_on_a_terminal(args: list[str], typed: list[str], tmp: Path) -> tuple[int, str]:
    """Run ``scardesk ARGS`` with a pseudo-terminal as its standard input, typing ``typed``."""
    controller, terminal = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != cipher.ENV_DATABASE_KEY}
    env["PYTHONPATH"] = os.pathsep.join([str(Path.cwd()), *sys.path])
    process = subprocess.Popen(
        [sys.executable, "-m", "scardesk", *args],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        start_new_session=True,
        cwd=tmp,
    )
    os.close(terminal)
    seen, answers = b"", list(typed)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            # Answer only a fresh prompt: getpass flushes whatever was typed ahead of it.
            if answers and chunk.rstrip().endswith(b":"):
                os.write(controller, answers.pop(0).encode() + b"\n")
        elif process.poll() is not None:
            break
    if process.poll() is None:
        process.kill()
    code = process.wait(timeout=30)
    os.close(controller)
    return code, seen.decode(errors="replace")


def test_the_passphrase_is_asked_for_on_the_terminal_without_echo(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(cipher.ENV_DATABASE_KEY, KEY)
    assert _demo(data_dir, "--encrypt") == 0
    code, screen = _run_on_a_terminal(
        ["db", "check", "--data-dir", str(data_dir)], ["wrong guess", KEY], tmp_path
    )
    assert code == 0, screen
    assert "Passphrase for" in screen and "does not open the database; try again" in screen
    assert "all checks passed" in screen
    assert KEY not in screen and "wrong guess" not in screen  # typed, never echoed


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("postgresql+psycopg://u@clinic-server.local/scardesk", True),
        ("postgresql+psycopg://u@10.0.0.5/scardesk?sslmode=prefer", True),
        ("postgresql+psycopg://u@clinic-server.local/scardesk?sslmode=require", False),
        ("postgresql+psycopg://u@db.example/scardesk?sslmode=verify-full", False),
        ("postgresql+psycopg://u@127.0.0.1:5432/scardesk", False),
        ("postgresql+psycopg://u@localhost/scardesk", False),
        ("postgresql+psycopg://u@/scardesk?host=/run/postgresql", False),
        ("sqlite:////tmp/clinic.sqlite3", False),
    ],
)
def test_a_remote_postgres_server_without_tls_is_warned_about(url: str, warned: bool) -> None:
    warning = plain_transport_warning(make_url(url))
    assert (warning is not None) == warned
    if warning:
        assert "sslmode=require" in warning and "not required to be encrypted" in warning


@pytest.mark.postgres
def test_the_cli_prints_the_tls_warning_on_stderr(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The test server, reached under a name that is not this computer's (hostaddr keeps libpq
    # off the network): exactly what a clinic server on the LAN looks like to the warning.
    real = make_url(postgres_url)
    named = real.set(host="clinic-server", query={"hostaddr": real.host or "127.0.0.1"})
    assert main(["db", "upgrade", "--database-url", named.render_as_string(False)]) == 0
    assert "not required to be encrypted" in capsys.readouterr().err


def test_an_encrypted_backup_restored_on_a_new_computer_asks_for_its_passphrase(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(cipher.ENV_DATABASE_KEY, KEY)
    assert _demo(data_dir, "--encrypt") == 0
    assert main(["backup", "--data-dir", str(data_dir), str(tmp_path / "b.sqlite3")]) == 0
    new_computer = tmp_path / "new-computer"
    code, screen = _run_on_a_terminal(
        ["restore", "--data-dir", str(new_computer), str(tmp_path / "b.sqlite3")], [KEY], tmp_path
    )
    assert code == 0, screen
    assert "Passphrase for" in screen and "restored" in screen
    assert cipher.is_encrypted_file(new_computer / "clinic.sqlite3")
