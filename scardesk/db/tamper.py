"""Proof that the audit trail is whole: keyed chain, seal and append-only triggers.

Each finding is one coded sentence (``tamper.*`` in :mod:`scardesk.domain.integrity_messages`)
that starts with the kind of tampering in brackets (``[cut tail]``, ``[forged event]``...),
names event numbers and tables only, and never shows a value.
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
    first_broken_link,
)
from scardesk.db.audit_key import AuditKeyMissingError, key_file, keyed_hash, load_key
from scardesk.db.audit_rows import row_problems
from scardesk.db.audit_seal import Seal, read_seal, seal_mac
from scardesk.db.models import AuditEvent
from scardesk.domain.messages import Message, Verbatim

_BATCH = 5000
_SQLITE_TRIGGERS = ("audit_events_no_update", "audit_events_no_delete")
_POSTGRES_TRIGGERS = ("audit_events_append_only", "audit_events_no_truncate")


@dataclass
class _Walk:
    """What the streaming pass over the chain learned."""

    problem: Message | None = None
    last_seq: int = 0
    count: int = 0
    keyed_events: int = 0
    anchored_link: str | None = None
    gap_at: tuple[int, int] | None = None  # (expected, found): a gap not yet classified


def chain_problems(connection: Connection, seal: Path | None) -> list[Message]:
    """Everything wrong with the audit log as a record; ``seal`` None skips the anchor."""
    if "seq" not in {c["name"] for c in inspect(connection).get_columns("audit_events")}:
        # A file from before the keyed chain (an old backup): the plain chain is all it has.
        broken = first_broken_link(Session(bind=connection))
        if broken is None:
            return []
        code = "audit.chain_gap" if broken.gap else "audit.chain_altered"
        return [Message("tamper.old_chain", {"broken": Message(code, {"id": broken.event_id})})]
    settings = chain_settings(connection)
    if settings is None:
        return [Message("tamper.settings_removed")]
    try:
        key: bytes | None = load_key(settings.chain_id, create=False)
    except AuditKeyMissingError:
        key = None
    stored_seal, seal_problem = _load_seal(seal)
    walk = _walk_chain(connection, settings, key, stored_seal.seq if stored_seal else None)
    problems = [walk.problem] if walk.problem else []
    if key is None and walk.keyed_events:
        problems.append(
            Message(
                "tamper.missing_key",
                {"path": Verbatim(str(key_file(settings.chain_id))), "n": walk.keyed_events},
            )
        )
    if seal is not None:
        problems += seal_problem or _seal_problems(seal, stored_seal, settings, walk, key)
    return problems


def _load_seal(path: Path | None) -> tuple[Seal | None, list[Message]]:
    if path is None:
        return None, []
    try:
        return read_seal(path), []
    except (ValueError, KeyError, OSError) as error:
        return None, [Message("tamper.seal_unreadable", {"path": Verbatim(str(path))}, str(error))]


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
                walk.problem = Message("tamper.edited_event", {"seq": seq})
        keyed = seq is not None and seq >= settings.keyed_from
        if keyed:
            walk.keyed_events += 1
            if walk.problem is None and row.mac is None:
                walk.problem = Message("tamper.no_keyed_hash", {"seq": seq})
            elif (
                walk.problem is None
                and walk.gap_at is None
                and key is not None
                and keyed_hash(key, seq, link, row.hash) != row.mac
            ):
                walk.problem = Message("tamper.keyed_hash_fails", {"seq": seq})
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


def _link_problem(walk: _Walk, row: object, expected: int, prev_hash: str) -> Message | None:
    seq = getattr(row, "seq")  # noqa: B009 - a Row, typed loosely here
    if walk.gap_at is not None:
        # The event after a gap decides: going back fills it (reordered), else it is a hole.
        gap_expected, _found = walk.gap_at
        walk.gap_at = None
        if seq is not None and seq < expected:
            return Message("tamper.reordered_around", {"seq": gap_expected})
        return _gap_message(gap_expected, expected - 1)
    if seq is None:
        return Message("tamper.unnumbered", {"previous": expected - 1})
    if seq == expected - 1:
        return Message("tamper.numbered_twice", {"seq": seq})
    if seq < expected:
        return Message("tamper.reordered", {"seq": seq, "previous": expected - 1})
    if seq > expected:
        walk.gap_at = (expected, seq)
        return None
    if getattr(row, "prev_hash") != prev_hash:  # noqa: B009
        return Message("tamper.does_not_follow", {"seq": seq})
    return None


def _gap_message(expected: int, found: int) -> Message:
    if found - expected == 1:
        return Message("tamper.deleted_one", {"seq": expected})
    return Message("tamper.deleted_range", {"first": expected, "last": found - 1})


def _seal_problems(
    path: Path, seal: Seal | None, settings: ChainSettings, walk: _Walk, key: bytes | None
) -> list[Message]:
    name = Verbatim(path.name)
    if seal is None:
        if walk.keyed_events == 0:
            return []  # nothing anchored yet (new database, or upgraded and not written since)
        return [Message("tamper.seal_missing", {"name": name})]
    if seal.chain_id != settings.chain_id:
        return [
            Message("tamper.seal_other_database", {"name": name, "chain": Verbatim(seal.chain_id)})
        ]
    if key is not None and seal.mac != seal_mac(
        key, seal.chain_id, seal.chain_digest, seal.seq, seal.link
    ):
        return [Message("tamper.seal_forged", {"name": name})]
    if seal.chain_digest != settings.digest:
        return [Message("tamper.settings_changed")]
    if seal.seq > walk.last_seq:
        cut = {"n": seal.seq - walk.last_seq, "sealed": seal.seq, "last": walk.last_seq}
        return [Message("tamper.cut_tail" if walk.last_seq else "tamper.cut_tail_all", cut)]
    if seal.seq > 0 and walk.anchored_link != seal.link:
        return [Message("tamper.rewritten", {"seq": seal.seq})]
    return []


def trigger_problems(connection: Connection) -> list[Message]:
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
                problems.append(Message("tamper.trigger_missing", {"name": Verbatim(name)}))
            elif found[name] == "D":
                problems.append(Message("tamper.trigger_disabled", {"name": Verbatim(name)}))
        return problems
    names = {
        str(row[0])
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'"
        )
    }
    return [
        Message("tamper.trigger_missing", {"name": Verbatim(name)})
        for name in _SQLITE_TRIGGERS
        if name not in names
    ]


def audit_problems(connection: Connection, seal_for: Callable[[str], Path] | None) -> list[Message]:
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
