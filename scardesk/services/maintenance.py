"""The administrator's maintenance: backups, integrity checks and reading the audit trail."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from scardesk.db import backup as backups
from scardesk.db.audit import first_broken_link
from scardesk.db.audit_seal import anchor_summary, reseal
from scardesk.db.engine import Database
from scardesk.db.integrity import check_database
from scardesk.db.models import AuditEvent, User
from scardesk.db.unit_of_work import Actor
from scardesk.domain.admin import (
    AuditAnchor,
    AuditPage,
    AuditRow,
    BackupDone,
    IntegrityResult,
    changed_fields,
)
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.services.access import check

MAX_AUDIT_PAGE = 500


class MaintenanceService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def backup_now(self, actor: Actor, dest: Path | None = None) -> BackupDone:
        """A verified backup (SQLite online copy, or pg_dump), audited as the acting admin."""
        check(self._db, actor, Permission.BACKUP)
        if self._db.kind == "sqlite":
            result = backups.backup_sqlite(self._db, dest, actor=actor)
        else:
            result = backups.backup_postgres(self._db, dest, actor=actor)
        return BackupDone(
            str(result.path), result.bytes, result.seconds, changes=Changes(backups=True)
        )

    def check_integrity(self, actor: Actor) -> IntegrityResult:
        check(self._db, actor, Permission.BACKUP)
        return IntegrityResult(check_database(self._db).findings)

    def audit_anchor(self, actor: Actor) -> AuditAnchor | None:
        """The sealed head of the audit chain and the key fingerprint (None before 0005)."""
        check(self._db, actor, Permission.BACKUP)
        found = anchor_summary(self._db)
        if found is None:
            return None
        return AuditAnchor(
            found.seq, found.link, found.written_at, found.fingerprint, found.seal_file
        )

    def reseal(self) -> None:
        """Bring the audit seal up to the committed head (sign-out); needs no permission."""
        reseal(self._db)

    def verify_audit_chain(self, actor: Actor) -> Message | None:
        """None when the chain is whole, else the first broken link (coded, so the screen
        says it in the user's language)."""
        check(self._db, actor, Permission.VIEW_AUDIT)
        with self._db.sessions() as session:
            broken = first_broken_link(session)
        if broken is None:
            return None
        code = "audit.chain_gap" if broken.gap else "audit.chain_altered"
        return Message(code, {"id": broken.event_id})

    def audit_page(
        self,
        actor: Actor,
        *,
        limit: int = 100,
        before_id: int | None = None,
        entity: str | None = None,
        entity_id: int | None = None,
    ) -> AuditPage:
        """Newest first, paged by id (keyset), optionally for one entity or one record."""
        check(self._db, actor, Permission.VIEW_AUDIT)
        limit = max(1, min(limit, MAX_AUDIT_PAGE))
        query = select(AuditEvent, User.display_name).outerjoin(User, User.id == AuditEvent.user_id)
        if before_id is not None:
            query = query.where(AuditEvent.id < before_id)
        if entity:
            query = query.where(AuditEvent.entity == entity)
        if entity_id is not None:
            query = query.where(AuditEvent.entity_id == entity_id)
        query = query.order_by(AuditEvent.id.desc()).limit(limit + 1)
        with self._db.sessions() as session:
            found = session.execute(query).all()
        rows = tuple(
            AuditRow(
                id=event.id,
                occurred_at=event.occurred_at,
                user=name or "ScarDesk (system)",
                action=event.action,
                entity=event.entity,
                entity_id=event.entity_id,
                created=event.before is None and event.after is not None,
                changed_fields=changed_fields(event.before, event.after),
            )
            for event, name in found[:limit]
        )
        return AuditPage(rows, has_more=len(found) > limit)
