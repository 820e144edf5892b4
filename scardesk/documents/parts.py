"""Pieces every document shares: labels in both languages, dates, names, headed sections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from scardesk.documents.content import ContentFile, ContentLibrary, fill
from scardesk.documents.layout import (
    ACCENT,
    TINT,
    BidiParagraph,
    Footer,
    TextStyle,
    ar,
    bilingual_table,
    en,
)
from scardesk.domain.documents import ClinicHeader, Lang, PageStamp, PatientNames
from scardesk.domain.hijri import hijri_from_gregorian, hijri_text_ar, hijri_text_en
from scardesk.domain.time import to_muscat
from scardesk.domain.validation import format_phone_display

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS_AR = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAYS_AR = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

EN_BODY, AR_BODY = en(10.5), ar(16)
EN_HEAD, AR_HEAD = en(11.5, bold=True, color=ACCENT), ar(16.5, bold=True, color=ACCENT)
EN_LABEL, AR_LABEL = (
    en(9, color=colors.HexColor("#5b6770")),
    ar(12.5, color=colors.HexColor("#5b6770")),
)


def date_en(day: date, *, hijri: bool = False) -> str:
    """``day`` in English; with ``hijri``, the civil Hijri date after it in brackets (the
    sheet option ``SheetOptions.show_hijri``, from the user's display preference)."""
    text = f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    if not hijri:
        return text
    return f"{text} ({hijri_text_en(hijri_from_gregorian(day))})"


def date_ar(day: date, *, hijri: bool = False) -> str:
    text = f"{day.day} {_MONTHS_AR[day.month - 1]} {day.year}"
    if not hijri:
        return text
    # "الموافق" (corresponding to), as Omani letters write it; it also keeps the two dates'
    # numbers apart, where brackets between two numbers come out reordered in a right-to-left
    # line ("2026 (4" printed as "4) 2026").
    return f"{text} الموافق {hijri_text_ar(hijri_from_gregorian(day))}"


def when_en(moment: datetime, *, hijri: bool = False) -> str:
    """Weekday, date and Muscat wall-clock time (appointments are stored in UTC)."""
    local = to_muscat(moment)
    day = date_en(local.date(), hijri=hijri)
    return f"{_DAYS_EN[local.weekday()]} {day}, {local:%H:%M}"


def when_ar(moment: datetime, *, hijri: bool = False) -> str:
    local = to_muscat(moment)
    day = date_ar(local.date(), hijri=hijri)
    return f"{_DAYS_AR[local.weekday()]} {day}، الساعة {local:%H:%M}"


def number(value: float) -> str:
    """``20.0`` -> ``20``; ``12.5`` stays; never a float artefact like ``12.500000001``."""
    return f"{value:g}"


def name_en(patient: PatientNames) -> str:
    return patient.latin or patient.arabic or "-"


def name_ar(patient: PatientNames) -> str:
    return patient.arabic or patient.latin or "-"


@dataclass(frozen=True, slots=True)
class Texts:
    """The shared labels of both languages plus the files they came from."""

    en: dict[str, str]
    ar: dict[str, str]
    files: list[ContentFile]
    clinic: ClinicHeader

    @classmethod
    def load(cls, library: ContentLibrary, clinic: ClinicHeader) -> Texts:
        common_en, common_ar = library.common(Lang.EN), library.common(Lang.AR)
        return cls(common_en.labels(), common_ar.labels(), [common_en, common_ar], clinic)

    def use(self, content: ContentFile) -> ContentFile:
        """Note a content file as used, for the version label."""
        self.files.append(content)
        return content

    def filled(self, text: str, lang: Lang) -> str:
        phone = format_phone_display(self.clinic.phone_e164) if self.clinic.phone_e164 else ""
        name = (
            self.clinic.name if lang is Lang.EN else (self.clinic.name_arabic or self.clinic.name)
        )
        return fill(text, clinic_phone=phone, clinic_name=name)

    def region(self, area: str, lang: Lang) -> str:
        labels = self.en if lang is Lang.EN else self.ar
        return labels.get(f"region_{area}", area)

    def footer(
        self, versions: str, patient: PatientNames | None = None, stamp: PageStamp | None = None
    ) -> Footer:
        """Page words from the content files; the patient and issue date when given."""
        stamp = stamp or PageStamp()
        who_en, who_ar = who_lines(patient, stamp) if patient is not None else ("", "")
        issued_en = issued_ar = ""
        if stamp.issued_at is not None:
            day = to_muscat(stamp.issued_at).date()
            issued_en, issued_ar = f"Issued {date_en(day)}", f"صدر في {date_ar(day)}"
        return Footer(
            self.en["page"],
            self.en["of"],
            self.ar["page"],
            self.ar["of"],
            versions,
            who_en,
            who_ar,
            issued_en,
            issued_ar,
        )


def who_lines(patient: PatientNames, stamp: PageStamp) -> tuple[str, str]:
    """ "Name · File #12 · Born 3 March 1990" in English and in Arabic, for every page's foot."""
    english, arabic = [name_en(patient)], [name_ar(patient)]
    if stamp.file_number is not None:
        english.append(f"File #{stamp.file_number}")
        arabic.append(f"رقم الملف {stamp.file_number}")
    if stamp.date_of_birth is not None:
        english.append(f"Born {date_en(stamp.date_of_birth)}")
        arabic.append(f"تاريخ الميلاد {date_ar(stamp.date_of_birth)}")
    return " · ".join(english), " · ".join(arabic)


def document_title(kind: str, patient: PatientNames, day: date | None) -> str:
    """The PDF's title, as a file list or a reader's tab shows it: "Aftercare — NAME — DATE"."""
    parts = [kind, name_en(patient)] + ([date_en(day)] if day is not None else [])
    return " — ".join(parts)


def heading(en_text: str, ar_text: str, *, background: colors.Color = TINT) -> Flowable:
    table = bilingual_table(
        [(BidiParagraph(en_text, EN_HEAD), BidiParagraph(ar_text, AR_HEAD))],
        heading=True,
        background=background,
    )
    table.keepWithNext = True
    return table


def band(en_text: str, ar_text: str) -> Flowable:
    """A strong coloured title bar, e.g. one per modality."""
    white_en = TextStyle(en(13, bold=True).fonts, 13, 17, color=colors.white)
    white_ar = TextStyle(ar(17, bold=True).fonts, 17, 26, rtl=True, color=colors.white)
    table = bilingual_table(
        [(BidiParagraph(en_text, white_en), BidiParagraph(ar_text, white_ar))],
        heading=True,
        background=ACCENT,
    )
    table.keepWithNext = True
    return table


def item_rows(
    en_items: tuple[str, ...], ar_items: tuple[str, ...], texts: Texts
) -> list[tuple[Flowable, Flowable]]:
    """English and Arabic items side by side in file order; a missing partner leaves a blank."""
    rows = []
    for index in range(max(len(en_items), len(ar_items))):
        left: Flowable = Spacer(1, 1)
        right: Flowable = Spacer(1, 1)
        if index < len(en_items):
            left = BidiParagraph(texts.filled(en_items[index], Lang.EN), EN_BODY, bullet="•")
        if index < len(ar_items):
            right = BidiParagraph(texts.filled(ar_items[index], Lang.AR), AR_BODY, bullet="•")
        rows.append((left, right))
    return rows


def paired_items(en_items: tuple[str, ...], ar_items: tuple[str, ...], texts: Texts) -> Flowable:
    return bilingual_table(item_rows(en_items, ar_items, texts))


def section(
    key: str,
    en_file: ContentFile,
    ar_file: ContentFile,
    en_heading: str,
    ar_heading: str,
    texts: Texts,
) -> list[Flowable]:
    """Heading and items; the heading is kept with the first item only, not the whole list."""
    rows = item_rows(en_file.items(key), ar_file.items(key), texts)
    story = [heading(en_heading, ar_heading), bilingual_table(rows[:1])]
    if len(rows) > 1:
        story.append(bilingual_table(rows[1:]))
    return [*story, Spacer(1, 4)]


def labelled_rows(rows: list[tuple[str, str, str, str]]) -> Flowable:
    """``(en label, en value, ar label, ar value)`` rows printed as "label: value"."""
    cells = [
        (
            BidiParagraph(f"{el}: {ev}", en(11, bold=True)),
            BidiParagraph(f"{al}: {av}", ar(15.5, bold=True)),
        )
        for el, ev, al, av in rows
    ]
    return bilingual_table(cells)
