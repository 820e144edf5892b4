"""Treatment courses and synthetic photos for the demo clinic.

A demo patient on a plan is given sessions that follow it (microneedling every four weeks or
so, toxin riding on some of those visits but never within 90 days of the last dose), with the
last visit spread from yesterday to a few weeks past the next due date. The clinic's due list
then shows a realistic mix: some patients overdue, most not yet due, a few courses complete.

Photos are drawn, never taken: a soft skin-toned gradient with faint marks and the view's name
in small print, encoded as a fresh JPEG (so it carries no EXIF). They are small and drawn at a
fifth of their size, then scaled up, because 300-odd of them must not slow the demo down.
"""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from scardesk.demo import pools as pool
from scardesk.domain.codecs import encode_planned
from scardesk.domain.enums import AppointmentStatus, Modality, PeelDepth, PlanStatus, ViewAngle
from scardesk.domain.plans import PlanInput, PlanItemInput, validate_plan
from scardesk.domain.safety import GateParameters
from scardesk.domain.scheduling import AppointmentInput, validate_booking
from scardesk.domain.time import MUSCAT

TOXIN = Modality.TOXIN.value
NEEDLING = Modality.MICRONEEDLING.value
LASER = Modality.FRACTIONAL_LASER.value
PEEL = Modality.CHEMICAL_PEEL.value
TOXIN_GAP_DAYS = 90  # between doses in the demo's history (clinic minimum 84)
PLAN_CHANCE = 0.6  # of patients with sessions
COMPLETE_CHANCE = 0.15
MEDIUM_PEEL_CHANCE = 0.3  # for skin types II–III only; darker types get superficial peels
#: modality (peels by depth) -> (sessions planned choices, plan interval, extra days min, max)
PLAN_SHAPES: dict[str, tuple[tuple[int, ...], int, int, int]] = {
    TOXIN: ((2, 3), 84, 6, 20),
    NEEDLING: ((3, 4, 5, 6), 28, 0, 10),
    LASER: ((3, 4, 5), 28, 0, 10),
    Modality.SUBCISION.value: ((2, 3), 28, 0, 14),  # series of 1–3 [SU]; a plan of one is no course
    Modality.TCA_CROSS.value: ((3, 4, 5, 6), 28, 0, 14),  # series of 3–6 [TC]
    PeelDepth.SUPERFICIAL.value: ((4, 5, 6), 14, 0, 6),
    PeelDepth.MEDIUM.value: ((2, 3), 28, 0, 10),
}
PLAN_GOALS: tuple[str, ...] = (
    "soften rolling scars on both cheeks",
    "reduce boxcar scars on the cheeks and temples",
    "even out texture and post-acne marks",
    "flatten raised scars along the jawline",
    "improve icepick scars before a family wedding",
)
LIGHT_TYPES = ("I", "II", "III")
HISTORY_DAYS = 730  # sessions fall in the past two years
#: The intervals a fresh demo clinic's plans are checked against (the reference's defaults).
INTERVALS = GateParameters().interval_settings()


@dataclass(frozen=True)
class ToxinProduct:
    id: int
    brand: str
    vial_units: int
    point_units: tuple[float, ...]
    diluents: tuple[float, ...]
    lots_by_days_ago: tuple[tuple[int, ...], ...]  # lot ids usable on that day


@dataclass(frozen=True)
class Catalog:
    toxins: tuple[ToxinProduct, ...]
    serums: tuple[tuple[int, str], ...]
    tca_id: int
    glycolic_id: int

    @classmethod
    def from_products(
        cls,
        products: list[tuple[int, str, str, int | None]],
        lots: dict[int, list[tuple[int, date, date]]],
        today: date,
    ) -> Catalog:
        """Precompute, for every day of the history window, which lots were in date."""
        toxins = []
        for product_id, brand, modality, vial_units in products:
            if modality != "toxin" or not vial_units:
                continue
            points, diluents = pool.TOXIN_DOSING[brand]
            by_day = []
            for days_ago in range(HISTORY_DAYS + 1):
                day = today - timedelta(days=days_ago)
                usable = tuple(
                    lot
                    for lot, received, expiry in lots.get(product_id, [])
                    if received <= day < expiry
                )
                by_day.append(usable)
            toxins.append(
                ToxinProduct(product_id, brand, vial_units, points, diluents, tuple(by_day))
            )
        serums = tuple(
            (pid, brand) for pid, brand, modality, _ in products if modality == "microneedling"
        )
        by_brand = {brand: pid for pid, brand, _, _ in products}
        return cls(tuple(toxins), serums, by_brand["TCA Peel"], by_brand["Glycolic Peel"])


@dataclass(frozen=True)
class Course:
    """A plan and the visits made under it (days ago, oldest first, modalities per visit)."""

    items: tuple[tuple[str, int, int], ...]  # modality, sessions planned, interval days
    visits: tuple[tuple[int, tuple[str, ...]], ...]
    started_days_ago: int
    peel_depth: str
    goals: str


