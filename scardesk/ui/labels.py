"""Display texts that several screens show: names of the domain's closed vocabularies, a name in
both scripts, an appointment's times, a day.

Each function keeps the translation context of the screen it came from, so a translation made
for that screen still applies.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from scardesk.domain.display_prefs import Language
from scardesk.domain.enums import ConsentPurpose, Modality, Role
from scardesk.domain.modalities import SPECS, spec_of
from scardesk.domain.reminders import Channel
from scardesk.domain.scheduling import AppointmentRecord
from scardesk.domain.time import to_muscat
from scardesk.ui import display
from scardesk.ui.tr import _t

# First-strong isolate and its closing mark: an Arabic name cannot reorder the text beside it.
_FSI, _PDI = "\u2068", "\u2069"


def in_language(english: str, arabic: str) -> str:
    """A text the core already keeps in both languages (a modality's name, a setting's label),
    in the signed-in user's: one wording for the screen and the printed sheet, no second copy
    in the translation file."""
    return arabic if display.current().language is Language.ARABIC else english


def modality_name(modality: Modality) -> str:
    """The modality's name from its spec, in the user's language."""
    spec = spec_of(modality)
    return in_language(spec.name_en, spec.name_ar)


def role_name(role: Role) -> str:
    names = {
        Role.FRONT_DESK: _t("Front desk"),
        Role.PRACTITIONER: _t("Practitioner"),
        Role.ADMIN: _t("Administrator"),
    }
    return names[role]


def both_names(latin: str, arabic: str) -> str:
    """Latin above Arabic; either may be blank on an older record."""
    lines = [f"{_FSI}{name}{_PDI}" for name in (latin, arabic) if name]
    return "\n".join(lines)


def time_range(record: AppointmentRecord) -> str:
    start, end = to_muscat(record.starts_at), to_muscat(record.ends_at)
    # Formatted by hand: strftime is the slowest part of filling a 200-row day.
    return f"{start.hour:02d}:{start.minute:02d}–{end.hour:02d}:{end.minute:02d}"


# The one way the app writes a day: numbers only, so it reads the same in both languages and
# needs no month names from the C library (which would be English in the Arabic interface).
DAY_FORMAT = "%d/%m/%Y"


def day_text(day: date | None) -> str:
    return day.strftime(DAY_FORMAT) if day is not None else ""


def moment_text(when: datetime | None, seconds: bool = False) -> str:
    """A stored moment as the clinic's wall clock: the day as ``day_text`` writes it, then the
    time (to the second where the order of events matters: the audit trail)."""
    clock = "%H:%M:%S" if seconds else "%H:%M"
    return to_muscat(when).strftime(f"{DAY_FORMAT} {clock}") if when is not None else ""


def heading_day_text(day: date) -> str:
    """A day as a screen's heading ("Sunday 6 December 2026"), in the interface's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def weekday_day_text(day: date) -> str:
    """``day_text`` after the short weekday name, where the weekday matters (a proposed date)."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day_text(day)}"


def reminder_channel_choices() -> list[tuple[Channel, str]]:
    """How a patient may ask to be reminded, in the order the forms offer them."""
    return [
        (Channel.WHATSAPP, _t("WhatsApp")),
        (Channel.SMS, _t("SMS")),
        (Channel.CALL, _t("A phone call")),
        (Channel.NONE, _t("No reminders")),
    ]


def purpose_text(purpose: ConsentPurpose) -> str:
    # A treatment consent is named after its modality's spec, so a new modality needs no entry.
    for spec in SPECS.values():
        if spec.consent_purpose is purpose:
            return _t("Treatment: {name}").format(name=modality_name(spec.modality))
    return {
        ConsentPurpose.CLINICAL_PHOTOS: _t("Clinical photos in the record"),
        ConsentPurpose.MARKETING_PHOTOS: _t("Use of photos for marketing"),
        ConsentPurpose.REMINDERS: _t("Appointment reminders"),
    }[purpose]
