"""Builds the rows of one demo batch as plain dicts, ready for Core bulk inserts.

This is the hot loop of demo generation (about 30 rows per patient), so it works on
precomputed pools and day offsets: no date parsing, no ORM objects, set-free (set order varies
between processes and would break determinism for a seed). Clinical rules that the safety gate
enforces are respected, so the demo's history never contradicts it: toxin at most every 90 days
and only from a lot within its expiry, lasers and peels only with a recorded skin type,
nonablative lasers for types IV–VI, injection points that add up to the session total.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from PIL import Image, ImageDraw
from sqlalchemy import Table

from scardesk.db.models import Base
from scardesk.demo import pools as pool
from scardesk.demo.clinical import (
    APPOINTMENT_DAYS_AHEAD,
    APPOINTMENT_DAYS_BACK,
    MINUTES,
    Catalog,
    ClinicalRows,
    Rows,
    cumulative,
    take_id,
)
from scardesk.demo.courses import PHOTO_PATIENTS, PhotoMaker, photo_rows
from scardesk.documents import ContentLibrary, consent_form_version
from scardesk.domain.codecs import encode_planned
from scardesk.domain.enums import Answer, AppointmentStatus, DocumentType, HistoryFact, member
from scardesk.domain.history import HistoryAnswerInput, validate_answers
from scardesk.domain.modalities import SPECS
from scardesk.domain.scheduling import AppointmentInput, validate_booking
from scardesk.domain.search_text import patient_search_text
from scardesk.domain.time import MUSCAT

_TABLE_NAMES = (
    "patients",
    "treatment_plans",
    "plan_items",
    "appointments",
    "history_entries",
    "consents",
    "assessments",
    "region_scar_counts",
    "treatment_sessions",
    "modality_entries",
    "toxin_entries",
    "injection_points",
    "adverse_events",
    "photos",
    "photo_images",
)
#: Tables a batch fills, parents before children (foreign keys are checked on insert).
BATCH_TABLES: tuple[Table, ...] = tuple(Base.metadata.tables[name] for name in _TABLE_NAMES)

DAILY_BOOKED_SHARE = 2  # percent of the clinic's patients booked per working day, at most
TODAY_MINIMUM = 6  # bookings per practitioner today, so Today shows arrivals and bookings
PAST_KEPT = 0.2  # past slots kept as cancelled or no-show (done visits come from sessions)
WEEKEND = (4, 5)  # Friday and Saturday: Oman's weekend
#: Photo and reminder consents have no printed form in the content library.
FORM_VERSION = "2024.1"
_CIVIL_STEP = 7_919_993  # coprime with both moduli, so ids map to distinct civil numbers
_PASSPORT_LETTERS = "KNPRSTUZ"


@lru_cache(maxsize=32)
def treatment_form(purpose: str) -> tuple[str, bytes] | None:
    """The current form version and a demo signature for a treatment consent purpose."""
    for spec in SPECS.values():
        if spec.consent_purpose.value == purpose:
            return consent_form_version(ContentLibrary(), spec.modality), demo_signature()
    return None


@lru_cache(maxsize=1)
def demo_signature() -> bytes:
    """A drawn-looking scribble, the same for every demo consent (PNG, transparent)."""
    image = Image.new("RGBA", (360, 120), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    points = [(20 + x * 4, 70 - int(28 * math.sin(x / 6.0)) + (x % 7)) for x in range(80)]
    pen.line(points, fill=(20, 30, 60, 255), width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@dataclass(frozen=True)
class Staff:
    practitioners: list[int]
    front_desk: list[int]
    created: int = 0


class BatchBuilder:
    """Draws every value from one ``random.Random`` so a seed reproduces the whole clinic."""

    def __init__(
        self, rng: random.Random, seed: int, staff: Staff, catalog: Catalog, now: datetime
    ) -> None:
        self.rng = rng
        self.seed = seed
        self.staff = staff
        self.catalog = catalog
        self.now = now
        today = now.astimezone(MUSCAT).date()
        self.today_ordinal = today.toordinal()
        midnight = datetime(today.year, today.month, today.day, tzinfo=MUSCAT).astimezone(UTC)
        self.midnight = midnight
        self.day = tuple(midnight - timedelta(days=d) for d in range(800))  # index: days ago
        self.search_text = lru_cache(maxsize=200_000)(patient_search_text)
        self.fitz_cum = cumulative(pool.FITZPATRICK_WEIGHTS)
        self.modality_cum = cumulative(pool.MODALITY_WEIGHTS)
        self.clinical = ClinicalRows(
            rng, catalog, staff.practitioners, self.day, staff.front_desk, self.today_ordinal
        )
        self.photos = PhotoMaker(rng)
        self.photos_left = PHOTO_PATIENTS

    def appointment_slots(self, patients: int) -> list[tuple[int, datetime]]:
        """10–25 bookings per practitioner per working day (Sunday–Thursday), fewer in a small
        clinic (about 2% of its patients a day, so not everyone is already booked and the
        due list has people to call), from 60 days back to 4 weeks ahead, shuffled so each
        batch gets a share of every day. Today always has a few per practitioner."""
        rng = self.rng
        slots = []
        practitioners = self.staff.practitioners
        cap = max(1, -(-patients * DAILY_BOOKED_SHARE // (100 * len(practitioners))))
        for offset in range(-APPOINTMENT_DAYS_BACK, APPOINTMENT_DAYS_AHEAD):
            if date.fromordinal(self.today_ordinal + offset).weekday() in WEEKEND:
                continue
            base = self.midnight + timedelta(days=offset)
            limit = max(cap, TODAY_MINIMUM) if offset == 0 else cap
            for practitioner in practitioners:
                count = min(rng.randint(10, 25), limit)
                for slot in sorted(rng.sample(range(pool.CLINIC_SLOTS), count)):
                    minute = pool.CLINIC_FIRST_SLOT_MINUTES + slot * pool.SLOT_MINUTES
                    slots.append((practitioner, base + MINUTES[minute]))
        rng.shuffle(slots)
        return slots

    def build(
        self, size: int, first_ids: dict[str, int], slots: list[tuple[int, datetime]]
    ) -> Rows:
        out: Rows = {name: [] for name in _TABLE_NAMES}
        ids = dict(first_ids)
        active: list[int] = []
        for _ in range(size):
            patient_id, archived = self._patient(out, ids)
            if not archived:
                active.append(patient_id)
        self._appointments(out, ids, slots, active or [first_ids["patients"]])
        return out

    def _mobile(self) -> str:
        """An Omani mobile in an allocated range: 9x, or 7x except 70 and 73 (not in use).

        Two draws whatever the branch, so the rest of a seeded demo stays as it was.
        """
        rng = self.rng
        first = "9" if rng.random() < 0.7 else "7"
        rest = f"{rng.randrange(10_000_000):07d}"
        if first == "7" and rest[0] in "03":
            rest = {"0": "1", "3": "4"}[rest[0]] + rest[1:]
        return f"+968{first}{rest}"

    def _patient(self, out: Rows, ids: dict[str, int]) -> tuple[int, bool]:
        rng, r = self.rng, self.rng.random
        pid = take_id(ids, "patients")
        female = r() < 0.64
        mix = pid * _CIVIL_STEP + self.seed * 7_919
        if r() < 0.12:
            given = rng.choice(pool.EXPAT_FEMALE if female else pool.EXPAT_MALE)
            family = rng.choice(pool.EXPAT_FAMILY)
            latin, arabic = f"{given} {family}", ""
            passport = r() < 0.15
            document = (DocumentType.PASSPORT if passport else DocumentType.RESIDENT_CARD).value
            # Passports carry letters, as real ones do (e.g. K1234567); resident cards digits.
            civil = (
                f"{_PASSPORT_LETTERS[pid % len(_PASSPORT_LETTERS)]}{mix % 10_000_000:07d}"
                if passport
                else str(100_000_000 + mix % 899_999_999)
            )
        else:
            first = rng.choice(pool.FEMALE_NAMES if female else pool.MALE_NAMES)
            father = rng.choice(pool.MALE_NAMES)
            tribe = rng.choice(pool.FAMILY_NAMES)
            given, family = first[0], tribe[0]
            latin = f"{first[0]} {father[0]} {tribe[0]}"
            arabic = f"{first[1]} {father[1]} {tribe[1]}"
            document = DocumentType.OMANI_ID.value
            civil = str(10_000_000 + mix % 89_999_999)
        fitz = (
            None
            if r() < 0.03
            else rng.choices(pool.FITZPATRICK_TYPES, cum_weights=self.fitz_cum)[0]
        )
        registered = rng.randint(14, 760)  # days ago
        created = self.day[registered] + MINUTES[rng.randrange(540, 1230, 15)]
        archived = r() < 0.03
        own = rng.choice(self.staff.practitioners)
        age_days = int(rng.triangular(16.05, 65.0, 24.0) * 365.25)
        out["patients"].append(
            {
                "id": pid,
                "version": 1,
                "name_latin": latin,
                "name_arabic": arabic,
                "search_text": self.search_text(latin, arabic),
                "date_of_birth": date.fromordinal(self.today_ordinal - age_days),
                "sex": "female" if female else "male",
                "civil_number": civil,
                "document_type": document,
                "document_expiry": date.fromordinal(self.today_ordinal + rng.randint(-60, 1800)),
                "phone": self._mobile(),
                "email": f"{given.lower()}.{family.lower().replace(' ', '')}{pid % 997}@example.com"
                if r() < 0.3
                else None,
                "address": rng.choice(pool.AREAS) if r() < 0.7 else None,
                "emergency_contact_name": None,
                "emergency_contact_phone": None,
                "fitzpatrick": fitz,
                "archived_at": self.day[rng.randint(0, registered)] if archived else None,
                "archive_reason": rng.choice(pool.ARCHIVE_REASONS) if archived else None,
                "is_demo": True,
                "created_at": created,
                "updated_at": created,
            }
        )
        if r() < 0.35:
            row = out["patients"][-1]
            row["emergency_contact_name"] = f"{rng.choice(pool.MALE_NAMES)[0]} {family}"
            row["emergency_contact_phone"] = f"+9689{rng.randrange(10_000_000):07d}"
        herpes = self._history(out, ids, pid, female, own, created)
        photographed = self.photos_left > 0
        roll = r()
        assessments = 0 if roll < 0.05 else (1 if roll < 0.85 else 2)
        if photographed:
            self.photos_left -= 1
            assessments = 2  # photos at two dates, for the comparison view
        done: list[tuple[int, datetime]] = []
        if assessments:
            at = created + MINUTES[30]
            done.append((self.clinical.assessment(out, ids, pid, own, at, fitz), at))
        if assessments == 2 and registered > 2:
            at = self.day[rng.randint(1, registered - 1)] + MINUTES[600]
            done.append((self.clinical.assessment(out, ids, pid, own, at, fitz), at))
        if photographed:
            photo_rows(self.photos, out, ids, pid, own, fitz, done)
        used = self.clinical.sessions(out, ids, pid, own, registered, fitz, herpes)
        self._consents(out, ids, pid, own, created, used, photographed)
        return pid, archived

    def _history(
        self,
        out: Rows,
        ids: dict[str, int],
        pid: int,
        female: bool,
        by: int,
        at: datetime,
    ) -> bool:
        """The history form's answers; True when herpes simplex was answered "yes"."""
        rng, rows = self.rng, out["history_entries"]
        facts = [(fact, "no") for fact in pool.HISTORY_FACTS_ALWAYS]
        if female:
            facts.append((pool.HISTORY_FACTS_FEMALE[0], "unknown" if rng.random() < 0.03 else "no"))
        for fact, chance in rng.sample(pool.HISTORY_FACTS_SOMETIMES_YES, 2):
            facts.append((fact, "yes" if rng.random() < chance else "no"))
        answers = []
        for fact, answer in facts:
            ended = None
            if fact == "isotretinoin" and answer == "yes":
                ended = date.fromordinal(self.today_ordinal - rng.randint(900, 1500))
            answers.append(
                HistoryAnswerInput(
                    member(HistoryFact, fact),
                    member(Answer, answer),
                    ended,
                    "course finished" if ended else "",
                )
            )
        for item in validate_answers(answers, at.astimezone(MUSCAT).date()):
            rows.append(
                {
                    "id": take_id(ids, "history_entries"),
                    "patient_id": pid,
                    "fact": item.fact.value,
                    "answer": item.answer.value,
                    "fact_date": item.fact_date,
                    "detail": item.detail or None,
                    "recorded_at": at,
                    "recorded_by_id": by,
                }
            )
        return (HistoryFact.HERPES_SIMPLEX.value, "yes") in facts

    def _consents(
        self,
        out: Rows,
        ids: dict[str, int],
        pid: int,
        by: int,
        at: datetime,
        used: list[str],
        photographed: bool,
    ) -> None:
        r = self.rng.random
        purposes = [f"treatment_{m}" for m in used]
        if r() < 0.95 or photographed:
            purposes.append("clinical_photos")
        if r() < 0.6:
            purposes.append("reminders")
        rows = out["consents"]
        for purpose in purposes:
            treatment = treatment_form(purpose)
            rows.append(
                {
                    "id": take_id(ids, "consents"),
                    "version": 1,
                    "patient_id": pid,
                    "purpose": purpose,
                    # A treatment consent is on the form the library holds, so it prints as
                    # signed (a form signed on other words prints blank).
                    "form_version": treatment[0] if treatment else FORM_VERSION,
                    "signature_png": treatment[1] if treatment else None,
                    "captured_at": at + MINUTES[10],
                    "captured_by_id": by,
                }
            )

    def _appointments(
        self,
        out: Rows,
        ids: dict[str, int],
        slots: list[tuple[int, datetime]],
        patients: list[int],
    ) -> None:
        """Bookings other than the done visits (those come with their sessions): past ones
        cancelled or missed; today's earlier ones mostly arrived and waiting for their session
        to be recorded; later and future ones booked."""
        rng, r, now = self.rng, self.rng.random, self.now
        desk = self.staff.front_desk
        today = self.midnight
        rows = out["appointments"]
        for practitioner, starts in slots:
            review = r() < 0.08
            if starts < today:
                if r() >= PAST_KEPT:
                    continue
                status = "cancelled" if r() < 0.5 else "no_show"
            elif starts < now:
                roll = r()
                status = "arrived" if roll < 0.75 else ("no_show" if roll < 0.9 else "cancelled")
            else:
                status = AppointmentStatus.BOOKED.value
            created = starts - timedelta(days=rng.randint(1, 28))
            if review:
                planned: tuple[str, ...] = ("toxin",)
            else:
                k = rng.randint(1, 2)
                picked = rng.choices(pool.MODALITIES, cum_weights=self.modality_cum, k=k)
                planned = tuple(picked)
            patient = rng.choice(patients)
            form = AppointmentInput(
                patient, practitioner, starts, pool.SLOT_MINUTES, planned, is_toxin_review=review
            )
            starts_at, minutes, modalities = validate_booking(form)
            rows.append(
                {
                    "id": take_id(ids, "appointments"),
                    "version": 1,
                    "patient_id": patient,
                    "practitioner_id": practitioner,
                    "starts_at": starts_at,
                    "duration_minutes": minutes,
                    "planned_modalities": encode_planned(modalities),
                    "status": status,
                    "is_toxin_review": review,
                    "cancel_reason": "patient asked to rebook" if status == "cancelled" else None,
                    "notes": None,
                    "created_by_id": rng.choice(desk),
                    "created_at": created if created < now else now,
                }
            )
