"""Every service over one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scardesk.db.engine import Database
from scardesk.db.location import default_data_dir
from scardesk.domain.messages import Message
from scardesk.services.accounts import AccountService
from scardesk.services.appointments import AppointmentService
from scardesk.services.assessments import AssessmentService
from scardesk.services.audit_view import AuditViewService
from scardesk.services.auto_backup import AutoBackupService
from scardesk.services.booking_safety import BookingSafetyService
from scardesk.services.consents import ConsentService
from scardesk.services.documents import DocumentService
from scardesk.services.followup import FollowUpService
from scardesk.services.history import HistoryService
from scardesk.services.maintenance import MaintenanceService
from scardesk.services.merge import PatientMergeService
from scardesk.services.patient_export import PatientExportService
from scardesk.services.patient_header import PatientHeaderService
from scardesk.services.patients import PatientService
from scardesk.services.photos import PhotoService
from scardesk.services.plans import PlanService
from scardesk.services.products import ProductService
from scardesk.services.read_log import ReadLog
from scardesk.services.readers import RecordReaders
from scardesk.services.recall import RecallService
from scardesk.services.reminders import ReminderService
from scardesk.services.search import PatientSearchService
from scardesk.services.sessions import SessionService
from scardesk.services.settings import RuleSettingsService, SettingsService
from scardesk.services.trend import TrendService
from scardesk.services.users import UserService
from scardesk.services.working_time import WorkingTimeService


@dataclass(frozen=True)
class Services:
    database_label: Message
    users: UserService
    accounts: AccountService
    patients: PatientService
    search: PatientSearchService
    settings: SettingsService
    appointments: AppointmentService
    followup: FollowUpService
    patient_header: PatientHeaderService
    history: HistoryService
    consents: ConsentService
    assessments: AssessmentService
    photos: PhotoService
    plans: PlanService
    trend: TrendService
    maintenance: MaintenanceService
    auto_backup: AutoBackupService
    booking_safety: BookingSafetyService
    working_time: WorkingTimeService
    reminders: ReminderService
    rules: RuleSettingsService
    products: ProductService
    sessions: SessionService
    recall: RecallService
    documents: DocumentService
    merge: PatientMergeService
    patient_export: PatientExportService
    read_log: ReadLog
    readers: RecordReaders
    audit: AuditViewService
    #: Set when a PostgreSQL server on another computer is reached without TLS (status bar).
    transport_warning: str | None = None


def build_services(database: Database) -> Services:
    return Services(
        database_label=database.label(),
        transport_warning=database.transport_warning,
        users=UserService(database),
        accounts=AccountService(database),
        patients=PatientService(database),
        search=PatientSearchService(database),
        settings=SettingsService(database),
        appointments=AppointmentService(database),
        followup=FollowUpService(database),
        patient_header=PatientHeaderService(database),
        history=HistoryService(database),
        consents=ConsentService(database),
        assessments=AssessmentService(database),
        photos=PhotoService(database),
        plans=PlanService(database),
        trend=TrendService(database),
        maintenance=MaintenanceService(database),
        auto_backup=AutoBackupService(database, _settings_folder(database)),
        booking_safety=BookingSafetyService(database),
        working_time=WorkingTimeService(database),
        reminders=ReminderService(database),
        rules=RuleSettingsService(database),
        products=ProductService(database),
        sessions=SessionService(database),
        recall=RecallService(database),
        documents=DocumentService(database),
        merge=PatientMergeService(database),
        patient_export=PatientExportService(database),
        read_log=ReadLog(database),
        readers=RecordReaders(database),
        audit=AuditViewService(database),
    )


def _settings_folder(database: Database) -> Path:
    """This computer's own settings: beside an SQLite file, else in the user's data folder."""
    path = database.sqlite_path()
    return path.parent if path is not None else default_data_dir()
