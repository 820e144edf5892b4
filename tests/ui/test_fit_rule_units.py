"""Safety rules: a value's unit agrees with it (issue 15 screenshots showed "1 days")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scardesk.services.container import Services
from tests.ui.test_admin_screen import _admin_screen, _lead_rules


def test_the_unit_agrees_with_the_value(open_window, make_user) -> None:
    rules = _admin_screen(open_window, make_user).rules
    days = rules.boxes["retinoid_stop_days_laser"]
    units = rules.boxes["toxin_max_units_per_point"]
    days.setValue(1)
    units.setValue(1)
    assert (days.text(), units.text()) == ("1 day", "1 unit")
    days.setValue(2)
    units.setValue(400)
    assert (days.text(), units.text()) == ("2 days", "400 units")
    months = rules.boxes["isotretinoin_fully_ablative_laser_months"]
    months.setValue(1)
    assert months.text() == "1 month"


def test_a_lead_types_a_value_and_the_unit_follows(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    _window, rules = _lead_rules(open_window, make_user, services)
    box = rules.boxes["toxin_retreatment_days"]
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "1")
    assert (box.value(), box.text()) == (1, "1 day")
    qtbot.keyClicks(box, "00")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert (box.value(), box.text()) == (100, "100 days")


def test_the_unit_agrees_in_arabic(open_window, make_user, arabic) -> None:
    rules = _admin_screen(open_window, make_user).rules
    box = rules.boxes["toxin_retreatment_days"]
    box.setValue(5)
    assert box.text().endswith("أيام")
    box.setValue(14)
    assert box.text().endswith("يومًا")
    # Two takes the dual, not the singular ("2 يوم" read as a mistake).
    box.setValue(2)
    assert box.text().endswith("يومان")
