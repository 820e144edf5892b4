"""Display texts that several screens show: names of the domain's closed vocabularies, a name in
both scripts, an appointment's times, a day.

Each function keeps the translation context of the screen it came from, so a translation made
for that screen still applies.

Numbers, days and times follow the signed-in user's display preferences
(:func:`scardesk.ui.display.current`): in Arabic, days are written with Arabic month names
(``QLocale`` ar_OM) and every number, time and day is a left-to-right isolate so the
surrounding Arabic cannot reverse it; the digits are Western or Arabic-Indic as the user
chose. With English and Western digits every function returns exactly what it always did.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from scardesk.domain.display_prefs import DigitStyle, Language
from scardesk.domain.enums import ConsentPurpose, Modality, Role
from scardesk.domain.hijri import hijri_from_gregorian, hijri_text_ar, hijri_text_en
from scardesk.domain.modalities import SPECS, spec_of
from scardesk.domain.numerals import arabic_indic_digits, ltr_isolate, western_digits
from scardesk.domain.records import UserRecord
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


def person_name(latin: str, arabic: str | None) -> str:
    """A staff member's name in the user's language: the Arabic display name to an Arabic
    reader when the clinic entered one, else the Latin name as everyone else sees it."""
    if arabic and display.current().language is Language.ARABIC:
        return arabic
    return latin


def user_name(user: UserRecord) -> str:
    """:func:`person_name` of a user account."""
    return person_name(user.display_name, user.display_name_arabic)


def practitioner_text(record: AppointmentRecord) -> str:
    """The booked practitioner's name in the user's language."""
    return person_name(record.practitioner_name, record.practitioner_name_arabic)


def role_name(role: Role) -> str:
    names = {
        Role.FRONT_DESK: _t("Front desk"),
        Role.PRACTITIONER: _t("Practitioner"),
        Role.ADMIN: _t("Administrator"),
    }
    return names[role]


def isolated(text: str) -> str:
    """``text`` (a name, a lot number) set into a sentence of either direction as one run laid
    out by its own first letter, which the sentence around it cannot reorder."""
    return f"{_FSI}{text}{_PDI}"


def both_names(latin: str, arabic: str) -> str:
    """Latin above Arabic; either may be blank on an older record."""
    return "\n".join(isolated(name) for name in (latin, arabic) if name)


def shown_digits(text: str) -> str:
    """``text`` with its digits as the user chose to read them (Western or Arabic-Indic)."""
    if display.current().digits is DigitStyle.ARABIC_INDIC:
        return arabic_indic_digits(text)
    return western_digits(text)


def ltr_text(text: str) -> str:
    """A number, phone, civil number, dose or unit (``"4 U"``, ``"+968 9123 4567"``) as the
    screen shows it: the user's digits, kept left to right inside Arabic text. In English it
    is returned unchanged (no invisible characters where nothing could reorder it)."""
    shown = shown_digits(text)
    return ltr_isolate(shown) if display.current().right_to_left else shown


def phone_text(phone: str) -> str:
    """A phone as a table or a list shows it: always isolated (a row may hold an Arabic name
    in either interface language), digits as the user chose."""
    return ltr_isolate(shown_digits(phone)) if phone else ""


def number_text(value: int | float | str) -> str:
    """A number for the screen: ``4``, ``2.5`` (no trailing ``.0``), through :func:`ltr_text`."""
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    return ltr_text(shown)


def quantity_text(value: float, template: str) -> str:
    """A dose or measure from its translated template ("{units} U", "{value} ml") and value.

    A unit kept in Latin letters ("4 U", as Gulf clinics chart toxin in Arabic too) makes the
    whole quantity one left-to-right run; a unit translated into Arabic words keeps the Arabic
    order and only the number is isolated."""
    number = f"{value:g}"
    if any("\u0600" <= ch <= "\u06ff" for ch in template.replace("{", "").replace("}", "")):
        return template.format(units=number_text(value), value=number_text(value))
    return ltr_text(template.format(units=number, value=number))


def time_range(record: AppointmentRecord) -> str:
    start, end = to_muscat(record.starts_at), to_muscat(record.ends_at)
    # Formatted by hand: strftime is the slowest part of filling a 200-row day.
    text = f"{start.hour:02d}:{start.minute:02d}–{end.hour:02d}:{end.minute:02d}"
    return ltr_text(text) if _localised() else text


def _localised() -> bool:
    """Anything to do beyond the plain English text: Arabic, or Arabic-Indic digits."""
    preferences = display.current()
    return preferences.right_to_left or preferences.digits is DigitStyle.ARABIC_INDIC


def display_locale() -> QLocale:
    """The locale days are named in: ar_OM in Arabic, else the application's default."""
    if display.current().language is Language.ARABIC:
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Oman)
    return QLocale()


# The one way the app writes a day: numbers only, so it reads the same in both languages and
# needs no month names from the C library (which would be English in the Arabic interface).
DAY_FORMAT = "%d/%m/%Y"


def day_text(day: date | None) -> str:
    if day is None:
        return ""
    text = day.strftime(DAY_FORMAT)
    return ltr_text(text) if _localised() else text


def moment_text(when: datetime | None, seconds: bool = False) -> str:
    """A stored moment as the clinic's wall clock: the day as ``day_text`` writes it, then the
    time (to the second where the order of events matters: the audit trail)."""
    if when is None:
        return ""
    clock = "%H:%M:%S" if seconds else "%H:%M"
    text = to_muscat(when).strftime(f"{DAY_FORMAT} {clock}")
    return ltr_text(text) if _localised() else text


def _named_day(day: date, pattern: str) -> str:
    named = display_locale().toString(QDate(day.year, day.month, day.day), pattern)
    # ar_OM writes Arabic-Indic digits: the user's choice of digits wins.
    return shown_digits(named) if _localised() else named


def heading_day_text(day: date) -> str:
    """A day as a screen's heading ("Sunday 6 December 2026", "الأحد 6 ديسمبر 2026"), in the
    interface's language, followed by the Hijri date when the user asked for it."""
    text = _named_day(day, "dddd d MMMM yyyy")
    hijri = hijri_day_text(day)
    return f"{text} · {hijri}" if hijri else text


def long_day_text(day: date) -> str:
    """A day with its month named ("6 December 2026", "6 ديسمبر 2026") where a sentence
    mentions it; ``day_text`` stays the form for tables and fields."""
    return _named_day(day, "d MMMM yyyy")


def weekday_day_text(day: date) -> str:
    """``day_text`` after the short weekday name, where the weekday matters (a proposed date)."""
    weekday = display_locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day_text(day)}"


def hijri_text(day: date) -> str:
    """``day``'s civil Hijri date in the interface's language ("25 Jumada al-Akhirah 1448 AH",
    "25 جمادى الآخرة 1448 هـ"), with the user's digits."""
    hijri = hijri_from_gregorian(day)
    if display.current().language is Language.ARABIC:
        return shown_digits(hijri_text_ar(hijri))
    return shown_digits(hijri_text_en(hijri))


def hijri_day_text(day: date | None) -> str:
    """The Hijri date to show beside ``day``: empty unless the user turned it on."""
    if day is None or not display.current().show_hijri:
        return ""
    return hijri_text(day)


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
