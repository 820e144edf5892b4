"""The clinic's rule parameters, read from its settings row: the safety gate's, whose
intervals plans and the aftercare sheet's next date use too. Apart from the gate's facts
(``safety_facts``) so that printing a sheet does not load the whole gate (issue #16)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from scardesk.db.rule_parameters import stored_rule_parameters
from scardesk.domain.safety import GateParameters


def gate_parameters(session: Session) -> GateParameters:
    """The clinic's rule parameters; the reference's defaults where none are stored."""
    return stored_rule_parameters(session.connection())
