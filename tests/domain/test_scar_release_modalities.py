"""Subcision and TCA CROSS in the domain: per-field validation (Hypothesis for bad input), the
codec, intervals and plan rows, and the safety decisions of clinical reference §6a that the
per-fact table in ``test_safety_rules`` does not cover (isotretinoin windows, skin type,
antiviral cover, intervals between sessions)."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.codecs import decode_modality, encode_modality
from scardesk.domain.enums import Answer, Fitzpatrick, Frosting, HistoryFact, SubcisionInstrument
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import IntervalSettings, interval_days
from scardesk.domain.modalities import spec_of
from scardesk.domain.safety import Level, PreviousSession
from scardesk.domain.sessions import SessionInput, SubcisionInput, TcaCrossInput, validate_session
from tests.domain.safety_helpers import CLEAR, ON, SU, TC, answered, found, plan

AT = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
SUBCISION = SubcisionInput(
    SubcisionInstrument.NOKOR, 18, 6, "fanning", "lidocaine", 1.0, True, 2.0, True, ("chin",)
)
TCA = TcaCrossInput(100, "sharpened wooden stick", 12, Frosting.ALL, ("cheek_left",))


def errors(*entries: object) -> dict[str, str]:
    form = SessionInput(performed_at=AT, modalities=entries, adverse_events_none=True)  # type: ignore[arg-type]
    try:
        validate_session(form)
    except ValidationError as error:
        return dict(error.field_errors)
    return {}


def test_good_entries_pass() -> None:
    assert errors(SUBCISION, TCA) == {}
    bare = SubcisionInput(SubcisionInstrument.CANNULA, 22, 1)  # no anaesthetic, no notes
    assert errors(bare) == {}


NOT_A_WHOLE = st.one_of(
    st.integers().filter(lambda n: not 14 <= n <= 30),
    st.floats(allow_nan=True),
    st.text(max_size=3),
    st.none(),
    st.booleans(),
)


@given(NOT_A_WHOLE)
def test_a_gauge_outside_14_to_30_whole_is_refused_on_its_field(gauge: object) -> None:
    assert set(errors(replace(SUBCISION, gauge=gauge))) == {"modalities.0.gauge"}  # type: ignore[arg-type]


@given(
    st.one_of(
        st.floats().filter(lambda x: math.isnan(x) or not 0 < x <= 100),
        st.integers().filter(lambda n: not 0 < n <= 100),
        st.text(max_size=4),
        st.none(),
    )
)
def test_a_tca_strength_outside_0_to_100_is_refused_on_its_field(strength: object) -> None:
    found_errors = errors(replace(TCA, concentration_percent=strength))  # type: ignore[arg-type]
    assert set(found_errors) == {"modalities.0.concentration_percent"}
    assert "%" in found_errors["modalities.0.concentration_percent"]


@given(st.text(max_size=300))
def test_any_applicator_text_is_either_taken_or_refused_on_its_field(text: str) -> None:
    assert set(errors(replace(TCA, applicator=text))) <= {"modalities.0.applicator"}


@given(st.integers(), st.integers())
def test_scar_counts_are_checked_on_their_own_fields(released: int, treated: int) -> None:
    found_errors = errors(
        replace(SUBCISION, scars_released=released), replace(TCA, scars_treated=treated)
    )
    assert ("modalities.0.scars_released" in found_errors) == (not 1 <= released <= 200)
    assert ("modalities.1.scars_treated" in found_errors) == (not 1 <= treated <= 500)


def test_the_anaesthetic_is_named_with_its_strength_and_volume_or_not_at_all() -> None:
    no_agent = replace(SUBCISION, anaesthetic_agent=None)
    assert set(errors(no_agent)) == {
        "modalities.0.anaesthetic_percent",
        "modalities.0.anaesthetic_ml",
        "modalities.0.with_adrenaline",
    }
    unmeasured = replace(SUBCISION, anaesthetic_percent=None, anaesthetic_ml=0.0)
    messages = errors(unmeasured)
    assert set(messages) == {"modalities.0.anaesthetic_percent", "modalities.0.anaesthetic_ml"}
    assert "give its %" in messages["modalities.0.anaesthetic_percent"]
    assert "out of range" in messages["modalities.0.anaesthetic_ml"]


def test_an_unknown_instrument_or_frost_asks_for_a_choice() -> None:
    bad = errors(replace(SUBCISION, instrument="scalpel"), replace(TCA, frosting="frozen"))  # type: ignore[arg-type]
    assert "Nokor" in bad["modalities.0.instrument"]
    assert "all, some or none" in bad["modalities.1.frosting"]


subcisions = st.builds(
    SubcisionInput,
    st.sampled_from(SubcisionInstrument),
    st.integers(14, 30),
    st.integers(1, 200),
    st.none() | st.text(min_size=1, max_size=20),
    st.none() | st.text(min_size=1, max_size=20),
    st.none() | st.floats(0.5, 4),
    st.booleans(),
    st.none() | st.floats(0.1, 20),
    st.booleans(),
    st.lists(st.sampled_from(["chin", "nose", "forehead"]), unique=True).map(tuple),
)
tcas = st.builds(
    TcaCrossInput,
    st.floats(1, 100),
    st.text(min_size=1, max_size=20),
    st.integers(1, 500),
    st.sampled_from(Frosting),
    st.lists(st.sampled_from(["chin", "temple_left"]), unique=True).map(tuple),
)


@given(st.one_of(subcisions, tcas))
def test_the_codec_reads_back_what_it_wrote(entry: SubcisionInput | TcaCrossInput) -> None:
    assert decode_modality(encode_modality(entry)) == entry


def test_intervals_series_and_plan_rows_follow_the_reference() -> None:
    settings = IntervalSettings()
    assert interval_days(SU, settings) == interval_days(TC, settings) == 28  # 4–6 weeks
    assert interval_days(SU, settings.but(subcision_days=42)) == 42  # a clinic setting
    assert spec_of(SU).series == (1, 3) and spec_of(TC).series == (3, 6)
    assert spec_of(SU).plan_sessions == 2 and spec_of(TC).plan_sessions == 3


# --- safety decisions beyond the per-fact table -------------------------------------------


def test_isotretinoin_warns_before_subcision_and_needs_a_reason_before_tca_cross() -> None:
    recent = answered(HistoryFact.ISOTRETINOIN, Answer.YES, ON - timedelta(days=60))
    assert found(plan(SU), recent) == {"isotretinoin.subcision": Level.WARN}
    assert found(plan(TC), recent) == {"isotretinoin.tca_cross": Level.NEEDS_OVERRIDE}
    long_ago = answered(HistoryFact.ISOTRETINOIN, Answer.YES, ON - timedelta(days=200))
    assert found(plan(SU, TC), long_ago) == {}


def test_an_unknown_isotretinoin_answer_is_never_louder_than_a_yes() -> None:
    unknown = answered(HistoryFact.ISOTRETINOIN, Answer.UNKNOWN)
    assert found(plan(SU), unknown) == {"isotretinoin.subcision": Level.WARN}
    assert found(plan(TC), unknown) == {"isotretinoin.tca_cross": Level.NEEDS_OVERRIDE}


def test_tca_cross_needs_the_skin_type_and_warns_of_pih_in_dark_skin() -> None:
    assert found(plan(TC), replace(CLEAR, fitzpatrick=None)) == {
        "skin_type_missing.tca_cross": Level.BLOCK
    }
    assert found(plan(TC), replace(CLEAR, fitzpatrick=Fitzpatrick.V)) == {
        "skin_type_pih.tca_cross": Level.WARN
    }
    assert found(plan(SU), replace(CLEAR, fitzpatrick=None)) == {}  # §6a: no skin-type rule


def test_recorded_antiviral_cover_clears_the_herpes_rule() -> None:
    herpes = answered(HistoryFact.HERPES_SIMPLEX, Answer.YES)
    assert found(plan(SU, TC, antiviral_prophylaxis=True), herpes) == {}


@pytest.mark.parametrize("modality", [SU, TC])
def test_the_same_treatment_sooner_than_its_interval_warns(modality) -> None:  # type: ignore[no-untyped-def]
    before = PreviousSession(ON - timedelta(days=20), modality)
    facts = replace(CLEAR, previous_sessions=(before,))
    assert found(plan(modality), facts) == {f"interval.{modality.value}": Level.WARN}
    later = replace(CLEAR, previous_sessions=(PreviousSession(ON - timedelta(days=28), modality),))
    assert found(plan(modality), later) == {}
