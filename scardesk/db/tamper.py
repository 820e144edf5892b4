"""Proof that the audit trail is whole: keyed chain, seal and append-only triggers.

Each finding is one sentence that starts with the kind of tampering in brackets (``[cut
tail]``, ``[forged event]``...), names event numbers and tables only, and never shows a value.
The chain is read once, in id order, streamed; only the first broken link is reported because
every later one follows from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Table, inspect, select, text
from sqlalchemy.orm import Session

from scardesk.db.audit import (
    GENESIS_HASH,
    ChainSettings,
    PendingEvent,
    chain_settings,
    event_hash,
    verify_chain,
)
from scardesk.db.audit_key import AuditKeyMissingError, key_file, keyed_hash, load_key
from scardesk.db.audit_rows import row_problems
from scardesk.db.audit_seal import Seal, read_seal, seal_mac
from scardesk.db.models import AuditEvent

_BATCH = 5000
_SQLITE_TRIGGERS = ("audit_events_no_update", "audit_events_no_delete")
_POSTGRES_TRIGGERS = ("audit_events_append_only", "audit_events_no_truncate")


@dataclass
class _Walk:
    """What the streaming pass over the chain learned."""

    problem: str | None = None
    last_seq: int = 0
    count: int = 0
    keyed_events: int = 0
    anchored_link: str | None = None
    gap_at: tuple[int, int] | None = None  # (expected, found): a gap not yet classified


def chain_problems(connection: Connection, seal: Path | None) -> list[str]:
    """Everything wrong with the audit log as a record; ``seal`` None skips the anchor."""
    if "seq" not in {c["name"] for c in inspect(connection).get_columns("audit_events")}:
        # A file from before the keyed chain (an old backup): the plain chain is all it has.
        broken = verify_chain(Session(bind=connection))
        return [] if broken is None else [f"[edited event] The audit trail: {broken}."]
    settings = chain_settings(connection)
    if settings is None:
        return ["[edited chain settings] The audit chain's settings row was removed."]
    try:
        key: bytes | None = load_key(settings.chain_id, create=False)
    except AuditKeyMissingError:
        key = None
    stored_seal, seal_problem = _load_seal(seal)
    walk = _walk_chain(connection, settings, key, stored_seal.seq if stored_seal else None)
    problems = [walk.problem] if walk.problem else []
    if key is None and walk.keyed_events:
        problems.append(
            f"[missing key] The audit key of this database is not on this computer "
            f"({key_file(settings.chain_id)}), so {walk.keyed_events} keyed event(s) cannot be "
            "verified. Copy the key from the computer that wrote them."
        )
    if seal is not None:
        problems += seal_problem or _seal_problems(seal, stored_seal, settings, walk, key)
    return problems


def _load_seal(path: Path | None) -> tuple[Seal | None, list[str]]:
    if path is None:
        return None, []
    try:
        return read_seal(path), []
    except (ValueError, KeyError, OSError) as error:
        return None, [f"[seal mismatch] The audit seal {path} cannot be read ({error})."]


def _walk_chain(
    connection: Connection, settings: ChainSettings, key: bytes | None, anchor: int | None
) -> _Walk:
    walk = _Walk()
    prev_hash, link, expected = GENESIS_HASH, GENESIS_HASH, 1
    table = cast(Table, AuditEvent.__table__)
    query = select(table).order_by(table.c.id).execution_options(yield_per=_BATCH)
    for row in connection.execute(query):
        walk.count += 1
        seq = row.seq
        if walk.problem is None:
            walk.problem = _link_problem(walk, row, expected, prev_hash)
        if walk.problem is None:
            # Against the row's own prev_hash: content is judged apart from position (a
            # removed neighbour is a deleted event, not an edited one).
            pending = PendingEvent(
                row.action, row.entity, row.entity_id, row.before, row.after, row.patient_id
            )
            if event_hash(row.prev_hash, row.occurred_at, row.user_id, pending) != row.hash:
                walk.problem = (
                    f"[edited event] Audit event {seq} was changed after it was written "
                    "(its content no longer matches its hash)."
                )
        keyed = seq is not None and seq >= settings.keyed_from
        if keyed:
            walk.keyed_events += 1
            if walk.problem is None and row.mac is None:
                walk.problem = (
                    f"[forged event] Audit event {seq} has no keyed hash although the keyed "
                    "chain began before it: it was not written by ScarDesk."
                )
            elif (
                walk.problem is None
                and walk.gap_at is None
                and key is not None
                and keyed_hash(key, seq, link, row.hash) != row.mac
            ):
                walk.problem = (
                    f"[forged event] Audit event {seq} fails its keyed hash: the log was "
                    "re-hashed or the event was written without the key (events forged, "
                    "or removed and the rest recomputed)."
                )
        prev_hash = row.hash
        link = (row.mac if keyed and row.mac else row.hash) or GENESIS_HASH
        if seq is not None:
            expected = seq + 1
            walk.last_seq = max(walk.last_seq, seq)
            if seq == anchor:
                walk.anchored_link = link
    if walk.problem is None and walk.gap_at is not None:
        walk.problem = _gap_message(*walk.gap_at)
    return walk


def _link_problem(walk: _Walk, row: object, expected: int, prev_hash: str) -> str | None:
    seq = getattr(row, "seq")  # noqa: B009 - a Row, typed loosely here
    if walk.gap_at is not None:
        # The event after a gap decides: going back fills it (reordered), else it is a hole.
        gap_expected, _found = walk.gap_at
        walk.gap_at = None
        if seq is not None and seq < expected:
            return (
                f"[reordered events] Audit events around number {gap_expected} are out of "
                "order: events were moved."
            )
        return _gap_message(gap_expected, expected - 1)
    if seq is None:
        return f"[inserted event] An audit event without a number follows event {expected - 1}."
    if seq == expected - 1:
        return f"[inserted event] A second audit event numbered {seq} was inserted."
    if seq < expected:
        return (
            f"[reordered events] Audit event {seq} comes after event {expected - 1}: "
            "events were moved."
        )
    if seq > expected:
        walk.gap_at = (expected, seq)
        return None
    if getattr(row, "prev_hash") != prev_hash:  # noqa: B009
        return (
            f"[inserted event] Audit event {seq} does not follow the event before it: an "
            "event was inserted or removed and the numbers rewritten."
        )
    return None


def _gap_message(expected: int, found: int) -> str:
    missing = (
        f"event {expected} is" if found - expected == 1 else f"events {expected}–{found - 1} are"
    )
    return f"[deleted event] Audit {missing} missing from the log."


def _seal_problems(
    path: Path, seal: Seal | None, settings: ChainSettings, walk: _Walk, key: bytes | None
) -> list[str]:
    if seal is None:
        if walk.keyed_events == 0:
            return []  # nothing anchored yet (new database, or upgraded and not written since)
        return [
            f"[seal missing] The audit seal {path.name} is missing although the log has keyed "
            "events: the anchor was removed (or the database was moved without it)."
        ]
    if seal.chain_id != settings.chain_id:
        return [
            f"[seal mismatch] The seal {path.name} belongs to another database (chain "
            f"{seal.chain_id}): this database was replaced. If that was deliberate, remove the "
            "seal file."
        ]
    if key is not None and seal.mac != seal_mac(
        key, seal.chain_id, seal.chain_digest, seal.seq, seal.link
    ):
        return [
            f"[seal mismatch] The seal {path.name} was not written by ScarDesk (its keyed hash "
            "fails): it was edited to match the log."
        ]
    if seal.chain_digest != settings.digest:
        return ["[edited chain settings] The audit chain's settings row was changed."]
    if seal.seq > walk.last_seq:
        cut = seal.seq - walk.last_seq
        return [
            f"[cut tail] {cut} audit event(s) were removed from the end of the log: the seal "
            f"records event {seal.seq}, the log ends at {walk.last_seq or 'nothing'}."
        ]
    if seal.seq > 0 and walk.anchored_link != seal.link:
        return [
            f"[forged event] Audit event {seal.seq} is not the event the seal recorded: the log "
            "was rewritten from there."
        ]
    return []


def trigger_problems(connection: Connection) -> list[str]:
    """The append-only guards must exist and be enabled."""
    if connection.dialect.name == "postgresql":
        rows = connection.execute(
            text(
                "SELECT tgname, tgenabled FROM pg_trigger "
                "WHERE tgrelid = 'audit_events'::regclass AND NOT tgisinternal"
            )
        ).all()
        found = {str(name): str(state) for name, state in rows}
        problems = []
        for name in _POSTGRES_TRIGGERS:
            if name not in found:
                problems.append(
                    f"[missing trigger] The append-only trigger {name} on audit_events was dropped."
                )
            elif found[name] == "D":
                problems.append(
                    f"[disabled trigger] The append-only trigger {name} on audit_events is "
                    "disabled (ALTER TABLE ... DISABLE TRIGGER)."
                )
        return problems
    names = {
        str(row[0])
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'"
        )
    }
    return [
        f"[missing trigger] The append-only trigger {name} on audit_events was dropped."
        for name in _SQLITE_TRIGGERS
        if name not in names
    ]


def audit_problems(connection: Connection, seal_for: Callable[[str], Path] | None) -> list[str]:
    """The whole audit check: chain, seal (``seal_for(chain_id)``), triggers, clinical rows.

    ``seal_for`` None checks a file with no anchor beside it (a backup being verified).
    """
    if "seq" not in {c["name"] for c in inspect(connection).get_columns("audit_events")}:
        return chain_problems(connection, None)
    settings = chain_settings(connection)
    seal = seal_for(settings.chain_id) if settings is not None and seal_for else None
    problems = chain_problems(connection, seal)
    problems += trigger_problems(connection)
    if settings is not None:
        problems += row_problems(connection, settings)
    return problems
