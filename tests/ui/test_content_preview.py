"""The Document text editor: the markup in a left-to-right source pane, a live preview beside it
laid out right to left for Arabic."""

from __future__ import annotations

from html import unescape

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality, Role
from scardesk.ui.admin import AdminScreen
from scardesk.ui.documents.content_editor import ContentEditorTab
from scardesk.ui.documents.content_preview import preview_html

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
ARABIC_FILE = """---
version: 2026-12-1
title: التقشير الكيميائي
---
## Do
- [key=spf spf=30] ضع واقي شمس SPF 30 أو أعلى كل يوم.
  مرتين في اليوم.
"""


def _editor(open_window, make_user) -> ContentEditorTab:
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    screen.tabs.setCurrentWidget(screen.content)
    return screen.content


def test_the_preview_shows_title_heading_and_items_without_their_attributes() -> None:
    html = preview_html(ARABIC_FILE, right_to_left=True)
    assert 'dir="rtl"' in html and 'align="right"' in html
    assert "التقشير الكيميائي" in html and "<h3>\u2068Do\u2069</h3>" in html
    assert "ضع واقي شمس SPF 30 أو أعلى كل يوم. مرتين في اليوم." in html
    assert "key=spf" not in html and "version" not in html


def test_an_english_file_is_previewed_left_to_right() -> None:
    assert 'dir="ltr"' in preview_html("## Do\n- Rest.\n", right_to_left=False)


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"])))
def test_whatever_an_item_says_is_shown_as_text_never_as_markup(item: str) -> None:
    html = preview_html(f"## Do\n- {item}\n", right_to_left=True)
    body = html.split("<li>", 1)[1].split("</li>", 1)[0] if "<li>" in html else ""
    assert "<" not in body.replace("<li>", "")  # nothing the admin typed opens a tag
    if item.strip() and not item.lstrip().startswith("["):
        assert unescape(body).strip("\u2068\u2069") == item.strip()


def test_arabic_markup_reads_left_to_right_in_the_source_and_right_to_left_in_the_preview(
    qtbot, open_window, make_user
) -> None:
    editor = _editor(open_window, make_user)
    editor.select(ContentKind.AFTERCARE, Modality.CHEMICAL_PEEL, Lang.AR)
    assert editor.editor.layoutDirection() == LTR
    assert editor.editor.document().defaultTextOption().textDirection() == LTR
    assert editor.rendered.layoutDirection() == RTL
    shown = editor.rendered.toPlainText()
    assert "ضع واقي شمس" in shown and "[key=" not in shown
    assert "[key=" in editor.editor.toPlainText()  # the source keeps its markup
    assert editor.rendered.isVisible() and editor.editor.isVisible()
    # Side by side: the source on the left, the preview on its right.
    assert (
        editor.editor.mapTo(editor, editor.editor.rect().topLeft()).x()
        < editor.rendered.mapTo(editor, editor.rendered.rect().topLeft()).x()
    )


def test_the_preview_follows_typing(qtbot, open_window, make_user) -> None:
    editor = _editor(open_window, make_user)
    editor.select(ContentKind.AFTERCARE, Modality.CHEMICAL_PEEL, Lang.AR)
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    editor.editor.insertPlainText("- [key=new] لا تفرك الجلد.\n")
    qtbot.waitUntil(lambda: "لا تفرك الجلد." in editor.rendered.toPlainText(), timeout=2000)
    assert editor.unsaved.is_dirty()  # the preview is no input of its own; the source is


def test_an_english_file_is_previewed_left_to_right_in_the_editor(
    qtbot, open_window, make_user
) -> None:
    editor = _editor(open_window, make_user)
    editor.select(ContentKind.AFTERCARE, Modality.CHEMICAL_PEEL, Lang.EN)
    assert editor.rendered.layoutDirection() == LTR and editor.editor.layoutDirection() == LTR
