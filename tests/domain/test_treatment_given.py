"""Treatments named as given on the patient's sheet, and the variant that picks their advice."""

from __future__ import annotations

from scardesk.domain.enums import PeelDepth
from scardesk.domain.modality_inputs import EnergyUnit, LaserInput, PeelInput
from scardesk.domain.treatment_given import laser_given, peel_given


def _laser(wavelength: float, ablative: bool, fully: bool = False) -> LaserInput:
    return LaserInput(
        "Device", wavelength, ablative, fully, 40, EnergyUnit.MILLIJOULES, 20, 2, 0.12
    )


def test_lasers_are_named_by_source_and_kind() -> None:
    co2 = laser_given(_laser(10600, True))
    assert co2.en == "Fractional CO₂ laser, ablative"
    assert co2.variants == frozenset({"ablative"})
    assert "تقشيري" in co2.ar and "CO₂" in co2.ar
    assert laser_given(_laser(10600, True, True)).en == "Fractional CO₂ laser, fully ablative"
    nonablative = laser_given(_laser(1550, False))
    assert nonablative.en == "Fractional 1550 nm laser, nonablative"
    assert nonablative.variants == frozenset({"nonablative"})


def test_peels_are_named_by_agent_strength_and_depth() -> None:
    peel = peel_given(PeelInput("glycolic acid", 70, PeelDepth.SUPERFICIAL, 1, 3, True))
    assert peel.en == "Glycolic acid 70% peel, superficial"
    assert peel.variants == frozenset({"superficial"})
    assert peel.ar.endswith("سطحي")
