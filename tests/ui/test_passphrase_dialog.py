"""The passphrase dialog before sign-in, driven by keys and clicks on a real encrypted database."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from scardesk.db import cipher
from scardesk.db.engine import Database, open_database
from scardesk.domain.enums import Role
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.login.passphrase import PassphraseDialog
from scardesk.ui.shell import make_main_window

KEY = "palm fronds in the wind"


@pytest.fixture
def encrypted_url(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    open_database(url, key=KEY).dispose()
    yield url


def _dialog(qtbot: QtBot, url: str, opened: list[Database], keyring: bool) -> PassphraseDialog:
    def try_open(key: str) -> None:
        opened.append(open_database(url, key=key))

    dialog = PassphraseDialog(try_open, url, keyring_available=keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_wrong_passphrase_is_said_inline_then_the_right_one_opens(
    qtbot: QtBot, encrypted_url: str
) -> None:
    opened: list[Database] = []
    dialog = _dialog(qtbot, encrypted_url, opened, keyring=True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Enter the passphrase." and dialog.isVisible()

    qtbot.keyClicks(dialog.passphrase, "not it at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "does not open the database" in dialog.error.text()
    assert dialog.passphrase.text() == "" and dialog.isVisible() and not opened
    QApplication.processEvents()
    dialog.grab().save("/tmp/passphrase-dialog-wrong.png")

    qtbot.keyClicks(dialog.passphrase, KEY)
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.chosen() == (KEY, True)
    assert len(opened) == 1 and opened[0].key == KEY
    opened[0].dispose()


def test_without_a_keyring_remembering_is_not_offered(qtbot: QtBot, encrypted_url: str) -> None:
    dialog = _dialog(qtbot, encrypted_url, [], keyring=False)
    assert dialog.remember.isHidden()
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("no usable system keyring" in note for note in notes)
    dialog.grab().save("/tmp/passphrase-dialog-no-keyring.png")
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PassphraseDialog.DialogCode.Rejected
    assert dialog.chosen()[1] is False


def test_the_status_bar_warns_about_a_database_server_without_tls(
    qtbot: QtBot,
    services: Services,
    make_user: Callable[[str, Role], SignedIn],
    window_state: QSettings,
) -> None:
    warned = dataclasses.replace(services, transport_warning="The connection to clinic-server …")
    window = make_main_window(
        warned, make_user("first.admin", Role.ADMIN), window_state=window_state
    )
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    label = window.transport_warning_label
    assert label.isVisible() and "not encrypted" in label.text()
    assert label.toolTip().startswith("The connection to clinic-server")
    QApplication.processEvents()
    window.grab().save("/tmp/status-bar-tls-warning.png")


def test_keyring_problem_is_a_sentence_or_none() -> None:
    problem = cipher.keyring_problem()
    assert problem is None or problem.startswith(("this computer", "the keyring", "the OS"))


def test_the_app_refuses_an_encrypted_database_it_cannot_ask_for_and_starts_with_the_key(
    qtbot: QtBot,
    encrypted_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from scardesk.app import run_app

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # the log goes here
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(cipher, "_provided", {})
    monkeypatch.delenv(cipher.ENV_DATABASE_KEY, raising=False)
    path = Path(encrypted_url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    assert run_app(encrypted_url, check_start=True) == 2
    assert "it is encrypted" in capsys.readouterr().err
    assert path.read_bytes() == before

    monkeypatch.setenv(cipher.ENV_DATABASE_KEY, KEY)
    assert run_app(encrypted_url, check_start=True) == 0
