"""The aftercare sheet of one session: English and Arabic side by side, one part per modality.

Layout, top to bottom: clinic header; title; patient, date and practitioner; what was done
today; for each modality what to expect, do's and don'ts; one red box with every warning sign
and whom to call; the next appointment. English is 10.5 pt in the narrower left column, Arabic
16 pt in the wider right column, as Arab patients read handouts best in large type.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer, Table

from scardesk.documents.content import ContentFile, ContentLibrary, content_version_label
from scardesk.documents.layout import (
    URGENT,
    URGENT_TINT,
    BidiParagraph,
    RenderedDocument,
    ar,
    bilingual_table,
    build_pdf,
    en,
)
from scardesk.documents.parts import (
    AR_BODY,
    EN_BODY,
    Texts,
    band,
    date_ar,
    date_en,
    document_title,
    heading,
    item_rows,
    labelled_rows,
    name_ar,
    name_en,
    number,
    section,
    when_ar,
    when_en,
)
from scardesk.domain.documents import AftercareRecord, ContentKind, Lang, ModalityDone
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError


def _done_lines(done: ModalityDone, texts: Texts) -> tuple[str, str]:
    """One line per language: modality, areas, product, total units (details in English)."""
    en_parts = [texts.en[f"modality_{done.modality.value}"]]
    ar_parts = [texts.ar[f"modality_{done.modality.value}"]]
    if done.areas:
        en_parts.append(
            f"{texts.en['areas']}: " + ", ".join(texts.region(a, Lang.EN) for a in done.areas)
        )
        ar_parts.append(
            f"{texts.ar['areas']}: " + "، ".join(texts.region(a, Lang.AR) for a in done.areas)
        )
    if done.product:
        en_parts.append(f"{texts.en['product']}: {done.product}")
        ar_parts.append(f"{texts.ar['product']}: {done.product}")
    if done.total_units is not None:
        units = number(done.total_units)
        en_parts.append(f"{texts.en['total_units']}: {units} {texts.en['units_suffix']}")
        ar_parts.append(f"{texts.ar['total_units']}: {units} {texts.ar['units_suffix']}")
    en_parts.extend(f"{label}: {value}" for label, value in done.details)
    return ". ".join(en_parts) + ".", ". ".join(ar_parts) + "."


def _merged(*groups: tuple[str, ...]) -> tuple[str, ...]:
    """Items of several files in order, each once (two modalities may share a warning)."""
    seen: list[str] = []
    for group in groups:
        seen.extend(item for item in group if item not in seen)
    return tuple(seen)


def _urgent_box(
    modalities: list[Modality], files: dict[tuple[Modality, Lang], ContentFile], texts: Texts
) -> Table:
    """Warning signs of the modalities done plus the common ones, and whom to call, boxed in red."""
    common_en, common_ar = texts.files[0], texts.files[1]
    signs_en = _merged(
        *(files[m, Lang.EN].items("urgent") for m in modalities), common_en.items("warning_signs")
    )
    signs_ar = _merged(
        *(files[m, Lang.AR].items("urgent") for m in modalities), common_ar.items("warning_signs")
    )
    rows = [
        (
            BidiParagraph(texts.en["warning_signs"], en(11.5, bold=True, color=URGENT)),
            BidiParagraph(texts.ar["warning_signs"], ar(16.5, bold=True, color=URGENT)),
        )
    ]
    rows += item_rows(signs_en, signs_ar, texts)
    call_row = len(rows)
    rows.append(
        (
            BidiParagraph(texts.en["whom_to_call"], en(11.5, bold=True, color=URGENT)),
            BidiParagraph(texts.ar["whom_to_call"], ar(16.5, bold=True, color=URGENT)),
        )
    )
    rows += item_rows(common_en.items("whom_to_call"), common_ar.items("whom_to_call"), texts)
    box = bilingual_table(rows, border=URGENT)
    box.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), URGENT_TINT),
            ("BACKGROUND", (0, call_row), (-1, call_row), URGENT_TINT),
            ("TOPPADDING", (0, 0), (-1, 0), 4),
            ("TOPPADDING", (0, call_row), (-1, call_row), 4),
        ]
    )
    return box


def aftercare_story(
    record: AftercareRecord, library: ContentLibrary
) -> tuple[list[Flowable], Texts]:
    """The flowables of the sheet and the texts used; split out so tests can inspect it."""
    if not record.modalities:
        raise ValidationError({"modalities": "no modality was recorded; expected at least one"})
    texts = Texts.load(library, record.clinic)
    modalities: list[Modality] = []
    for done in record.modalities:
        if done.modality not in modalities:
            modalities.append(done.modality)
    files = {
        (m, lang): texts.use(library.load(ContentKind.AFTERCARE, lang, m))
        for m in modalities
        for lang in Lang
    }
    if record.next_appointment is not None:
        next_en, next_ar = when_en(record.next_appointment), when_ar(record.next_appointment)
    else:
        next_en, next_ar = texts.en["no_next_appointment"], texts.ar["no_next_appointment"]
    story: list[Flowable] = [
        bilingual_table(
            [
                (
                    BidiParagraph(texts.en["aftercare_title"], en(15, bold=True)),
                    BidiParagraph(texts.ar["aftercare_title"], ar(21, bold=True)),
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
                (
                    texts.en["date"],
                    date_en(record.session_date),
                    texts.ar["date"],
                    date_ar(record.session_date),
                ),
                (
                    texts.en["practitioner"],
                    record.practitioner,
                    texts.ar["practitioner"],
                    record.practitioner_arabic or record.practitioner,
                ),
                (texts.en["next_appointment"], next_en, texts.ar["next_appointment"], next_ar),
            ]
        ),
        Spacer(1, 6),
        heading(texts.en["done_today"], texts.ar["done_today"]),
    ]
    done_rows = []
    for done in record.modalities:
        en_line, ar_line = _done_lines(done, texts)
        done_rows.append(
            (
                BidiParagraph(en_line, EN_BODY, bullet="•"),
                BidiParagraph(ar_line, AR_BODY, bullet="•"),
            )
        )
    story += [bilingual_table(done_rows), Spacer(1, 8)]
    for modality in modalities:
        en_file, ar_file = files[modality, Lang.EN], files[modality, Lang.AR]
        story.append(
            band(texts.en[f"modality_{modality.value}"], texts.ar[f"modality_{modality.value}"])
        )
        for key in ("expect", "do", "dont"):
            story += section(key, en_file, ar_file, texts.en[key], texts.ar[key], texts)
        story.append(Spacer(1, 4))
    story += [Spacer(1, 6), _urgent_box(modalities, files, texts)]
    return story, texts


def render_aftercare(
    record: AftercareRecord, content: ContentLibrary, *, override_dir: Path | None = None
) -> RenderedDocument:
    """Render the sheet. ``override_dir`` (the clinic's ``content/`` folder) replaces the
    library's own override folder for this call; usually the library already carries it."""
    library = content.with_override(override_dir) if override_dir is not None else content
    story, texts = aftercare_story(record, library)
    versions = content_version_label(texts.files)
    return build_pdf(
        story,
        record.clinic,
        texts.footer(versions, record.patient, record.stamp),
        title=document_title("Aftercare", record.patient, record.session_date),
        subject=f"Aftercare instructions after the session of {date_en(record.session_date)}",
        issued_at=record.stamp.issued_at,
    )
