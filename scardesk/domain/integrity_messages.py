"""The English templates of what an integrity check finds (``scardesk db check``, Admin ›
Maintenance, and the check every backup and restore runs on its file).

Part of the core catalogue (:mod:`scardesk.domain.message_catalogue` adds them to ``ENGLISH``);
kept apart because the findings are many and belong together. Tables, revisions, paths and
commands are :class:`~scardesk.domain.messages.Verbatim` parameters; what SQLite or a driver
said is a finding's ``technical`` detail, never part of the sentence. A finding of the audit
check starts with its kind in brackets (``[cut tail]``), which support searches for.
"""

from __future__ import annotations

from collections.abc import Sequence

from scardesk.domain.messages import TECHNICAL_LEAD_CODE, Message

INTEGRITY_ENGLISH: dict[str, str] = {
    TECHNICAL_LEAD_CODE: "Technical detail (as reported, untranslated):",
    "integrity.none": "No problems found.",
    "integrity.item": "- {finding}",
    "integrity.lines": "{first}\n{rest}",
    "integrity.not_a_file": "{path} does not exist or is not a file.",
    "integrity.not_sqlite": "{path} is not an SQLite database (or its first page is damaged).",
    "integrity.wal_beside": (
        "{name} lies beside it: the file was probably copied while ScarDesk was running, and "
        "its latest changes are in that file. Use a file made by `{command}`."
    ),
    "integrity.step.sqlite": "SQLite integrity check",
    "integrity.step.foreign_keys": "foreign key check",
    "integrity.step.revision": "schema revision check",
    "integrity.step.audit": "audit trail check",
    "integrity.step.records": "stored record check",
    "integrity.step.copies": "check of the session times copied onto toxin entries",
    "integrity.step.due_index": "check of the due list's index",
    "integrity.step_failed": "The {step} could not be completed.",
    "integrity.step_failed_restore": (
        "The {step} could not be completed. Restore the latest good backup ({command})."
    ),
    "integrity.sqlite_damage": (
        "SQLite's integrity check found damage in the file ({n} {n:finding|findings}). Restore "
        "the latest good backup ({command})."
    ),
    "integrity.foreign_key": (
        "{table}: {n} {n:row refers|rows refer} to {parent} rows that do not exist (a broken "
        "foreign key)."
    ),
    "integrity.not_scardesk": "This is not a ScarDesk database (it has no schema revision).",
    "integrity.no_revision": "The database has no schema revision: run `{command}`.",
    "integrity.newer_schema": (
        "The database was written by a newer version of ScarDesk (schema {revision}); install "
        "that version to use it."
    ),
    "integrity.behind": (
        "The database schema is at revision {revision} but this ScarDesk expects {head}: run "
        "`{command}`."
    ),
    "integrity.tampered": "The audit trail has been tampered with: {finding}",
    "integrity.unreadable": "{record} cannot be read by this version of ScarDesk ({reason}).",
    "integrity.unreadable_technical": "{record} cannot be read by this version of ScarDesk.",
    "integrity.unreadable_more": "{table}: {n} {n:more row|more rows} cannot be read either.",
    "integrity.due_index": (
        "The due list's index differs from the records of {n} {n:patient|patients} (changed "
        "outside ScarDesk, or a fault): the due list shows them wrongly until `{command}` "
        "computes it again."
    ),
    "integrity.session_copy": (
        "{table}: {n} {n:entry differs|entries differ} from the session in time, id, patient, "
        "practitioner or voiding (changed outside ScarDesk); lot recall lists such entries "
        "wrongly: ids {ids}."
    ),
    "stored.expected_object": "expected a JSON object, found {found}",
    "stored.expected_text": "expected text, found {found}",
    "stored.expected_number": "expected a number, found {found}",
    "stored.expected_whole": "expected a whole number, found {found}",
    "stored.expected_flag": "expected true or false, found {found}",
    "stored.expected_list": "expected a list, found {found}",
    "stored.not_finite": "expected a finite number",
    "stored.missing_field": "missing field {field}",
    "stored.unknown_fields": "unknown field(s) {fields}",
    "stored.not_json": "not JSON",
    "stored.kind.text": "text",
    "stored.kind.number": "a number",
    "stored.kind.whole": "a whole number",
    "stored.kind.flag": "true or false",
    "stored.kind.list": "a list",
    "stored.kind.object": "an object",
    "stored.kind.null": "nothing (null)",
    "tamper.old_chain": "[edited event] The audit trail: {broken}.",
    "tamper.settings_removed": (
        "[edited chain settings] The audit chain's settings row was removed."
    ),
    "tamper.settings_changed": (
        "[edited chain settings] The audit chain's settings row was changed."
    ),
    "tamper.missing_key": (
        "[missing key] The audit key of this database is not on this computer ({path}), so {n} "
        "{n:keyed event|keyed events} cannot be verified. Copy the key from the computer that "
        "wrote them."
    ),
    "tamper.seal_unreadable": "[seal mismatch] The audit seal {path} cannot be read.",
    "tamper.edited_event": (
        "[edited event] Audit event {seq} was changed after it was written (its content no "
        "longer matches its hash)."
    ),
    "tamper.no_keyed_hash": (
        "[forged event] Audit event {seq} has no keyed hash although the keyed chain began "
        "before it: it was not written by ScarDesk."
    ),
    "tamper.keyed_hash_fails": (
        "[forged event] Audit event {seq} fails its keyed hash: the log was re-hashed or the "
        "event was written without the key (events forged, or removed and the rest recomputed)."
    ),
    "tamper.reordered_around": (
        "[reordered events] Audit events around number {seq} are out of order: events were moved."
    ),
    "tamper.reordered": (
        "[reordered events] Audit event {seq} comes after event {previous}: events were moved."
    ),
    "tamper.unnumbered": (
        "[inserted event] An audit event without a number follows event {previous}."
    ),
    "tamper.numbered_twice": "[inserted event] A second audit event numbered {seq} was inserted.",
    "tamper.does_not_follow": (
        "[inserted event] Audit event {seq} does not follow the event before it: an event was "
        "inserted or removed and the numbers rewritten."
    ),
    "tamper.deleted_one": "[deleted event] Audit event {seq} is missing from the log.",
    "tamper.deleted_range": "[deleted event] Audit events {first}–{last} are missing from the log.",
    "tamper.seal_missing": (
        "[seal missing] The audit seal {name} is missing although the log has keyed events: the "
        "anchor was removed (or the database was moved without it)."
    ),
    "tamper.seal_other_database": (
        "[seal mismatch] The seal {name} belongs to another database (chain {chain}): this "
        "database was replaced. If that was deliberate, remove the seal file."
    ),
    "tamper.seal_forged": (
        "[seal mismatch] The seal {name} was not written by ScarDesk (its keyed hash fails): it "
        "was edited to match the log."
    ),
    "tamper.cut_tail": (
        "[cut tail] {n} {n:audit event was|audit events were} removed from the end of the log: "
        "the seal records event {sealed}, the log ends at {last}."
    ),
    "tamper.cut_tail_all": (
        "[cut tail] {n} {n:audit event was|audit events were} removed from the end of the log: "
        "the seal records event {sealed}, the log has no numbered event left."
    ),
    "tamper.rewritten": (
        "[forged event] Audit event {seq} is not the event the seal recorded: the log was "
        "rewritten from there."
    ),
    "tamper.trigger_missing": (
        "[missing trigger] The append-only trigger {name} on audit_events was dropped."
    ),
    "tamper.trigger_disabled": (
        "[disabled trigger] The append-only trigger {name} on audit_events is disabled (ALTER "
        "TABLE ... DISABLE TRIGGER)."
    ),
    "tamper.rows_edited": (
        "[edited row] {table}: {n} {n:row differs|rows differ} from the last audited state "
        "(changed outside ScarDesk): {rows}."
    ),
    "tamper.rows_unaudited": (
        "[unaudited row] {table}: {n} {n:row has|rows have} no audit event (added outside "
        "ScarDesk): ids {ids}."
    ),
    "tamper.rows_deleted": (
        "[deleted row] {table}: {n} {n:audited row no longer exists|audited rows no longer "
        "exist}: ids {ids}."
    ),
    "tamper.bulk_edited": (
        "[edited row] Rows of {table} written in bulk (ids {ids}) no longer match the digest "
        "recorded when they were written."
    ),
    "tamper.ids_and_more": "{shown} and {more} more",
}


def findings_text(findings: Sequence[Message]) -> Message:
    """All ``findings`` as one message, one ``- finding`` line each (for a refusal's detail).

    Paired in halves, not chained one by one, so two hundred findings nest eight deep, not two
    hundred.
    """
    if not findings:
        return Message("integrity.none")
    if len(findings) == 1:
        return Message("integrity.item", {"finding": findings[0]})
    half = len(findings) // 2
    return Message(
        "integrity.lines",
        {"first": findings_text(findings[:half]), "rest": findings_text(findings[half:])},
    )
