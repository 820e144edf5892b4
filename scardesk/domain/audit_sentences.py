"""An audit event as a sentence a person can read: "Dr Salma changed the phone of patient 10234
from +968 9123 4567 to +968 9876 5432".

The domain cannot import Qt, so a sentence is built as a :class:`Phrase`: an English template
(``str.format`` fields) and its parameters. ``render(phrase, translate)`` fills it in, passing
every template and every :class:`Word` through ``translate`` (the UI gives its translator, with
context ``AuditLog``; exports get the same function) while names, numbers and stored values go
in as typed. Any action, table or field, known or not, gives a sentence; none raises.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeAlias

from scardesk.domain.audit_labels import (
    BOOKKEEPING_FIELDS,
    FIELD_LABELS,
    NON_CLINICAL_TABLES,
    READ_WHATS,
    ROLE_LABELS,
    STATUS_LABELS,
    TABLE_THINGS,
    field_label,
    thing_label,
)
from scardesk.domain.audit_templates import (
    EDIT_ACTIONS,
    HEADLINES,
    PATIENT_HEADLINES,
    REFUSED,
    STATUS_TEMPLATES,
)
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import _n
from scardesk.domain.time import to_muscat
from scardesk.domain.validation import format_phone_display

Translate: TypeAlias = Callable[[str], str]
VALUE_LIMIT = 80
#: What ``db.audit.snapshot`` stores for a redacted column, and for a prior value it lost.
REDACTED = "(redacted)"
PRIOR_NOT_KEPT = "(prior value not kept: changed in place)"


@dataclass(frozen=True, slots=True)
class Word:
    """A word or phrase of the interface (translated), as opposed to stored data (never)."""

    text: str


@dataclass(frozen=True, slots=True)
class Phrase:
    template: str
    params: tuple[tuple[str, Part], ...] = ()


@dataclass(frozen=True, slots=True)
class Listing:
    """Several parts shown one after another ("phone from … to …; email from … to …")."""

    parts: tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class Name:
    """A user as the clinic entered them: the display name, the Arabic display name an Arabic
    reader sees instead when there is one, and the user name for a row with neither."""

    latin: str
    arabic: str | None = None
    username: str | None = None

    def shown(self, arabic: bool) -> tuple[str, bool]:
        """The name for a reader (Arabic or not), and whether it is the user name (Latin
        letters and dots, kept left to right on screen)."""
        if arabic and self.arabic and self.arabic.strip():
            return self.arabic, False
        if self.latin.strip() or not self.username:
            return self.latin, False
        return self.username, True


Part: TypeAlias = str | Word | Phrase | Listing | Name


def phrase(template: str, **params: Part) -> Phrase:
    return Phrase(template, tuple(params.items()))


#: First-strong isolate: an Arabic name keeps its own direction without reordering the
#: sentence around it (for screens; files get the plain text).
_ISOLATE, _LTR, _POP = "\u2068", "\u2066", "\u2069"


def render(
    part: Part, translate: Translate = str, *, isolate: bool = False, arabic: bool = False
) -> str:
    """The text of ``part``; a translation that breaks its template falls back to English.

    ``isolate``: wrap every stored value (names, values) in a Unicode isolate.
    ``arabic``: the reader reads Arabic, so a user's Arabic display name is shown.
    """
    if isinstance(part, str):
        return f"{_ISOLATE}{part}{_POP}" if isolate and part else part
    if isinstance(part, Name):
        text, username = part.shown(arabic)
        if not isolate or not text:
            return text
        return f"{_LTR if username else _ISOLATE}{text}{_POP}"
    if isinstance(part, Word):
        return translate(part.text)
    if isinstance(part, Listing):
        items = (render(item, translate, isolate=isolate, arabic=arabic) for item in part.parts)
        return translate(_n("; ")).join(items)
    values = {
        name: render(value, translate, isolate=isolate, arabic=arabic)
        for name, value in part.params
    }
    try:
        return translate(part.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return part.template.format(**values)


@dataclass(frozen=True, slots=True)
class AuditFacts:
    """What a sentence is made from: one stored event and the names the service looked up."""

    action: str
    entity: str
    entity_id: int | None
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    patient_id: int | None
    #: The acting user's names; None for the system (or a failed sign-in).
    actor_name: Name | str | None
    #: For events on the users table: the names of the account acted on.
    target_name: Name | str | None = None


def describe(facts: AuditFacts, *, clinical_values: bool) -> Phrase:
    """The sentence for one event. ``clinical_values``: whether the viewer may read clinical
    content, so the before/after values of clinical rows are shown (field names always are)."""
    who = _who(facts)
    patient: Part = str(facts.patient_id) if facts.patient_id is not None else Word(_n("(unknown)"))
    action = facts.action
    if action.startswith("read.") and not _has_headline(action):
        return _read(action, who, facts.patient_id)
    if action.endswith("_refused"):
        base = action.removesuffix("_refused")
        what: Part = Word(REFUSED[base]) if base in REFUSED else _unknown(base)
        return phrase(
            _n("{who} was refused (wrong password): {what}, patient {patient}"),
            who=who,
            what=what,
            patient=patient,
        )
    if action == "patient.merge" and facts.before is None and "merged_id" in (facts.after or {}):
        merged = str((facts.after or {}).get("merged_id"))
        return phrase(
            _n("{who} merged patient {merged} into patient {patient}"),
            who=who,
            merged=merged,
            patient=patient,
        )
    changed = _changed_fields(facts.before, facts.after)
    listed = changed and (action in EDIT_ACTIONS or not _has_headline(action))
    if listed:
        return _changes(facts, who, patient, changed, clinical_values)
    headline = _headline(facts, who, patient)
    if headline is not None:
        return headline
    thing = _thing(facts)
    # An action of a newer version (or one this version forgot): said in the reader's
    # language, with the stored code as data so it can still be looked up.
    if facts.patient_id is not None:
        return phrase(
            _n("{who} did {action} with {thing} of patient {patient}"),
            who=who,
            action=_unknown(action),
            thing=thing,
            patient=patient,
        )
    return phrase(
        _n("{who} did {action} with {thing}"), who=who, action=_unknown(action), thing=thing
    )


def _unknown(code: str) -> Phrase:
    return phrase(_n("something this version does not describe ({code})"), code=code)


def has_sentence(action: str) -> bool:
    """Whether ``action`` is described by a sentence of its own, not the generic one of an
    action this version does not know (a test holds every action the code writes to this)."""
    if action in HEADLINES:
        return True
    if action.startswith("read."):
        return _read_kind(action) in READ_WHATS
    if action.endswith("_refused"):
        return action.removesuffix("_refused") in REFUSED
    prefix, _, status = action.partition(".")
    return prefix in STATUS_TEMPLATES and status in STATUS_LABELS


#: Sign-in attempts made by whoever typed a name: the system records them, nobody is signed in.
_ANONYMOUS_ATTEMPTS = frozenset(
    {
        "user.sign_in_failed",
        "user.sign_in_wait",
        "user.sign_in_locked",
        "user.one_time_password_expired",
    }
)


def _who(facts: AuditFacts) -> Part:
    if facts.actor_name:
        return facts.actor_name
    if facts.action in _ANONYMOUS_ATTEMPTS:
        return Word(_n("Someone"))
    return Word(_n("ScarDesk (system)"))


def _has_headline(action: str) -> bool:
    return action in HEADLINES or action.split(".", 1)[0] in STATUS_TEMPLATES


def _headline(facts: AuditFacts, who: Part, patient: Part) -> Phrase | None:
    template = HEADLINES.get(facts.action)
    if facts.patient_id is not None:
        template = PATIENT_HEADLINES.get(facts.action, template)
    if template is None:
        prefix, _, status = facts.action.partition(".")
        if prefix not in STATUS_TEMPLATES or not status:
            return None
        if status not in STATUS_LABELS:
            return None  # a status of a newer version: the generic sentence names its code
        shown = Word(STATUS_LABELS[status])
        return phrase(STATUS_TEMPLATES[prefix], who=who, patient=patient, status=shown)
    target: Part = facts.target_name or (Word(_n("(unknown)")))
    return phrase(template, who=who, patient=patient, thing=_thing(facts), target=target)


def _read(action: str, who: Part, patient_id: int | None) -> Phrase:
    kind = _read_kind(action)
    what: Part = Word(READ_WHATS[kind]) if kind in READ_WHATS else _unknown(action)
    if patient_id is None:
        return phrase(_n("{who} viewed {what}"), who=who, what=what)
    return phrase(
        _n("{who} viewed {what} of patient {patient}"), who=who, what=what, patient=str(patient_id)
    )


def _field(name: str) -> Part:
    """A column's label; a column of a newer version as its stored name (data, not words)."""
    return Word(FIELD_LABELS[name]) if name in FIELD_LABELS else field_label(name)


