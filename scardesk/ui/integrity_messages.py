"""The screens' side of the integrity findings (:mod:`scardesk.domain.integrity_messages`):
the same English templates, marked for Qt's translation tools; ``scardesk.ui.messages`` adds
them to its catalogue, and a test keeps both catalogues identical."""

from __future__ import annotations

from scardesk.ui.tr import COUNTED, _n, _np

INTEGRITY_MARKED: dict[str, str] = {
    "detail.technical": _n("Technical detail (as reported, untranslated):"),
    "integrity.none": _n("No problems found."),
    "integrity.item": _n("- {finding}"),
    "integrity.lines": _n("{first}\n{rest}"),
    "integrity.not_a_file": _n("{path} does not exist or is not a file."),
    "integrity.not_sqlite": _n("{path} is not an SQLite database (or its first page is damaged)."),
    "integrity.wal_beside": _n(
        "{name} lies beside it: the file was probably copied while ScarDesk was running, and "
        "its latest changes are in that file. Use a file made by `{command}`."
    ),
    "integrity.step.sqlite": _n("SQLite integrity check"),
    "integrity.step.foreign_keys": _n("foreign key check"),
    "integrity.step.revision": _n("schema revision check"),
    "integrity.step.audit": _n("audit trail check"),
    "integrity.step.records": _n("stored record check"),
    "integrity.step.copies": _n("check of the session times copied onto toxin entries"),
    "integrity.step.due_index": _n("check of the due list's index"),
    "integrity.step_failed": _n("The {step} could not be completed."),
    "integrity.step_failed_restore": _n(
        "The {step} could not be completed. Restore the latest good backup ({command})."
    ),
    "integrity.sqlite_damage": _np(
        "SQLite's integrity check found damage in the file (%n finding(s)). Restore the latest "
        "good backup ({command}).",
        None,
        COUNTED,
    ),
    "integrity.foreign_key": _np(
        "{table}: %n row refers/rows refer to {parent} rows that do not exist (a broken foreign "
        "key).",
        None,
        COUNTED,
    ),
    "integrity.not_scardesk": _n("This is not a ScarDesk database (it has no schema revision)."),
    "integrity.no_revision": _n("The database has no schema revision: run `{command}`."),
    "integrity.newer_schema": _n(
        "The database was written by a newer version of ScarDesk (schema {revision}); install "
        "that version to use it."
    ),
    "integrity.behind": _n(
        "The database schema is at revision {revision} but this ScarDesk expects {head}: run "
        "`{command}`."
    ),
    "integrity.tampered": _n("The audit trail has been tampered with: {finding}"),
    "integrity.unreadable": _n("{record} cannot be read by this version of ScarDesk ({reason})."),
    "integrity.unreadable_technical": _n("{record} cannot be read by this version of ScarDesk."),
    "integrity.unreadable_more": _np(
        "{table}: %n more row(s) cannot be read either.",
        None,
        COUNTED,
    ),
    "integrity.due_index": _np(
        "The due list's index differs from the records of %n patient(s) (changed outside "
        "ScarDesk, or a fault): the due list shows them wrongly until `{command}` computes it "
        "again.",
        None,
        COUNTED,
    ),
    "integrity.session_copy": _np(
        "{table}: %n entry differs/entries differ from the session in time, id, patient, "
        "practitioner or voiding (changed outside ScarDesk); lot recall lists such entries "
        "wrongly: ids {ids}.",
        None,
        COUNTED,
    ),
    "stored.expected_object": _n("expected a JSON object, found {found}"),
    "stored.expected_text": _n("expected text, found {found}"),
    "stored.expected_number": _n("expected a number, found {found}"),
    "stored.expected_whole": _n("expected a whole number, found {found}"),
    "stored.expected_flag": _n("expected true or false, found {found}"),
    "stored.expected_list": _n("expected a list, found {found}"),
    "stored.not_finite": _n("expected a finite number"),
    "stored.missing_field": _n("missing field {field}"),
    "stored.unknown_fields": _n("unknown field(s) {fields}"),
    "stored.not_json": _n("not JSON"),
    "stored.kind.text": _n("text"),
    "stored.kind.number": _n("a number"),
    "stored.kind.whole": _n("a whole number"),
    "stored.kind.flag": _n("true or false"),
    "stored.kind.list": _n("a list"),
    "stored.kind.object": _n("an object"),
    "stored.kind.null": _n("nothing (null)"),
    "tamper.old_chain": _n("[edited event] The audit trail: {broken}."),
    "tamper.settings_removed": _n(
        "[edited chain settings] The audit chain's settings row was removed."
    ),
    "tamper.settings_changed": _n(
        "[edited chain settings] The audit chain's settings row was changed."
    ),
    "tamper.missing_key": _np(
        "[missing key] The audit key of this database is not on this computer ({path}), so %n "
        "keyed event(s) cannot be verified. Copy the key from the computer that wrote them.",
        None,
        COUNTED,
    ),
    "tamper.seal_unreadable": _n("[seal mismatch] The audit seal {path} cannot be read."),
    "tamper.edited_event": _n(
        "[edited event] Audit event {seq} was changed after it was written (its content no "
        "longer matches its hash)."
    ),
    "tamper.no_keyed_hash": _n(
        "[forged event] Audit event {seq} has no keyed hash although the keyed chain began "
        "before it: it was not written by ScarDesk."
    ),
    "tamper.keyed_hash_fails": _n(
        "[forged event] Audit event {seq} fails its keyed hash: the log was re-hashed or the "
        "event was written without the key (events forged, or removed and the rest recomputed)."
    ),
    "tamper.reordered_around": _n(
        "[reordered events] Audit events around number {seq} are out of order: events were moved."
    ),
    "tamper.reordered": _n(
        "[reordered events] Audit event {seq} comes after event {previous}: events were moved."
    ),
    "tamper.unnumbered": _n(
        "[inserted event] An audit event without a number follows event {previous}."
    ),
    "tamper.numbered_twice": _n(
        "[inserted event] A second audit event numbered {seq} was inserted."
    ),
    "tamper.does_not_follow": _n(
        "[inserted event] Audit event {seq} does not follow the event before it: an event was "
        "inserted or removed and the numbers rewritten."
    ),
    "tamper.deleted_one": _n("[deleted event] Audit event {seq} is missing from the log."),
    "tamper.deleted_range": _n(
        "[deleted event] Audit events {first}–{last} are missing from the log."
    ),
    "tamper.seal_missing": _n(
        "[seal missing] The audit seal {name} is missing although the log has keyed events: the "
        "anchor was removed (or the database was moved without it)."
    ),
    "tamper.seal_other_database": _n(
        "[seal mismatch] The seal {name} belongs to another database (chain {chain}): this "
        "database was replaced. If that was deliberate, remove the seal file."
    ),
    "tamper.seal_forged": _n(
        "[seal mismatch] The seal {name} was not written by ScarDesk (its keyed hash fails): it "
        "was edited to match the log."
    ),
    "tamper.cut_tail": _np(
        "[cut tail] %n audit event was/audit events were removed from the end of the log: the "
        "seal records event {sealed}, the log ends at {last}.",
        None,
        COUNTED,
    ),
    "tamper.cut_tail_all": _np(
        "[cut tail] %n audit event was/audit events were removed from the end of the log: the "
        "seal records event {sealed}, the log has no numbered event left.",
        None,
        COUNTED,
    ),
    "tamper.rewritten": _n(
        "[forged event] Audit event {seq} is not the event the seal recorded: the log was "
        "rewritten from there."
    ),
    "tamper.trigger_missing": _n(
        "[missing trigger] The append-only trigger {name} on audit_events was dropped."
    ),
    "tamper.trigger_disabled": _n(
        "[disabled trigger] The append-only trigger {name} on audit_events is disabled (ALTER "
        "TABLE ... DISABLE TRIGGER)."
    ),
    "tamper.rows_edited": _np(
        "[edited row] {table}: %n row differs/rows differ from the last audited state (changed "
        "outside ScarDesk): {rows}.",
        None,
        COUNTED,
    ),
    "tamper.rows_unaudited": _np(
        "[unaudited row] {table}: %n row has/rows have no audit event (added outside ScarDesk): "
        "ids {ids}.",
        None,
        COUNTED,
    ),
    "tamper.rows_deleted": _np(
        "[deleted row] {table}: %n audited row no longer exists/audited rows no longer exist: "
        "ids {ids}.",
        None,
        COUNTED,
    ),
    "tamper.bulk_edited": _n(
        "[edited row] Rows of {table} written in bulk (ids {ids}) no longer match the digest "
        "recorded when they were written."
    ),
    "tamper.ids_and_more": _n("{shown} and {more} more"),
}
