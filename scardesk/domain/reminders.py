"""Appointment and follow-up reminders: the clinic's templates, the bilingual message, the
WhatsApp link. The app only builds the link; the system opens it (ScarDesk makes no network
call). Patients are reminded only with a reminders consent and by the channel they prefer.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from string import Formatter
from urllib.parse import quote

from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message

PLACEHOLDERS = frozenset({"name", "date", "time", "clinic", "practitioner"})
TEMPLATE_MAX = 600
#: The little words that lead into a placeholder ("at {clinic}", "مع {practitioner}"): with the
#: value missing they would be left hanging ("at  on"), so they go with it.
CONNECTORS = ("at", "on", "with", "by", "in", "في", "مع", "الساعة", "يوم", "بتاريخ", "لدى", "عند")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_TIDY = (
    (re.compile(r"\(\s*\)"), ""),  # "( )" left by a missing value in brackets
    (re.compile(r"[ \t]+([.,،؛;:!?)])"), r"\1"),  # no space before punctuation
    (re.compile(r"\(\s+"), "("),
    (re.compile(r"([,،])(?:\s*[,،])+"), r"\1"),  # ", ," from a dropped middle part
    (re.compile(r"[ \t]{2,}"), " "),
)


class Channel(StrEnum):
    """How the patient wants to be reminded (no stored choice means WhatsApp)."""

    WHATSAPP = "whatsapp"
    SMS = "sms"
    CALL = "call"
    NONE = "none"


class ReminderKind(StrEnum):
    APPOINTMENT = "appointment"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True, slots=True)
class Templates:
    """The clinic's wording, in both languages, for each kind of reminder."""

    appointment_en: str = (
        "Dear {name}, a reminder of your appointment at {clinic} on {date} at {time} with "
        "{practitioner}. Please reply if you need to change it."
    )
    appointment_ar: str = (
        "عزيزنا {name}، نذكّركم بموعدكم في {clinic} يوم {date} الساعة {time} مع {practitioner}. "
        "يرجى الرد إذا رغبتم في تغييره."
    )
    follow_up_en: str = (
        "Dear {name}, it is time for your next visit at {clinic} (due {date}). Reply to book a "
        "time with {practitioner}."
    )
    follow_up_ar: str = (
        "عزيزنا {name}، حان موعد زيارتكم القادمة في {clinic} (بتاريخ {date}). "
        "يرجى الرد لحجز موعد مع {practitioner}."
    )

    def __post_init__(self) -> None:
        errors = {
            name: problem
            for name, text in self.as_mapping().items()
            if (problem := template_problem(text)) is not None
        }
        if errors:
            raise ValidationError(errors)

    def as_mapping(self) -> dict[str, str]:
        return {
            "appointment_en": self.appointment_en,
            "appointment_ar": self.appointment_ar,
            "follow_up_en": self.follow_up_en,
            "follow_up_ar": self.follow_up_ar,
        }

    def message(
        self,
        kind: ReminderKind,
        values: Mapping[str, str],
        arabic_values: Mapping[str, str] | None = None,
    ) -> str:
        """Arabic first, then English, as the clinic's bilingual sheets are; ``arabic_values``
        (default ``values``) fill the Arabic text, e.g. the clinic's Arabic name."""
        if kind is ReminderKind.APPOINTMENT:
            arabic, english = self.appointment_ar, self.appointment_en
        else:
            arabic, english = self.follow_up_ar, self.follow_up_en
        return f"{fill(arabic, arabic_values or values)}\n\n{fill(english, values)}"


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with its placeholders filled, reading naturally when a value is missing.

    A clinic with no name set, a follow-up with no practitioner, a reminder with no time: the
    part of the sentence about it goes, rather than "at  on". A part in square brackets
    ("[ with {practitioner}]") goes whole when any of its placeholders is missing; elsewhere a
    missing placeholder takes the connecting word before it ("at", "with", "في", "مع" …) along.
    """
    missing = {name for name in PLACEHOLDERS if not values.get(name, "").strip()}

    def optional(match: re.Match[str]) -> str:
        inside = match.group(1)
        return "" if set(_PLACEHOLDER.findall(inside)) & missing else inside

    text = _OPTIONAL.sub(optional, template)
    connectors = "|".join(re.escape(word) for word in CONNECTORS)
    for name in missing:
        # The word boundary is spelt out: Arabic letters count as word characters too.
        text = re.sub(rf"(?:(?<![\w])(?:{connectors})\s+)?\{{{name}\}}", "", text)
    filled = text.format_map({name: values.get(name, "").strip() for name in PLACEHOLDERS})
    for pattern, replacement in _TIDY:
        filled = pattern.sub(replacement, filled)
    return "\n".join(line.strip() for line in filled.split("\n"))


def template_problem(text: str) -> Message | None:
    """Why a template cannot be used, or None: empty, too long, a brace or name unknown."""
    if not text.strip():
        return Message("reminder.template_empty")
    if len(text) > TEMPLATE_MAX:
        return Message("reminder.template_too_long", {"length": len(text), "maximum": TEMPLATE_MAX})
    try:
        names = {name for _, name, _, _ in Formatter().parse(text) if name is not None}
    except ValueError:
        return Message("reminder.template_brace_unpaired")
    outside = _OPTIONAL.sub("", text)
    if "[" in outside or "]" in outside:
        return Message("reminder.template_bracket_unpaired")
    unknown = sorted(n for n in names if n not in PLACEHOLDERS)
    if unknown:
        known = ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS))
        return Message(
            "reminder.template_placeholder_unknown",
            {"placeholder": "{" + unknown[0] + "}", "known": known},
        )
    return None


def whatsapp_url(phone_e164: str, text: str) -> str:
    """``https://wa.me/96891234567?text=…``: the chat with the message filled in."""
    digits = "".join(ch for ch in phone_e164 if ch.isdigit())
    return f"https://wa.me/{digits}?text={quote(text, safe='')}"


def sms_csv(rows: Iterable[tuple[str, str, str]]) -> str:
    """(phone, name, message) rows as CSV for an SMS service, with a header line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["phone", "name", "message"])
    for phone, name, text in rows:
        # A cell starting with = + - @ would run as a formula in a spreadsheet: quote it.
        writer.writerow([_cell(phone), _cell(name), _cell(text)])
    return out.getvalue()


def _cell(value: str) -> str:
    return f"'{value}" if value[:1] in ("=", "-", "@") else value
