"""One stored record -> plain, JSON-ready data, for the patient's copy (``export_record``).

Field names are the domain's own where a record has them (a toxin entry's ``vial_units``,
``points[].units``), so the JSON reads like the rest of ScarDesk; staff appear by display name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.models import User
from scardesk.domain.assessment import AssessmentRecord
from scardesk.domain.consents import ConsentRecord
from scardesk.domain.history import QUESTION_BY_FACT, HistoryAnswer
from scardesk.domain.plans import PlanRecord
from scardesk.domain.scheduling import AppointmentRecord
from scardesk.domain.sessions import SessionRecord, ToxinInput
from scardesk.domain.unreadable import UnreadableRecord

COMMAND_LINE = "command line"


def plain(value: Any) -> Any:
    """A domain value as JSON-ready data (dataclasses by field name; bytes are left out)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not isinstance(getattr(value, f.name), bytes | bytearray)
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def unreadable(item: UnreadableRecord) -> dict[str, Any]:
    return {
        "unreadable": True,
        "table": item.table,
        "id": item.row_id,
        "part": f"{item.part_table} #{item.part_id}" if item.part_table else None,
        "date": plain(item.when),
    }


class Names:
    """Staff display names by user id, read once per export (None is the command line)."""

    def __init__(self, session: Session) -> None:
        self._names = {
            uid: name for uid, name in session.execute(select(User.id, User.display_name))
        }

    def __call__(self, user_id: int | None) -> str:
        if user_id is None:
            return COMMAND_LINE
        return self._names.get(user_id, f"user #{user_id}")


def history_item(answer: HistoryAnswer, names: Names, current: set[int]) -> dict[str, Any]:
    question = QUESTION_BY_FACT.get(answer.fact)
    return {
        "id": answer.entry_id,
        "fact": answer.fact.value,
        "question": question.label if question else answer.fact.value,
        "answer": answer.answer.value,
        "fact_date": plain(answer.fact_date),
        "detail": answer.detail or None,
        "recorded_at": answer.recorded_at.isoformat(),
        "recorded_by": names(answer.recorded_by_id),
        #: False for a voided answer and for one a later answer to the same question replaced.
        "current": answer.entry_id in current,
        "voided_at": plain(answer.voided_at),
        "void_reason": answer.void_reason,
    }


def consent_item(consent: ConsentRecord, names: Names) -> dict[str, Any]:
    return {
        "id": consent.id,
        "purpose": consent.purpose.value,
        "form_version": consent.form_version,
        "captured_at": consent.captured_at.isoformat(),
        "captured_by": names(consent.captured_by_id),
        "signed": consent.has_signature,
        "signature_file": None,
        "signed_by_guardian": consent.signed_by_guardian,
        "withdrawn_at": plain(consent.withdrawn_at),
        "withdrawn_by": names(consent.withdrawn_by_id) if consent.withdrawn_at else None,
        "withdrawal_reason": consent.withdrawal_reason,
    }


def assessment_item(record: AssessmentRecord, names: Names) -> dict[str, Any]:
    data = record.data
    return {
        "id": record.id,
        "assessed_at": data.assessed_at.isoformat(),
        "practitioner": names(record.practitioner_id),
        "fitzpatrick": plain(data.fitzpatrick),
        "goodman_baron_grade": plain(data.gb_grade),
        "goodman_baron_score": record.gb_total,
        "goodman_baron_counts": plain(data.gb_counts),
        "ecca_score": record.ecca_total,
        "ecca_counts": plain(data.ecca_counts),
        "regions": plain(data.regions),
        "suitability": plain(data.suitability),
        "scar_s_face": data.scar_s_face,
        "notes": data.notes,
        "voided_at": plain(record.voided_at),
        "void_reason": record.void_reason,
    }


def session_item(
    record: SessionRecord, names: Names, void_reasons: Mapping[int, str | None]
) -> dict[str, Any]:
    content = record.content
    facts = {fact.index: fact for fact in record.toxin}
    modalities = []
    for index, entry in enumerate(content.modalities):
        item = {"modality": entry.modality.value, **plain(entry)}
        if isinstance(entry, ToxinInput) and index in facts:
            item["product"] = facts[index].product_label
            item["lot_number"] = facts[index].lot_number
            item["concentration_units_per_0_1_ml"] = facts[index].concentration_per_0_1ml
        modalities.append(item)
    session: dict[str, Any] = {"id": record.id, **plain(content)}
    session.update(
        {
            "practitioner": names(record.practitioner_id),
            "appointment_id": record.appointment_id,
            "modalities": modalities,
            "signed_at": plain(record.signed_at),
            "signed_by": names(record.signed_by_id) if record.signed_at else None,
            "voided_at": plain(record.voided_at),
            "void_reason": void_reasons.get(record.id) if record.voided_at else None,
            "amendments": [
                {
                    "id": a.id,
                    "amended_at": a.amended_at.isoformat(),
                    "amended_by": names(a.amended_by_id),
                    "reason": a.reason,
                    "changed": sorted(k for k in a.after if a.before.get(k) != a.after.get(k)),
                    "before": plain(a.before),
                    "after": plain(a.after),
                }
                for a in record.amendments
            ],
        }
    )
    session.pop("supervising_prescriber_id", None)
    session["supervising_prescriber"] = (
        names(content.supervising_prescriber_id) if content.supervising_prescriber_id else None
    )
    return session


def plan_item(plan: PlanRecord, names: Names) -> dict[str, Any]:
    return {
        "id": plan.id,
        "status": plan.status.value,
        "goals": plan.goals,
        "started_on": plain(plan.started_on),
        "created_at": plan.created_at.isoformat(),
        "created_by": names(plan.created_by_id),
        "stop_reason": plan.stop_reason,
        "items": [
            {
                "modality": item.modality.value,
                "sessions_planned": item.sessions_planned,
                "interval_days": item.interval_days,
                "notes": item.notes,
            }
            for item in plan.items
        ],
    }


def appointment_item(appointment: AppointmentRecord) -> dict[str, Any]:
    """A booking without the patient's own details, which the copy holds once, at the top."""
    return {
        "id": appointment.id,
        "starts_at": appointment.starts_at.isoformat(),
        "duration_minutes": appointment.duration_minutes,
        "practitioner": appointment.practitioner_name,
        "planned_modalities": plain(appointment.planned_modalities),
        "status": appointment.status.value,
        "is_toxin_review": appointment.is_toxin_review,
        "cancel_reason": appointment.cancel_reason,
        "notes": appointment.notes,
    }
