"""The patient header as plain data: identity for everyone, safety flags for clinicians."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from scardesk.domain.enums import Answer, HistoryFact, Sex
from scardesk.domain.unreadable import UnreadableRecord

#: The facts the header shows, in display order (allergies first: they stop a treatment).
HEADER_FACTS = (
    HistoryFact.ALLERGY_TOXIN,
    HistoryFact.ALLERGY_ALBUMIN,
    HistoryFact.ALLERGY_LOCAL_ANAESTHETIC,
    HistoryFact.OTHER_ALLERGIES,
    HistoryFact.PREGNANT,
    HistoryFact.BREASTFEEDING,
    HistoryFact.NEUROMUSCULAR_DISORDER,
    HistoryFact.ANTICOAGULANTS,
    HistoryFact.ISOTRETINOIN,
)


@dataclass(frozen=True, slots=True)
class SafetyFlag:
    """The current (latest, not voided) answer to one header fact."""

    fact: HistoryFact
    answer: Answer
    fact_date: date | None
    detail: str | None
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class PatientHeader:
    id: int
    version: int
    name_latin: str
    name_arabic: str
    date_of_birth: date
    age: int
    sex: Sex
    archived: bool
    #: Front photo thumbnail bytes (with its media type), practitioners only; else None.
    thumbnail: bytes | None
    thumbnail_media_type: str | None
    #: Latest answers to HEADER_FACTS that were ever asked; None when the actor may not see
    #: clinical data. A fact never asked is absent (the UI shows it as "not asked").
    safety_flags: tuple[SafetyFlag, ...] | None
    #: Latest answers to header facts that cannot be decoded: shown as alerts, never as "none".
    unreadable_flags: tuple[UnreadableRecord, ...] = ()
    #: Set when this file was merged into another: the workspace opens that one instead.
    merged_into_id: int | None = None
    #: Files merged into this one, so a user who knew them by that number sees where they went.
    merged_from: tuple[int, ...] = ()

    @property
    def alerts(self) -> tuple[SafetyFlag, ...]:
        """Flags to draw attention to: answered yes, or recorded as unknown."""
        return tuple(f for f in self.safety_flags or () if f.answer is not Answer.NO)
