"""The admin's Document text tab: load, validate with the line at fault, preview, save, revert."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality, Role
from scardesk.services.container import Services
from scardesk.ui.admin import AdminScreen
from scardesk.ui.documents.content_editor import ContentEditorTab


def _editor(open_window, make_user) -> ContentEditorTab:
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    screen.tabs.setCurrentWidget(screen.content)
    return screen.content


def _raise_version(text: str) -> str:
    return text.replace("version: 2026-12-1", "version: 2026-12-9")


def test_the_editor_opens_the_bundled_text_of_the_chosen_file(open_window, make_user) -> None:
    editor = _editor(open_window, make_user)
    editor.select(ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN)
    assert "## What to expect" in editor.editor.toPlainText()
    assert "2026-12-1" in editor.state_label.text()
    assert not editor.revert_button.isEnabled()


def test_arabic_markup_is_edited_left_to_right_and_previewed_right_to_left(
    open_window, make_user
) -> None:
    editor = _editor(open_window, make_user)
    editor.select(ContentKind.AFTERCARE, Modality.TOXIN, Lang.AR)
    assert not editor.editor.isRightToLeft() and editor.rendered.isRightToLeft()
    editor.select(ContentKind.COMMON, None, Lang.EN)
    assert not editor.rendered.isRightToLeft() and not editor.modality_box.isEnabled()


def test_a_mistake_is_shown_with_its_line_selected_and_nothing_saved(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    editor = _editor(open_window, make_user)
    editor.select(ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN)
    text = _raise_version(editor.editor.toPlainText()).replace("## Don't", "## Dont")
    editor.editor.setPlainText(text)
    editor.save_button.click()
    assert "'## Dont'" in editor.error_label.text()
    assert editor.editor.textCursor().selectedText() == "## Dont"
    assert not services.documents.content_dir.exists()


def test_validate_and_preview_shows_a_sample_sheet(qtbot: QtBot, open_window, make_user) -> None:
    editor = _editor(open_window, make_user)
    editor.select(ContentKind.CONSENT, Modality.CHEMICAL_PEEL, Lang.AR)
    editor.preview_button.click()
    dialog = editor.last_preview
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.page_count() >= 1
    assert editor.error_label.text() == ""


def test_saving_then_reverting_switches_between_clinic_and_bundled_text(
    services: Services, open_window, make_user
) -> None:
    editor = _editor(open_window, make_user)
    editor.select(ContentKind.AFTERCARE, Modality.MICRONEEDLING, Lang.EN)
    editor.editor.setPlainText(_raise_version(editor.editor.toPlainText()) + "- Smile.\n")
    editor.save_button.click()
    assert "clinic" in editor.state_label.text() and "2026-12-9" in editor.state_label.text()
    assert (services.documents.content_dir / "aftercare" / "microneedling.en.md").exists()
    assert editor.revert_button.isEnabled()
    editor.revert_button.click()
    assert "2026-12-1" in editor.state_label.text()
    assert "Smile" not in editor.editor.toPlainText()
