"""The safety gate: run every rule for one planned or recorded session.

The sessions service calls :func:`evaluate` when a session is booked and again when it is
saved, then refuses to continue unless :meth:`GateResult.can_proceed` holds for the
overrides the practitioner gave (each with a reason, audited with the session).
"""

from __future__ import annotations

import logging
from datetime import date

from scardesk.domain.safety._support import SRC_CLINIC
from scardesk.domain.safety.facts import GateParameters, PatientFacts, PlannedTreatment
from scardesk.domain.safety.findings import Finding, GateResult, Level, sorted_findings
from scardesk.domain.safety.rules import RULES, Rule

_log = logging.getLogger(__name__)


def evaluate(
    planned: PlannedTreatment,
    facts: PatientFacts,
    params: GateParameters,
    on: date,
    rules: list[Rule] | None = None,
) -> GateResult:
    """All findings for ``planned`` on day ``on``, most severe first; never raises.

    A rule that fails unexpectedly must not let the session through silently, nor stop the
    whole clinic's booking flow with a crash: its failure becomes a BLOCK finding naming the
    rule, and the traceback goes to the log (rule inputs hold no names or contact details).
    ``rules`` exists for tests; the application always uses :data:`RULES`.
    """
    found: list[Finding] = []
    for rule in RULES if rules is None else rules:
        try:
            found.extend(rule(planned, facts, params, on))
        except Exception as error:  # becomes a blocking finding, and is logged
            _log.exception("safety rule %s failed", rule.__name__)
            found.append(
                Finding(
                    f"rule_failed.{rule.__name__}",
                    Level.BLOCK,
                    f"The safety check '{rule.__name__}' could not be completed "
                    f"({type(error).__name__}), so the session cannot be cleared. "
                    "Check the recorded facts; if they are correct, report this to support.",
                    {"rule": rule.__name__, "error": type(error).__name__},
                    SRC_CLINIC,
                )
            )
    return GateResult(sorted_findings(found))
