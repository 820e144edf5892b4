"""The patient's own copy of their whole record, as one bilingual PDF.

Rendered from the very data written to ``record.json`` (``services.export_record``), so the two
can never disagree. Headings, the identity block and the fixed words are in English and Arabic;
the clinical body is English as recorded (like the visit summary), free text laid out in the
direction it was typed. Withdrawn and corrected entries are printed and marked, and a stored
record that could not be read is printed as such in its place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from scardesk.documents.content import ContentLibrary, content_version_label
from scardesk.documents.layout import (
    URGENT,
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
    heading,
    labelled_rows,
    number,
)
from scardesk.documents.patient_copy_lists import (
    MUTED,
    ListSections,
    none_recorded,
    table,
    unreadable_text,
    voided_text,
)
from scardesk.documents.patient_copy_sessions import day_text, session_story, when_text
from scardesk.documents.patient_copy_text import (
    DOCUMENT_TYPES,
    LABELS,
    PURPOSES,
    SEX,
)
from scardesk.domain.documents import ClinicHeader, Lang, PageStamp, PatientNames
from scardesk.domain.english import counted
from scardesk.domain.time import to_muscat
from scardesk.domain.validation import format_phone_display

Item = Mapping[str, Any]
#: The record's lists, in the order they are printed.
LISTS = (
    "medical_history",
    "consents",
    "assessments",
    "sessions",
    "appointments",
    "photos",
    "plans",
    "documents",
)
VOID_LINE = en(10.5, bold=True, color=URGENT)


def _both(key: str) -> tuple[str, str]:
    return LABELS[key]


def _section(key: str) -> list[Flowable]:
    """A section heading that never ends a page alone, yet lets a long table start under it.

    (``heading`` keeps with the next flowable, which moves a whole table that does not fit to
    the next page and leaves half a page blank; a conditional break does not.)
    """
    en_text, ar_text = _both(key)
    title = heading(en_text, ar_text)
    title.keepWithNext = False
    return [CondPageBreak(90), title]


def _count(key: str, value: float) -> str:
    if key == "keloid_area_cm2":
        return f"keloid area {number(value)} cm²"
    return f"{key.replace('_', ' ')} {number(value)}"


class _Copy(ListSections):
    """Builds the story section by section from the plain record."""

    def __init__(self, record: Item, texts: Texts) -> None:
        self.record = record
        self.texts = texts

    def modality(self, value: str) -> str:
        return self.texts.en.get(f"modality_{value}", value.replace("_", " "))

    def region(self, value: str | None) -> str:
        return self.texts.region(value, Lang.EN) if value else "-"

    def story(self) -> list[Flowable]:
        story = [*self.title(), *self.details()]
        sections: list[tuple[str, Callable[[], list[Flowable]]]] = [
            ("medical_history", self.history),
            ("consents", self.consents),
            ("assessments", self.assessments),
            ("sessions", self.sessions),
            ("appointments", self.appointments),
            ("photos", self.photos),
            ("plans", self.plans),
            ("documents", self.documents),
        ]
        for key, build in sections:
            story += [Spacer(1, 10), *_section(key), *build()]
        return story

    def title(self) -> list[Flowable]:
        record = self.record
        patient = record["patient"]
        title_en, title_ar = _both("title")
        sub_en, sub_ar = _both("subtitle")
        note_en, note_ar = _both("body_note")
        exported = datetime.fromisoformat(record["exported_at"])
        local = to_muscat(exported)
        return [
            band(title_en, title_ar),
            bilingual_table(
                [
                    (BidiParagraph(sub_en, en(9.5)), BidiParagraph(sub_ar, ar(12.5))),
                    (BidiParagraph(note_en, MUTED), BidiParagraph(note_ar, ar(12))),
                ]
            ),
            *self.unreadable_note(),
            Spacer(1, 4),
            labelled_rows(
                [
                    (_both("file")[0], f"#{patient['id']}", _both("file")[1], f"#{patient['id']}"),
                    (
                        _both("exported")[0],
                        f"{date_en(local.date())}, {local:%H:%M} ({record['exported_by']})",
                        _both("exported")[1],
                        f"{date_ar(local.date())}، {local:%H:%M}",
                    ),
                ]
            ),
        ]

    def unreadable_note(self) -> list[Flowable]:
        """Said at the top, in both languages, so a short list is never taken as complete."""
        count = sum(1 for key in LISTS for item in self.record[key] if item.get("unreadable"))
        if not count:
            return []
        en_template, ar_template = _both("unreadable")
        en_text = en_template.format(records=counted(count, "stored record", "stored records"))
        ar_text = ar_template.format(n=count)
        return [
            bilingual_table(
                [
                    (
                        BidiParagraph(en_text, en(9.5, bold=True, color=URGENT)),
                        BidiParagraph(ar_text, ar(12.5, bold=True, color=URGENT)),
                    )
                ],
                border=URGENT,
            )
        ]

    def details(self) -> list[Flowable]:
        p = self.record["patient"]
        doc = p["identity_document"]
        kind_en, kind_ar = DOCUMENT_TYPES.get(doc["type"] or "", ("", ""))
        expiry = doc.get("expiry")
        doc_en = " ".join(x for x in (kind_en, doc["number"] or "") if x) or "-"
        doc_ar = " ".join(x for x in (kind_ar, doc["number"] or "") if x) or "-"
        if expiry:
            doc_en += f", {_both('expiry')[0]} {expiry}"
            doc_ar += f"، {_both('expiry')[1]} {expiry}"
        sex_en, sex_ar = SEX.get(p["sex"], (p["sex"], p["sex"]))
        phone = format_phone_display(p["phone"]) if p.get("phone") else "-"
        contact = p["emergency_contact"]
        emergency = " ".join(
            x
            for x in (
                contact.get("name") or "",
                format_phone_display(contact["phone"]) if contact.get("phone") else "",
            )
            if x
        )
        status_en, status_ar = _both("archived") if p.get("archived_at") else _both("active")
        if p.get("archived_at"):
            reason = f": {p['archive_reason']}" if p.get("archive_reason") else ""
            status_en += f" {day_text(p['archived_at'])}{reason}"
            status_ar += f" {day_text(p['archived_at'])}{reason}"
        dob = date.fromisoformat(p["date_of_birth"])
        rows = [
            ("name_latin", p["name_latin"] or "-", p["name_latin"] or "-"),
            ("name_arabic", p["name_arabic"] or "-", p["name_arabic"] or "-"),
            ("date_of_birth", date_en(dob), date_ar(dob)),
            ("sex", sex_en, sex_ar),
            ("document", doc_en, doc_ar),
            ("phone", phone, phone),
            ("email", p.get("email") or "-", p.get("email") or "-"),
            ("address", p.get("address") or "-", p.get("address") or "-"),
            ("emergency", emergency or "-", emergency or "-"),
            ("fitzpatrick", p.get("fitzpatrick") or "-", p.get("fitzpatrick") or "-"),
            ("status", status_en, status_ar),
        ]
        if p.get("merged_from"):
            files = ", ".join(f"#{n}" for n in p["merged_from"])
            rows.append(("merged_from", files, files))
        labelled = [(_both(k)[0], v_en, _both(k)[1], v_ar) for k, v_en, v_ar in rows]
        return [Spacer(1, 8), *_section("details"), labelled_rows(labelled)]

    def history(self) -> list[Flowable]:
        def row(a: Item) -> list[str]:
            extra = "; ".join(
                x
                for x in (
                    f"date {a['fact_date']}" if a.get("fact_date") else "",
                    a.get("detail") or "",
                )
                if x
            )
            status = voided_text(a) or (
                "current" if a.get("current") else "replaced by a later answer"
            )
            return [when_text(a["recorded_at"]), a["question"], a["answer"], extra, status]

        return table(
            self.record["medical_history"],
            ["Recorded", "Question", "Answer", "Date, detail", "Status"],
            [0.15, 0.37, 0.11, 0.21, 0.16],
            row,
        )

    def consents(self) -> list[Flowable]:
        def row(c: Item) -> list[str]:
            signer = f"guardian {c['signed_by_guardian']}" if c.get("signed_by_guardian") else ""
            who = ", ".join(x for x in (c["captured_by"], signer) if x)
            if c.get("withdrawn_at"):
                why = f": {c['withdrawal_reason']}" if c.get("withdrawal_reason") else ""
                status = f"WITHDRAWN {day_text(c['withdrawn_at'])}{why}"
            else:
                status = "given" + (
                    f", signed ({c['signature_file']})" if c.get("signature_file") else ""
                )
            purpose = PURPOSES.get(c["purpose"], c["purpose"])
            return [when_text(c["captured_at"]), purpose, c["form_version"], who, status]

        return table(
            self.record["consents"],
            ["Given", "Purpose", "Form version", "Captured by", "Status"],
            [0.16, 0.27, 0.14, 0.2, 0.23],
            row,
        )

    def assessments(self) -> list[Flowable]:
        def row(a: Item) -> list[str]:
            grade = a.get("goodman_baron_grade")
            scores = "\n".join(
                x
                for x in (
                    f"G&B grade {grade}" if grade else "",
                    f"G&B {a['goodman_baron_score']} / 84",
                    f"ECCA {a['ecca_score']} / 540",
                )
                if x
            )
            counts = {**a["goodman_baron_counts"], **a["ecca_counts"]}
            parts = [
                "Counts: " + ", ".join(_count(k, v) for k, v in counts.items() if v)
                if any(counts.values())
                else "",
                "Regions: "
                + ", ".join(
                    f"{self.region(r['region'])} {r['scar_type'].replace('_', ' ')} {r['count']}"
                    for r in a["regions"]
                )
                if a["regions"]
                else "",
                "Suitability: "
                + ", ".join(
                    f"{self.modality(m)} {v.replace('_', ' ')}" for m, v in a["suitability"].items()
                )
                if a["suitability"]
                else "",
                f"SCAR-S face {a['scar_s_face']}" if a.get("scar_s_face") is not None else "",
                f"Skin type {a['fitzpatrick']}" if a.get("fitzpatrick") else "",
                f"Notes: {a['notes']}" if a.get("notes") else "",
            ]
            details = "\n".join(x for x in parts if x)
            status = voided_text(a) or "current"
            return [when_text(a["assessed_at"]), a["practitioner"], scores, details, status]

        return table(
            self.record["assessments"],
            ["Assessed", "By", "Scores", "Details", "Status"],
            [0.15, 0.13, 0.16, 0.41, 0.15],
            row,
        )

    def sessions(self) -> list[Flowable]:
        items = self.record["sessions"]
        if not items:
            return [none_recorded()]
        story: list[Flowable] = []
        for item in items:
            if item.get("unreadable"):
                line = f"{day_text(item.get('date'))} · {unreadable_text(item)}"
                story.append(BidiParagraph(line, VOID_LINE))
                continue
            parts = session_story(item, self)
            # The session's title line stays with its first lines, never alone at a page end.
            story += [KeepTogether(parts[:3]), *parts[3:]]
            story.append(Spacer(1, 6))
        return story


def render_patient_copy(
    record: Item, clinic: ClinicHeader, content: ContentLibrary
) -> RenderedDocument:
    """The whole record as a PDF; a pure function of the plain record and the content files."""
    texts = Texts.load(content, clinic)
    story = _Copy(record, texts).story()
    versions = content_version_label(texts.files)
    p = record["patient"]
    names = PatientNames(latin=p["name_latin"] or None, arabic=p["name_arabic"] or None)
    exported = datetime.fromisoformat(record["exported_at"])
    # The patient line on every page, as on every other document about one patient.
    stamp = PageStamp(p["id"], date.fromisoformat(p["date_of_birth"]), exported)
    footer = texts.footer(f"patient export v{record['version']} · {versions}", names, stamp)
    title = document_title("Copy of the patient's record", names, to_muscat(exported).date())
    return build_pdf(story, clinic, footer, title=title, issued_at=exported)
