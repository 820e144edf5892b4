"""Safety rules for microneedling, fractional laser and chemical peels (clinical reference §4, §6).

Where a detail of the plan is unrecorded (laser type, peel depth) these rules assume the
riskier case and say so; ``treatment_details`` blocks until the detail is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from scardesk.domain.enums import Answer, Fitzpatrick, HistoryFact, Modality, PeelDepth
from scardesk.domain.intervals import days_between, interval_days
from scardesk.domain.safety._support import (
    MODALITY_NAMES,
    SRC_FITZPATRICK,
    SRC_ISOTRETINOIN,
    SRC_MODALITY,
    add_months,
    answer_facts,
    days,
    history_rule,
    not_recorded,
    peel_is_deeper,
)
from scardesk.domain.safety.facts import GateParameters, PatientFacts, PlannedTreatment
from scardesk.domain.safety.findings import Finding, Level

LASER, PEEL, NEEDLING = Modality.FRACTIONAL_LASER, Modality.CHEMICAL_PEEL, Modality.MICRONEEDLING
SKIN = (NEEDLING, LASER, PEEL)
DARK_TYPES = frozenset({Fitzpatrick.IV, Fitzpatrick.V, Fitzpatrick.VI})


def _peel_name(planned: PlannedTreatment) -> str:
    depth = planned.peel_depth
    return "peel of unrecorded depth (checked as deep)" if depth is None else f"{depth.value} peel"


def _laser_name(planned: PlannedTreatment) -> str:
    if planned.laser_fully_ablative:
        return "fully ablative laser"
    if planned.laser_is_ablative is False:
        return "nonablative laser"
    if planned.laser_is_ablative and planned.laser_fully_ablative is False:
        return "fractional ablative laser"
    return "laser of unrecorded type (checked as fully ablative)"


def isotretinoin(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Fully ablative laser within the window: BLOCK; medium/deep peel: NEEDS_OVERRIDE.

    Microneedling, nonablative and fractional lasers and superficial peels need no delay
    (ASDS 2017), so they are never flagged, whatever the answer.
    """
    windows: list[tuple[Modality, str, int, Level]] = []
    if LASER in planned.modalities and planned.laser_fully_ablative is not False:
        months = params.isotretinoin_fully_ablative_laser_months
        windows.append((LASER, _laser_name(planned), months, Level.BLOCK))
    if PEEL in planned.modalities and peel_is_deeper(planned.peel_depth):
        months = params.isotretinoin_medium_deep_peel_months
        windows.append((PEEL, _peel_name(planned), months, Level.NEEDS_OVERRIDE))
    fact = HistoryFact.ISOTRETINOIN
    answer = facts.answer(fact)
    found: list[Finding] = []
    for modality, name, months, level in windows:
        code = f"isotretinoin.{modality.value}"
        why = f"a {name} needs {months} months after the last isotretinoin dose."
        if answer.answer is Answer.NO:
            continue
        if answer.answer is not Answer.YES:
            found.append(not_recorded(code, fact, facts, modality, Level.NEEDS_OVERRIDE, why))
            continue
        detail = {**answer_facts(fact, answer, modality), "window_months": str(months)}
        if answer.fact_date is None:
            message = (
                f"The patient takes or took isotretinoin but the date of the last dose is not "
                f"recorded; {why} Record the end date, and do not proceed if still taking it."
            )
            found.append(Finding(code, Level.NEEDS_OVERRIDE, message, detail, SRC_ISOTRETINOIN))
            continue
        clear_from = add_months(answer.fact_date, months)
        if on < clear_from:
            message = (
                f"The last isotretinoin dose was on {answer.fact_date.isoformat()}; {why} "
                f"The earliest date for this treatment is {clear_from.isoformat()}."
            )
            detail["earliest_date"] = clear_from.isoformat()
            found.append(Finding(code, level, message, detail, SRC_ISOTRETINOIN))
    return found


