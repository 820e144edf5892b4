"""Merging several treatments' advice into one sheet: pure, order-free, strictest wins."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.aftercare_advice import (
    Advice,
    Phase,
    Section,
    applies,
    merge,
    parse_duration,
)

advice = st.builds(
    Advice,
    section=st.sampled_from(list(Section)),
    key=st.sampled_from(["sun", "spf", "makeup", "sauna", "infection", "bumps"]),
    en=st.text(alphabet="abc ", max_size=6),
    ar=st.text(alphabet="ابت ", max_size=6),
    origin=st.tuples(st.integers(-1, 5), st.integers(0, 6)),
    hours=st.none() | st.integers(1, 2000),
    spf=st.none() | st.sampled_from([30, 50]),
    phase=st.sampled_from(list(Phase)),
)
advice_lists = st.lists(advice, max_size=25)


@given(advice_lists, st.randoms(use_true_random=False))
def test_merging_does_not_depend_on_the_order_of_the_items(items: list[Advice], rnd) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert merge(items) == merge(shuffled)


@given(advice_lists)
def test_merging_is_idempotent(items: list[Advice]) -> None:
    once = merge(items)
    assert merge(once.all_items) == once
    assert merge(items + items) == once


@given(advice_lists)
def test_the_strictest_item_of_each_key_wins_and_each_key_prints_once(items: list[Advice]) -> None:
    merged = merge(items)
    printed = list(merged.do) + list(merged.dont)
    care_keys = [a.key for a in printed]
    assert len(care_keys) == len(set(care_keys))
    for winner in printed:
        rivals = [
            a for a in items if a.key == winner.key and a.section in (Section.DO, Section.DONT)
        ]
        assert winner.strictness == max(a.strictness for a in rivals)
    for section, shown in ((Section.URGENT, merged.urgent),):
        keys = [a.key for a in shown]
        assert len(keys) == len(set(keys))
        assert set(keys) == {a.key for a in items if a.section is section}


def test_longest_avoidance_and_highest_spf_win() -> None:
    makeup_mn = Advice(Section.DONT, "makeup", "No makeup for 24 hours.", "", (2, 0), hours=24)
    makeup_laser = Advice(Section.DONT, "makeup", "No makeup for 5 to 10 days.", "", (1, 0), 240)
    makeup_ok = Advice(Section.DO, "makeup", "Makeup is fine from today.", "", (1, 1))
    spf30 = Advice(Section.DO, "spf", "SPF 30 daily.", "", (2, 1), spf=30)
    spf50 = Advice(Section.DO, "spf", "SPF 50 daily.", "", (1, 2), spf=50)
    merged = merge([makeup_mn, makeup_laser, makeup_ok, spf30, spf50])
    assert merged.dont == (makeup_laser,)
    assert merged.do == (spf50,)
    # Permission loses to a prohibition of the same key ("makeup fine" vs "no makeup 24 h").
    assert merge([makeup_ok, makeup_mn]).dont == (makeup_mn,)
    assert merge([makeup_ok, makeup_mn]).do == ()


def test_timeline_groups_expectations_by_phase_in_order() -> None:
    later = Advice(Section.EXPECT, "marks", "Marks fade.", "", (5, 0), phase=Phase.LATER)
    today = Advice(Section.EXPECT, "bumps", "Bumps.", "", (0, 0), phase=Phase.TODAY)
    merged = merge([later, today])
    assert [phase for phase, _ in merged.timeline] == [Phase.TODAY, Phase.LATER]


def test_durations_and_variants() -> None:
    assert parse_duration("24h") == 24
    assert parse_duration("10d") == 240
    assert parse_duration("4w") == 672
    assert parse_duration("4 weeks") is None
    assert parse_duration("4y") is None
    assert applies(frozenset(), frozenset({"ablative"}))
    assert applies(frozenset({"ablative"}), frozenset({"ablative"}))
    assert not applies(frozenset({"ablative"}), frozenset({"nonablative"}))
    assert not applies(frozenset({"medium", "deep"}), frozenset())
