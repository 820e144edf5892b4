"""The seal: the chain head (sequence number and keyed link) anchored outside the database.

The keyed hash stops forgery, but not a cut: deleting the newest events leaves a shorter chain
whose every link still holds. The seal remembers how far the chain had reached. It is written
after each commit that added events, atomically (temporary file, fsync, rename), beside an
SQLite database (``clinic.sqlite3.seal``) or, for PostgreSQL, in the audit folder of the
workstation.

The seal may lag the table (a writer killed between its commit and the seal, or two writers
racing: whoever renames last may hold the older head) and that is fine; a seal only ever moves
forward and is only ever written from a committed head, so it is never ahead of a good table.
A table behind its seal has lost events.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from scardesk.db.audit_key import audit_dir
from scardesk.db.engine import Database

log = logging.getLogger(__name__)
SEAL_SUFFIX = ".seal"
_FORMAT = 1


@dataclass(frozen=True)
class Seal:
    chain_id: str
    #: sha256 of the chain's settings row (its boundary and legacy marks), so editing them shows.
    chain_digest: str
    seq: int
    #: the keyed link of event ``seq`` (its plain hash when it predates the keyed chain).
    link: str
    written_at: str
    #: HMAC under the chain's key: a seal cannot be made up for a head of one's choosing.
    mac: str = ""

    def describe(self) -> str:
        """What Admin shows and a clinic writes down: short enough to copy by hand."""
        return f"event {self.seq} · {self.link[:16]}"


def seal_mac(key: bytes, chain_id: str, chain_digest: str, seq: int, link: str) -> str:
    message = f"seal|{chain_id}|{chain_digest}|{seq}|{link}".encode("ascii")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def make_seal(chain_id: str, chain_digest: str, key: bytes, seq: int, link: str) -> Seal:
    mac = seal_mac(key, chain_id, chain_digest, seq, link)
    return Seal(chain_id, chain_digest, seq, link, datetime.now(UTC).isoformat(), mac)


def seal_path(database: Database, chain_id: str) -> Path:
    sqlite = database.sqlite_path()
    if sqlite is not None:
        return sqlite.with_name(sqlite.name + SEAL_SUFFIX)
    return audit_dir() / f"seal-{chain_id}.json"


def read_seal(path: Path) -> Seal | None:
    """The seal at ``path``; None when there is none. An unreadable seal raises ValueError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(text)
    if data.get("format") != _FORMAT:
        raise ValueError(f"unknown seal format {data.get('format')!r}")
    return Seal(
        str(data["chain_id"]),
        str(data["chain_digest"]),
        int(data["seq"]),
        str(data["link"]),
        str(data.get("written_at", "")),
        str(data.get("mac", "")),
    )


def advance_seal(path: Path, seal: Seal) -> bool:
    """Write ``seal`` unless the one on disk is already as far or belongs to another chain.

    Never raises for a write failure: the events are committed already, and a lagging seal
    is allowed. Returns whether the seal was written.
    """
    try:
        try:
            current = read_seal(path)
        except (ValueError, KeyError, OSError):
            current = None  # a damaged seal is replaced by a good one
        if current is not None and (current.chain_id != seal.chain_id or current.seq >= seal.seq):
            # Another database's seal stays for `db check` to report: silently taking it over
            # would let a swapped database adopt the old one's anchor.
            return False
        write_seal(path, seal)
        return True
    except OSError as error:
        log.warning("could not write the audit seal %s: %s", path, error)
        return False


def write_seal(path: Path, seal: Seal) -> None:
    """Replace the seal atomically (readers see the old one or the new one, never half)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps({"format": _FORMAT, **asdict(seal)}, indent=1, sort_keys=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with temp.open("w", encoding="utf-8") as handle:
            handle.write(body + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def remove_seal(database: Database, chain_id: str) -> None:
    """Forget the anchor (a restore put an older, verified database in place)."""
    with contextlib.suppress(FileNotFoundError):
        seal_path(database, chain_id).unlink()


@dataclass(frozen=True)
class AnchorSummary:
    """What the admin notes down: the sealed head and the key's fingerprint."""

    seq: int | None
    link: str | None
    written_at: str | None
    fingerprint: str | None
    seal_file: str


