"""The toxin dose and lot rules: what a session draws from its vials, lots and stock.

These read the charted toxin entries (:class:`ToxinDose`), so they say nothing at booking,
when no vial is open yet. They run in the gate like every other rule, which puts them in the
editor's live safety panel while the practitioner types and makes the save enforce them.

* ``toxin_lot`` BLOCK: no lot chosen, or a lot that cannot be used on the session day —
  expired, archived, another product's, none in stock (the product rule's own wording, the
  same one the save refuses with).
* ``toxin_vial_units`` BLOCK: the units drawn (given + wasted) from one lot exceed what the
  vials recorded as opened from it hold; a vial holds the smaller of its recorded size and
  the catalogue's size, so typing a bigger vial does not make room.
* ``toxin_lot_stock`` BLOCK: more vials opened from a lot than it has in stock, or more units
  than its stock holds (vials in stock × units per vial).
* ``toxin_point_ceiling`` NEEDS_OVERRIDE: a point above the clinic's ceiling of units per
  injection point (clinic policy, default 10 U): proceed only with a recorded reason.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from scardesk.domain.enums import Modality
from scardesk.domain.message_catalogue import english
from scardesk.domain.products import lot_problem
from scardesk.domain.safety.facts import GateParameters, PatientFacts, PlannedTreatment, ToxinDose
from scardesk.domain.safety.findings import Finding, Level

# Float sums of typed units: the same tolerance the form uses for "points add up to the total".
UNITS_TOLERANCE = 0.01
# A point exactly at the ceiling is allowed; 0.1 U over is not. Only float noise is forgiven.
CEILING_TOLERANCE = 1e-9

SRC_VIAL = (
    "[BT] clinical reference §5: a vial holds its stated units, each vial has its lot and "
    "expiry; stock is kept in vials"
)
SRC_POINT_CEILING = (
    "Clinic policy: the most units given at one injection point, set by the clinic's admin "
    "in Admin → Safety rules (default 10 U)"
)


def _u(value: float) -> str:
    """Units as a person writes them: ``100``, ``12.5``, ``0.25``."""
    return f"{round(value, 2):g}"


def _entry(dose: ToxinDose) -> str:
    return f"toxin entry {dose.number}"


def _capacity(dose: ToxinDose) -> float:
    """What the one vial of this entry can hold: never more than the catalogue says."""
    if dose.units_per_vial is None:
        return dose.vial_units
    return min(dose.vial_units, float(dose.units_per_vial))


def _by_lot(doses: tuple[ToxinDose, ...]) -> dict[int, list[ToxinDose]]:
    grouped: dict[int, list[ToxinDose]] = defaultdict(list)
    for dose in doses:
        if dose.lot is not None:
            grouped[dose.lot.id].append(dose)
    return grouped


def toxin_lot(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """BLOCK: every vial needs a lot that may be used that day (clinical reference §5)."""
    found: list[Finding] = []
    for dose in planned.toxin_doses:
        lot = dose.lot
        if lot is None:
            found.append(
                Finding(
                    "toxin_lot",
                    Level.BLOCK,
                    f"No lot is chosen for {_entry(dose)} ({dose.product}). Choose the vial's "
                    "lot: an expired or recalled vial must be traceable to the patients who "
                    "received it.",
                    {"toxin_entry": str(dose.number), "product": dose.product, "lot": "none"},
                    SRC_VIAL,
                )
            )
            continue
        problem = lot_problem(lot, on, dose.product_id)
        if problem is None:
            continue
        found.append(
            Finding(
                "toxin_lot",
                Level.BLOCK,
                f"{_entry(dose).capitalize()}: {english(problem)}.",
                {
                    "toxin_entry": str(dose.number),
                    "product": dose.product,
                    "lot": lot.lot_number,
                    "expiry_date": lot.expiry_date.isoformat(),
                    "session_day": on.isoformat(),
                    "vials_in_stock": str(lot.quantity_in_stock),
                    "archived": "yes" if lot.archived_at is not None else "no",
                },
                SRC_VIAL,
            )
        )
    return found


def toxin_vial_units(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """BLOCK: a lot cannot give more units than the vials opened from it hold."""
    found: list[Finding] = []
    for doses in _by_lot(planned.toxin_doses).values():
        drawn = sum(dose.drawn_units for dose in doses)
        held = sum(_capacity(dose) for dose in doses)
        if drawn <= held + UNITS_TOLERANCE:
            continue
        lot, first = doses[0].lot, doses[0]
        assert lot is not None
        vials = len(doses)
        vial_word = "vial" if vials == 1 else "vials"
        catalogue = (
            f"{first.units_per_vial} U per vial of {first.product}"
            if first.units_per_vial is not None
            else "not in the catalogue"
        )
        found.append(
            Finding(
                "toxin_vial_units",
                Level.BLOCK,
                f"Lot {lot.lot_number}: {_u(drawn)} U drawn (given + wasted) from {vials} "
                f"{vial_word} opened, which hold {_u(held)} U. A vial cannot give more than it "
                "holds: correct the units, or record each further vial as its own toxin entry.",
                {
                    "lot": lot.lot_number,
                    "product": first.product,
                    "toxin_entries": ", ".join(str(dose.number) for dose in doses),
                    "vials_opened": str(vials),
                    "units_per_vial": catalogue,
                    "units_in_vials_opened": _u(held),
                    "units_given": _u(sum(dose.given_units for dose in doses)),
                    "units_wasted": _u(sum(dose.waste_units for dose in doses)),
                    "units_drawn": _u(drawn),
                },
                SRC_VIAL,
            )
        )
    return found


def toxin_lot_stock(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """BLOCK: a session cannot take more vials or units from a lot than it has in stock.

    A lot that cannot be used at all (none in stock, expired …) is ``toxin_lot``'s finding.
    """
    found: list[Finding] = []
    for doses in _by_lot(planned.toxin_doses).values():
        lot, first = doses[0].lot, doses[0]
        assert lot is not None
        if lot_problem(lot, on, first.product_id) is not None:
            continue
        vials, in_stock = len(doses), lot.quantity_in_stock
        per_vial = first.units_per_vial or max(dose.vial_units for dose in doses)
        stock_units = in_stock * per_vial
        drawn = sum(dose.drawn_units for dose in doses)
        if vials <= in_stock and drawn <= stock_units + UNITS_TOLERANCE:
            continue
        found.append(
            Finding(
                "toxin_lot_stock",
                Level.BLOCK,
                f"Lot {lot.lot_number} has {in_stock} vial(s) in stock ({_u(stock_units)} U), "
                f"but this session opens {vials} vial(s) from it and draws {_u(drawn)} U. "
                "Choose another lot for the extra vials, or have the stock count corrected.",
                {
                    "lot": lot.lot_number,
                    "product": first.product,
                    "vials_in_stock": str(in_stock),
                    "units_per_vial": _u(per_vial),
                    "units_in_stock": _u(stock_units),
                    "vials_opened": str(vials),
                    "units_drawn": _u(drawn),
                },
                SRC_VIAL,
            )
        )
    return found


def toxin_point_ceiling(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """NEEDS_OVERRIDE: a point above the clinic's per-point ceiling needs a reason.

    One finding for the whole session, so one reason covers every point it lists.
    """
    ceiling = params.toxin_max_units_per_point
    over = [
        (dose, index, units)
        for dose in planned.toxin_doses
        for index, units in enumerate(dose.point_units, start=1)
        if units > ceiling + CEILING_TOLERANCE
    ]
    if not over:
        return []
    dose, index, highest = max(over, key=lambda item: item[2])
    count = len(over)
    points = "point is" if count == 1 else "points are"
    listed = "; ".join(f"entry {d.number} point {n}: {_u(u)} U" for d, n, u in over)
    return [
        Finding(
            "toxin_point_ceiling",
            Level.NEEDS_OVERRIDE,
            f"{count} injection {points} above the clinic's ceiling of {ceiling} U per point "
            f"(highest {_u(highest)} U {dose.product}, {_entry(dose)} point {index}). "
            "Proceed only with the prescriber's reason, or spread the dose over more points.",
            {
                "modality": Modality.TOXIN.value,
                "ceiling_units_per_point": str(ceiling),
                "points_over_ceiling": listed,
                "highest_point_units": _u(highest),
            },
            SRC_POINT_CEILING,
        )
    ]


DOSE_RULES = [toxin_lot, toxin_vial_units, toxin_lot_stock, toxin_point_ceiling]
