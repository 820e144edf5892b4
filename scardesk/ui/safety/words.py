"""A finding in a clinician's words: title, explanation, the facts shown, and a source.

The rule code appears only in ``details`` (a tooltip); sources are cited as a clinician knows
them — the product label, a named guideline, or "your clinic's policy, set by …".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from scardesk.domain.enums import Answer, HistoryFact, Modality
from scardesk.domain.modalities import spec_of
from scardesk.domain.safety import Finding, GateParameters
from scardesk.domain.safety.findings import CLINIC_SOURCE, source_key
from scardesk.ui.labels import day_text, in_language, modality_name
from scardesk.ui.safety.reasons import RULE_OF_PREFIX, reason
from scardesk.ui.safety.texts import (
    explanations,
    fact_labels,
    fact_names,
    fact_phrase,
    sources,
    titles,
)
from scardesk.ui.tr import _t


@dataclass(frozen=True, slots=True)
class ClinicPolicy:
    """What the wording needs from the clinic: its rule settings and who last set them
    (blank while the clinic runs on ScarDesk's defaults)."""

    parameters: GateParameters = field(default_factory=GateParameters)
    set_by: str = ""


@dataclass(frozen=True, slots=True)
class FindingWords:
    title: str
    explanation: str
    facts: tuple[tuple[str, str], ...]
    source: str
    details: str


def parts(finding: Finding) -> tuple[str, Modality | None]:
    """``pregnancy.microneedling`` → (``pregnancy``, MICRONEEDLING); ``toxin_cap`` → (…, None)."""
    head, _, tail = finding.rule_code.partition(".")
    if ".no_decision." in finding.rule_code:
        head = "no_decision"
    modality = next((m for m in Modality if tail.endswith(m.value)), None) if tail else None
    return head, modality


def words(finding: Finding, policy: ClinicPolicy) -> FindingWords:
    prefix, modality = parts(finding)
    values = _values(finding, policy.parameters)
    title = titles().get(prefix, _t("Safety point"))
    if modality is not None:
        title = _t("{topic} · {treatment}").format(topic=title, treatment=modality_name(modality))
    return FindingWords(
        title=title,
        explanation=_explanation(finding, prefix, modality, values),
        facts=_facts(finding.facts),
        source=_source(finding, prefix, policy),
        details=_t("Rule: {code} · level: {level}").format(
            code=finding.rule_code, level=finding.level.name.lower()
        ),
    )


def _explanation(
    finding: Finding, prefix: str, modality: Modality | None, values: Mapping[str, str]
) -> str:
    history = finding.facts.get("history_fact")
    fact = HistoryFact(history) if history in set(HistoryFact) else None
    if prefix in ("rule_failed", "no_decision"):
        return explanations()[prefix].format_map(values)
    if fact is not None and modality is not None:
        why = reason(RULE_OF_PREFIX.get(prefix, prefix), modality) or ""
        return " ".join(filter(None, (_situation(fact, finding), why.format_map(values))))
    if prefix == "history_review" and finding.facts.get("history_reviewed_on") == "never":
        prefix = "history_review_never"
    template = explanations().get(prefix)
    return template.format_map(values) if template else _t("Review this point before treating.")


def _situation(fact: HistoryFact, finding: Finding) -> str:
    answer = finding.facts.get("answer")
    phrase = fact_phrase(fact)
    if answer == Answer.YES.value:
        if fact is HistoryFact.ISOTRETINOIN and "earliest_date" in finding.facts:
            return _t("The last isotretinoin dose was on {day}.").format(
                day=_shown(finding.facts.get("fact_date", ""))
            )
        return _t("The medical history records that the patient {fact}.").format(fact=phrase)
    return _t(
        "The medical history does not say whether the patient {fact}: ask, and record yes or no."
    ).format(fact=phrase)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def _values(finding: Finding, parameters: GateParameters) -> _Blank:
    values = _Blank({key: _shown(value) for key, value in finding.facts.items()})
    values.update(
        sun_days=str(parameters.sun_avoidance_days),
        retinoid_days_microneedling=str(parameters.retinoid_stop_days_microneedling),
        retinoid_days_laser=str(parameters.retinoid_stop_days_laser),
        retinoid_days_peel=str(parameters.retinoid_stop_days_peel),
    )
    if "modality" in finding.facts and finding.facts["modality"] in set(Modality):
        # The name as written mid-sentence ("before any chemical peel").
        spec = spec_of(Modality(finding.facts["modality"]))
        values["treatment"] = in_language(spec.name, spec.name_ar)
    return values


def _shown(value: str) -> str:
    """A fact's value as a person reads it: dates as dd/mm/yyyy, known codes by name."""
    try:
        return day_text(date.fromisoformat(value))
    except ValueError:
        pass
    if value in set(Modality):
        return modality_name(Modality(value))
    if value in set(HistoryFact):
        return fact_names().get(HistoryFact(value), value.replace("_", " "))
    return {
        "yes": _t("yes"),
        "no": _t("no"),
        "unknown": _t("unknown"),
        "never": _t("never"),
        "missing": _t("missing"),
        "withdrawn": _t("withdrawn"),
        "not recorded": _t("not recorded"),
        "None": _t("not recorded"),
        "True": _t("yes"),
        "False": _t("no"),
    }.get(value, value.replace("_", " ") if value.islower() and " " not in value else value)


def _facts(facts: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    labels = fact_labels()
    hidden = {"rule", "error", "decision", "consent_purpose"}
    return tuple(
        (labels.get(key, key.replace("_", " ").capitalize()), _shown(value))
        for key, value in facts.items()
        if key not in hidden
    )


def _source(finding: Finding, prefix: str, policy: ClinicPolicy) -> str:
    key = source_key(finding.source)
    clinic_set = prefix in ("interval", "history_review", "toxin_point_ceiling")
    if key == CLINIC_SOURCE or clinic_set or prefix == "no_decision":
        if policy.set_by:
            return _t("Your clinic's policy, set by {name} (Admin › Safety rules)").format(
                name=policy.set_by
            )
        return _t(
            "Your clinic's policy (ScarDesk's defaults, not yet changed in Admin › Safety rules)"
        )
    return sources().get(key, finding.source)
