"""The safety gate (clinical reference §4–§6): pure rules answering block, needs override or warn.

Use :func:`scardesk.domain.safety.gate.evaluate` with a :class:`PlannedTreatment`, the
:class:`PatientFacts`, the clinic's :class:`GateParameters` and the session day; the result's
``can_proceed(overridden_rule_codes)`` decides. Every number is a parameter with the
reference's default, edited by the admin and stored in ``clinic_settings.rule_parameters``.

How levels were chosen
----------------------
* BLOCK: the reference calls it contraindicated with no prescriber exception and the treatment
  is elective (infection at the site, toxin allergy, pregnancy for toxin and microneedling,
  deep peel with keloid tendency), or a fact every later check needs is missing (consent,
  skin type, laser type, peel depth). Blocks cannot be overridden; the facts must change.
* NEEDS_OVERRIDE: the reference hands the decision to the prescriber ("stop unless the
  prescriber overrides with a reason", "clinic policy", "defer", "avoid", "contraindicated or
  caution"), and the toxin cap: the Botox label says the cumulative dose should *generally* not
  exceed 400 U in 3 months, the cap is one brand's figure, and the prescriber may document a
  reason to exceed it.
* WARN: "caution", "warn", "may be needed", intervals between sessions.
* How a rule judges each modality is that modality's spec (:mod:`scardesk.domain.modalities`,
  one decision per rule key in ``SAFETY_RULES``). A rule that finds no decision for a planned
  modality raises ``<rule>.no_decision.<m>`` at NEEDS_OVERRIDE, never a silent pass: the gap is
  in ScarDesk, not in the patient, so a BLOCK would stop work no fact can clear, while a WARN
  could be clicked past without a recorded reason.
* An answer that is UNKNOWN or was never asked never reads as "no": it gives the level a
  "yes" would give, capped at NEEDS_OVERRIDE (the practitioner may ask on the day and proceed
  with a recorded reason). Unrecorded plan details are checked as the riskier case.

The toxin interval: 84 days, not 90
-----------------------------------
The reference says "no sooner than 12 weeks (90 days)", but 12 weeks are 84 days, and the
issue fixes the boundary at 83 days warns / 84 days passes. The default is therefore 84; a
clinic that reads the label as 90 days sets ``toxin_retreatment_days`` to 90.

Rules (``.<m>``: one finding per planned modality, its value appended; OVERRIDE = NEEDS_OVERRIDE.
An unknown or unasked answer gives the "yes" level capped at OVERRIDE, as explained above.)

============================= ======== ============================================ ============
code                          level    trigger                                      source
============================= ======== ============================================ ============
treatment_missing             BLOCK    no modality chosen                           clinic
peel_depth_missing            BLOCK    peel without a depth                         [CP]
laser_type_missing            BLOCK    laser not recorded as nonablative,           [LS]
                                       fractional ablative or fully ablative
consent.<m>                   BLOCK    no valid treatment consent for the modality  [PD]
                                       (missing or withdrawn)
history_review                OVERRIDE history never reviewed, or last reviewed     clinic
                                       more than 180 days before
active_infection.<m>          BLOCK    infection or open wound at the site (every   §5-6
                                       modality)
pregnancy.<m>                 mixed    pregnant / breastfeeding: toxin and          [BT][MN]
                                       microneedling BLOCK; laser and peel OVERRIDE
breastfeeding.<m>                                                                   [LS][CP]
neuromuscular.toxin           OVERRIDE myasthenia gravis, Lambert-Eaton, ALS        [BT]
allergy_toxin.toxin           BLOCK    hypersensitivity to a toxin product / to     [BT]
                                       albumin
allergy_albumin.toxin
aminoglycosides.toxin         WARN     interacting drug, or toxin/filler given      [BT]
                                       elsewhere
muscle_relaxants.toxin
recent_toxin_or_filler.toxin
toxin_interval                WARN     another toxin session fewer than 84 days     [BT]
                                       apart
toxin_cap                     OVERRIDE same-product units in (day - 90, day] plus   [BT]
                                       planned units above 400
toxin_units_missing           WARN     planned toxin units not recorded             [BT]
toxin_other_product           WARN     another toxin product in the window (brands' [BT]
                                       units are never added)
toxin_lot                     BLOCK    a toxin entry without a lot, or its lot      [BT] §5
                                       expired on the session day, archived,
                                       another product's or with none in stock
toxin_vial_units              BLOCK    units given + wasted from a lot above what   [BT] §5
                                       its vials opened hold (recorded size, never
                                       more than the catalogue's)
toxin_lot_stock               BLOCK    more vials opened from a lot than it has in  [BT] §5
                                       stock, or more units than stock x per vial
toxin_point_ceiling           OVERRIDE a point above the clinic's units per point   clinic
                                       (default 10 U; one finding per session)
anticoagulants.<m>            WARN     anticoagulants / bleeding disorder: toxin,   §5-6
                                       microneedling, laser
bleeding_disorder.<m>
isotretinoin.fractional_laser BLOCK    fully ablative laser before last dose + 6    [IS]
                                       months (yes without an end date, or unknown:
                                       OVERRIDE)
isotretinoin.chemical_peel    OVERRIDE medium/deep peel before last dose + 6        [IS]
                                       months, no end date, or unknown
(none)                        -        isotretinoin with microneedling, nonablative [IS]
                                       or fractional laser, superficial peel
herpes_simplex.<m>            mixed    HSV history and no antiviral recorded:       [LS][CP][MN]
                                       ablative laser, medium/deep peel OVERRIDE;
                                       microneedling WARN
keloid_tendency.<m>           mixed    microneedling OVERRIDE; laser,               [MN][LS][CP]
                                       superficial/medium peel WARN; deep peel
                                       BLOCK
skin_type_missing.<m>         BLOCK    laser or peel without a Fitzpatrick type     [FZ]
skin_type_pih.<m>             WARN     laser or peel in type IV-VI: PIH risk, test- [FZ]
                                       spot prompt
sun_exposure.<m>              mixed    recent sunburn/tan (WARN once 7+ days old)   [LS][CP][MN]
                                       or photosensitising drug: laser, peel
                                       OVERRIDE; microneedling WARN
photosensitising_drugs.<m>
topical_retinoids.<m>         WARN     last use unrecorded or fewer than 2 / 1 / 5  [MN][LS][CP]
                                       days before microneedling / laser / peel
interval.<m>                  WARN     same modality within 28 (microneedling,      [MN][LS][CP]
                                       laser), 14 (superficial peels) or 28 days
                                       (other peels)
allergy_local_anaesthetic.    BLOCK    allergy to local anaesthetic injections      [SU]
subcision
subcision rows (§6a)          mixed    pregnancy OVERRIDE, anticoagulants/bleeding  [SU]
                                       OVERRIDE, isotretinoin WARN (no delay), HSV
                                       and keloid WARN, infection BLOCK
tca_cross rows (§6a)          mixed    pregnancy OVERRIDE, isotretinoin OVERRIDE    [TC]
                                       (6 months), HSV without antiviral OVERRIDE,
                                       keloid and recent sun WARN, skin type as a
                                       peel (missing BLOCK, IV-VI WARN)
<rule>.no_decision.<m>        OVERRIDE the modality's spec has no decision for the  clinic
                                       rule (fail closed; tests forbid shipping it)
rule_failed.<rule>            BLOCK    a rule raised unexpectedly (a bug), logged   clinic
============================= ======== ============================================ ============
"""

from scardesk.domain.safety.facts import (
    GateParameters,
    HistoryAnswer,
    PatientFacts,
    PlannedTreatment,
    PreviousSession,
    ToxinDose,
)
from scardesk.domain.safety.findings import Finding, GateResult, Level, Override
from scardesk.domain.safety.gate import evaluate

__all__ = [
    "Finding",
    "GateParameters",
    "GateResult",
    "HistoryAnswer",
    "Level",
    "Override",
    "PatientFacts",
    "PlannedTreatment",
    "PreviousSession",
    "ToxinDose",
    "evaluate",
]
