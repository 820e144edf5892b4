"""A bilingual consent form for one modality, blank (signature lines) or as signed.

A signed form must show exactly the text the patient agreed to: a form signed on an earlier
version prints that version's words, kept in ``consent/archive/``; when no copy of them is held,
rendering is refused instead of printing different words above the signature.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TypeAlias

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer

from scardesk.documents.content import ContentFile, ContentLibrary, content_version_label
from scardesk.documents.layout import (
    BidiParagraph,
    RenderedDocument,
    ar,
    bilingual_table,
    build_pdf,
    en,
)
from scardesk.documents.parts import (
    Texts,
    band,
    date_ar,
    date_en,
    document_title,
    labelled_rows,
    name_ar,
    name_en,
    section,
    when_ar,
    when_en,
)
from scardesk.domain.documents import (
    ClinicHeader,
    ConsentRecord,
    ConsentWording,
    ContentKind,
    Lang,
    SheetOptions,
)
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.time import to_muscat

_SECTIONS = ("treatment", "benefits", "risks", "alternatives", "statement")
_BLANK = "_" * 28
_SHORT_BLANK = "_" * 18

#: The identity documents' names as printed (``DocumentType`` values).
IDENTITY_NAMES = {
    "omani_id": ("Omani ID card", "البطاقة الشخصية العمانية"),
    "resident_card": ("Resident card", "بطاقة الإقامة"),
    "passport": ("Passport", "جواز السفر"),
    "gcc_id": ("GCC ID card", "بطاقة هوية خليجية"),
}
#: Lines filled in by hand on the printed form: (English, Arabic) per line. Kept here rather
#: than in the clinic-editable files because they are the form's structure, not its wording.
GUARDIAN_LINES = (
    ("Guardian (the patient is under 18): name", "ولي الأمر (المريض دون 18 سنة): الاسم"),
    ("Relationship to the patient", "صلة القرابة بالمريض"),
    ("Guardian's signature", "توقيع ولي الأمر"),
)
WITNESS_LINES = (("Witness: name", "الشاهد: الاسم"), ("Witness's signature", "توقيع الشاهد"))
INTERPRETER_LINES = (
    ("Interpreter (if the form was interpreted): name", "المترجم (إن تُرجم النموذج): الاسم"),
    ("Language", "اللغة"),
    ("Interpreter's signature", "توقيع المترجم"),
)


def _hand_lines(lines: tuple[tuple[str, str], ...], filled: str | None = None) -> list[Row]:
    """Label and a line to write on; ``filled`` replaces the first line (a name on record)."""
    rows: list[Row] = []
    for index, (label_en, label_ar) in enumerate(lines):
        value = filled if index == 0 and filled else _SHORT_BLANK
        rows.append(
            (
                BidiParagraph(f"{label_en}: {value}", en(10.5)),
                BidiParagraph(f"{label_ar}: {value}", ar(15)),
            )
        )
    return rows


def identity_lines(
    record: ConsentRecord, texts: Texts, *, hijri: bool = False
) -> list[tuple[str, str, str, str]]:
    """Date of birth and identity document, as labelled rows under the patient's name; with
    ``hijri``, the birth date's civil Hijri date beside it (as the patient header shows it)."""
    rows = []
    born = record.stamp.date_of_birth
    if born is not None:
        rows.append(
            (
                texts.en["date_of_birth"],
                date_en(born, hijri=hijri),
                texts.ar["date_of_birth"],
                date_ar(born, hijri=hijri),
            )
        )
    if record.identity_document is not None:
        kind, number = record.identity_document
        name_en_, name_ar_ = IDENTITY_NAMES.get(kind, (kind, kind))
        rows.append(
            ("Identity document", f"{name_en_} {number}", "وثيقة الهوية", f"{name_ar_} {number}")
        )
    return rows


Row: TypeAlias = tuple[Flowable | list[Flowable], Flowable | list[Flowable]]


def _signature_block(record: ConsentRecord, texts: Texts, *, hijri: bool) -> list[Flowable]:
    rows: list[Row] = []
    if record.signature_png is not None:
        image = Image(io.BytesIO(record.signature_png))
        scale = min(60 * mm / image.imageWidth, 22 * mm / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        image.hAlign = "LEFT"
        rows.append(
            (
                [BidiParagraph(texts.en["signature"], en(9)), image],
                BidiParagraph(texts.ar["signature"], ar(13)),
            )
        )
    else:
        rows.append(
            (
                BidiParagraph(f"{texts.en['signature']}: {_BLANK}", en(10.5), align="left"),
                BidiParagraph(f"{texts.ar['signature']}: {_BLANK}", ar(15)),
            )
        )
    if record.signed_at is not None:
        signed_en = when_en(record.signed_at, hijri=hijri)
        signed_ar = when_ar(record.signed_at, hijri=hijri)
    else:
        signed_en = signed_ar = _BLANK
    rows.append(
        (
            BidiParagraph(f"{texts.en['signed_on']}: {signed_en}", en(10.5)),
            BidiParagraph(f"{texts.ar['signed_on']}: {signed_ar}", ar(15)),
        )
    )
    rows.append(
        (
            BidiParagraph(f"{texts.en['practitioner']}: {record.practitioner}", en(10.5)),
            BidiParagraph(
                f"{texts.ar['practitioner']}: {record.practitioner_arabic or record.practitioner}",
                ar(15),
            ),
        )
    )
    if record.minor or record.guardian:
        rows += _hand_lines(GUARDIAN_LINES, record.guardian)
    rows += _hand_lines(WITNESS_LINES) + _hand_lines(INTERPRETER_LINES)
    table = bilingual_table(rows)
    table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 8)])
    return [Spacer(1, 10), table]


