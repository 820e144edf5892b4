"""Small pieces every session screen shares: names for modalities and fields, time fields.

The editor, the read-only view and the lists must call a thing by the same name, so the
wording lives here once. Times are entered and shown in Muscat time and handed to the
services as aware datetimes (clinical reference §8).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QDoubleSpinBox, QSpinBox

from scardesk.domain.enums import FacialRegion, PeelDepth, Severity
from scardesk.domain.sessions import ToxinFacts
from scardesk.domain.time import MUSCAT
from scardesk.ui.labels import modality_name, moment_text, quantity_text
from scardesk.ui.tr import _t, listed
from scardesk.ui.widgets.date_fields import date_time_edit
from scardesk.ui.widgets.face_map import region_name
from scardesk.ui.widgets.number_boxes import DecimalBox, NumberBox

MUSCAT_ZONE = QTimeZone(4 * 3600)

__all__ = [
    "MUSCAT_ZONE",
    "Describer",
    "area_name",
    "datetime_edit",
    "depth_name",
    "modality_name",
    "number_box",
    "severity_name",
    "show_moment",
    "units_text",
    "whole_box",
    "with_areas",
]


def depth_name(depth: PeelDepth) -> str:
    names = {
        PeelDepth.SUPERFICIAL: _t("Superficial"),
        PeelDepth.MEDIUM: _t("Medium"),
        PeelDepth.DEEP: _t("Deep"),
    }
    return names[depth]


def severity_name(severity: Severity) -> str:
    names = {
        Severity.MILD: _t("Mild"),
        Severity.MODERATE: _t("Moderate"),
        Severity.SEVERE: _t("Severe"),
    }
    return names[severity]


def area_name(area: str) -> str:
    """A stored region code as the practitioner says it; unknown codes are shown as stored."""
    try:
        return region_name(FacialRegion(area))
    except ValueError:
        return area.replace("_", " ")


def units_text(units: float) -> str:
    """Toxin units as charted: "4 U", "2.5 U" (never converted between brands)."""
    return quantity_text(units, _t("{units} U"))


def number_box(
    low: float, high: float, step: float, decimals: int, suffix: str = ""
) -> QDoubleSpinBox:
    box = DecimalBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    box.setMinimumWidth(96)
    return box


def whole_box(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = NumberBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setMinimumWidth(80)
    return box


def datetime_edit(moment: datetime) -> QDateTimeEdit:
    """A date-and-time field in Muscat time showing ``moment``."""
    edit = date_time_edit()
    edit.setTimeZone(MUSCAT_ZONE)
    set_moment(edit, moment)
    return edit


def set_moment(edit: QDateTimeEdit, moment: datetime) -> None:
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), MUSCAT_ZONE))


def moment_of(edit: QDateTimeEdit) -> datetime:
    """The field's value as an aware datetime (Muscat)."""
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), MUSCAT)


def show_moment(moment: datetime) -> str:
    """``25 Nov 2026 10:00`` in Muscat time."""
    return moment_text(moment)


#: A recorded entry in words for the session view; toxin's text also shows the facts worked
#: out beside it (concentration, vial age), the others ignore them.
Describer = Callable[[Any, ToxinFacts | None], str]


def with_areas(head: Callable[[Any], str]) -> Describer:
    """A describer: the entry's settings (``head``) then the face-map areas it was given on."""

    def describe(entry: Any, facts: ToxinFacts | None) -> str:
        areas = entry.areas
        shown = listed(area_name(a) for a in areas) if areas else _t("no areas recorded")
        return head(entry) + "\n" + _t("Areas: {areas}").format(areas=shown)

    return describe
