"""Where the domain's and the service's field errors land on the session editor.

Keys are dotted paths (``modalities.0.total_units``, ``adverse_events.1.kind``): a message
goes under the field of the card it names, so the practitioner fixes it from the message
alone; a key no widget owns goes to the banner with its field named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from PySide6.QtWidgets import QLabel

from scardesk.domain.errors import ValidationError
from scardesk.domain.modalities import spec_of
from scardesk.domain.sessions import SessionInput
from scardesk.ui.errors import field_label, sentence
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets.error_line import ErrorLine


# What this module needs of the session editor, described here so that it never imports the
# editor back (the editor imports this module to show its errors).
class _WithErrorLine(Protocol):
    @property
    def error(self) -> ErrorLine: ...


class _ErrorCard(Protocol):
    def set_errors(self, messages: dict[str, str]) -> None: ...
    def clear_errors(self) -> None: ...


class _PreparationErrors(Protocol):
    @property
    def agent_error(self) -> ErrorLine: ...
    @property
    def minutes_error(self) -> ErrorLine: ...


class SessionEditorParts(Protocol):
    """The parts of the session editor that errors land on."""

    @property
    def form_error(self) -> QLabel: ...
    @property
    def cards(self) -> Sequence[_ErrorCard]: ...
    @property
    def events(self) -> _ErrorCard: ...
    @property
    def preparation(self) -> _PreparationErrors: ...
    @property
    def when(self) -> _WithErrorLine: ...
    @property
    def treatments(self) -> _WithErrorLine: ...
    @property
    def notes(self) -> _WithErrorLine: ...


def preview_form(form: SessionInput) -> SessionInput:
    """The form as the gate sees it: an entry its spec cannot judge yet (a peel with no depth)
    is left out until it can."""
    kept = tuple(m for m in form.modalities if spec_of(m.modality).ready_for_gate(m))
    return replace(form, modalities=kept)


def clear(editor: SessionEditorParts) -> None:
    editor.form_error.hide()
    for card in editor.cards:
        card.clear_errors()
    editor.events.clear_errors()
    for line in (editor.preparation.agent_error, editor.preparation.minutes_error):
        line.set_message("")
    for part in (editor.when, editor.treatments, editor.notes):
        part.error.set_message("")


def show(editor: SessionEditorParts, error: ValidationError) -> None:
    leftover: list[str] = []
    per_card: dict[int, dict[str, str]] = {}
    events: dict[str, str] = {}
    simple: dict[str, ErrorLine] = {
        "performed_at": editor.when.error,
        "anaesthetic_agent": editor.preparation.agent_error,
        "anaesthetic_minutes": editor.preparation.minutes_error,
        "post_notes": editor.notes.error,
        "modalities": editor.treatments.error,
    }
    for key, message in field_texts(error).items():
        head, _, rest = key.partition(".")
        index, _, inner = rest.partition(".")
        if key in simple:
            simple[key].set_message(sentence(message))
        elif head == "modalities" and index.isdigit() and int(index) < len(editor.cards):
            per_card.setdefault(int(index), {})[inner] = message
        elif head == "adverse_events":
            events[rest] = message
        else:
            leftover.append(f"{field_label(key)}: {message}")
    for n, messages in per_card.items():
        editor.cards[n].set_errors(messages)
    if events:
        editor.events.set_errors(events)
    banner = _t("Nothing was saved: correct the fields marked in red.")
    editor.form_error.setText(banner + ("\n" + "\n".join(leftover) if leftover else ""))
    editor.form_error.show()
