"""The codec of a whole session as one document: ``session_amendments.before`` and ``.after``.

An amendment keeps the session as it was before and after the change, so the original can be
shown beside the correction. Version 1 carries ``"v": 1``; version 0 (written before codecs)
has the same fields without it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from scardesk.domain.codecs._base import (
    VERSION_KEY,
    choice,
    decoder,
    flag,
    moment,
    only_keys,
    optional_flag,
    optional_text,
    optional_whole,
    plain,
    split_version,
    text,
    wrong_kind,
)
from scardesk.domain.codecs.modality import decode_modality, encode_modality
from scardesk.domain.enums import Severity
from scardesk.domain.sessions import AdverseEventInput, SessionInput

TABLE = "session_amendments"
VERSION = 1

_FIELDS = frozenset(item.name for item in fields(SessionInput))
_EVENT_FIELDS = frozenset(item.name for item in fields(AdverseEventInput))


def encode_session(form: SessionInput) -> dict[str, Any]:
    body: dict[str, Any] = {
        item.name: plain(getattr(form, item.name))
        for item in fields(form)
        if item.name not in ("modalities", "adverse_events")
    }
    body["modalities"] = [encode_modality(entry) for entry in form.modalities]
    body["adverse_events"] = [
        {item.name: plain(getattr(event, item.name)) for item in fields(event)}
        for event in form.adverse_events
    ]
    return {VERSION_KEY: VERSION, **body}


def _event(document: object) -> AdverseEventInput:
    if not isinstance(document, Mapping):
        raise TypeError("an adverse event is not an object")
    only_keys(document, _EVENT_FIELDS)
    return AdverseEventInput(
        kind=text(document["kind"]),
        severity=choice(Severity)(document["severity"]),
        action_taken=optional_text(document.get("action_taken")),
        follow_up_needed=flag(document.get("follow_up_needed", False)),
    )


def _list(value: object) -> list[object]:
    if not isinstance(value, list):
        raise wrong_kind("stored.expected_list", value)
    return value


@decoder(TABLE)
def decode_session(stored: object) -> SessionInput:
    _, body = split_version(stored, VERSION)  # version 0 and 1 share their fields
    only_keys(body, _FIELDS)
    return SessionInput(
        performed_at=moment(body["performed_at"]),
        modalities=tuple(decode_modality(item) for item in _list(body["modalities"])),
        adverse_events_none=optional_flag(body.get("adverse_events_none")),
        adverse_events=tuple(_event(item) for item in _list(body.get("adverse_events", []))),
        cleansing_done=flag(body.get("cleansing_done", False)),
        antiviral_prophylaxis=flag(body.get("antiviral_prophylaxis", False)),
        anaesthetic_agent=optional_text(body.get("anaesthetic_agent")),
        anaesthetic_minutes=optional_whole(body.get("anaesthetic_minutes")),
        post_notes=optional_text(body.get("post_notes")),
        plan_id=optional_whole(body.get("plan_id")),
        supervising_prescriber_id=optional_whole(body.get("supervising_prescriber_id")),
    )
