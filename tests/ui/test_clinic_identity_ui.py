"""Admin → Clinic details: hours, licence, WhatsApp and the logo, as an administrator uses them."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scardesk.domain.enums import Role
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.admin import AdminScreen
from scardesk.ui.admin.clinic_tab import ClinicTab
from scardesk.ui.admin.printed_names_dialog import PrintedNamesDialog
from scardesk.ui.main_window import MainWindow

SHOTS = Path("/tmp/docs_png")


def _clinic_tab(
    open_window: Callable[[SignedIn], MainWindow], make_user: Callable[[str, Role], SignedIn]
) -> ClinicTab:
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    return screen.clinic


def _save_basics(qtbot: QtBot, clinic: ClinicTab) -> None:
    qtbot.keyClicks(clinic.name.edit, "Scar Clinic Muscat")
    clinic.name_arabic.edit.insert("عيادة الندبات مسقط")
    qtbot.keyClicks(clinic.hours.edit, "Saturday to Thursday, 9:00 to 21:00")
    clinic.hours_arabic.edit.insert("من السبت إلى الخميس")
    qtbot.keyClicks(clinic.moh_licence.edit, "MOH/PHC/1187")
    qtbot.keyClicks(clinic.whatsapp.edit, "2412 3456")  # a landline: refused
    qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)


def test_whatsapp_must_be_an_omani_mobile_then_everything_is_saved(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    clinic = _clinic_tab(open_window, make_user)
    _save_basics(qtbot, clinic)
    assert "Omani mobile" in clinic.whatsapp.error()
    assert services.settings.clinic().version == 0
    clinic.whatsapp.edit.clear()
    qtbot.keyClicks(clinic.whatsapp.edit, "9123 4567")
    qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)
    saved = services.settings.clinic()
    assert (saved.whatsapp, saved.moh_licence, saved.hours_arabic) == (
        "+96891234567",
        "MOH/PHC/1187",
        "من السبت إلى الخميس",
    )
    assert clinic.whatsapp.text() == "+968 9123 4567"


def _png(path: Path, size: tuple[int, int] = (400, 160)) -> Path:
    Image.new("RGB", size, (15, 94, 107)).save(path, "PNG")
    return path


def test_a_logo_is_uploaded_previewed_refused_when_too_big_and_removed(
    qtbot: QtBot, services: Services, open_window, make_user, tmp_path: Path
) -> None:
    clinic = _clinic_tab(open_window, make_user)
    _save_basics(qtbot, clinic)
    clinic.whatsapp.edit.clear()
    qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)
    assert clinic.logo.preview.text() == "No logo" and not clinic.logo.remove_button.isEnabled()

    clinic.logo.upload(_png(tmp_path / "logo.png"))  # what choosing the file in the dialog does
    assert services.settings.clinic().logo == (tmp_path / "logo.png").read_bytes()
    assert not clinic.logo.preview.pixmap().isNull()
    assert clinic.logo.remove_button.isEnabled()
    screen = clinic.parentWidget()
    while not isinstance(screen, AdminScreen):
        screen = screen.parentWidget()
    screen.tabs.setCurrentWidget(clinic)
    SHOTS.mkdir(exist_ok=True)
    clinic.window().grab().save(str(SHOTS / "admin_clinic_details.png"))

    noisy = Image.effect_noise((900, 900), 100).convert("RGB")
    big = tmp_path / "big.png"
    buffer = io.BytesIO()
    noisy.save(buffer, "PNG")
    big.write_bytes(buffer.getvalue())
    clinic.logo.upload(big)
    assert "the limit is 512 KB" in clinic.logo.error.text()
    assert services.settings.clinic().logo == (tmp_path / "logo.png").read_bytes()

    qtbot.mouseClick(clinic.logo.remove_button, Qt.MouseButton.LeftButton)
    assert services.settings.clinic().logo is None
    assert clinic.logo.preview.text() == "No logo"
    # The typed details still save after the logo changed the row's version.
    qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)
    assert clinic.saved_label.text() == "Saved."


def test_the_admin_gives_a_user_an_arabic_name_and_licence_for_documents(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    window = open_window(make_user("first.admin", Role.ADMIN))
    make_user("dr.salma", Role.PRACTITIONER)
    assert window.show_screen("admin")
    users = window.pages["admin"].users
    users.reload()
    qtbot.waitUntil(lambda: users.select("dr.salma"))
    qtbot.mouseClick(users.names_button, Qt.MouseButton.LeftButton)
    dialog = users.dialog
    assert isinstance(dialog, PrintedNamesDialog)
    dialog.display_name.edit.clear()
    dialog.save()
    assert "display name is needed" in dialog.display_name.error()
    qtbot.keyClicks(dialog.display_name.edit, "Dr Salma Al-Harthy")
    dialog.display_name_arabic.edit.insert("د. سلمى الحارثية")
    qtbot.keyClicks(dialog.licence.edit, "OM-1187")
    dialog.save()
    assert dialog.saved is not None
    account = services.accounts.find(window.signed_in.actor, "dr.salma")
    assert (account.display_name_arabic, account.licence_number) == ("د. سلمى الحارثية", "OM-1187")
