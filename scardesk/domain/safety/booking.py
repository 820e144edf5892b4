"""The safety gate as seen when a visit is booked, days or weeks before it happens.

At booking the treatment details (laser type, peel depth, units) are not decided yet, so the
findings that only ask for those details are dropped; the rest is advice for whoever books.
The front desk may not read clinical facts, so it is told only how many findings there are.
"""

from __future__ import annotations

from dataclasses import dataclass

from scardesk.domain.safety.findings import Finding, GateResult, Level

#: Findings that only say a treatment detail is still to be chosen (decided at the visit).
DETAILS_CHOSEN_AT_THE_VISIT = frozenset(
    {"laser_type_missing", "peel_depth_missing", "toxin_units_missing"}
)


@dataclass(frozen=True, slots=True)
class BookingSafety:
    blocks: int
    needs_override: int
    warnings: int
    #: The findings themselves, for clinicians only; None when the reader may not see them.
    findings: tuple[Finding, ...] | None

    @property
    def clear(self) -> bool:
        return not (self.blocks or self.needs_override or self.warnings)


def for_booking(result: GateResult, *, show_details: bool) -> BookingSafety:
    kept = tuple(f for f in result.findings if f.rule_code not in DETAILS_CHOSEN_AT_THE_VISIT)

    def count(level: Level) -> int:
        return sum(1 for finding in kept if finding.level is level)

    return BookingSafety(
        blocks=count(Level.BLOCK),
        needs_override=count(Level.NEEDS_OVERRIDE),
        warnings=count(Level.WARN),
        findings=kept if show_details else None,
    )