def anchor_summary(database: Database) -> AnchorSummary | None:
    """The seal and key fingerprint of this database; None before revision 0005."""
    # Imported here: audit imports the models, and this module is imported by the unit of work.
    from scardesk.db.audit import chain_settings
    from scardesk.db.audit_key import AuditKeyMissingError, fingerprint, load_key

    with database.engine.connect() as connection:
        settings = chain_settings(connection)
    if settings is None:
        return None
    path = seal_path(database, settings.chain_id)
    try:
        seal = read_seal(path)
    except (ValueError, KeyError, OSError):
        seal = None
    try:
        shown: str | None = fingerprint(load_key(settings.chain_id, create=False))
    except AuditKeyMissingError:
        shown = None
    return AnchorSummary(
        seal.seq if seal else None,
        seal.link[:16] if seal else None,
        seal.written_at if seal else None,
        shown,
        str(path),
    )


def set_seal_aside(database_file: Path, kept: Path | None) -> None:
    """After a restore: the seal anchors the replaced database, so it goes with it.

    The restored database starts without a seal; the restore's own audit event seals it.
    """
    seal = database_file.with_name(database_file.name + SEAL_SUFFIX)
    if not seal.exists():
        return
    if kept is None:
        seal.unlink()
    else:
        os.replace(seal, kept.with_name(kept.name + SEAL_SUFFIX))


def forget_seal(database: Database) -> None:
    """Drop the seal of a database whose history was just replaced by a restore."""
    from scardesk.db.audit import chain_settings  # see anchor_summary

    with database.engine.connect() as connection:
        settings = chain_settings(connection)
    if settings is not None:
        remove_seal(database, settings.chain_id)


def reseal(database: Database) -> bool:
    """Bring the seal up to the committed head (at sign-out: catches a seal a crash left behind)."""
    from sqlalchemy import select

    from scardesk.db.audit import chain_settings
    from scardesk.db.audit_key import AuditKeyMissingError, load_key
    from scardesk.db.models import AuditEvent

    with database.engine.connect() as connection:
        settings = chain_settings(connection)
        tail = connection.execute(
            select(AuditEvent.seq, AuditEvent.hash, AuditEvent.mac)
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).first()
    if settings is None or tail is None or tail.seq is None:
        return False
    try:
        key = load_key(settings.chain_id, create=False)
    except AuditKeyMissingError:
        return False
    seal = make_seal(settings.chain_id, settings.digest, key, int(tail.seq), tail.mac or tail.hash)
    return advance_seal(seal_path(database, settings.chain_id), seal)


def seal_backup_copy(copy: Path, key: str | None) -> Path | None:
    """Write a backup copy's own seal beside it, so the copy checks whole wherever it is kept.

    The copy's head is read from the copy itself (read-only, immutable): a restore of it must
    reach at least that event. Returns the seal's path, or None when the copy has no keyed chain
    or this computer lacks the key (the copy is then checked without a seal, as before).
    """
    import sqlite3

    from sqlalchemy import create_engine, select
    from sqlalchemy.pool import StaticPool

    from scardesk.db import cipher
    from scardesk.db.audit import chain_settings
    from scardesk.db.audit_key import AuditKeyMissingError, load_key
    from scardesk.db.models import AuditEvent

    if key is not None:
        engine = create_engine(
            cipher.engine_url(key),
            creator=lambda: cipher.open_unkeyed(copy, immutable=True),
            poolclass=StaticPool,
        )
    else:
        uri = f"{copy.resolve().as_uri()}?mode=ro&immutable=1"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=StaticPool
        )
    try:
        with engine.connect() as connection:
            settings = chain_settings(connection)
            tail = connection.execute(
                select(AuditEvent.seq, AuditEvent.hash, AuditEvent.mac)
                .order_by(AuditEvent.id.desc())
                .limit(1)
            ).first()
    finally:
        engine.dispose()
    if settings is None or tail is None or tail.seq is None:
        return None
    try:
        chain_key = load_key(settings.chain_id, create=False)
    except AuditKeyMissingError:
        return None
    seal = make_seal(
        settings.chain_id, settings.digest, chain_key, int(tail.seq), tail.mac or tail.hash
    )
    path = copy.with_name(copy.name + SEAL_SUFFIX)
    write_seal(path, seal)
    return path