def peel_depth_for(rng: random.Random, fitz: str | None) -> str:
    if fitz in LIGHT_TYPES and rng.random() < MEDIUM_PEEL_CHANCE:
        return PeelDepth.MEDIUM.value
    return PeelDepth.SUPERFICIAL.value


def plan_course(rng: random.Random, modalities: list[str], fitz: str | None, limit: int) -> Course:
    """Visits following a plan of ``modalities`` (already checked against the skin type),
    none further back than ``limit`` days. Toxin joins visits of the other modality when
    there is one, as the adjunct it is for atrophic scars (clinical reference §5)."""
    depth = peel_depth_for(rng, fitz)
    visits: dict[int, list[str]] = {}
    items: list[tuple[str, int, int]] = []
    lead = [m for m in modalities if m != TOXIN] or [TOXIN]
    for modality in lead:
        choices, interval, low, high = PLAN_SHAPES[depth if modality == PEEL else modality]
        planned = rng.choice(choices)
        done = planned if rng.random() < COMPLETE_CHANCE else rng.randint(1, planned - 1)
        day = min(rng.randint(1, interval + 45), limit)
        days = [day]
        for _ in range(done - 1):
            day += interval + rng.randint(low, high)
            if day > limit:
                break
            days.append(day)
        for day in days:
            visits.setdefault(day, []).append(modality)
        items.append((modality, planned, interval))
    if TOXIN in modalities and lead != [TOXIN]:
        choices, interval, _, _ = PLAN_SHAPES[TOXIN]
        planned = rng.choice(choices)
        given, previous = 0, 0
        for day in sorted(visits, reverse=True):
            if given < planned and (given == 0 or previous - day >= TOXIN_GAP_DAYS):
                visits[day].insert(0, TOXIN)
                given, previous = given + 1, day
        items.insert(0, (TOXIN, planned, interval))
    first = max(visits)
    started = first + min(rng.randint(0, 10), max(0, limit - first))
    ordered = tuple((day, tuple(visits[day])) for day in sorted(visits, reverse=True))
    return Course(tuple(items), ordered, started, depth, rng.choice(PLAN_GOALS))


# --- photos -------------------------------------------------------------------------------

PHOTO_PATIENTS = 40
PHOTO_SIZE = (640, 480)
THUMBNAIL_SIZE = (240, 180)  # long side 240, as the photo service stores them
_DRAFT = (128, 96)
_TURNS = (0, 180)  # light from one side or the other (quarter turns would distort the 4:3)
_VIEWS = tuple(view.value for view in ViewAngle)
_TONES: dict[str | None, tuple[int, int, int]] = {
    "I": (241, 214, 196),
    "II": (232, 196, 170),
    "III": (214, 170, 138),
    "IV": (190, 142, 106),
    "V": (150, 104, 74),
    "VI": (104, 72, 52),
    None: (214, 170, 138),
}


@dataclass(frozen=True)
class DrawnPhoto:
    image: bytes
    thumbnail: bytes
    sha256: str
    width: int
    height: int


