"""Closed vocabularies of the record model. Values are stored as text, so never rename a value."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import TypeVar

_Vocabulary = TypeVar("_Vocabulary", bound=StrEnum)


def member(vocabulary: type[_Vocabulary], value: object) -> _Vocabulary:
    """``vocabulary(value)``: the member whose value is ``value`` (or ``value`` itself, if it is
    a member), with the same ValueError when there is none.

    Looked up in a dictionary: the Enum call costs ~0.7 µs, and validating one demo patient's
    forms made ~50 of them (issue #16). Anything the dictionary does not hold goes through the
    call, so its refusals stay the call's own.
    """
    try:
        found = _by_value(vocabulary).get(value)
    except TypeError:  # unhashable: not a value of any vocabulary
        found = None
    if found is None:
        return vocabulary(value)  # type: ignore[arg-type]  # the call refuses what is not a value
    return found


@cache
def _by_value(vocabulary: type[_Vocabulary]) -> dict[object, _Vocabulary]:
    # A StrEnum member hashes and compares as its value, so a member finds itself here too.
    return {item.value: item for item in vocabulary}


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    PRACTITIONER = "practitioner"
    ADMIN = "admin"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class DocumentType(StrEnum):
    OMANI_ID = "omani_id"
    RESIDENT_CARD = "resident_card"
    PASSPORT = "passport"
    GCC_ID = "gcc_id"


class Fitzpatrick(StrEnum):
    I = "I"  # noqa: E741 - the scale's own numeral
    II = "II"
    III = "III"
    IV = "IV"
    V = "V"
    VI = "VI"


class ScarType(StrEnum):
    ICEPICK = "icepick"
    BOXCAR_SHALLOW = "boxcar_shallow"
    BOXCAR_DEEP = "boxcar_deep"
    ROLLING = "rolling"
    HYPERTROPHIC = "hypertrophic"
    KELOID = "keloid"
    MACULAR = "macular"


class FacialRegion(StrEnum):
    FOREHEAD = "forehead"
    TEMPLE_LEFT = "temple_left"
    TEMPLE_RIGHT = "temple_right"
    CHEEK_LEFT = "cheek_left"
    CHEEK_RIGHT = "cheek_right"
    NOSE = "nose"
    PERIORAL = "perioral"
    CHIN = "chin"
    JAWLINE_LEFT = "jawline_left"
    JAWLINE_RIGHT = "jawline_right"


class Modality(StrEnum):
    TOXIN = "toxin"
    MICRONEEDLING = "microneedling"
    FRACTIONAL_LASER = "fractional_laser"
    CHEMICAL_PEEL = "chemical_peel"
    SUBCISION = "subcision"
    TCA_CROSS = "tca_cross"


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class HistoryFact(StrEnum):
    """Every medical-history fact the safety gate reads (clinical reference §5–§6)."""

    PREGNANT = "pregnant"
    BREASTFEEDING = "breastfeeding"
    NEUROMUSCULAR_DISORDER = "neuromuscular_disorder"
    HERPES_SIMPLEX = "herpes_simplex"
    KELOID_TENDENCY = "keloid_tendency"
    BLEEDING_DISORDER = "bleeding_disorder"
    ANTICOAGULANTS = "anticoagulants"
    ACTIVE_INFECTION = "active_infection"
    ISOTRETINOIN = "isotretinoin"
    AMINOGLYCOSIDES = "aminoglycosides"
    MUSCLE_RELAXANTS = "muscle_relaxants"
    PHOTOSENSITISING_DRUGS = "photosensitising_drugs"
    TOPICAL_RETINOIDS = "topical_retinoids"
    RECENT_TOXIN_OR_FILLER = "recent_toxin_or_filler"
    RECENT_SUN_EXPOSURE = "recent_sun_exposure"
    ALLERGY_TOXIN = "allergy_toxin"
    ALLERGY_ALBUMIN = "allergy_albumin"
    ALLERGY_LOCAL_ANAESTHETIC = "allergy_local_anaesthetic"
    OTHER_ALLERGIES = "other_allergies"


class Answer(StrEnum):
    """A history answer. UNKNOWN is stored explicitly so it is never read as "no"."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ConsentPurpose(StrEnum):
    TREATMENT_TOXIN = "treatment_toxin"
    TREATMENT_MICRONEEDLING = "treatment_microneedling"
    TREATMENT_FRACTIONAL_LASER = "treatment_fractional_laser"
    TREATMENT_CHEMICAL_PEEL = "treatment_chemical_peel"
    TREATMENT_SUBCISION = "treatment_subcision"
    TREATMENT_TCA_CROSS = "treatment_tca_cross"
    CLINICAL_PHOTOS = "clinical_photos"
    MARKETING_PHOTOS = "marketing_photos"
    REMINDERS = "reminders"


class ViewAngle(StrEnum):
    FRONT = "front"
    LEFT_45 = "left_45"
    RIGHT_45 = "right_45"
    LEFT_PROFILE = "left_profile"
    RIGHT_PROFILE = "right_profile"


class UnitKind(StrEnum):
    """What a product is counted in. Toxin units belong to one brand and are never converted."""

    TOXIN_UNITS = "toxin_units"
    MILLILITRES = "ml"
    PIECES = "pieces"


class GoodmanBaronGrade(StrEnum):
    MACULAR = "1"
    MILD = "2"
    MODERATE = "3"
    SEVERE = "4"


class PeelDepth(StrEnum):
    SUPERFICIAL = "superficial"
    MEDIUM = "medium"
    DEEP = "deep"


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class PlanStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    STOPPED = "stopped"


class SubcisionInstrument(StrEnum):
    """What releases the tethering bands (clinical reference §6a): a cutting needle, the
    Nokor needle, or a blunt cannula; each is recorded with its gauge."""

    NEEDLE = "needle"
    NOKOR = "nokor"
    CANNULA = "cannula"


class Frosting(StrEnum):
    """How many treated scars reached the white frost of TCA CROSS (clinical reference §6a)."""

    ALL = "all"
    SOME = "some"
    NONE = "none"
