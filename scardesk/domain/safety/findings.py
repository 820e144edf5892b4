"""What the safety gate answers: findings of three levels, and whether a session may proceed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from scardesk.domain.errors import SafetyBlockError, ValidationError
from scardesk.domain.finding_level import Level
from scardesk.domain.messages import Message

MAX_REASON_LENGTH = 2000


_LEVEL_ORDER = {Level.BLOCK: 0, Level.NEEDS_OVERRIDE: 1, Level.WARN: 2}


@dataclass(frozen=True)
class Finding:
    """One rule's answer about one session.

    ``rule_code`` is stable (overrides and the audit trail refer to it); per-modality rules
    append the modality, e.g. ``pregnancy.fractional_laser``. ``facts`` holds the values that
    triggered the finding as display-ready text, ``source`` the reference it rests on.
    """

    rule_code: str
    level: Level
    message: str
    facts: Mapping[str, str] = field(default_factory=dict)
    source: str = ""

    def sort_key(self) -> tuple[int, str, str]:
        return (_LEVEL_ORDER[self.level], self.rule_code, self.message)


@dataclass(frozen=True)
class GateResult:
    """All findings for one session, most severe first.

    ``blocked``, ``needs_override`` and ``warnings`` are tuples of findings (empty when
    there are none), so ``if result.blocked:`` reads naturally.
    """

    findings: tuple[Finding, ...] = ()

    def _at(self, level: Level) -> tuple[Finding, ...]:
        return tuple(item for item in self.findings if item.level is level)

    @property
    def blocked(self) -> tuple[Finding, ...]:
        return self._at(Level.BLOCK)

    @property
    def needs_override(self) -> tuple[Finding, ...]:
        return self._at(Level.NEEDS_OVERRIDE)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return self._at(Level.WARN)

    def missing_overrides(self, overridden_rule_codes: Iterable[str]) -> tuple[Finding, ...]:
        """The NEEDS_OVERRIDE findings that no override covers yet."""
        given = set(overridden_rule_codes)
        return tuple(item for item in self.needs_override if item.rule_code not in given)

    def can_proceed(self, overridden_rule_codes: Iterable[str] = ()) -> bool:
        """True only when nothing blocks and every NEEDS_OVERRIDE finding is overridden.

        Overriding a code that has no NEEDS_OVERRIDE finding changes nothing: a BLOCK can never
        be overridden.
        """
        return not self.blocked and not self.missing_overrides(overridden_rule_codes)

    def raise_unless_can_proceed(self, overridden_rule_codes: Iterable[str] = ()) -> None:
        """Raise SafetyBlockError naming every blocking or un-overridden finding."""
        stopping = self.blocked + self.missing_overrides(overridden_rule_codes)
        if stopping:
            lines = "; ".join(f"{item.rule_code}: {item.message}" for item in stopping)
            # ``rule_codes`` lets a screen name each finding in its own language; ``findings``
            # is the English line the command line shows.
            codes = tuple(item.rule_code for item in stopping)
            raise SafetyBlockError(
                Message("safety.cannot_proceed", {"findings": lines, "rule_codes": codes})
            )


@dataclass(frozen=True, slots=True)
class Override:
    """A practitioner's decision to proceed despite a NEEDS_OVERRIDE finding, with the reason.

    The service stores it with the session so the unit of work audits it.
    """

    rule_code: str
    reason: str

    def __post_init__(self) -> None:
        errors: dict[str, Message] = {}
        if not self.rule_code.strip():
            errors["rule_code"] = Message("override.rule_missing")
        reason = self.reason.strip()
        if not reason:
            errors["reason"] = Message("override.reason_missing")
        elif len(reason) > MAX_REASON_LENGTH:
            errors["reason"] = Message(
                "override.reason_too_long", {"length": len(reason), "maximum": MAX_REASON_LENGTH}
            )
        if errors:
            raise ValidationError(errors)
        object.__setattr__(self, "reason", reason)


#: ``source_key`` of a finding that rests on the clinic's own settings, not a publication.
CLINIC_SOURCE = "clinic"


def source_key(source: str) -> str:
    """The reference key a finding's source starts with (``"[BT] …"`` → ``"BT"``), or
    ``CLINIC_SOURCE`` for the clinic's own policy: what the screens cite it by."""
    text = source.strip()
    if text.startswith("[") and "]" in text:
        return text[1 : text.index("]")]
    return CLINIC_SOURCE


def sorted_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Most severe first, then by rule code; exact duplicates dropped."""
    unique: dict[tuple[str, Level, str, tuple[tuple[str, str], ...], str], Finding] = {}
    for item in findings:
        key = (
            item.rule_code,
            item.level,
            item.message,
            tuple(sorted(item.facts.items())),
            item.source,
        )
        unique.setdefault(key, item)
    return tuple(sorted(unique.values(), key=Finding.sort_key))
