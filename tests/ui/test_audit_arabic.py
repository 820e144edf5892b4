"""The audit log read in Arabic: every sentence template translated, real events read in order.

Issue #12: the "What happened" column showed English (and, inside a right-to-left cell, in the
wrong order) to an Arabic reader, because the templates were never marked for translation.
"""

from __future__ import annotations

import ast
import csv
import io
import re
import string
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from scardesk.domain import audit_labels, audit_sentences, audit_templates
from scardesk.domain.audit_labels import (
    ACTION_GROUP_LABELS,
    FIELD_LABELS,
    READ_WHATS,
    ROLE_LABELS,
    STATUS_LABELS,
    TABLE_THINGS,
)
from scardesk.domain.audit_sentences import render
from scardesk.domain.audit_templates import (
    HEADLINES,
    PATIENT_HEADLINES,
    REFUSED,
    STATUS_TEMPLATES,
)
from scardesk.domain.enums import Role
from scardesk.domain.errors import InvalidCredentialsError
from scardesk.ui.admin.audit_model import tr_audit
from tests.documents.pdf_checks import all_text, arabic_present
from tests.helpers import aisha
from tests.ui.session_helpers import session_clinic

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_ISOLATED = re.compile("\u2068[^\u2068\u2069]*\u2069")
#: Latin the Arabic text keeps on purpose: the product's name ("ScarDesk (النظام)").
_KEPT_LATIN = {"ScarDesk"}


def _marked_in_source() -> set[str]:
    """Every literal the audit modules mark with ``_n``: templates written inline included."""
    found: set[str] = set()
    for module in (audit_templates, audit_labels, audit_sentences):
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_n"
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(str(node.args[0].value))
    return found


def _every_audit_text() -> set[str]:
    tables: list[dict[str, str]] = [
        HEADLINES,
        PATIENT_HEADLINES,
        STATUS_TEMPLATES,
        REFUSED,
        TABLE_THINGS,
        FIELD_LABELS,
        STATUS_LABELS,
        READ_WHATS,
        ROLE_LABELS,
    ]
    texts = {text for table in tables for text in table.values()}
    return texts | set(ACTION_GROUP_LABELS.values()) | _marked_in_source()


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


def test_every_audit_template_and_label_has_an_arabic_translation(arabic) -> None:
    texts = _every_audit_text()
    assert len(texts) > 200  # the tables really were read, not an empty set
    untranslated, broken = [], []
    for text in sorted(texts):
        arabic_text = tr_audit(text)
        words = _LATIN_WORD.findall(re.sub(r"\{[^}]*\}", "", text))
        if words and not _ARABIC.search(arabic_text):
            untranslated.append(text)
        if _fields(arabic_text) != _fields(text):
            broken.append((text, arabic_text))
    assert untranslated == []
    assert broken == []


def _outside_data(sentence: str) -> list[str]:
    """The Latin words of ``sentence`` that are not stored data (names and numbers sit in
    isolates on screen)."""
    return [w for w in _LATIN_WORD.findall(_ISOLATED.sub(" ", sentence)) if w not in _KEPT_LATIN]


def test_real_audit_events_read_in_arabic_with_names_and_numbers_isolated(
    arabic, services, make_user
) -> None:
    clinic = session_clinic(services, make_user)  # registers, records history and consents
    doctor = clinic.context.signed_in
    services.patient_header.open(doctor.actor, clinic.patient_id)
    record = services.patients.get(doctor.actor, clinic.patient_id)
    services.patients.update(
        doctor.actor, record.id, record.version, aisha(phone="7123 4567", fitzpatrick="IV")
    )
    with pytest.raises(InvalidCredentialsError):
        services.users.authenticate("dr.salma", "wrong password")
    admin = make_user("first.admin", Role.ADMIN)  # signs in through the service
    page = services.audit.page(admin.actor)
    sentences = [render(entry.sentence, tr_audit, isolate=True) for entry in page.entries]
    assert len(sentences) > 10
    assert [s for s in sentences if _outside_data(s)] == []
    assert all(_ARABIC.search(s) for s in sentences)
    who = "\u2068Dr.Salma\u2069"
    number = f"\u2068{clinic.patient_id}\u2069"
    assert f"{who}: فتح ملف المريض {number}" in sentences
    assert f"{who}: تسجيل المريض {number}" in sentences
    assert f"{who}: تسجيل إجابة في التاريخ الطبي للمريض {number}" in sentences
    assert "\u2068First Admin\u2069: تسجيل الدخول" in sentences
    assert "شخص ما: محاولة تسجيل دخول فاشلة" in sentences
    assert (
        f"{who}: تغيير الهاتف للمريض {number} "
        "من \u2068+968 9123 4567\u2069 إلى \u2068+968 7123 4567\u2069"
    ) in sentences


def test_the_audit_exports_read_in_arabic_for_an_arabic_reader(arabic, services, make_user) -> None:
    """The screen hands its own translator to the CSV and PDF exports (``audit_tab``)."""
    clinic = session_clinic(services, make_user)
    services.patient_header.open(clinic.context.signed_in.actor, clinic.patient_id)
    admin = make_user("first.admin", Role.ADMIN)
    csv_text = services.audit.export_csv(admin.actor, translate=tr_audit).data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(csv_text)))
    assert rows[0][3] == tr_audit("What happened") != "What happened"
    assert all(_ARABIC.search(cell) for cell in rows[0])  # "Time (Muscat)" was English
    # Files get plain text: no isolate marks for a spreadsheet to show as boxes.
    assert f"Dr.Salma: فتح ملف المريض {clinic.patient_id}" in [row[3] for row in rows[1:]]
    assert "\u2068" not in csv_text
    pdf = services.audit.export_pdf(admin.actor, translate=tr_audit).data
    text = all_text(pdf)
    assert arabic_present("فتح ملف المريض", text)
    assert arabic_present("الوقت (بتوقيت مسقط)", text)


def test_a_phone_inside_an_arabic_sentence_keeps_its_digits_in_order(arabic) -> None:
    """Laid out right to left as the audit table does, the isolated phone still reads
    "+968 1 22222222" from left to right; without the isolate Qt reverses its groups."""
    changed = audit_sentences.phrase(
        "{who} changed the {field} of patient {patient} from {old} to {new}",
        who="Dr Salma",
        field=audit_sentences.Word("phone"),
        patient="5",
        old="+968 1 22222222",
        new="+968 333 4",
    )

    def group_lefts(isolate: bool) -> list[float]:
        text = render(changed, tr_audit, isolate=isolate)
        layout = QTextLayout(text, QFont())
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(5000)
        layout.endLayout()
        start = text.index("+968 1 ")
        # The middle of "968", of "1" and of "22222222": x grows left to right.
        # (PySide6 types the (x, cursor) pair cursorToX returns as a bare object.)
        return [cast(tuple[float, int], line.cursorToX(start + offset))[0] for offset in (2, 6, 10)]

    assert tr_audit(changed.template) != changed.template
    isolated = group_lefts(isolate=True)
    assert isolated == sorted(isolated)
    plain = group_lefts(isolate=False)
    assert plain != sorted(plain)  # the check can fail: bare digits are reordered
