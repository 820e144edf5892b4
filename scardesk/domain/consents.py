"""The consent ledger's rules (clinical reference §8, Oman PDPL).

Consent is explicit, written (a drawn signature), per purpose, and can be withdrawn at any
time; a withdrawal is a dated fact added to the record, never a deletion, so the ledger proves
what the clinic was allowed to do on any past day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from scardesk.domain.enums import ConsentPurpose, Modality
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.modalities import SPECS, spec_of
from scardesk.domain.text_hygiene import TextKind, clean_text
from scardesk.domain.time import age_on

FORM_VERSION_MAX = 20
GUARDIAN_NAME_MAX = 120
# Age below which a guardian signs for the patient (a clinic can raise it; Omani civil majority).
ADULT_AGE = 18
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

CONSENT_PURPOSE_TEXT: dict[ConsentPurpose, str] = {
    **{spec.consent_purpose: f"Treatment: {spec.name}" for spec in SPECS.values()},
    ConsentPurpose.CLINICAL_PHOTOS: "Clinical photos in the patient record",
    ConsentPurpose.MARKETING_PHOTOS: "Use of photos for marketing",
    ConsentPurpose.REMINDERS: "Appointment reminders",
}


def purpose_for_modality(modality: Modality) -> ConsentPurpose:
    """The treatment consent a session of ``modality`` needs."""
    return spec_of(modality).consent_purpose


def modality_for_purpose(purpose: ConsentPurpose | str) -> Modality | None:
    """The modality whose printed consent form a purpose is signed on (None: no form, e.g.
    clinical photos or reminders)."""
    for modality, spec in SPECS.items():
        if spec.consent_purpose == purpose:
            return modality
    return None


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One consent as captured; the signature image is fetched separately (it can be large)."""

    id: int
    version: int
    patient_id: int
    purpose: ConsentPurpose
    form_version: str
    captured_at: datetime
    captured_by_id: int
    has_signature: bool
    signed_by_guardian: str | None
    withdrawn_at: datetime | None
    withdrawn_by_id: int | None
    withdrawal_reason: str | None

    def is_valid_at(self, moment: datetime) -> bool:
        """Given on or before ``moment`` and not withdrawn by then."""
        if self.captured_at > moment:
            return False
        return self.withdrawn_at is None or self.withdrawn_at > moment


@dataclass(frozen=True, slots=True)
class ConsentData:
    """A validated capture, ready to store."""

    purpose: ConsentPurpose
    form_version: str
    signature_png: bytes
    signed_by_guardian: str | None


def guardian_required(date_of_birth: date, on: date) -> bool:
    """A child's consent is given by a guardian (PDPL); the guardian's name is then required."""
    return age_on(date_of_birth, on) < ADULT_AGE


def validate_capture(
    purpose: str,
    form_version: str,
    signature_png: bytes | None,
    signed_by_guardian: str,
    needs_guardian: bool,
) -> ConsentData:
    """Check a consent capture, gathering every problem into one ValidationError."""
    errors: dict[str, Message] = {}
    chosen: ConsentPurpose | None = None
    try:
        chosen = ConsentPurpose(purpose)
    except ValueError:
        choices = ", ".join(p.value for p in ConsentPurpose)
        errors["purpose"] = Message(
            "consent.purpose_unknown", {"value": repr(purpose), "choices": choices}
        )
    version = _clean(form_version, "form_version", FORM_VERSION_MAX * 4, errors)
    if "form_version" in errors:
        pass  # the character problem is the message to fix first
    elif not version:
        errors["form_version"] = Message("consent.form_version_missing")
    elif len(version) > FORM_VERSION_MAX:
        errors["form_version"] = Message(
            "consent.form_version_too_long", {"length": len(version), "maximum": FORM_VERSION_MAX}
        )
    if not signature_png:
        errors["signature"] = Message("consent.signature_missing")
    elif not signature_png.startswith(PNG_MAGIC):
        errors["signature"] = Message("consent.signature_not_png_sign_again")
    guardian = _clean(signed_by_guardian, "signed_by_guardian", GUARDIAN_NAME_MAX * 4, errors)
    if "signed_by_guardian" in errors:
        pass  # as above
    elif guardian is not None and len(guardian) > GUARDIAN_NAME_MAX:
        errors["signed_by_guardian"] = Message(
            "consent.guardian_name_too_long",
            {"length": len(guardian), "maximum": GUARDIAN_NAME_MAX},
        )
    elif guardian is None and needs_guardian:
        errors["signed_by_guardian"] = Message("consent.guardian_needed", {"age": ADULT_AGE})
    if errors or chosen is None or signature_png is None or version is None:
        raise ValidationError(errors)
    return ConsentData(chosen, version, signature_png, guardian)


def _clean(text: str, field: str, limit: int, errors: dict[str, Message]) -> str | None:
    """A version or a signer's name: an identifier, so nothing invisible (text_hygiene)."""
    try:
        return clean_text(text, field, limit=limit, kind=TextKind.STRICT) or None
    except ValidationError as error:
        errors.update(error.field_messages)
        return None


def validate_withdrawal_time(
    withdrawn_at: datetime, captured_at: datetime, now: datetime
) -> datetime:
    """A withdrawal is dated between the capture and now (it may be back-dated to a letter)."""
    if withdrawn_at.tzinfo is None:
        raise ValueError("a naive datetime has no time zone; pass an aware one")
    if withdrawn_at > now:
        raise ValidationError({"withdrawn_at": Message("consent.withdrawal_in_future")})
    if withdrawn_at < captured_at:
        raise ValidationError({"withdrawn_at": Message("consent.withdrawal_before_capture")})
    return withdrawn_at


def valid_purposes(records: Iterable[ConsentRecord], moment: datetime) -> set[ConsentPurpose]:
    """Purposes with at least one consent valid at ``moment``."""
    return {r.purpose for r in records if r.is_valid_at(moment)}


def consent_status(
    records: Iterable[ConsentRecord], moment: datetime
) -> dict[ConsentPurpose, ConsentRecord | None]:
    """For every purpose, the newest consent valid at ``moment``, or None (none valid)."""
    status: dict[ConsentPurpose, ConsentRecord | None] = dict.fromkeys(ConsentPurpose)
    for record in records:
        if not record.is_valid_at(moment):
            continue
        held = status[record.purpose]
        if held is None or record.captured_at > held.captured_at:
            status[record.purpose] = record
    return status