class PhotoMaker:
    """Draws the demo's photos. The soft backgrounds (one per skin tone and lighting side, at
    photo and thumbnail size) are scaled once and reused: scaling is the slow part."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.gradient = Image.linear_gradient("L").resize(_DRAFT)
        self.font = ImageFont.load_default(13)
        self.small_font = ImageFont.load_default(9)
        self.backgrounds: dict[tuple[str | None, int], tuple[Image.Image, Image.Image]] = {}

    def views(self) -> tuple[str, ...]:
        """Front plus two to four other angles, the same set at each visit for comparison."""
        return _VIEWS[: self.rng.randint(3, 5)]

    def _background(self, fitz: str | None, turn: int) -> tuple[Image.Image, Image.Image]:
        key = (fitz, turn)
        if key not in self.backgrounds:
            tone = _TONES.get(fitz, _TONES[None])
            shade = tuple(int(c * 0.84) for c in tone)
            light, dark = Image.new("RGB", _DRAFT, tone), Image.new("RGB", _DRAFT, shade)
            draft = Image.composite(light, dark, self.gradient.rotate(turn))
            self.backgrounds[key] = (
                draft.resize(PHOTO_SIZE, Image.Resampling.BICUBIC),
                draft.resize(THUMBNAIL_SIZE, Image.Resampling.BICUBIC),
            )
        return self.backgrounds[key]

    def draw(self, fitz: str | None, view: str, taken: datetime) -> DrawnPhoto:
        rng = self.rng
        tone = _TONES.get(fitz, _TONES[None])
        big, small = (image.copy() for image in self._background(fitz, rng.choice(_TURNS)))
        pens = (ImageDraw.Draw(big), ImageDraw.Draw(small))
        scale = THUMBNAIL_SIZE[0] / PHOTO_SIZE[0]
        for _ in range(rng.randint(20, 40)):  # faint marks, the same on both sizes
            x, y = rng.randrange(PHOTO_SIZE[0]), rng.randrange(PHOTO_SIZE[1])
            radius = rng.randint(2, 5)
            colour = tuple(max(0, c - rng.randint(8, 20)) for c in tone)
            for pen, k in zip(pens, (1.0, scale), strict=True):
                box = ((x - radius) * k, (y - radius) * k, (x + radius) * k, (y + radius) * k)
                pen.ellipse(box, fill=colour)
        day = taken.astimezone(MUSCAT).date().isoformat()
        label = f"{view.replace('_', ' ')}  {day}  (synthetic)"
        ink = tuple(c // 3 for c in tone)
        pens[0].text((10, PHOTO_SIZE[1] - 22), label, fill=ink, font=self.font)
        pens[1].text((4, THUMBNAIL_SIZE[1] - 12), label, fill=ink, font=self.small_font)
        image = _encode(big, 85)
        return DrawnPhoto(
            image,
            _encode(small, 80),
            hashlib.sha256(image).hexdigest(),
            PHOTO_SIZE[0],
            PHOTO_SIZE[1],
        )


def _encode(picture: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return out.getvalue()


def photo_rows(
    maker: PhotoMaker,
    out: dict[str, list[dict[str, Any]]],
    ids: dict[str, int],
    pid: int,
    by: int,
    fitz: str | None,
    assessments: list[tuple[int, datetime]],
) -> None:
    """The same views at each assessment, a few minutes after it, linked to it."""
    views = maker.views()
    for assessment_id, assessed_at in assessments:
        for index, view in enumerate(views):
            taken = assessed_at + timedelta(minutes=5 + index)
            drawn = maker.draw(fitz, view, taken)
            photo_id = ids["photos"]
            ids["photos"] = photo_id + 1
            out["photos"].append(
                {
                    "id": photo_id,
                    "patient_id": pid,
                    "assessment_id": assessment_id,
                    "session_id": None,
                    "view_angle": view,
                    "taken_at": taken,
                    "thumbnail": drawn.thumbnail,
                    "media_type": "image/jpeg",
                    "width": drawn.width,
                    "height": drawn.height,
                    "sha256": drawn.sha256,
                    "created_by_id": by,
                }
            )
            out["photo_images"].append({"photo_id": photo_id, "image": drawn.image})


__all__ = ["Course", "PhotoMaker", "photo_rows", "plan_course"]


def plan_rows(
    out: dict[str, list[dict[str, Any]]],
    ids: dict[str, int],
    pid: int,
    by: int,
    course: Course,
    started: datetime,
    started_on_ordinal: int,
) -> int:
    """The active plan of ``course`` and its items; returns the plan's id. ``started`` is the
    start day's Muscat midnight (UTC): the plan is written at 08:00–08:55 that day, before any
    session (the follow-up list counts the sessions given since the plan was written)."""
    form = PlanInput(
        items=tuple(
            PlanItemInput(
                Modality(modality),
                planned,
                interval,
                notes=f"{course.peel_depth} peel" if modality == PEEL else "",
            )
            for modality, planned, interval in course.items
        ),
        goals=course.goals,
        started_on=date.fromordinal(started_on_ordinal),
    )
    data = validate_plan(form, INTERVALS)
    plan_id = ids["treatment_plans"]
    ids["treatment_plans"] = plan_id + 1
    out["treatment_plans"].append(
        {
            "id": plan_id,
            "version": 1,
            "patient_id": pid,
            "created_at": started + timedelta(minutes=480 + 5 * (plan_id % 12)),
            "created_by_id": by,
            "status": PlanStatus.ACTIVE.value,
            "goals": data.goals,
            "started_on": data.started_on,
            "stop_reason": None,
        }
    )
    for item in data.items:
        item_id = ids["plan_items"]
        ids["plan_items"] = item_id + 1
        out["plan_items"].append(
            {
                "id": item_id,
                "version": 1,
                "plan_id": plan_id,
                "modality": item.modality.value,
                "sessions_planned": item.sessions_planned,
                "interval_days": item.interval_days,
                "notes": item.notes,
            }
        )
    return plan_id


def visit_appointment(
    out: dict[str, list[dict[str, Any]]],
    ids: dict[str, int],
    pid: int,
    practitioner: int,
    at: datetime,
    modalities: list[str],
    desk: int,
    booked_days_before: int,
) -> int:
    """The done appointment a recent session was recorded from; returns its id."""
    starts, minutes, planned = validate_booking(
        AppointmentInput(pid, practitioner, at, 30, tuple(modalities))
    )
    appointment_id = ids["appointments"]
    ids["appointments"] = appointment_id + 1
    out["appointments"].append(
        {
            "id": appointment_id,
            "version": 1,
            "patient_id": pid,
            "practitioner_id": practitioner,
            "starts_at": starts,
            "duration_minutes": minutes,
            "planned_modalities": encode_planned(planned),
            "status": AppointmentStatus.DONE.value,
            "is_toxin_review": False,
            "cancel_reason": None,
            "notes": None,
            "created_by_id": desk,
            "created_at": at - timedelta(days=booked_days_before),
        }
    )
    return appointment_id
