"""A wrapped warning that appears in an open dialog shows whole (issue 15 screenshots): the
booking dialog's "outside opening hours" warning arrived after the dialog had its height, and
its last line lost its descenders ("agreed to open" cut along the bottom)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

from scardesk.domain.time import muscat_today
from scardesk.ui.appointments.booking import BookingDialog
from scardesk.ui.appointments.request import BookingRequest
from scardesk.ui.style import apply_style
from tests.ui.session_helpers import session_clinic


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The application's style sheet, whose padding around warnings is what squeezed them."""
    apply_style(qapp)
    yield
    qapp.setStyleSheet("")


def _cut(label: QLabel) -> int:
    """How many pixels of ``label``'s wrapped text do not fit inside it (0: shown whole)."""
    room = label.contentsRect()
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = label.fontMetrics().boundingRect(
        QRect(0, 0, room.width(), 10_000), flags, label.text()
    )
    return max(0, needed.height() - room.height())


@pytest.mark.parametrize("width", [None, 600, 760])
def test_the_outside_hours_warning_shows_whole(
    qtbot, open_window, services, make_user, styled, width
) -> None:
    clinic = session_clinic(services, make_user)
    window = open_window(clinic.context.signed_in)
    request = BookingRequest(muscat_today(), at=time(2, 30))  # before the clinic opens
    dialog = BookingDialog(clinic.context, request, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if width is not None:
        dialog.resize(width, dialog.height())
    qtbot.waitUntil(lambda: dialog.outside_label.isVisible())
    qtbot.wait(50)
    assert "opening hours" in dialog.outside_label.text()
    assert _cut(dialog.outside_label) == 0
    assert dialog.frameGeometry().bottom() <= dialog.screen().availableGeometry().bottom()
