"""Safety findings in a clinician's words: every rule and modality has wording, no programmer's
text reaches the panel, and the panel wraps instead of scrolling sideways."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from scardesk.domain.enums import Answer, Fitzpatrick, HistoryFact, Modality, PeelDepth
from scardesk.domain.modalities import SPECS
from scardesk.domain.modalities.spec import not_concerned
from scardesk.domain.safety import Finding, HistoryAnswer, Level, PreviousSession, evaluate
from scardesk.ui.safety.reasons import REASONS, RULE_OF_PREFIX
from scardesk.ui.safety.texts import titles
from scardesk.ui.safety.words import ClinicPolicy, words
from scardesk.ui.sessions.safety_panel import SafetyPanel
from tests.domain.safety_helpers import CLEAR, DEFAULTS, ON, plan

ALL = tuple(Modality)
EVERY_YES = replace(
    CLEAR,
    history={f: HistoryAnswer(Answer.YES, ON - timedelta(days=30), ON) for f in HistoryFact},
    fitzpatrick=Fitzpatrick.V,
    consents=frozenset(),
    history_reviewed_on=None,
    previous_sessions=(
        *(PreviousSession(ON - timedelta(days=10), m, 390, "Botox") for m in ALL),
        PreviousSession(ON - timedelta(days=20), Modality.TOXIN, 50, "Dysport"),
    ),
)
NOTHING_KNOWN = replace(CLEAR, history={}, fitzpatrick=None)
PLANS = (
    plan(*ALL, laser_ablative=True, laser_fully_ablative=True, peel_depth=PeelDepth.DEEP),
    plan(*ALL, laser_ablative=None, peel_depth=None, toxin_units=None),
    plan(*ALL, peel_depth=PeelDepth.MEDIUM),
)


def every_finding() -> list[Finding]:
    found: dict[str, Finding] = {}
    for facts in (EVERY_YES, NOTHING_KNOWN, CLEAR):
        for planned in PLANS:
            for item in evaluate(planned, facts, DEFAULTS, ON).findings:
                found.setdefault(item.rule_code, item)
    return list(found.values())


def test_every_decision_a_modality_spec_makes_has_its_reason_written() -> None:
    missing = [
        (rule, modality.value)
        for modality, spec in SPECS.items()
        for rule, decide in spec.safety.items()
        if decide is not not_concerned and (rule, modality) not in REASONS
    ]
    assert missing == []


def test_every_finding_prefix_the_gate_raises_has_a_title() -> None:
    prefixes = {item.rule_code.split(".")[0] for item in every_finding()}
    assert prefixes - set(titles()) == set()
    assert set(RULE_OF_PREFIX) <= set(titles())


@pytest.mark.parametrize("finding", every_finding(), ids=lambda f: f.rule_code)
def test_a_finding_reads_as_clinical_text_with_its_code_only_in_the_details(
    finding: Finding,
) -> None:
    text = words(finding, ClinicPolicy(set_by="Dr Salma Al-Harthy"))
    visible = " ".join(
        [text.title, text.explanation, text.source, *(f"{k} {v}" for k, v in text.facts)]
    )
    assert finding.rule_code not in visible
    assert "_" not in visible, visible  # no codes such as allergy_toxin or fully_ablative
    assert not re.search(r"\d{4}-\d{2}-\d{2}", visible), visible  # dates shown dd/mm/yyyy
    assert "§" not in text.source and "[" not in text.source
    assert "?" not in text.explanation, text.explanation  # every placeholder filled
    assert text.title and text.explanation.endswith(".")
    assert finding.rule_code in text.details


def test_a_clinic_set_parameter_cites_the_clinic_and_who_set_it() -> None:
    review = next(f for f in every_finding() if f.rule_code == "history_review")
    assert words(review, ClinicPolicy(set_by="Dr Salma")).source == (
        "Your clinic's policy, set by Dr Salma (Admin › Safety rules)"
    )
    assert "defaults" in words(review, ClinicPolicy()).source


def test_a_label_rule_cites_the_product_label() -> None:
    cap = next(f for f in every_finding() if f.rule_code == "toxin_cap")
    assert words(cap, ClinicPolicy()).source.startswith("Product label: Botox Cosmetic")


def test_the_retinoid_reason_quotes_the_clinics_own_stop_days() -> None:
    finding = next(f for f in every_finding() if f.rule_code == "topical_retinoids.chemical_peel")
    policy = ClinicPolicy(DEFAULTS.but(retinoid_stop_days_peel=4))
    assert "at least 4 days before a chemical peel" in words(finding, policy).explanation


def test_the_panel_shows_words_wraps_and_never_scrolls_sideways(qtbot, tmp_path: Path) -> None:
    panel = SafetyPanel()
    panel.setFixedSize(420, 860)
    qtbot.addWidget(panel)
    result = evaluate(PLANS[0], EVERY_YES, DEFAULTS, ON)
    panel.set_policy(ClinicPolicy(set_by="Dr Salma Al-Harthy"))
    panel.show_result(result)
    panel.show()
    qtbot.waitExposed(panel)
    assert len(panel.cards) == len(result.findings) > 10
    for card in panel.cards:
        assert card.finding.rule_code not in card.title.text() + card.explanation.text()
        assert card.finding.rule_code in card.toolTip()
        assert card.title.wordWrap() and card.explanation.wordWrap() and card.source.wordWrap()
    scroll = panel.findChild(type(panel.list_widget.parentWidget().parentWidget()))
    assert scroll is not None
    assert not scroll.horizontalScrollBar().isVisible()
    assert panel.list_widget.width() <= scroll.viewport().width()
    panel.grab().save(str(tmp_path / "safety_panel.png"))


def test_an_override_reason_still_works_from_the_worded_card(qtbot) -> None:
    panel = SafetyPanel()
    qtbot.addWidget(panel)
    facts = replace(CLEAR, history_reviewed_on=None)
    panel.show_result(evaluate(plan(Modality.MICRONEEDLING), facts, DEFAULTS, ON))
    field = panel.reason_field("history_review")
    assert field is not None and panel.missing() == ["history_review"]
    assert "Medical history due for review" in field.accessibleName()
    field.setText("Reviewed verbally today")
    assert panel.overrides() == {"history_review": "Reviewed verbally today"}
    assert panel.can_save()
    assert [c.finding.level for c in panel.cards] == [Level.NEEDS_OVERRIDE]
