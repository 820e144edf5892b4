"""Safety rules for microneedling, fractional laser and chemical peels (clinical reference §4, §6).

How each rule judges each modality is the modality's spec (:mod:`scardesk.domain.modalities`).
Where a detail of the plan is unrecorded (laser type, peel depth) these rules assume the
riskier case and say so; ``treatment_details`` blocks until the detail is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from scardesk.domain.enums import Answer, HistoryFact, PeelDepth
from scardesk.domain.intervals import days_between, interval_days
from scardesk.domain.modalities import SPECS, RuleContext, Verdict
from scardesk.domain.modalities.laser import DARK_TYPES
from scardesk.domain.safety._support import (
    MODALITY_NAMES,
    SRC_FITZPATRICK,
    SRC_ISOTRETINOIN,
    SRC_MODALITY,
    add_months,
    answer_facts,
    days,
    decisions,
    history_rule,
    no_decision,
    not_recorded,
)
from scardesk.domain.safety.facts import GateParameters, PatientFacts, PlannedTreatment
from scardesk.domain.safety.findings import Finding, Level

#: The modalities that need the Fitzpatrick type, and those the interval rule checks (specs).
NEEDS_SKIN_TYPE = frozenset(m for m, spec in SPECS.items() if spec.needs_skin_type)
INTERVAL_RULE = frozenset(m for m, spec in SPECS.items() if spec.interval_rule)


def isotretinoin(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Each modality's spec gives its waiting period (fully ablative laser: BLOCK; medium/deep
    peel: NEEDS_OVERRIDE) or none: microneedling, nonablative and fractional lasers and
    superficial peels need no delay (ASDS 2017), so they are never flagged, whatever the answer.
    """
    fact = HistoryFact.ISOTRETINOIN
    answer = facts.answer(fact)
    found: list[Finding] = []
    windows = decisions("isotretinoin", RuleContext(planned, facts, params, on))
    for modality in sorted(planned.modalities):
        if modality not in windows:
            found.append(no_decision("isotretinoin", modality))
            continue
        window = windows[modality]
        if window is not None and window.months is None:  # a level without a waiting period
            found.append(no_decision("isotretinoin", modality))
            continue
        if window is None or window.months is None or answer.answer is Answer.NO:
            continue
        code = f"isotretinoin.{modality.value}"
        why, months = window.why, window.months
        # Unknown, or yes without a date: the spec's level, capped at NEEDS_OVERRIDE (a WARN
        # decision, subcision's, stays a WARN: not knowing is never louder than a yes).
        capped = Level.WARN if window.level is Level.WARN else Level.NEEDS_OVERRIDE
        if answer.answer is not Answer.YES:
            found.append(not_recorded(code, fact, facts, modality, capped, why))
            continue
        detail = {**answer_facts(fact, answer, modality), "window_months": str(months)}
        if answer.fact_date is None:
            message = (
                f"The patient takes or took isotretinoin but the date of the last dose is not "
                f"recorded; {why} Record the end date, and do not proceed if still taking it."
            )
            found.append(Finding(code, capped, message, detail, SRC_ISOTRETINOIN))
            continue
        clear_from = add_months(answer.fact_date, months)
        if on < clear_from:
            message = (
                f"The last isotretinoin dose was on {answer.fact_date.isoformat()}; {why} "
                f"The earliest date for this treatment is {clear_from.isoformat()}."
            )
            detail["earliest_date"] = clear_from.isoformat()
            found.append(Finding(code, window.level, message, detail, SRC_ISOTRETINOIN))
    return found


