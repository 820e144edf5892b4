"""The audit viewer: who did what to which patient, as sentences, filtered and paged.

Pages are keyset-paged newest first by id (``before_id``), so events written while someone
reads never shift a later page: nothing is skipped or shown twice. Looking at the log and
exporting it are themselves audited (``audit.view`` for each first page of a filter,
``audit.export`` for each file), naming the patient when the view was about one.

Values of clinical rows appear in sentences only for viewers who may read clinical records;
the administrator sees which fields changed, not to what.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from scardesk.db.engine import Database
from scardesk.db.models import Patient, User
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.documents.audit_report import AuditReportText, render_audit_report
from scardesk.domain.audit_labels import ACTION_GROUP_LABELS, ROLE_LABELS
from scardesk.domain.audit_sentences import AuditFacts, Name, Translate, describe, render
from scardesk.domain.audit_view import (
    AuditEntry,
    AuditEntryPage,
    AuditExport,
    AuditFilters,
    AuditUser,
)
from scardesk.domain.messages import _n
from scardesk.domain.permissions import Permission
from scardesk.domain.text_hygiene import spreadsheet_cell
from scardesk.domain.time import to_muscat
from scardesk.services.access import check, permitted
from scardesk.services.audit_query import (
    PageQuery,
    date_window,
    rows_by_id,
    wanted_actions,
)
from scardesk.services.document_builders import clinic_header, page_stamp, patient_names
from scardesk.services.export_files import write_bytes_atomically

MAX_PAGE = 500
#: The most events one file holds. A CSV row is cheap; a PDF page holds ~30 sentences, so
#: 2,000 events is already ~70 pages: narrow the filters for more.
CSV_LIMIT = 100_000
PDF_LIMIT = 2_000
_EXPORT_BATCH = 1_000
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_CSV_TRUNCATED = _n("Only the newest events are in this file: narrow the filters for older ones.")


def _same(text: str) -> str:
    return text


class AuditViewService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._query = PageQuery(database.kind)

    def page(
        self,
        actor: Actor,
        filters: AuditFilters | None = None,
        before_id: int | None = None,
        limit: int = 100,
    ) -> AuditEntryPage:
        """Up to ``limit`` events older than ``before_id`` (newest first) that pass ``filters``.

        A first page (no ``before_id``) is audited as ``audit.view`` with the filters used.
        """
        check(self._db, actor, Permission.VIEW_AUDIT)
        filters = filters or AuditFilters()
        clinical = permitted(self._db, actor, Permission.VIEW_CLINICAL)
        limit = max(1, min(limit, MAX_PAGE))
        if before_id is not None:
            with self._db.engine.connect() as connection:
                return self._read(connection, filters, before_id, limit, clinical)
        with UnitOfWork(self._db, actor, "audit.view") as uow:
            found = self._read(uow.session.connection(), filters, None, limit, clinical)
            uow.note(
                "audit_events",
                None,
                after={"filters": filters.as_dict()},
                patient_id=filters.patient_id,
            )
        return found

    def users(self, actor: Actor) -> list[AuditUser]:
        """Everyone who can appear in the log, for the viewer's user filter."""
        check(self._db, actor, Permission.VIEW_AUDIT)
        with self._db.sessions() as session:
            rows = session.execute(
                select(User.id, User.display_name, User.role, User.display_name_arabic).order_by(
                    User.display_name
                )
            ).all()
        return [
            AuditUser(int(i), str(name), str(role), arabic or None)
            for i, name, role, arabic in rows
        ]

    def export_csv(
        self,
        actor: Actor,
        filters: AuditFilters | None = None,
        translate: Translate = _same,
        *,
        to: Path | None = None,
        arabic: bool = False,
    ) -> AuditExport:
        """The filtered view as CSV (UTF-8 with a byte-order mark, so Excel reads Arabic);
        written to ``to`` when given (see :meth:`_audit_export`). ``arabic``: the reader's
        language is Arabic, so users' Arabic display names are written where entered."""
        check(self._db, actor, Permission.VIEW_AUDIT)
        filters = filters or AuditFilters()
        entries, truncated = self._gather(actor, filters, CSV_LIMIT)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(
            translate(heading)
            for heading in (
                _n("Time (Muscat)"),
                _n("Who"),
                _n("Role"),
                _n("What happened"),
                _n("Patient"),
                _n("Action"),
            )
        )
        for entry in entries:
            writer.writerow(
                spreadsheet_cell(value)
                for value in (
                    to_muscat(entry.occurred_at).strftime(_TIME_FORMAT),
                    _who(entry, translate, arabic),
                    translate(ROLE_LABELS[entry.role]) if entry.role in ROLE_LABELS else "",
                    render(entry.sentence, translate, arabic=arabic),
                    entry.patient_id if entry.patient_id is not None else "",
                    entry.action,
                )
            )
        if truncated:
            writer.writerow([translate(_CSV_TRUNCATED)])
        data = buffer.getvalue().encode("utf-8-sig")
        self._audit_export(actor, filters, "csv", AuditExport(data, len(entries), truncated), to)
        return AuditExport(data, len(entries), truncated)

    def export_pdf(
        self,
        actor: Actor,
        filters: AuditFilters | None = None,
        translate: Translate = _same,
        *,
        to: Path | None = None,
        arabic: bool = False,
    ) -> AuditExport:
        """The filtered view as a PDF report with the clinic's header, Arabic shaped; written
        to ``to`` when given (see :meth:`_audit_export`)."""
        check(self._db, actor, Permission.VIEW_AUDIT)
        filters = filters or AuditFilters()
        entries, truncated = self._gather(actor, filters, PDF_LIMIT)
        with self._db.sessions() as session:
            clinic = clinic_header(session)
            user = session.get(User, filters.user_id) if filters.user_id is not None else None
            user_name = (
                render(
                    _name(user.display_name, user.display_name_arabic, user.username), arabic=arabic
                )
                if user is not None
                else None
            )
            patient = (
                session.get(Patient, filters.patient_id) if filters.patient_id is not None else None
            )
            about = (patient_names(patient), page_stamp(patient)) if patient is not None else None
        rows = [
            (
                to_muscat(entry.occurred_at).strftime("%Y-%m-%d %H:%M"),
                _who(entry, translate, arabic),
                translate(ROLE_LABELS[entry.role]) if entry.role in ROLE_LABELS else "",
                render(entry.sentence, translate, arabic=arabic),
                str(entry.patient_id) if entry.patient_id is not None else "",
            )
            for entry in entries
        ]
        texts = AuditReportText(
            title=translate(_n("Audit log")),
            filters=_describe_filters(filters, user_name, translate),
            headings=(
                translate(_n("Time (Muscat)")),
                translate(_n("Who")),
                translate(_n("What happened")),
                translate(_n("Patient")),
            ),
            empty=translate(_n("No event matches these filters.")),
            truncated=(
                translate(
                    _n("Only the newest {count} events are shown: narrow the filters.")
                ).format(count=len(entries))
                if truncated
                else ""
            ),
        )
        rendered = render_audit_report(rows, texts, clinic, about)
        done = AuditExport(rendered.pdf, len(entries), truncated)
        self._audit_export(actor, filters, "pdf", done, to)
        return done

    # --- reading --------------------------------------------------------------------------
    def _read(
        self,
        connection: Connection,
        filters: AuditFilters,
        before_id: int | None,
        limit: int,
        clinical: bool,
    ) -> AuditEntryPage:
        actions = wanted_actions(connection, filters)
        window = date_window(connection, filters)
        query = self._query.ids(filters, actions, window, before_id, limit + 1)
        ids = [int(row[0]) for row in connection.execute(query)]
        rows = rows_by_id(connection, ids[:limit])
        people = _people(connection)
        entries = tuple(_entry(row, people, clinical) for row in rows)
        return AuditEntryPage(entries, has_more=len(ids) > limit)

    def _pages(self, filters: AuditFilters, clinical: bool) -> Iterator[AuditEntry]:
        before: int | None = None
        with self._db.engine.connect() as connection:
            while True:
                page = self._read(connection, filters, before, _EXPORT_BATCH, clinical)
                yield from page.entries
                if not page.has_more or page.last_id is None:
                    return
                before = page.last_id

    def _gather(
        self, actor: Actor, filters: AuditFilters, cap: int
    ) -> tuple[list[AuditEntry], bool]:
        clinical = permitted(self._db, actor, Permission.VIEW_CLINICAL)
        entries: list[AuditEntry] = []
        for entry in self._pages(filters, clinical):
            if len(entries) == cap:
                return entries, True
            entries.append(entry)
        return entries, False

    def _audit_export(
        self,
        actor: Actor,
        filters: AuditFilters,
        kind: str,
        done: AuditExport,
        to: Path | None,
    ) -> None:
        """Record the export; with ``to``, write the file in the same transaction, so a file
        that cannot be written leaves no "exported" event and an event always has its file."""
        with UnitOfWork(self._db, actor, "audit.export") as uow:
            uow.note(
                "audit_events",
                None,
                after={
                    "format": kind,
                    "rows": done.rows,
                    "truncated": done.truncated,
                    "filters": filters.as_dict(),
                },
                patient_id=filters.patient_id,
            )
            if to is not None:
                write_bytes_atomically(to, done.data)


