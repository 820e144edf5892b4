"""The core's message codes reach the screen in the user's language (issue 12, point 2).

A translator installed on the application stands in for ``scardesk_ar.qm`` (not written yet):
it answers the ``Messages`` context with Arabic templates, and the tests check that a patient
form's field error, a refusal for the role and a sign-in refusal come out in Arabic, with the
values put in after translation.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from scardesk.domain.enums import Role
from scardesk.domain.errors import PermissionDeniedError, ValidationError
from scardesk.domain.message_catalogue import ENGLISH, english
from scardesk.domain.messages import Message, numerus_source
from scardesk.domain.permissions import Permission, Standing, require
from scardesk.domain.toxin import hours_since_reconstitution
from scardesk.domain.validation import validate_phone
from scardesk.services.reminders import AlreadySentError
from scardesk.services.sign_in_throttle import wait_error
from scardesk.ui.errors import describe_error
from scardesk.ui.messages import CATALOGUE, field_texts, message_text
from scardesk.ui.patients.form import PatientFormDialog
from tests.ui.patient_helpers import make_context

ARABIC = {
    ENGLISH["validation.phone.too_short"]: "{value} قصير جدًا: الرقم العماني ثمانية أرقام",
    ENGLISH["permission.denied_for_role"]: "لا يسمح دور {role} بـ{action}",
    ENGLISH["role.front_desk"]: "الاستقبال",
    ENGLISH["permission.view_audit"]: "عرض سجل التدقيق",
    numerus_source(ENGLISH["sign_in.wait_seconds"]): "محاولات دخول فاشلة كثيرة: انتظر %n ثانية",
    ENGLISH["reminder.already_sent_by_at"]: (
        "أرسل {by} هذا التذكير الساعة {at:%H:%M} يوم {at:%d/%m/%Y}؛ لم يُرسل مرة أخرى"
    ),
    ENGLISH["toxin.used_before_reconstitution"]: "استُخدمت القارورة قبل تحضيرها: راجع الوقتين",
}


class FakeArabic(QTranslator):
    """Answers only the message templates above, as a loaded ``.qm`` would."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "" and source in ARABIC:  # the one context of scardesk.ui.tr
            return ARABIC[source]
        return None  # a null string: Qt looks further and falls back to the source text

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[FakeArabic]:
    translator = FakeArabic()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_screen_catalogue_matches_the_core_catalogue_code_for_code() -> None:
    """The same English, but for a count phrase, which the screens write Qt's way (%n)."""
    assert {code: numerus_source(text) for code, text in ENGLISH.items()} == CATALOGUE


def test_without_a_translation_the_screen_shows_the_core_english(qapp) -> None:
    message = Message("sign_in.wait_seconds", {"n": 8})
    assert message_text(message) == english(message)


def test_a_field_error_is_translated_and_the_typed_value_put_in_after(arabic) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_phone("9123")
    assert field_texts(caught.value) == {"phone": "‘9123’ قصير جدًا: الرقم العماني ثمانية أرقام"}
    assert caught.value.field_errors["phone"].startswith("‘9123’ is too short")  # CLI: English


def test_a_refusal_for_the_role_names_role_and_action_in_arabic(arabic) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        require(Standing(Role.FRONT_DESK, True), Permission.VIEW_AUDIT)
    shown = describe_error(caught.value)
    assert "لا يسمح دور الاستقبال بـعرض سجل التدقيق" in shown.text
    assert "front_desk" not in shown.text


def test_a_sign_in_wait_arrives_in_arabic_with_its_number(arabic) -> None:
    shown = describe_error(wait_error(8))
    assert shown.text == "محاولات دخول فاشلة كثيرة: انتظر 8 ثانية"


def test_the_patient_form_marks_a_bad_phone_in_the_users_language(
    qtbot, services, make_user, arabic
) -> None:
    form = PatientFormDialog(make_context(services, make_user("f.desk", Role.FRONT_DESK)), None)
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    edit = form.fields["phone"].edit
    edit.setFocus()
    qtbot.keyClicks(edit, "9123")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert "قصير جدًا" in form.fields["phone"].error()
    assert QCoreApplication.translate("", ENGLISH["sign_in.locked"]) == ENGLISH["sign_in.locked"]


def test_a_service_refusal_converted_from_english_arrives_in_arabic(arabic) -> None:
    """A refusal once written as an English sentence (issue 12) now carries its code: the
    screen translates the template and puts the name and the Muscat time in after."""
    sent_at = datetime(2026, 12, 6, 5, 30, tzinfo=UTC)  # 09:30 in Muscat
    shown = describe_error(AlreadySentError("Aisha", sent_at))
    assert shown.text == "أرسل Aisha هذا التذكير الساعة 09:30 يوم 06/12/2026؛ لم يُرسل مرة أخرى"
    assert "already sent by Aisha at 09:30" in str(AlreadySentError("Aisha", sent_at))


def test_a_domain_field_refusal_converted_from_english_arrives_in_arabic(arabic) -> None:
    reconstituted = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    with pytest.raises(ValidationError) as caught:
        hours_since_reconstitution(reconstituted, reconstituted - timedelta(hours=1))
    assert field_texts(caught.value) == {"used_at": "استُخدمت القارورة قبل تحضيرها: راجع الوقتين"}