def herpes_simplex(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Ablative laser, medium/deep peel without antiviral: NEEDS_OVERRIDE; microneedling: WARN."""
    if planned.antiviral_prophylaxis:
        return []
    levels = decisions("herpes_simplex", RuleContext(planned, facts, params, on))
    return history_rule("herpes_simplex", HistoryFact.HERPES_SIMPLEX, facts, levels, planned)


def keloid_tendency(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Microneedling NEEDS_OVERRIDE; laser WARN; deep peel BLOCK, other peels WARN."""
    levels = decisions("keloid_tendency", RuleContext(planned, facts, params, on))
    return history_rule("keloid_tendency", HistoryFact.KELOID_TENDENCY, facts, levels, planned)


def skin_type(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """No skin type before laser or peel: BLOCK. Types IV–VI: WARN about PIH, prompt a test spot."""
    found: list[Finding] = []
    for modality in sorted(planned.modalities & NEEDS_SKIN_TYPE):
        name = MODALITY_NAMES[modality]
        detail = {
            "modality": modality.value,
            "fitzpatrick": str(facts.fitzpatrick or "not recorded"),
        }
        if facts.fitzpatrick is None:
            message = (
                f"The Fitzpatrick skin type is not recorded; it is required before any {name} "
                "because darker types risk post-inflammatory hyperpigmentation. Record it first."
            )
            found.append(
                Finding(
                    f"skin_type_missing.{modality.value}",
                    Level.BLOCK,
                    message,
                    detail,
                    SRC_FITZPATRICK,
                )
            )
        elif facts.fitzpatrick in DARK_TYPES:
            safer = SPECS[modality].skin_type_advice
            message = (
                f"Skin type {facts.fitzpatrick} carries a higher risk of post-inflammatory "
                f"hyperpigmentation (and keloid) after a {name}. Do a test spot first; consider "
                f"priming (e.g. hydroquinone for 2 weeks) and strict sunscreen afterwards.{safer}"
            )
            found.append(
                Finding(
                    f"skin_type_pih.{modality.value}", Level.WARN, message, detail, SRC_FITZPATRICK
                )
            )
    return found


def sun_exposure(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Laser and peel NEEDS_OVERRIDE, microneedling WARN; only WARN once the exposure is past."""
    fact = HistoryFact.RECENT_SUN_EXPOSURE
    wait = days(params.sun_avoidance_days)
    cause = f"wait {wait} after sun: burns and pigment change are likelier"
    levels = decisions("sun", RuleContext(planned, facts, params, on, cause=cause))
    answer = facts.answer(fact)
    exposed = answer.fact_date if answer.answer is Answer.YES else None
    if exposed is not None and days_between(exposed, on) >= params.sun_avoidance_days:
        settled = f"the exposure was on {exposed.isoformat()}; check the skin has settled."
        levels = {
            modality: None if verdict is None else Verdict(Level.WARN, settled)
            for modality, verdict in levels.items()
        }
    return history_rule("sun_exposure", fact, facts, levels, planned, rule="sun")


def photosensitising_drugs(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Same decisions as recent sun: the skin reacts to light and heat as if sunburnt."""
    cause = "the skin reacts more strongly to light and heat"
    levels = decisions("sun", RuleContext(planned, facts, params, on, cause=cause))
    fact = HistoryFact.PHOTOSENSITISING_DRUGS
    return history_rule("photosensitising_drugs", fact, facts, levels, planned, rule="sun")


def topical_retinoids(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """WARN unless the last application is recorded and far enough before the session."""
    levels = decisions("topical_retinoids", RuleContext(planned, facts, params, on))
    fact = HistoryFact.TOPICAL_RETINOIDS
    return history_rule("topical_retinoids", fact, facts, levels, planned)


def skin_intervals(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """WARN when the same modality was done closer than its interval (before or after this day)."""
    settings = params.interval_settings()
    found: list[Finding] = []
    for modality in sorted(planned.modalities & INTERVAL_RULE):
        for item in facts.previous_sessions:
            if item.modality is not modality:
                continue
            depth = None
            if SPECS[modality].interval_needs_depth:
                shallow = {planned.peel_depth, item.peel_depth} == {PeelDepth.SUPERFICIAL}
                depth = PeelDepth.SUPERFICIAL if shallow else PeelDepth.DEEP
            limit = interval_days(modality, settings, depth)
            gap = abs(days_between(item.on, on))
            if gap >= limit:
                continue
            name = MODALITY_NAMES[modality]
            message = (
                f"Another {name} was done on {item.on.isoformat()}, {gap} days from this session; "
                f"the clinic's interval for it is {limit} days so the skin can heal in between."
            )
            detail = {
                "modality": modality.value,
                "other_session": item.on.isoformat(),
                "days_apart": str(gap),
                "interval_days": str(limit),
            }
            found.append(
                Finding(
                    f"interval.{modality.value}",
                    Level.WARN,
                    message,
                    detail,
                    SRC_MODALITY[modality],
                )
            )
    return found


SKIN_RULES: list[
    Callable[[PlannedTreatment, PatientFacts, GateParameters, date], list[Finding]]
] = [
    isotretinoin,
    herpes_simplex,
    keloid_tendency,
    skin_type,
    sun_exposure,
    photosensitising_drugs,
    topical_retinoids,
    skin_intervals,
]
