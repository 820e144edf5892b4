"""Audit events as sentences: each action family, unknown names, hidden values, Arabic names."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.audit_labels import ActionGroup, group_of
from scardesk.domain.audit_sentences import AuditFacts, Phrase, describe, render


def said(
    action: str,
    entity: str = "patients",
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    patient: int | None = 10234,
    who: str | None = "Dr Salma Al Harthy",
    entity_id: int | None = 1,
    target: str | None = None,
    clinical: bool = False,
) -> str:
    facts = AuditFacts(action, entity, entity_id, before, after, patient, who, target)
    return render(describe(facts, clinical_values=clinical))


def test_a_phone_change_names_the_field_and_both_values() -> None:
    text = said(
        "patient.edit",
        before={"phone": "+96891234567", "version": 1},
        after={"phone": "+96898765432", "version": 2},
    )
    assert text == (
        "Dr Salma Al Harthy changed the phone of patient 10234 "
        "from +968 9123 4567 to +968 9876 5432"
    )


def test_several_fields_are_listed_and_bookkeeping_is_left_out() -> None:
    text = said(
        "patient.edit",
        before={"email": None, "date_of_birth": "1990-03-05", "updated_at": "x"},
        after={"email": "a@b.om", "date_of_birth": "1991-03-05", "updated_at": "y"},
    )
    assert text == (
        "Dr Salma Al Harthy changed the details of patient 10234: date of birth from "
        "1990-03-05 to 1991-03-05; email from (empty) to a@b.om"
    )


def test_opening_signing_in_and_failing_to() -> None:
    assert said("patient.view", who="Maria Santos") == "Maria Santos opened patient 10234"
    assert said("read.patient.open", who="Maria Santos") == "Maria Santos opened patient 10234"
    assert said("user.sign_in", "users", who="Admin", patient=None) == "Admin signed in"
    failed = said("user.sign_in_failed", "users", who=None, patient=None, entity_id=None)
    assert failed == "Someone failed to sign in"


def test_clinical_families() -> None:
    signed = said(
        "session.sign",
        "treatment_sessions",
        before={"signed_at": None},
        after={"signed_at": "2026-03-10T08:00:00+00:00"},
    )
    assert signed == "Dr Salma Al Harthy signed a session of patient 10234"
    consent = said("consent.capture", "consents", after={"purpose": "laser"})
    assert consent == "Dr Salma Al Harthy captured a consent for patient 10234"
    points = said("session.record", "injection_points", before=None, after={"units": 2})
    assert points == "Dr Salma Al Harthy recorded an injection point for patient 10234"
    refused = said("session.sign_refused", "treatment_sessions")
    assert refused == (
        "Dr Salma Al Harthy was refused (wrong password): sign a session, patient 10234"
    )


def test_clinical_values_are_shown_only_to_viewers_who_may_read_them() -> None:
    facts: dict[str, Any] = {
        "before": {"post_notes": "redness"},
        "after": {"post_notes": "mild redness"},
    }
    hidden = said("session.edit", "treatment_sessions", **facts)
    assert hidden == "Dr Salma Al Harthy changed the notes of a session of patient 10234"
    shown = said("session.edit", "treatment_sessions", clinical=True, **facts)
    assert shown.endswith("of patient 10234 from redness to mild redness")


def test_a_merge_and_the_rows_it_moves() -> None:
    merge = said("patient.merge", after={"merged_id": 77, "reason": "same"}, before=None)
    assert merge == "Dr Salma Al Harthy merged patient 77 into patient 10234"
    moved = said(
        "patient.merge", "assessments", before={"patient_id": 77}, after={"patient_id": 10234}
    )
    assert moved == "Dr Salma Al Harthy moved an assessment from patient 77 to patient 10234"


def test_exports_and_reads() -> None:
    assert said("patient.export") == (
        "Dr Salma Al Harthy exported the whole record of patient 10234"
    )
    assert said("audit.export", "audit_events", patient=None, entity_id=None) == (
        "Dr Salma Al Harthy exported the audit log"
    )
    assert said("read.session.view", "treatment_sessions") == (
        "Dr Salma Al Harthy viewed a treatment session of patient 10234"
    )
    assert said("plan.completed", "treatment_plans") == (
        "Dr Salma Al Harthy marked a treatment plan of patient 10234 as completed"
    )
    # A read this version has no words for names its stored code (issue #12).
    assert said("read.photo_list", "photos", patient=None) == (
        "Dr Salma Al Harthy viewed something this version does not describe (read.photo_list)"
    )


def test_a_password_hash_is_hidden_and_user_accounts_are_named() -> None:
    text = said(
        "user.reset_password",
        "users",
        before={"password_hash": "(redacted)", "must_change_password": False},
        after={"password_hash": "(redacted)", "must_change_password": True},
        patient=None,
        target="Maria Santos",
    )
    assert text == "Dr Salma Al Harthy reset the password of the user account Maria Santos"
    role = said(
        "user.edit",
        "users",
        before={"password_hash": "x"},
        after={"password_hash": "(redacted)"},
        patient=None,
    )
    assert role.endswith("from x to (hidden)")


def test_unknown_tables_fields_and_actions_read_with_their_codes_as_data() -> None:
    """Tables, fields and actions of a newer version: a translated sentence around their stored
    names (data, never passed to the translator), not the names made into English words."""
    text = said(
        "thing.tweak",
        "region_widgets",
        before={"glow_level_id": 1},
        after={"glow_level_id": 2},
        clinical=True,
    )
    assert text == (
        "Dr Salma Al Harthy changed the glow level of a record (region_widgets) of patient "
        "10234 from 1 to 2"
    )
    note = said("thing.ping", "gadgets", patient=None, entity_id=None, who=None)
    assert note == (
        "ScarDesk (system) did something this version does not describe (thing.ping) "
        "with a record (gadgets)"
    )


def test_arabic_names_go_in_as_typed() -> None:
    text = said(
        "patient.edit",
        who="سلمى الحارثي",
        before={"name_arabic": "عائشة"},
        after={"name_arabic": "عائشة البلوشي"},
    )
    assert (
        text == "سلمى الحارثي changed the Arabic name of patient 10234 from عائشة to عائشة البلوشي"
    )


def test_the_translator_gets_templates_and_words_not_data() -> None:
    seen: list[str] = []

    def translate(text: str) -> str:
        seen.append(text)
        return text.replace("opened patient", "OPENED PATIENT")

    facts = AuditFacts("patient.view", "patients", 1, None, {}, 5, "{x}", None)
    assert render(describe(facts, clinical_values=False), translate) == "{x} OPENED PATIENT 5"
    assert "{x}" not in seen


def test_names_can_be_isolated_for_the_screen() -> None:
    facts = AuditFacts("patient.view", "patients", 1, None, {}, 5, "سلمى", None)
    text = render(describe(facts, clinical_values=False), isolate=True)
    assert text == "\u2068سلمى\u2069 opened patient \u20685\u2069"
    # A first-strong isolate with no strong letter in it (a phone, a number) is laid out left
    # to right (Unicode bidi X5c), so the digits keep their order inside an Arabic sentence.
    phone = AuditFacts(
        "patient.edit",
        "patients",
        1,
        {"phone": "+96891112222"},
        {"phone": "+96893334444"},
        5,
        "Dr Salma",
        None,
    )
    text = render(describe(phone, clinical_values=False), isolate=True)
    assert text == (
        "\u2068Dr Salma\u2069 changed the phone of patient \u20685\u2069 "
        "from \u2068+968 9111 2222\u2069 to \u2068+968 9333 4444\u2069"
    )


def test_a_broken_translation_falls_back_to_english() -> None:
    phrase = describe(
        AuditFacts("patient.view", "patients", 1, None, {}, 5, "Maria", None),
        clinical_values=False,
    )
    assert render(phrase, lambda text: "{nobody} فتح") == "Maria opened patient 5"


def test_every_action_falls_in_one_group() -> None:
    assert group_of("user.sign_in") is ActionGroup.SIGN_INS
    assert group_of("patient.edit") is ActionGroup.PATIENT_DETAILS
    assert group_of("session.sign_refused") is ActionGroup.CLINICAL
    assert group_of("read.session.view") is ActionGroup.READS
    assert group_of("patient.view") is ActionGroup.READS
    assert group_of("audit.export") is ActionGroup.EXPORTS
    assert group_of("user.add") is ActionGroup.ADMINISTRATION
    assert group_of("appointment.no_show") is ActionGroup.APPOINTMENTS
    assert group_of("mystery") is ActionGroup.OTHER


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


@given(
    action=st.text(max_size=30),
    entity=st.text(max_size=20),
    before=st.none() | st.dictionaries(st.text(max_size=12), _JSON, max_size=4),
    after=st.none() | st.dictionaries(st.text(max_size=12), _JSON, max_size=4),
    patient=st.none() | st.integers(1, 10**9),
    who=st.none() | st.text(max_size=20),
)
def test_any_event_gives_a_sentence(
    action: str, entity: str, before: Any, after: Any, patient: Any, who: Any
) -> None:
    for clinical in (False, True):
        phrase = describe(
            AuditFacts(action, entity, 1, before, after, patient, who, None),
            clinical_values=clinical,
        )
        assert isinstance(phrase, Phrase)
        assert render(phrase)