def herpes_simplex(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Ablative laser, medium/deep peel without antiviral: NEEDS_OVERRIDE; microneedling: WARN."""
    if planned.antiviral_prophylaxis:
        return []
    what = "antiviral prophylaxis is required before a {} and none is recorded for this session."
    levels: dict[Modality, tuple[Level, str]] = {
        NEEDLING: (Level.WARN, "an antiviral may be needed before microneedling; none is recorded.")
    }
    if planned.laser_is_ablative is not False:
        levels[LASER] = (Level.NEEDS_OVERRIDE, what.format(_laser_name(planned)))
    if peel_is_deeper(planned.peel_depth):
        levels[PEEL] = (Level.NEEDS_OVERRIDE, what.format(_peel_name(planned)))
    return history_rule("herpes_simplex", HistoryFact.HERPES_SIMPLEX, facts, levels, planned)


def keloid_tendency(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Microneedling NEEDS_OVERRIDE; laser WARN; deep peel BLOCK, other peels WARN."""
    dark = facts.fitzpatrick in DARK_TYPES
    laser_why = "lasers need caution" + (
        f", especially in skin type {facts.fitzpatrick}." if dark else "."
    )
    if peel_is_deeper(planned.peel_depth) and planned.peel_depth is not PeelDepth.MEDIUM:
        peel = (Level.BLOCK, f"a {_peel_name(planned)} is contraindicated.")
    else:
        peel = (
            Level.WARN,
            f"a {_peel_name(planned)} needs caution and deeper peels are contraindicated.",
        )
    levels = {
        NEEDLING: (Level.NEEDS_OVERRIDE, "microneedling is contraindicated or needs caution."),
        LASER: (Level.WARN, laser_why),
        PEEL: peel,
    }
    return history_rule("keloid_tendency", HistoryFact.KELOID_TENDENCY, facts, levels, planned)


def skin_type(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """No skin type before laser or peel: BLOCK. Types IV–VI: WARN about PIH, prompt a test spot."""
    found: list[Finding] = []
    for modality in sorted(planned.modalities & {LASER, PEEL}):
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
            safer = " Nonablative lasers are the safer choice." if modality is LASER else ""
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


def _sun_levels(cause: str) -> dict[Modality, tuple[Level, str]]:
    return {
        NEEDLING: (Level.WARN, f"microneedling needs caution ({cause})."),
        LASER: (
            Level.NEEDS_OVERRIDE,
            f"laser treatment should wait ({cause}).",
        ),
        PEEL: (Level.NEEDS_OVERRIDE, f"the peel should be deferred ({cause})."),
    }


def sun_exposure(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Laser and peel NEEDS_OVERRIDE, microneedling WARN; only WARN once the exposure is past."""
    fact = HistoryFact.RECENT_SUN_EXPOSURE
    wait = days(params.sun_avoidance_days)
    levels = _sun_levels(f"wait {wait} after sun: burns and pigment change are likelier")
    answer = facts.answer(fact)
    exposed = answer.fact_date if answer.answer is Answer.YES else None
    if exposed is not None and days_between(exposed, on) >= params.sun_avoidance_days:
        settled = f"the exposure was on {exposed.isoformat()}; check the skin has settled."
        levels = {modality: (Level.WARN, settled) for modality in levels}
    return history_rule("sun_exposure", fact, facts, levels, planned)


def photosensitising_drugs(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Same levels as recent sun: the skin reacts to light and heat as if sunburnt."""
    levels = _sun_levels("the skin reacts more strongly to light and heat")
    fact = HistoryFact.PHOTOSENSITISING_DRUGS
    return history_rule("photosensitising_drugs", fact, facts, levels, planned)


def topical_retinoids(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """WARN unless the last application is recorded and far enough before the session."""
    stop_days = {
        NEEDLING: params.retinoid_stop_days_microneedling,
        LASER: params.retinoid_stop_days_laser,
        PEEL: params.retinoid_stop_days_peel,
    }
    answer = facts.answer(HistoryFact.TOPICAL_RETINOIDS)
    levels: dict[Modality, tuple[Level, str]] = {}
    for modality, stop in stop_days.items():
        stopped = answer.fact_date
        if (
            answer.answer is Answer.YES
            and stopped is not None
            and days_between(stopped, on) >= stop
        ):
            continue
        when = f" (last applied {stopped.isoformat()})" if stopped else " (last use not recorded)"
        levels[modality] = (
            Level.WARN,
            f"they should be stopped at least {days(stop)} before{when}.",
        )
    return history_rule("topical_retinoids", HistoryFact.TOPICAL_RETINOIDS, facts, levels, planned)


def skin_intervals(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """WARN when the same modality was done closer than its interval (before or after this day)."""
    settings = params.interval_settings()
    found: list[Finding] = []
    for modality in sorted(planned.modalities & set(SKIN)):
        for item in facts.previous_sessions:
            if item.modality is not modality:
                continue
            depth = None
            if modality is PEEL:
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
