"""The Admin screen never scrolls sideways at the default window size or on a 1280×720 laptop,
on any of its tabs (issue 15 §1/§8)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea

from scardesk.domain.enums import Role


def _sideways(window, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    screen = window.page("admin")
    wide = []
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        qtbot.wait(5)
        for area in screen.findChildren(QAbstractScrollArea):
            bar = area.horizontalScrollBar()
            if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
                name = area.objectName() or type(area).__name__
                wide.append(f"{screen.tabs.tabText(index)}: {name} by {bar.maximum()} px")
    return wide


@pytest.mark.parametrize("size", [None, (1280, 720)])
def test_no_admin_tab_scrolls_sideways(qtbot, open_window, make_user, size) -> None:
    window = open_window(make_user("first.admin", Role.ADMIN))
    if size is not None:
        window.showNormal()
        window.resize(*size)
    window.show_screen("admin")
    qtbot.wait(10)
    assert _sideways(window, qtbot) == []
