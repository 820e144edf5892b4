"""Every modality is complete: a spec, a session card, a describer, its content texts in both
languages, a plan row and a decision in every safety rule.

Adding a modality (subcision, TCA CROSS…) starts by adding its ``Modality`` member; this file
then lists, by failing, every piece still to write.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from scardesk.documents.content import ContentLibrary, relative_path
from scardesk.domain.codecs.modality import READERS
from scardesk.domain.consents import CONSENT_PURPOSE_TEXT, purpose_for_modality
from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality, PeelDepth
from scardesk.domain.intervals import IntervalSettings, interval_days
from scardesk.domain.modalities import SAFETY_RULES, SPECS, RuleContext, Verdict, spec_of
from scardesk.domain.modalities.spec import no_depth
from scardesk.domain.plans import MODALITY_TEXT
from scardesk.domain.safety.facts import PlannedTreatment
from scardesk.resources import resource_path
from scardesk.services.document_builders import ENTRY_TEXT, OWN_ROWS_DONE
from scardesk.ui.consultation.plan_rows import DEFAULT_SESSIONS
from scardesk.ui.sessions.cards import CARDS
from tests.domain.safety_helpers import CLEAR, DEFAULTS, ON, plan

ARABIC = re.compile(r"[\u0600-\u06FF]")
EVERY = list(Modality)
BUNDLED = ContentLibrary()


def test_every_modality_has_exactly_one_spec_keyed_by_itself() -> None:
    assert set(SPECS) == set(Modality)
    assert len(SPECS) == 6  # toxin, microneedling, laser, peel, subcision, TCA CROSS
    for modality, spec in SPECS.items():
        assert spec.modality is modality


@pytest.mark.parametrize("modality", EVERY)
def test_names_in_both_languages(modality: Modality) -> None:
    spec = spec_of(modality)
    assert spec.name_en.strip() and spec.name.strip()
    assert spec.name.lower() == spec.name_en.lower()  # acronyms (TCA CROSS) keep capitals
    assert ARABIC.search(spec.name_ar), spec.name_ar
    assert MODALITY_TEXT[modality] == spec.name


@pytest.mark.parametrize("modality", EVERY)
def test_an_input_record_with_a_codec_a_describer_and_a_document_line(modality: Modality) -> None:
    spec = spec_of(modality)
    assert spec.input_type in READERS, "the codec cannot read this modality"
    assert spec.input_type in ENTRY_TEXT, "documents cannot list this modality"
    assert spec.line is not None or spec.own_rows, "no line for printed documents"
    # The aftercare sheet names it as given; toxin (own rows) prints its product and units.
    assert spec.given is not None or spec.own_rows, "the aftercare sheet cannot name it"
    if spec.given is None:  # told from its own rows (toxin: product and units)
        assert spec.input_type in OWN_ROWS_DONE, "the aftercare sheet cannot tell it"
    assert callable(spec.check)
    input_types = [s.input_type for s in SPECS.values()]
    assert input_types.count(spec.input_type) == 1, "two modalities share one input record"


@pytest.mark.parametrize("modality", EVERY)
def test_a_session_card_and_a_describer(modality: Modality) -> None:
    assert modality in CARDS, "the session form has no card for it"
    assert callable(CARDS[modality].describe), "the session view cannot describe it"


@pytest.mark.parametrize("modality", EVERY)
def test_its_own_treatment_consent(modality: Modality) -> None:
    purpose = purpose_for_modality(modality)
    assert purpose in CONSENT_PURPOSE_TEXT
    others = [s.consent_purpose for m, s in SPECS.items() if m is not modality]
    assert purpose not in others


@pytest.mark.parametrize("modality", EVERY)
@pytest.mark.parametrize("kind", [ContentKind.AFTERCARE, ContentKind.CONSENT])
@pytest.mark.parametrize("lang", list(Lang))
def test_aftercare_and_consent_texts_in_both_languages(
    modality: Modality, kind: ContentKind, lang: Lang
) -> None:
    path = resource_path("content", str(relative_path(kind, lang, modality)))
    assert path.is_file(), f"missing {path}"
    content = BUNDLED.load(kind, lang, modality)  # parses and validates the file
    assert content.sections


@pytest.mark.parametrize("modality", EVERY)
def test_the_shipped_documents_name_it_as_its_spec_does(modality: Modality) -> None:
    spec = spec_of(modality)
    key = f"modality_{modality.value}"
    assert BUNDLED.common(Lang.EN).labels()[key] == spec.name_en
    assert BUNDLED.common(Lang.AR).labels()[key] == spec.name_ar


@pytest.mark.parametrize("modality", EVERY)
def test_an_interval_and_a_plan_row(modality: Modality) -> None:
    spec = spec_of(modality)
    settings = IntervalSettings()
    depth = PeelDepth.MEDIUM if spec.interval_needs_depth else None
    assert interval_days(modality, settings, depth) >= 1
    assert DEFAULT_SESSIONS[modality] == spec.plan_sessions >= 1
    if spec.series is not None:
        fewest, most = spec.series
        assert 1 <= fewest <= most


@pytest.mark.parametrize("modality", EVERY)
def test_a_decision_in_every_safety_rule(modality: Modality) -> None:
    spec = spec_of(modality)
    assert set(spec.safety) == set(SAFETY_RULES), (
        f"missing: {set(SAFETY_RULES) - set(spec.safety)}, "
        f"unknown: {set(spec.safety) - set(SAFETY_RULES)}"
    )
    context = RuleContext(plan(modality), CLEAR, DEFAULTS, ON)
    for rule, decide in spec.safety.items():
        verdict = decide(context)
        assert verdict is None or isinstance(verdict, Verdict), rule
        if verdict is not None:
            assert verdict.why.strip()


def test_the_rule_list_names_no_rule_twice() -> None:
    assert len(SAFETY_RULES) == len(set(SAFETY_RULES))


@pytest.mark.parametrize("modality", EVERY)
def test_a_depth_where_its_interval_needs_one(modality: Modality) -> None:
    """Plans, the gate's preview and the sheet's next visit read the depth through the spec:
    a modality whose interval needs one must say how to read it, and only then."""
    spec = spec_of(modality)
    assert spec.interval_needs_depth == (spec.depth_of is not no_depth)


@pytest.mark.parametrize("modality", EVERY)
@pytest.mark.parametrize("lang", list(Lang))
def test_its_aftercare_variants_are_the_ones_its_spec_declares(
    modality: Modality, lang: Lang
) -> None:
    """An ``only=`` tag names a variant of its own spec (the parser refuses others), and a
    spec that declares variants uses them in its texts."""
    content = BUNDLED.load(ContentKind.AFTERCARE, lang, modality)
    used = {variant for tags in content.tags.values() for tag in tags for variant in tag.only}
    assert used <= spec_of(modality).variants
    assert bool(used) == bool(spec_of(modality).variants)


@pytest.mark.parametrize("modality", EVERY)
def test_the_details_it_gives_the_gate_are_planned_treatment_fields(modality: Modality) -> None:
    """A spec's ``plan_details`` fill fields the rules read; a misspelt key would be lost."""
    fields = {f.name for f in dataclasses.fields(PlannedTreatment)}
    given = set(spec_of(modality).plan_details(()))
    assert given <= fields - {"modalities", "antiviral_prophylaxis"}