def _read_kind(action: str) -> str:
    kind = action.removeprefix("read.")
    for suffix in (".view", ".list", ".open", ".read"):
        kind = kind.removesuffix(suffix)
    return kind


def _thing(facts: AuditFacts) -> Part:
    if facts.entity == "users" and facts.target_name:
        return phrase(_n("the user account {target}"), target=facts.target_name)
    if facts.entity not in TABLE_THINGS:  # a table of a newer version: named as data
        return phrase(_n("a record ({table})"), table=facts.entity)
    return Word(thing_label(facts.entity))


def _changed_fields(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> tuple[str, ...]:
    if not isinstance(before, Mapping) or not isinstance(after, Mapping):
        return ()
    names = sorted(after.keys() | before.keys())
    return tuple(
        name
        for name in names
        if name not in BOOKKEEPING_FIELDS and before.get(name) != after.get(name)
    )


def _changes(
    facts: AuditFacts, who: Part, patient: Part, fields: tuple[str, ...], clinical_values: bool
) -> Phrase:
    before, after = facts.before or {}, facts.after or {}
    if fields == ("patient_id",):
        return phrase(
            _n("{who} moved {thing} from patient {old} to patient {new}"),
            who=who,
            thing=_thing(facts),
            old=_value("patient_id", before.get("patient_id")),
            new=_value("patient_id", after.get("patient_id")),
        )
    show = clinical_values or facts.entity in NON_CLINICAL_TABLES
    on_patient_row = facts.entity == "patients"
    has_patient = facts.patient_id is not None
    if len(fields) == 1:
        (name,) = fields
        params: dict[str, Part] = {
            "who": who,
            "field": _field(name),
            "thing": _thing(facts),
            "patient": patient,
            "old": _value(name, before.get(name)),
            "new": _value(name, after.get(name)),
        }
        # Whole sentences, not a tail glued on: a translator orders each one as a whole.
        if on_patient_row:
            template = (
                _n("{who} changed the {field} of patient {patient} from {old} to {new}")
                if show
                else _n("{who} changed the {field} of patient {patient}")
            )
        elif has_patient:
            template = (
                _n("{who} changed the {field} of {thing} of patient {patient} from {old} to {new}")
                if show
                else _n("{who} changed the {field} of {thing} of patient {patient}")
            )
        else:
            template = (
                _n("{who} changed the {field} of {thing} from {old} to {new}")
                if show
                else _n("{who} changed the {field} of {thing}")
            )
        return phrase(template, **params)
    if show:
        parts: tuple[Part, ...] = tuple(
            phrase(
                _n("{field} from {old} to {new}"),
                field=_field(name),
                old=_value(name, before.get(name)),
                new=_value(name, after.get(name)),
            )
            for name in fields
        )
    else:
        parts = tuple(_field(name) for name in dict.fromkeys(fields))
    changes = Listing(parts)
    if on_patient_row:
        return phrase(
            _n("{who} changed the details of patient {patient}: {changes}"),
            who=who,
            patient=patient,
            changes=changes,
        )
    if has_patient:
        return phrase(
            _n("{who} changed {thing} of patient {patient}: {changes}"),
            who=who,
            thing=_thing(facts),
            patient=patient,
            changes=changes,
        )
    return phrase(
        _n("{who} changed {thing}: {changes}"), who=who, thing=_thing(facts), changes=changes
    )


def _value(field: str, value: Any) -> Part:
    """A stored value as a reader sees it: short, never raw markup of the storage."""
    if value is None or value == "":
        return Word(_n("(empty)"))
    if value == REDACTED:
        return Word(_n("(hidden)"))
    if value == PRIOR_NOT_KEPT:
        return Word(_n("(not kept)"))
    if isinstance(value, bool):
        return Word(_n("yes") if value else _n("no"))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict) and "sha256" in value:
        return phrase(_n("(file, {size} bytes)"), size=str(value.get("bytes", "?")))
    if field == "role" and isinstance(value, str) and value in ROLE_LABELS:
        return Word(ROLE_LABELS[value])
    if isinstance(value, str):
        return _short(_text_value(field, value))
    return _short(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))


def _text_value(field: str, value: str) -> str:
    if field.endswith("phone") and value.startswith("+"):
        try:
            return format_phone_display(value)
        except ValidationError:
            return value
    if len(value) >= 16 and value[4:5] == "-" and "T" in value[8:12]:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            return to_muscat(moment).strftime("%Y-%m-%d %H:%M")
        return moment.strftime("%Y-%m-%d %H:%M")
    if len(value) == 10 and value[4:5] == "-":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return value
    return value


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= VALUE_LIMIT else flat[: VALUE_LIMIT - 1] + "…"