def _who(entry: AuditEntry, translate: Translate, arabic: bool) -> str:
    if entry.user is not None:
        return render(entry.user, translate, arabic=arabic)
    return (
        ""
        if entry.user_id is not None or entry.action == "user.sign_in_failed"
        else (translate(_n("ScarDesk (system)")))
    )


def _name(display: str | None, arabic: str | None, username: str | None) -> Name:
    return Name(display or "", arabic or None, username or None)


def _people(connection: Connection) -> dict[int, tuple[Name, str]]:
    columns = (User.id, User.display_name, User.display_name_arabic, User.username, User.role)
    rows = connection.execute(select(*columns))
    return {
        int(i): (_name(name, arabic, username), str(role))
        for i, name, arabic, username, role in rows
    }


def _entry(row: Any, people: dict[int, tuple[Name, str]], clinical: bool) -> AuditEntry:
    person = people.get(row.user_id) if row.user_id is not None else None
    target = (
        people.get(row.entity_id) if row.entity == "users" and row.entity_id is not None else None
    )
    facts = AuditFacts(
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        before=row.before if isinstance(row.before, dict) else None,
        after=row.after if isinstance(row.after, dict) else None,
        patient_id=row.patient_id,
        actor_name=person[0] if person else None,
        target_name=target[0] if target else None,
    )
    return AuditEntry(
        id=int(row.id),
        occurred_at=row.occurred_at,
        user_id=row.user_id,
        user=person[0] if person else None,
        role=person[1] if person else None,
        action=row.action,
        patient_id=row.patient_id,
        sentence=describe(facts, clinical_values=clinical),
    )


def _describe_filters(
    filters: AuditFilters, user_name: str | None, translate: Callable[[str], str]
) -> str:
    """The filters of an exported view in words, printed under the report's title."""
    parts = []
    if filters.patient_id is not None:
        parts.append(translate(_n("patient {patient}")).format(patient=filters.patient_id))
    if filters.user_id is not None:
        parts.append(user_name or translate(_n("user #{user}")).format(user=filters.user_id))
    if filters.group is not None:
        parts.append(translate(ACTION_GROUP_LABELS[filters.group]))
    if filters.action is not None:
        parts.append(filters.action)
    if filters.since is not None:
        parts.append(translate(_n("from {day}")).format(day=filters.since.isoformat()))
    if filters.until is not None:
        parts.append(translate(_n("until {day}")).format(day=filters.until.isoformat()))
    return " · ".join(parts) if parts else translate(_n("All events"))
