"""One codec per JSON document the database stores; nothing else writes those shapes.

Each codec encodes a domain value into the stored JSON (with its schema version ``"v"``) and
decodes any version it knows back into the domain value, upgrading older ones on read. A shape
it does not know raises ``UnreadableRecordError(table, None, detail)``; the service that reads
the row wraps the decode in ``db.decoding.reading`` so the error names the row.

- ``modality_entries.parameters`` (+ ``areas``): ``encode_parameters`` / ``decode_entry``
- ``session_amendments.before`` / ``.after``: ``encode_session`` / ``decode_session``
- ``assessments.suitability``: ``encode_suitability`` / ``decode_suitability``, imported from
  ``scardesk.domain.codecs.suitability`` itself (see below)
- ``appointments.planned_modalities``: ``encode_planned`` / ``decode_planned``
- ``clinic_settings.rule_parameters``: ``encode_rule_parameters`` / ``decode_rule_parameters``
- ``safety_overrides.facts``: ``encode_override_facts`` / ``decode_override_facts``

``audit_events.before/after`` are not documents of the record but copies of rows taken by the
unit of work; the hash chain, not a codec, vouches for them.

The suitability codec is not re-exported here: it brings the assessment domain (its scoring),
and importing this package for a session's or the clinic's documents, as printing an aftercare
sheet does, should not load it (issue #16).
"""

from scardesk.domain.codecs.modality import (
    StoredEntry,
    decode_entry,
    decode_modality,
    encode_areas,
    encode_modality,
    encode_parameters,
)
from scardesk.domain.codecs.planned import decode_planned, encode_planned
from scardesk.domain.codecs.rules import (
    decode_override_facts,
    decode_rule_parameters,
    encode_override_facts,
    encode_rule_parameters,
)
from scardesk.domain.codecs.session import decode_session, encode_session

__all__ = [
    "StoredEntry",
    "decode_entry",
    "decode_modality",
    "decode_override_facts",
    "decode_planned",
    "decode_rule_parameters",
    "decode_session",
    "encode_areas",
    "encode_modality",
    "encode_override_facts",
    "encode_parameters",
    "encode_planned",
    "encode_rule_parameters",
    "encode_session",
]
