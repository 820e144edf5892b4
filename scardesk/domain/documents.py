"""Records the printed documents are rendered from.

A service builds one of these from the database; ``scardesk.documents`` turns it into a PDF
without touching the database again. Everything a page shows must therefore be in the record:
the renderer never reads a clock, so the same record always prints the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from scardesk.domain.enums import Modality


class Lang(StrEnum):
    """Languages the clinic-editable content exists in (file suffix ``.<lang>.md``)."""

    EN = "en"
    AR = "ar"


class ContentKind(StrEnum):
    """Folder under ``resources/content/`` a content file lives in."""

    AFTERCARE = "aftercare"
    CONSENT = "consent"
    COMMON = "common"


@dataclass(frozen=True, slots=True)
class ClinicHeader:
    """What every page header shows. ``phone_e164`` is stored form, e.g. ``+96824123456``.

    ``logo_png`` holds PNG or JPEG bytes; ``whatsapp_e164``, when set, is drawn as a QR code
    opening a chat with the clinic.
    """

    name: str
    name_arabic: str
    address: str
    address_arabic: str
    phone_e164: str
    logo_png: bytes | None = None
    hours: str = ""
    hours_arabic: str = ""
    moh_licence: str = ""
    whatsapp_e164: str = ""


@dataclass(frozen=True, slots=True)
class PatientNames:
    """Either spelling may be missing; a document prints whichever exist."""

    latin: str | None
    arabic: str | None


@dataclass(frozen=True, slots=True)
class PageStamp:
    """Who a document is about and when it was issued: printed at the foot of every page.

    ``file_number`` is the patient's id (shown as ``#12``); ``issued_at`` is aware (UTC) and
    also becomes the PDF's creation date. ``None`` leaves the line out (a preview, a blank form).
    """

    file_number: int | None = None
    date_of_birth: date | None = None
    issued_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ModalityDone:
    """One modality performed in a session, as the aftercare sheet describes it.

    ``areas`` holds ``FacialRegion`` values (printed in both languages) or free text (printed
    as written). ``details`` are extra label/value pairs (e.g. needle depth) shown in English.
    ``total_units`` is in the product's own units and is never converted (clinical ref. §5).
    """

    modality: Modality
    areas: tuple[str, ...] = ()
    product: str | None = None
    total_units: float | None = None
    details: tuple[tuple[str, str], ...] = ()
    #: The treatment as given, e.g. "Fractional CO₂ laser, ablative"; None prints the
    #: modality's name. ``variants`` choose the content items meant for it (``only=ablative``).
    name_en: str | None = None
    name_ar: str | None = None
    variants: frozenset[str] = frozenset()


class SheetLanguage(StrEnum):
    """Which languages a printed sheet carries (chosen at print time)."""

    BOTH = "both"
    AR = "ar"
    EN = "en"


@dataclass(frozen=True, slots=True)
class SheetOptions:
    """Choices made at print time: languages, large print for older patients, and the civil
    Hijri date beside each Gregorian one (the user's display preference, ``show_hijri``)."""

    language: SheetLanguage = SheetLanguage.BOTH
    large_print: bool = False
    show_hijri: bool = False


@dataclass(frozen=True, slots=True)
class AftercareRecord:
    """One session's aftercare sheet. ``next_appointment`` is aware (UTC as stored)."""

    clinic: ClinicHeader
    patient: PatientNames
    session_date: date
    practitioner: str
    modalities: tuple[ModalityDone, ...]
    next_appointment: datetime | None = None
    stamp: PageStamp = PageStamp()
    #: The practitioner as the Arabic column prints them (blank: ``practitioner`` there too).
    practitioner_arabic: str = ""
    #: Without a booked appointment: when the next session is due (plan and intervals), and
    #: the toxin review date where toxin was given (about 2 weeks).
    next_due: date | None = None
    toxin_review: date | None = None


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """A consent form for one modality, blank (``signed_at`` None) or as signed.

    ``form_version`` is the content version the patient signed; the renderer refuses to print
    a different text under that signature.
    """

    clinic: ClinicHeader
    patient: PatientNames
    modality: Modality
    form_version: str | None
    signed_at: datetime | None
    signature_png: bytes | None
    practitioner: str
    stamp: PageStamp = PageStamp()
    practitioner_arabic: str = ""
    #: The identity document as (type, number), e.g. ``("omani_id", "12345678")``.
    identity_document: tuple[str, str] | None = None
    #: Who signed for a child; ``minor`` prints the guardian's lines even on a blank form.
    guardian: str | None = None
    minor: bool = False


@dataclass(frozen=True, slots=True)
class ConsentWording:
    """A consent form's text as the signer reads it on screen: the form version and, per
    language, headings and bullet lines (plain text, no markup)."""

    modality: Modality
    form_version: str
    english: str
    arabic: str


@dataclass(frozen=True, slots=True)
class ScorePoint:
    """One assessment's totals: Goodman & Baron quantitative (0–84) and ECCA (0–540)."""

    assessed_on: date
    goodman_baron: int | None
    ecca: int | None


@dataclass(frozen=True, slots=True)
class SessionLine:
    """One session in a visit summary; ``products`` is ready-made text (products, lots, units)."""

    session_date: date
    modalities: tuple[Modality, ...]
    products: str


@dataclass(frozen=True, slots=True)
class VisitSummaryRecord:
    """A summary for the patient's file or a referral, as of ``prepared_on``."""

    clinic: ClinicHeader
    patient: PatientNames
    date_of_birth: date | None
    prepared_on: date
    prepared_by: str
    history_highlights: tuple[str, ...] = ()
    scores: tuple[ScorePoint, ...] = ()
    sessions: tuple[SessionLine, ...] = ()
    adverse_events: tuple[str, ...] = ()
    stamp: PageStamp = PageStamp()
    prepared_by_arabic: str = ""
    #: How many history questions have a current answer, and how many of them are "yes".
    history_answered: int = 0
    history_positive: int = 0
