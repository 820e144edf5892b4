"""Issuing printed documents, reprinting them unchanged, and the clinic's editable wording.

Issuing builds a record from the database, renders it with ``scardesk.documents`` and stores
the bytes with their SHA-256 in one audited unit of work ("document.issue"). A reprint hands
back the stored bytes, never a new rendering, so the copy in the patient's hands and the
copy in the file are the same document even after the wording or the clinic's phone changed
("document.reprint" is audited). Rendering the same record with the same content gives the
same bytes, so issuing twice without a change returns the first document (still audited)
instead of storing a duplicate.

Every page carries the issue date and the PDF's creation date is the issue time, so the record
is rendered for a given instant (:data:`Render`). Whether an issue repeats the newest stored
document is decided by rendering the record again at *that* document's issue time and
comparing hashes: equal bytes mean nothing the sheet shows has changed.

Who may do what (deny by default, ``scardesk.domain.permissions``):

* aftercare sheets and consent forms: ``PRINT_HANDOUTS``, which the front desk holds. The sheet
  holds only what the patient takes home (modalities, areas, product and total units, the
  next appointment); no notes, doses per point or history. To let the front desk print it
  without the clinical record, this service reads the session itself rather than through
  ``SessionService.get`` (``VIEW_CLINICAL``).
* visit summaries: ``VIEW_CLINICAL`` (history, scores, lots, adverse events).
* editing the wording: ``MANAGE_SETTINGS``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import IssuedDocument, TreatmentSession, User
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.documents import (
    ContentLibrary,
    RenderedDocument,
    consent_wording,
    render_aftercare,
    render_consent,
    render_visit_summary,
    wording_held,
)
from scardesk.domain.documents import (
    AftercareRecord,
    ConsentRecord,
    ConsentWording,
    ContentKind,
    Lang,
    ModalityDone,
    PageStamp,
    PatientNames,
    ScorePoint,
    SheetOptions,
)
from scardesk.domain.enums import Modality
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.history import QUESTIONNAIRE
from scardesk.domain.issued_documents import (
    ContentFileInfo,
    DocumentKind,
    IssuedDocumentRecord,
    SessionChoice,
)
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today, to_muscat, utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.services import document_builders as build
from scardesk.services import document_content as content
from scardesk.services.access import check, permitted
from scardesk.services.history import HistoryService
from scardesk.services.listing import read_each

_NEEDS: dict[DocumentKind, Permission] = {
    DocumentKind.AFTERCARE: Permission.PRINT_HANDOUTS,
    DocumentKind.CONSENT: Permission.PRINT_HANDOUTS,
    DocumentKind.VISIT_SUMMARY: Permission.VIEW_CLINICAL,
}
#: Who issued a document from the command line, where no one is signed in.
COMMAND_LINE = "administrator (command line)"
COMMAND_LINE_ARABIC = "المسؤول (سطر الأوامر)"
#: Receives an issued document's bytes inside the issuing transaction (e.g. writes a file).
Deliver = Callable[[bytes], None]
#: Renders a document as issued at the given (aware) instant.
Render = Callable[[datetime], RenderedDocument]


def _issued_at(stamp: PageStamp, moment: datetime) -> PageStamp:
    return replace(stamp, issued_at=moment)


def _record(row: IssuedDocument, issuer: str, *, pdf: bool, reused: bool) -> IssuedDocumentRecord:
    return IssuedDocumentRecord(
        id=row.id,
        kind=DocumentKind(row.kind),
        patient_id=row.patient_id,
        session_id=row.session_id,
        modality=Modality(row.modality) if row.modality else None,
        content_version=row.content_version,
        sha256=row.sha256,
        pages=row.pages,
        size_bytes=len(row.pdf),
        issued_at=row.issued_at,
        issued_by_id=row.issued_by_id,
        issued_by_name=issuer,
        pdf=bytes(row.pdf) if pdf else None,
        reused=reused,
    )


class DocumentService:
    def __init__(
        self,
        database: Database,
        library: ContentLibrary | None = None,
        content_dir: Path | None = None,
    ) -> None:
        self._db = database
        override = content.content_dir_for(database) if content_dir is None else content_dir
        base = library or ContentLibrary()
        self._library = base.with_override(override)

    @property
    def content_dir(self) -> Path:
        """The clinic's override folder (``document_content.content_dir_for``)."""
        assert self._library.override_dir is not None
        return self._library.override_dir

    def warm_up(self) -> None:
        """Lay out a sample sheet with this service's own content library, so the first real
        sheet after sign-in finds fonts registered and the wording parsed (issue #16). Run on a
        background thread by the app; touches no database."""
        from scardesk.documents.warmup import warm_up

        warm_up(self._library)

    # --- issuing ---------------------------------------------------------------------

    def issue_aftercare(
        self,
        actor: Actor,
        session_id: int,
        *,
        deliver: Deliver | None = None,
        options: SheetOptions | None = None,
    ) -> IssuedDocumentRecord:
        """The aftercare sheet of one session, with the patient's next visit, in the languages
        and print size chosen (``options``; both languages, regular print by default)."""
        check(self._db, actor, Permission.PRINT_HANDOUTS)
        with self._db.sessions() as session:
            row = session.get(TreatmentSession, session_id)
            if row is None:
                raise NotFoundError(Message("not_found.session", {"id": session_id}))
            if row.voided_at is not None:
                raise ValidationError({"session": Message("document.session_voided")})
            record = build.aftercare_record(session, row)
            patient_id = row.patient_id

        def render(moment: datetime) -> RenderedDocument:
            stamped = replace(record, stamp=_issued_at(record.stamp, moment))
            return render_aftercare(stamped, self._library, options=options)

        return self._store(
            actor, DocumentKind.AFTERCARE, patient_id, session_id, None, render, deliver
        )

    def issue_aftercare_for_appointment(
        self, actor: Actor, appointment_id: int, *, options: SheetOptions | None = None
    ) -> IssuedDocumentRecord:
        """The sheet of the session recorded for an appointment (the Today screen's rows)."""
        check(self._db, actor, Permission.PRINT_HANDOUTS)
        with self._db.sessions() as session:
            session_id = session.scalar(
                select(TreatmentSession.id)
                .where(
                    TreatmentSession.appointment_id == appointment_id,
                    TreatmentSession.voided_at.is_(None),
                )
                .order_by(TreatmentSession.performed_at.desc(), TreatmentSession.id.desc())
                .limit(1)
            )
        if session_id is None:
            raise ValidationError({"appointment": Message("document.no_session_yet")})
        return self.issue_aftercare(actor, session_id, options=options)

    def issue_consent(
        self,
        actor: Actor,
        patient_id: int,
        modality: Modality | str,
        *,
        deliver: Deliver | None = None,
        options: SheetOptions | None = None,
    ) -> IssuedDocumentRecord:
        """The consent form for one modality (with the Hijri dates when ``options`` ask).

        When the patient's newest treatment consent for it is valid and was signed on the
        wording the library holds now, the form is printed as signed (the stored signature,
        date and who captured it), with the words of the form version it was signed on (an
        earlier version's are kept in the content archive). Without a valid consent it is
        printed blank, with signature lines; so is one signed on a wording no copy of which is
        held (never bundled or archived): other words must not stand above the signature.
        """
        check(self._db, actor, Permission.PRINT_HANDOUTS)
        chosen = self._modality(modality)
        with self._db.sessions() as session:
            patient = build.require_patient_row(session, patient_id)
            signed = build.latest_valid_consent(session, patient_id, chosen)
            if signed is not None and not wording_held(self._library, chosen, signed.form_version):
                signed = None
            record = build.consent_record(session, patient, chosen, signed)

        def render(moment: datetime) -> RenderedDocument:
            stamped = replace(record, stamp=_issued_at(record.stamp, moment))
            return render_consent(stamped, self._library, options=options)

        return self._store(actor, DocumentKind.CONSENT, patient_id, None, chosen, render, deliver)

    def issue_visit_summary(
        self,
        actor: Actor,
        patient_id: int,
        today: date | None = None,
        *,
        deliver: Deliver | None = None,
        options: SheetOptions | None = None,
    ) -> IssuedDocumentRecord:
        """History highlights, score trend, sessions with products/lots/units, adverse events
        (with the Hijri dates when ``options`` ask)."""
        # The score trend (and the assessment service behind it) only for a summary: the
        # aftercare command imports this module too and never needs it (#16).
        from scardesk.services.trend import TrendService

        check(self._db, actor, Permission.VIEW_CLINICAL)
        answers = HistoryService(self._db).current_answers(actor, patient_id)
        ordered = [answers[q.fact] for q in QUESTIONNAIRE if q.fact in answers]
        scores = [
            ScorePoint(to_muscat(p.assessed_at).date(), p.gb_total, p.ecca_total)
            for p in TrendService(self._db).points(actor, patient_id)
        ]
        with self._db.sessions() as session:
            patient = build.require_patient_row(session, patient_id)
            record = build.summary_record(
                session,
                patient,
                ordered,
                scores,
                today or muscat_today(),
                self._actor_names(session, actor),
            )

        def render(moment: datetime) -> RenderedDocument:
            stamped = replace(record, stamp=_issued_at(record.stamp, moment))
            return render_visit_summary(stamped, self._library, options=options)

        return self._store(
            actor, DocumentKind.VISIT_SUMMARY, patient_id, None, None, render, deliver
        )

    def _store(
        self,
        actor: Actor,
        kind: DocumentKind,
        patient_id: int,
        session_id: int | None,
        modality: Modality | None,
        render: Render,
        deliver: Deliver | None = None,
    ) -> IssuedDocumentRecord:
        """Store (or find) the document; ``deliver`` gets the bytes inside the transaction,
        so a delivery that fails (a file that cannot be written) leaves nothing stored."""
        # Whole seconds: the PDF's creation date has no finer grain, and re-rendering at the
        # stored instant must give the stored bytes.
        now = utc_now().replace(microsecond=0)
        with UnitOfWork(self._db, actor, "document.issue") as uow:
            session = uow.session
            newest = session.scalar(
                select(IssuedDocument)
                .where(
                    IssuedDocument.patient_id == patient_id,
                    IssuedDocument.kind == kind.value,
                    IssuedDocument.modality.is_(None)
                    if modality is None
                    else IssuedDocument.modality == modality.value,
                    IssuedDocument.session_id.is_(None)
                    if session_id is None
                    else IssuedDocument.session_id == session_id,
                )
                .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc())
                .limit(1)
            )
            unchanged = newest is not None and render(newest.issued_at).sha256 == newest.sha256
            if newest is not None and unchanged:
                same = newest
                # Issued again: recorded as an event, but the stored document is the one given.
                uow.note(
                    "issued_documents",
                    same.id,
                    after={"reissued": True},
                    patient_id=patient_id,  # a read of the patient's record (read_events)
                )
                if deliver is not None:
                    deliver(same.pdf)
                return _record(same, self._issuer(session, same), pdf=True, reused=True)
            rendered = render(now)
            row = IssuedDocument(
                kind=kind.value,
                patient_id=patient_id,
                session_id=session_id,
                modality=modality.value if modality else None,
                content_version=rendered.content_version,
                pdf=rendered.pdf,
                sha256=rendered.sha256,
                pages=rendered.pages,
                issued_at=now,
                issued_by_id=actor.user_id,
            )
            session.add(row)
            session.flush()
            if deliver is not None:
                deliver(rendered.pdf)
            record = _record(row, self._issuer(session, row), pdf=True, reused=False)
            # A reused document above changed no list: only a new one is announced.
            return replace(record, changes=Changes(documents=frozenset({row.id})))

    def consent_wording(self, actor: Actor, modality: Modality | str) -> ConsentWording:
        """The text and version of a modality's consent form, shown while the consent is
        captured so that the signer reads on screen what the printed form says."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        chosen = self._modality(modality)
        with self._db.sessions() as session:
            clinic = build.clinic_header(session)
        return consent_wording(self._library, chosen, clinic)

    # --- reading ---------------------------------------------------------------------

    def reprint(self, actor: Actor, document_id: int) -> bytes:
        """The stored bytes exactly as issued (checked against their SHA-256); audited."""
        check(self._db, actor, Permission.PRINT_HANDOUTS)
        with UnitOfWork(self._db, actor, "document.reprint") as uow:
            row = uow.session.get(IssuedDocument, document_id)
            if row is None:
                raise NotFoundError(Message("not_found.document", {"id": document_id}))
            check(self._db, actor, _NEEDS[DocumentKind(row.kind)])
            data = bytes(row.pdf)
            if hashlib.sha256(data).hexdigest() != row.sha256:
                raise ValidationError(
                    {"document": Message("document.checksum_mismatch", {"id": document_id})}
                )
            uow.note(
                "issued_documents",
                row.id,
                after={"sha256": row.sha256},
                patient_id=row.patient_id,  # a read of the patient's record (read_events)
            )
        return data

    def list_for_patient(
        self, actor: Actor, patient_id: int
    ) -> list[IssuedDocumentRecord | UnreadableRecord]:
        """Newest first, without the PDF bytes; summaries only for those who may read them.

        A document whose row cannot be decoded is listed as an ``UnreadableRecord``.
        """
        check(self._db, actor, Permission.PRINT_HANDOUTS)
        kinds = [k.value for k, needed in _NEEDS.items() if permitted(self._db, actor, needed)]
        with self._db.sessions() as session:
            build.require_patient_row(session, patient_id)
            rows = session.scalars(
                select(IssuedDocument)
                .where(IssuedDocument.patient_id == patient_id, IssuedDocument.kind.in_(kinds))
                .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc())
            ).all()
            return read_each(
                "issued_documents",
                rows,
                lambda r: _record(r, self._issuer(session, r), pdf=False, reused=False),
                when="issued_at",
            )

    def printable_sessions(
        self, actor: Actor, patient_id: int
    ) -> list[SessionChoice | UnreadableRecord]:
        """The patient's sessions, newest first, with their modalities only: what the front
        desk needs to choose a session's aftercare sheet (an undecodable one as a placeholder)."""
        check(self._db, actor, Permission.PRINT_HANDOUTS)
        with self._db.sessions() as session:
            build.require_patient_row(session, patient_id)
            rows = session.scalars(
                select(TreatmentSession)
                .where(TreatmentSession.patient_id == patient_id)
                .order_by(TreatmentSession.performed_at.desc(), TreatmentSession.id.desc())
            ).all()
            return build.session_choices(session, rows)

    # --- the clinic's wording ----------------------------------------------------------

    def content_files(self, actor: Actor) -> list[ContentFileInfo]:
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        return [
            content.info(self._library.load(kind, lang, modality))
            for kind, modality, lang in content.every_name()
        ]

    def read_content(
        self, actor: Actor, kind: ContentKind, modality: Modality | None, lang: Lang
    ) -> str:
        """The text in use: the clinic's own copy if there is one, else the bundled file."""
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        content.check_name(kind, modality)
        return self._library.load(kind, lang, modality).path.read_text(encoding="utf-8")

    def save_content_override(
        self, actor: Actor, kind: ContentKind, modality: Modality | None, lang: Lang, text: str
    ) -> ContentFileInfo:
        """Validate, then write the clinic's copy atomically; audited ("content.save")."""
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        edited = content.parse_edit(self._library, kind, modality, lang, text)
        content.require_new_version(self._library.load(kind, lang, modality), edited, text)
        with UnitOfWork(self._db, actor, "content.save") as uow:
            kept = content.archive_in_use(self._library, kind, modality, lang)
            digest = content.write_atomically(edited.path, text)
            after = {"file": edited.name, "version": edited.version, "sha256": digest}
            uow.note("content_file", None, after=after | ({"archived": kept.name} if kept else {}))
        return self._changed_content(kind, modality, lang)

    def revert_content(
        self, actor: Actor, kind: ContentKind, modality: Modality | None, lang: Lang
    ) -> ContentFileInfo:
        """Go back to the bundled text; the clinic's copy is kept in ``.reverted/``."""
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        content.check_name(kind, modality)
        with UnitOfWork(self._db, actor, "content.revert") as uow:
            archived = content.archive_in_use(self._library, kind, modality, lang)
            kept = content.move_aside(self.content_dir, kind, modality, lang)
            after = {"kept_at": kept.name} | ({"archived": archived.name} if archived else {})
            uow.note("content_file", None, after=after)
        return self._changed_content(kind, modality, lang)

    def _changed_content(
        self, kind: ContentKind, modality: Modality | None, lang: Lang
    ) -> ContentFileInfo:
        """The file as now in use, saying the clinic's texts changed (lists and previews)."""
        info = content.info(self._library.load(kind, lang, modality))
        return replace(info, changes=Changes(content=True))

    def preview_content(
        self, actor: Actor, kind: ContentKind, modality: Modality | None, lang: Lang, text: str
    ) -> bytes:
        """A sample document printed with the edited text, nothing saved."""
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        edited = content.parse_edit(self._library, kind, modality, lang, text)
        library = content.PreviewLibrary(self._library, edited)
        sample = PatientNames("Sample Patient", "مريض تجريبي")
        with self._db.sessions() as session:
            clinic = build.clinic_header(session)
        shown = modality or Modality.TOXIN
        if kind is ContentKind.CONSENT:
            consent = ConsentRecord(clinic, sample, shown, None, None, None, "-")
            return render_consent(consent, library).pdf
        aftercare = AftercareRecord(
            clinic=clinic,
            patient=sample,
            session_date=muscat_today(),
            practitioner="-",
            modalities=(ModalityDone(shown, ("forehead",)),),
        )
        return render_aftercare(aftercare, library).pdf

    # --- helpers ---------------------------------------------------------------------

    @staticmethod
    def _modality(value: Modality | str) -> Modality:
        try:
            return Modality(value)
        except ValueError:
            choices = ", ".join(m.value for m in Modality)
            raise ValidationError(
                {
                    "modality": Message(
                        "document.modality_unknown", {"value": repr(value), "choices": choices}
                    )
                }
            ) from None

    @staticmethod
    def _actor_names(session: Session, actor: Actor) -> tuple[str, str]:
        """Who prepares a document, for the English and the Arabic column."""
        if actor.user_id is None:
            return COMMAND_LINE, COMMAND_LINE_ARABIC
        return build.practitioner_names(session, actor.user_id)

    @staticmethod
    def _issuer(session: Session, row: IssuedDocument) -> str:
        if row.issued_by_id is None:
            return COMMAND_LINE
        user = session.get(User, row.issued_by_id)
        return user.display_name if user else "-"
