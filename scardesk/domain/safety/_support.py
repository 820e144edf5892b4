"""Small helpers shared by the rule modules: names, sources, answers, decisions, months."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date

from scardesk.domain.enums import Answer, HistoryFact, Modality
from scardesk.domain.modalities import SPECS, ModalitySpec, RuleContext, Verdict
from scardesk.domain.modalities.common import days
from scardesk.domain.modalities.peel import peel_is_deeper
from scardesk.domain.modalities.toxin import SOURCE as TOXIN_SOURCE
from scardesk.domain.safety.facts import HistoryAnswer, PatientFacts, PlannedTreatment
from scardesk.domain.safety.findings import Finding, Level

SRC_TOXIN = TOXIN_SOURCE
SRC_ISOTRETINOIN = "[IS] Waldman et al., ASDS isotretinoin and procedures consensus, 2017"
SRC_FITZPATRICK = "[FZ] StatPearls, laser Fitzpatrick skin type recommendations (NBK557626)"
SRC_CONSENT = (
    "[PD] Oman Personal Data Protection Law (Royal Decree 6/2022): explicit written consent"
)
SRC_CLINIC = "Clinic policy (clinical reference §6: a rule never passes on missing data)"
#: The reference cited for each modality's rules, and its name mid-sentence (from its spec).
SRC_MODALITY: Mapping[Modality, str] = {modality: spec.source for modality, spec in SPECS.items()}
MODALITY_NAMES: Mapping[Modality, str] = {modality: spec.name for modality, spec in SPECS.items()}

FACT_PHRASES = {
    HistoryFact.PREGNANT: "is pregnant",
    HistoryFact.BREASTFEEDING: "is breastfeeding",
    HistoryFact.NEUROMUSCULAR_DISORDER: "has a neuromuscular-junction disorder",
    HistoryFact.HERPES_SIMPLEX: "has a history of herpes simplex (cold sores)",
    HistoryFact.KELOID_TENDENCY: "tends to form keloid scars",
    HistoryFact.BLEEDING_DISORDER: "has a bleeding disorder",
    HistoryFact.ANTICOAGULANTS: "takes anticoagulant or antiplatelet medicine",
    HistoryFact.ACTIVE_INFECTION: "has an active infection or open wound at the treatment site",
    HistoryFact.ISOTRETINOIN: "takes or has taken oral isotretinoin",
    HistoryFact.AMINOGLYCOSIDES: "takes aminoglycoside antibiotics",
    HistoryFact.MUSCLE_RELAXANTS: "takes muscle relaxants",
    HistoryFact.PHOTOSENSITISING_DRUGS: "takes photosensitising medicine",
    HistoryFact.TOPICAL_RETINOIDS: "uses topical retinoids",
    HistoryFact.RECENT_TOXIN_OR_FILLER: "had botulinum toxin or filler elsewhere recently",
    HistoryFact.RECENT_SUN_EXPOSURE: "has recent sunburn or a tan",
    HistoryFact.ALLERGY_TOXIN: "is allergic to a botulinum toxin product",
    HistoryFact.ALLERGY_ALBUMIN: "is allergic to albumin (an ingredient of several toxin products)",
    HistoryFact.ALLERGY_LOCAL_ANAESTHETIC: "is allergic to local anaesthetic injections",
    HistoryFact.OTHER_ALLERGIES: "has other allergies",
}


def unknown(answer: HistoryAnswer) -> bool:
    """UNKNOWN and "never asked" are the same to the gate: neither means no."""
    return answer.answer is not Answer.YES and answer.answer is not Answer.NO


def answer_facts(
    fact: HistoryFact, answer: HistoryAnswer, modality: Modality | None
) -> dict[str, str]:
    """The facts dictionary every history finding carries."""
    facts = {"history_fact": fact.value, "answer": answer.answer.value}
    if answer.fact_date is not None:
        facts["fact_date"] = answer.fact_date.isoformat()
    facts["recorded_on"] = answer.recorded_on.isoformat() if answer.recorded_on else "never"
    if modality is not None:
        facts["modality"] = modality.value
    return facts


def not_recorded(
    code: str, fact: HistoryFact, facts: PatientFacts, modality: Modality, level: Level, why: str
) -> Finding:
    """The finding for a history answer the rule needs but nobody recorded as yes or no."""
    answer = facts.answer(fact)
    if answer.recorded_on is None:
        state = "no answer recorded"
    else:
        state = f"answered '{answer.answer.value}' on {answer.recorded_on.isoformat()}"
    return Finding(
        rule_code=code,
        level=level,
        message=(
            f"It is not recorded whether the patient {FACT_PHRASES[fact]} ({state}). Ask and "
            f"record yes or no before this {MODALITY_NAMES[modality]}, because {why}"
        ),
        facts=answer_facts(fact, answer, modality),
        source=SRC_MODALITY[modality],
    )


def yes_finding(
    code: str, fact: HistoryFact, facts: PatientFacts, modality: Modality, level: Level, what: str
) -> Finding:
    """The finding for a history answer recorded as yes."""
    return Finding(
        rule_code=code,
        level=level,
        message=f"The patient {FACT_PHRASES[fact]}: {what}",
        facts=answer_facts(fact, facts.answer(fact), modality),
        source=SRC_MODALITY[modality],
    )


def decisions(
    rule: str,
    context: RuleContext,
    specs: Mapping[Modality, ModalitySpec] = SPECS,
) -> dict[Modality, Verdict | None]:
    """Each planned modality's decision for ``rule``, read from its spec.

    A modality whose spec has no decision for the rule is left out: ``history_rule`` then
    raises a review finding for it instead of passing it silently.
    """
    found: dict[Modality, Verdict | None] = {}
    for modality in context.planned.modalities:
        spec = specs.get(modality)
        decide = spec.safety.get(rule) if spec is not None else None
        if decide is not None:
            found[modality] = decide(context)
    return found


def no_decision(rule: str, modality: Modality) -> Finding:
    """Fail closed: a rule that cannot say how it judges a modality asks for a review.

    NEEDS_OVERRIDE rather than BLOCK: the gap is in ScarDesk, not in the patient's facts, so
    the practitioner who has checked the rule by hand may proceed with a recorded, audited
    reason, as for any answer the gate cannot read; a WARN could be clicked past unrecorded.
    """
    name = MODALITY_NAMES.get(modality, modality.value)
    return Finding(
        rule_code=f"{rule}.no_decision.{modality.value}",
        level=Level.NEEDS_OVERRIDE,
        message=(
            f"The safety rule '{rule}' has no decision for {name}, so ScarDesk cannot check it. "
            "Review this rule for this treatment yourself and record why it is safe to proceed."
        ),
        facts={"rule": rule, "modality": modality.value, "decision": "missing"},
        source=SRC_MODALITY.get(modality, SRC_CLINIC),
    )


def history_rule(
    prefix: str,
    fact: HistoryFact,
    facts: PatientFacts,
    levels: Mapping[Modality, Verdict | None],
    planned: PlannedTreatment,
    rule: str | None = None,
) -> list[Finding]:
    """One finding per planned modality: at its level when yes, at most NEEDS_OVERRIDE when unknown.

    An unknown answer is never quieter than a yes would be, but it cannot block: the practitioner
    may ask on the day and proceed with a recorded reason. ``levels`` holds each modality's
    decision (None: the rule raises nothing for it); a planned modality missing from it gets
    the ``no_decision`` finding of ``rule`` (default ``prefix``), never a silent pass.
    """
    answer = facts.answer(fact)
    found: list[Finding] = []
    for modality in sorted(planned.modalities):
        if modality not in levels:
            found.append(no_decision(rule or prefix, modality))
            continue
        verdict = levels[modality]
        if verdict is None:
            continue
        level, what = verdict.level, verdict.why
        code = f"{prefix}.{modality.value}"
        if answer.answer is Answer.YES:
            found.append(yes_finding(code, fact, facts, modality, level, what))
        elif unknown(answer):
            capped = Level.NEEDS_OVERRIDE if level is Level.BLOCK else level
            found.append(not_recorded(code, fact, facts, modality, capped, what))
    return found


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later, clamped to the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if year > date.max.year:
        return date.max
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


__all__ = ["days", "peel_is_deeper"]
