"""Every screen, patient tab and dialog fits a 1280×720 laptop in Arabic too (issue 15 §1 with
issue 12): Arabic words are longer than English ones, and a title that did not wrap made the
assessment editor scroll sideways by about 300 px. The English walk is
``test_fits_laptop_screen.py``; this runs the same checks, plus no sideways scrolling inside a
dialog, with the Arabic translation installed."""

from __future__ import annotations

import dataclasses

import pytest

from scardesk.domain.enums import Role
from tests.ui.patient_helpers import make_context
from tests.ui.session_helpers import session_clinic
from tests.ui.test_fits_laptop_screen import (
    ADMIN_DIALOGS,
    PRACTITIONER_DIALOGS,
    _visit_everything,
    misplaced,
)
from tests.ui.test_table_columns_fit import sideways


@pytest.mark.parametrize("name", sorted(PRACTITIONER_DIALOGS) + sorted(ADMIN_DIALOGS))
def test_every_dialog_fits_in_arabic(
    qtbot,
    open_window,
    services,
    make_user,
    runner,
    name,
    arabic,
) -> None:
    clinic = session_clinic(services, make_user)
    window = open_window(clinic.context.signed_in)
    if name in ADMIN_DIALOGS:
        admin = make_user("first.admin", Role.ADMIN)
        clinic = dataclasses.replace(clinic, context=make_context(services, admin, runner))
        dialog = ADMIN_DIALOGS[name](clinic, window)
    else:
        dialog = PRACTITIONER_DIALOGS[name](clinic, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # fitted columns and wrapped labels settle once Qt is idle
    problems = misplaced(dialog) + sideways(dialog)
    dialog.done(0)
    assert problems == []


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.PRACTITIONER, Role.ADMIN])
def test_every_screen_fits_in_arabic(
    qtbot,
    open_window,
    services,
    make_user,
    role,
    arabic,
) -> None:
    clinic = session_clinic(services, make_user)
    signed_in = clinic.context.signed_in
    if role is Role.FRONT_DESK:
        signed_in = make_user("desk.user", role)
    elif role is Role.ADMIN:
        signed_in = make_user("first.admin", role)
    window = open_window(signed_in)
    seen = _visit_everything(qtbot, window, clinic.patient_id)
    assert {name: problems for name, problems in seen.items() if problems} == {}
