"""What one treatment modality is, in one place: the ``ModalitySpec``.

Every table that maps a modality to something (its names, consent, interval, plan row, content
files, how the safety gate judges it) is read from the specs, so adding a modality is one spec,
one session card, its content texts and its tests. A safety rule looks a modality's decision up
by the rule's key; a spec without a decision for a rule makes the gate ask for a review
(fail closed) rather than pass silently.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from scardesk.domain.enums import ConsentPurpose, HistoryFact, Modality, PeelDepth
from scardesk.domain.finding_level import Level
from scardesk.domain.messages import Message
from scardesk.domain.modality_inputs import FieldErrors

if TYPE_CHECKING:  # the safety package reads the specs; the specs only read its values
    from scardesk.domain.intervals import IntervalSettings
    from scardesk.domain.safety.facts import GateParameters, PatientFacts, PlannedTreatment
    from scardesk.domain.treatment_given import GivenName


#: The longest interval between two sessions a clinic may set (three years).
MAX_INTERVAL_DAYS = 3 * 365


class Unit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    UNITS = "units"  # toxin units


@dataclass(frozen=True, slots=True)
class Setting:
    """One number a clinic may tune: its stored ``key``, the reference's ``default``, the whole
    numbers it may take (``low``..``high``), its unit and its label in both languages.

    ``interval`` marks a gap between visits, which plans and the due list read as well as the
    gate; ``policy`` marks a number the clinic sets itself rather than one from a label or
    the clinical reference (the Admin screen says so).
    """

    key: str
    default: int
    low: int
    high: int
    unit: Unit
    label_en: str
    label_ar: str
    interval: bool = False
    policy: bool = False

    def problem(self, value: object) -> Message | None:
        """Why ``value`` cannot be this setting, or None when it can."""
        if (
            not isinstance(value, bool)
            and isinstance(value, int)
            and self.low <= value <= self.high
        ):
            return None
        return Message(
            f"setting.out_of_range.{self.unit.value}",
            {"value": repr(value), "low": self.low, "high": self.high},
        )


def interval_setting(key: str, default: int, label_en: str, label_ar: str) -> Setting:
    """Days between two sessions: from 1 to three years."""
    return Setting(key, default, 1, MAX_INTERVAL_DAYS, Unit.DAYS, label_en, label_ar, True)


def isotretinoin_setting(key: str, default: int, label_en: str, label_ar: str) -> Setting:
    """Months after the last isotretinoin dose (0 turns the wait off)."""
    return Setting(key, default, 0, 60, Unit.MONTHS, label_en, label_ar)


def retinoid_setting(key: str, default: int) -> Setting:
    """Days topical retinoids are stopped before the treatment."""
    return Setting(
        key,
        default,
        0,
        365,
        Unit.DAYS,
        "Stop topical retinoids before it",
        "إيقاف الريتينويدات الموضعية قبلها بـ",
    )


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What a decision may look at: the plan, the patient, the clinic's settings, the day.

    ``fact`` is the history fact being checked when one rule reads several (interactions);
    ``cause`` is the rule's own wording a decision may quote (why sun matters).
    """

    planned: PlannedTreatment
    facts: PatientFacts
    params: GateParameters
    on: date
    fact: HistoryFact | None = None
    cause: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """A rule applies to this modality now: at ``level``, because ``why``.

    ``months`` is the waiting period for rules that count one (isotretinoin).
    """

    level: Level
    why: str
    months: int | None = None


#: A modality's decision for one rule: a verdict, or None when the rule raises nothing for it.
Decision = Callable[[RuleContext], Verdict | None]


def always(level: Level, why: str) -> Decision:
    """The decision of a rule that applies to the modality whatever the plan."""
    verdict = Verdict(level, why)
    return lambda context: verdict


def not_concerned(context: RuleContext) -> Verdict | None:
    """The explicit decision "this rule does not concern this modality" (never left implicit)."""
    return None