def _form_version(en_version: str, ar_version: str) -> str:
    return en_version if en_version == ar_version else f"en {en_version}, ar {ar_version}"


def consent_form_version(library: ContentLibrary, modality: Modality) -> str:
    """The version to store in the consent ledger when a patient signs this modality's form."""
    en_file = library.load(ContentKind.CONSENT, Lang.EN, modality)
    ar_file = library.load(ContentKind.CONSENT, Lang.AR, modality)
    return _form_version(en_file.version, ar_file.version)


def consent_wording(
    library: ContentLibrary, modality: Modality, clinic: ClinicHeader
) -> ConsentWording:
    """The form's text for the capture screen: exactly the sections the printed form shows."""
    texts = Texts.load(library, clinic)
    files = {lang: library.load(ContentKind.CONSENT, lang, modality) for lang in Lang}

    def text(lang: Lang) -> str:
        labels = texts.en if lang is Lang.EN else texts.ar
        blocks = []
        for key in _SECTIONS:
            items = "\n".join(f"• {texts.filled(item, lang)}" for item in files[lang].items(key))
            blocks.append(f"{labels[key]}\n{items}")
        return "\n\n".join(blocks)

    version = _form_version(files[Lang.EN].version, files[Lang.AR].version)
    return ConsentWording(modality, version, text(Lang.EN), text(Lang.AR))


def _signed_versions(form_version: str) -> tuple[str, str]:
    """The inverse of :func:`_form_version`: ``2026-11-1`` or ``en 2026-11-1, ar 2026-11-2``."""
    if form_version.startswith("en ") and ", ar " in form_version:
        en_part, ar_part = form_version[3:].split(", ar ", 1)
        return en_part, ar_part
    return form_version, form_version


def wording_held(library: ContentLibrary, modality: Modality, form_version: str) -> bool:
    """Whether the English and Arabic words of that form version can still be printed."""
    en_version, ar_version = _signed_versions(form_version)
    return (
        library.load_version(ContentKind.CONSENT, Lang.EN, modality, en_version) is not None
        and library.load_version(ContentKind.CONSENT, Lang.AR, modality, ar_version) is not None
    )


def signed_files(library: ContentLibrary, record: ConsentRecord) -> tuple[ContentFile, ContentFile]:
    """The English and Arabic wording the form was signed on (the current one for a blank
    form); refused when that version is no longer held, rather than printing other words above
    the patient's signature."""
    if record.form_version is None:
        return (
            library.load(ContentKind.CONSENT, Lang.EN, record.modality),
            library.load(ContentKind.CONSENT, Lang.AR, record.modality),
        )
    en_version, ar_version = _signed_versions(record.form_version)
    found = (
        library.load_version(ContentKind.CONSENT, Lang.EN, record.modality, en_version),
        library.load_version(ContentKind.CONSENT, Lang.AR, record.modality, ar_version),
    )
    if found[0] is None or found[1] is None:
        params = {"version": record.form_version, "modality": record.modality.value}
        raise ValidationError({"form_version": Message("consent.wording_not_held", params)})
    return found[0], found[1]


def consent_story(
    record: ConsentRecord, library: ContentLibrary, options: SheetOptions | None = None
) -> tuple[list[Flowable], Texts]:
    """The form's flowables; ``options.show_hijri`` adds the civil Hijri date to its dates."""
    hijri = (options or SheetOptions()).show_hijri
    texts = Texts.load(library, record.clinic)
    en_file, ar_file = (texts.use(f) for f in signed_files(library, record))
    modality_en = texts.en[f"modality_{record.modality.value}"]
    modality_ar = texts.ar[f"modality_{record.modality.value}"]
    story: list[Flowable] = [
        bilingual_table(
            [
                (
                    BidiParagraph(f"{texts.en['consent_title']}: {modality_en}", en(16, bold=True)),
                    BidiParagraph(f"{texts.ar['consent_title']}: {modality_ar}", ar(19, bold=True)),
                )
            ]
        ),
        Spacer(1, 4),
        labelled_rows(
            [
                (
                    texts.en["patient"],
                    name_en(record.patient),
                    texts.ar["patient"],
                    name_ar(record.patient),
                ),
                *identity_lines(record, texts, hijri=hijri),
            ]
        ),
        Spacer(1, 6),
        band(modality_en, modality_ar),
    ]
    for key in _SECTIONS:
        story += section(key, en_file, ar_file, texts.en[key], texts.ar[key], texts)
    story += _signature_block(record, texts, hijri=hijri)
    return story, texts


def render_consent(
    record: ConsentRecord,
    content: ContentLibrary,
    *,
    override_dir: Path | None = None,
    options: SheetOptions | None = None,
) -> RenderedDocument:
    """Render the form; ``override_dir`` as in :func:`render_aftercare`; of ``options`` the
    form uses ``show_hijri`` (it is always printed in both languages, regular size)."""
    library = content.with_override(override_dir) if override_dir is not None else content
    story, texts = consent_story(record, library, options)
    versions = content_version_label(texts.files)
    modality = texts.en[f"modality_{record.modality.value}"]
    moment = record.signed_at or record.stamp.issued_at
    day = to_muscat(moment).date() if moment is not None else None
    return build_pdf(
        story,
        record.clinic,
        texts.footer(versions, record.patient, record.stamp),
        title=document_title(f"Consent ({modality})", record.patient, day),
        subject=f"Consent form for {modality}",
        issued_at=record.stamp.issued_at,
    )
