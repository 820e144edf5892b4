"""How strongly a safety finding stops a session.

It lives apart from the safety package so that a modality's spec can name the level of each
rule without importing the gate that runs the rules.
"""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """How strongly a finding stops the session. Stored as text in the audit trail."""

    BLOCK = "block"  # cannot proceed until the facts change
    NEEDS_OVERRIDE = "needs_override"  # proceeds only with the practitioner's recorded reason
    WARN = "warn"  # shown and acknowledged; does not stop the session