@dataclass(frozen=True, slots=True)
class MissingDetail:
    """A detail of the plan several rules depend on is unrecorded: the gate blocks on it."""

    rule_code: str
    message: str
    facts: Mapping[str, str]


def nothing_missing(planned: PlannedTreatment) -> MissingDetail | None:
    return None


def no_details(entries: Sequence[Any]) -> Mapping[str, Any]:
    """A modality whose presence is all the gate needs to know of it."""
    return {}


def no_depth(entry: object) -> PeelDepth | None:
    """The depth of a modality that has none (every one but the chemical peel)."""
    return None


#: Checks one entry's fields into ``errors`` under ``path``; ``performed_at`` is the session time.
Check = Callable[[FieldErrors, str, Any, datetime], None]

#: The clinic's retreatment interval for this modality (a peel also needs its depth).
Interval = Callable[["IntervalSettings", PeelDepth | None], int]


@dataclass(frozen=True, slots=True)
class ModalitySpec:
    """One treatment modality. ``name_en``/``name_ar`` are the names patients and documents
    read; ``name`` is the lower-case English the gate's messages use mid-sentence."""

    modality: Modality
    name_en: str
    name_ar: str
    name: str
    input_type: type
    check: Check
    consent_purpose: ConsentPurpose
    interval: Interval
    series: tuple[int, int] | None  # a course's usual sessions (fewest, most), where known
    plan_sessions: int  # the plan row's default number of sessions
    source: str  # the reference the gate cites for this modality's rules
    safety: Mapping[str, Decision]
    needs_skin_type: bool = False  # PIH risk: no treatment before the Fitzpatrick type is known
    interval_rule: bool = True  # the gate's interval rule; toxin has its own (retreatment + cap)
    interval_needs_depth: bool = False  # the plan row asks for a depth to find the interval
    own_rows: bool = False  # its values live in tables of their own, not in ``parameters``
    missing_details: Callable[[PlannedTreatment], MissingDetail | None] = nothing_missing
    skin_type_advice: str = ""  # added to the gate's PIH warning for skin types IV–VI
    content_key: str = ""  # file name of its aftercare and consent texts
    # Its settings in one line of plain English for printed documents (visit summary, patient
    # copy). None for toxin only: its line names the product and lot, read from their rows.
    line: Callable[[Any], str] | None = None
    # How the aftercare sheet names it as given ("Fractional CO₂ laser, ablative") and the
    # variant that picks its advice. None for toxin only: the sheet prints product and units.
    given: Callable[[Any], GivenName] | None = None
    # The numbers a clinic may tune for it (intervals, waits, caps), read by ``interval`` and
    # its decisions by key; the settings classes, their storage and the Admin rows derive
    # from these, so a new modality adds its own here and nowhere else.
    settings: tuple[Setting, ...] = ()
    # The variants its aftercare items may be limited to (``only=ablative``); its ``given``
    # picks the ones that apply to an entry. Empty: its content has no variants.
    variants: frozenset[str] = frozenset()
    # The depth an entry was given at, which its interval reads when ``interval_needs_depth``
    # (a peel with no depth chosen yet has no interval, so the gate waits for it).
    depth_of: Callable[[Any], PeelDepth | None] = no_depth
    # What the gate reads from this modality's entries of one session beyond their presence,
    # as fields of ``PlannedTreatment`` (a laser: whether any was ablative; a peel: the deepest
    # depth). Toxin's dose is read by the service with its own rows (products, lots) instead.
    plan_details: Callable[[Sequence[Any]], Mapping[str, Any]] = no_details

    def ready_for_gate(self, entry: object) -> bool:
        """An entry the gate can judge: one whose interval needs a depth has it."""
        return not self.interval_needs_depth or self.depth_of(entry) is not None

    def __post_init__(self) -> None:
        if not self.content_key:
            object.__setattr__(self, "content_key", self.modality.value)
