"""Why each rule matters for each treatment: one sentence per rule × modality decision.

Keyed like the modality specs' ``safety`` tables (rule key, modality); a test checks that every
decision a spec can make has its sentence here, so a new modality cannot ship unexplained.
The texts are marked for translation and translated when shown.
"""

from __future__ import annotations

from scardesk.domain.enums import Modality
from scardesk.ui.tr import _n, _t

TOXIN, NEEDLING = Modality.TOXIN, Modality.MICRONEEDLING
LASER, PEEL = Modality.FRACTIONAL_LASER, Modality.CHEMICAL_PEEL
SUBCISION, TCA = Modality.SUBCISION, Modality.TCA_CROSS


_INFECTION = _n(
    "Treating through infected or broken skin is contraindicated: it spreads the infection and "
    "heals badly. Treat once the skin has healed."
)
_BLEEDING = _n(
    "Bruising and bleeding at the treated sites are more likely: use gentle technique, apply "
    "pressure and warn the patient."
)

#: (rule key of the modality spec, modality) → the clinical reason, with ``{placeholders}``
#: filled from the finding's facts and the clinic's settings.
REASONS: dict[tuple[str, Modality], str] = {
    ("active_infection", TOXIN): _INFECTION,
    ("active_infection", NEEDLING): _INFECTION,
    ("active_infection", LASER): _INFECTION,
    ("active_infection", PEEL): _INFECTION,
    ("active_infection", SUBCISION): _INFECTION,
    ("active_infection", TCA): _INFECTION,
    ("pregnancy", TOXIN): _n(
        "Botulinum toxin is not given in pregnancy or while breastfeeding: the product labels "
        "have no safety data, and the clinic does not treat by default."
    ),
    ("pregnancy", NEEDLING): _n(
        "Microneedling is contraindicated in pregnancy and while breastfeeding."
    ),
    ("pregnancy", LASER): _n(
        "Laser treatment is deferred in pregnancy and while breastfeeding; proceed only if the "
        "practitioner records why it cannot wait."
    ),
    ("pregnancy", PEEL): _n(
        "Chemical peels are avoided in pregnancy and while breastfeeding; proceed only if the "
        "practitioner records why it cannot wait."
    ),
    ("pregnancy", SUBCISION): _n(
        "Subcision is deferred in pregnancy and while breastfeeding; proceed only if the "
        "practitioner records why it cannot wait."
    ),
    ("pregnancy", TCA): _n(
        "TCA CROSS is avoided in pregnancy and while breastfeeding; proceed only if the "
        "practitioner records why it cannot wait."
    ),
    ("neuromuscular", TOXIN): _n(
        "In myasthenia gravis, Lambert-Eaton syndrome or ALS, botulinum toxin can cause serious "
        "systemic effects such as difficulty swallowing or breathing. Do not inject unless the "
        "prescriber decides otherwise and records why."
    ),
    ("toxin_allergy", TOXIN): _n(
        "Hypersensitivity to any botulinum toxin product or to its ingredients (such as human "
        "albumin) is a contraindication: do not inject."
    ),
    ("local_anaesthetic_allergy", SUBCISION): _n(
        "Subcision is done under injected local anaesthetic: do not use an agent the patient "
        "is allergic to."
    ),
    ("toxin_interactions", TOXIN): _n(
        "Medicines that block nerve-to-muscle transmission, and toxin given elsewhere in recent "
        "months, can strengthen or spread the toxin's effect: check the dose."
    ),
    ("bleeding", TOXIN): _BLEEDING,
    ("bleeding", NEEDLING): _BLEEDING,
    ("bleeding", LASER): _BLEEDING,
    ("bleeding", SUBCISION): _n(
        "Subcision cuts fibrous bands under the skin: bruising and haematoma are much likelier. "
        "Proceed only if the practitioner records why it is safe."
    ),
    ("herpes_simplex", NEEDLING): _n(
        "Microneedling can reactivate cold sores; an antiviral may be needed and none is "
        "recorded for this session."
    ),
    ("herpes_simplex", LASER): _n(
        "Ablative laser can reactivate herpes simplex: antiviral prophylaxis is required and "
        "none is recorded for this session."
    ),
    ("herpes_simplex", PEEL): _n(
        "Medium and deep peels can reactivate herpes simplex: antiviral prophylaxis is required "
        "and none is recorded for this session."
    ),
    ("herpes_simplex", SUBCISION): _n(
        "Consider an antiviral before subcision; none is recorded for this session."
    ),
    ("herpes_simplex", TCA): _n(
        "Antiviral prophylaxis is recommended before TCA CROSS and none is recorded for this "
        "session."
    ),
    ("keloid_tendency", NEEDLING): _n(
        "Microneedling in a patient who forms keloids is contraindicated or needs great care: "
        "proceed only with a recorded reason."
    ),
    ("keloid_tendency", LASER): _n(
        "Laser can trigger keloid scars: use caution, especially in skin types IV to VI."
    ),
    ("keloid_tendency", PEEL): _n(
        "Deep peels are contraindicated in patients who form keloids; lighter peels need caution."
    ),
    ("keloid_tendency", SUBCISION): _n("Subcision can trigger keloid scars: use caution."),
    ("keloid_tendency", TCA): _n("TCA CROSS can trigger keloid scars: use caution."),
    ("isotretinoin", LASER): _n(
        "Fully ablative laser should wait {window_months} months after the last isotretinoin "
        "dose (ASDS consensus); nonablative and fractional lasers need no delay."
    ),
    ("isotretinoin", PEEL): _n(
        "Medium and deep peels should wait {window_months} months after the last isotretinoin "
        "dose by your clinic's policy; superficial peels need no delay."
    ),
    ("isotretinoin", SUBCISION): _n(
        "Subcision needs no delay after isotretinoin (ASDS consensus), but healing may be "
        "slower within {window_months} months of the last dose: be aware."
    ),
    ("isotretinoin", TCA): _n(
        "TCA CROSS is a focal medium-depth chemical injury: by your clinic's policy it waits "
        "{window_months} months after the last isotretinoin dose."
    ),
    ("sun", NEEDLING): _n(
        "Recently sunburnt or tanned skin, or photosensitising medicine, makes microneedling "
        "riskier: use caution."
    ),
    ("sun", LASER): _n(
        "Laser on recently sun-exposed skin, or with photosensitising medicine, risks burns and "
        "pigment change: wait {sun_days} days after sun exposure."
    ),
    ("sun", PEEL): _n(
        "Peels on recently sun-exposed skin, or with photosensitising medicine, risk burns and "
        "pigment change: defer the peel."
    ),
    ("sun", TCA): _n("Tanned or photosensitised skin darkens more after TCA CROSS: use caution."),
    ("topical_retinoids", NEEDLING): _n(
        "Topical retinoids should be stopped at least {retinoid_days_microneedling} days before "
        "microneedling."
    ),
    ("topical_retinoids", LASER): _n(
        "Topical retinoids should be stopped at least {retinoid_days_laser} days before laser "
        "treatment."
    ),
    ("topical_retinoids", PEEL): _n(
        "Topical retinoids should be stopped at least {retinoid_days_peel} days before a "
        "chemical peel."
    ),
}

#: The finding code's first part → the modality spec's rule key it answers to, where they differ.
RULE_OF_PREFIX = {
    "breastfeeding": "pregnancy",
    "allergy_toxin": "toxin_allergy",
    "allergy_albumin": "toxin_allergy",
    "allergy_local_anaesthetic": "local_anaesthetic_allergy",
    "aminoglycosides": "toxin_interactions",
    "muscle_relaxants": "toxin_interactions",
    "recent_toxin_or_filler": "toxin_interactions",
    "anticoagulants": "bleeding",
    "bleeding_disorder": "bleeding",
    "sun_exposure": "sun",
    "photosensitising_drugs": "sun",
}


def reason(rule: str, modality: Modality) -> str | None:
    """The translated reason for ``rule`` (a spec rule key) and ``modality``, if written."""
    text = REASONS.get((rule, modality))
    return None if text is None else _t(text)
