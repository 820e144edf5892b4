"""Clinical photos: import (checked, oriented, stripped of metadata, downscaled), list, view.

A phone photo carries its GPS position, the device and the time in its EXIF block; none of
that belongs in a patient record that may be exported or shown, so the pixels are decoded
and re-encoded into a brand-new JPEG with no metadata at all. Orientation is applied to the
pixels first, since the tag that said how to rotate them is dropped. Wide-gamut photos are
converted to sRGB before their colour profile is dropped, so colours stay true.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import Assessment, Consent, Photo, PhotoBlob, TreatmentSession
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.consents import valid_purposes
from scardesk.domain.enums import ConsentPurpose, ViewAngle
from scardesk.domain.errors import ConsentRequiredError, NotFoundError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.photos import ComparisonPair, PhotoImage, PhotoInfo, comparison_pairs
from scardesk.domain.read_events import ReadKind, read_action
from scardesk.domain.records import Changes
from scardesk.domain.time import MUSCAT, utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.domain.validation import validate_reason
from scardesk.services.access import check
from scardesk.services.consents import consent_record
from scardesk.services.history import require_patient
from scardesk.services.listing import read_each, readable
from scardesk.services.read_log import note_read

MAX_LONG_SIDE = 2048
THUMBNAIL_LONG_SIDE = 240
JPEG_QUALITY = 88
THUMBNAIL_QUALITY = 80
MAX_FILE_BYTES = 60_000_000
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL, _OFFSET_ORIGINAL, _DATETIME = 36867, 36881, 306
_ACCEPTED = {"JPEG", "PNG"}
_INFO_COLUMNS = (
    Photo.id,
    Photo.patient_id,
    Photo.view_angle,
    Photo.taken_at,
    Photo.width,
    Photo.height,
    Photo.media_type,
    Photo.sha256,
    Photo.assessment_id,
    Photo.session_id,
    Photo.voided_at,
)


@dataclass(frozen=True)
class PreparedPhoto:
    """A decoded, cleaned photo ready to store."""

    image: bytes
    thumbnail: bytes
    width: int
    height: int
    sha256: str
    camera_taken_at: datetime | None


def _file_error(message: Message) -> ValidationError:
    return ValidationError({"file": message})


def _camera_time(image: Image.Image) -> datetime | None:
    """When the camera says the photo was taken; a clock without an offset is read as Muscat."""
    try:
        exif = image.getexif()
        detail = exif.get_ifd(_EXIF_IFD)
        raw = detail.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
        if not isinstance(raw, str):
            return None
        local = datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
        offset = detail.get(_OFFSET_ORIGINAL)
        zone = MUSCAT
        if isinstance(offset, str) and len(offset) >= 6 and offset[0] in "+-":
            minutes = int(offset[1:3]) * 60 + int(offset[4:6])
            zone = timezone(timedelta(minutes=minutes if offset[0] == "+" else -minutes))
        moment = local.replace(tzinfo=zone).astimezone(UTC)
    except (ValueError, TypeError, KeyError, OSError):
        return None
    if moment.year < 2000 or moment > utc_now() + timedelta(days=1):
        return None  # an unset or wrong camera clock; the import time is better than a guess
    return moment


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    if not icc or image.mode != "RGB":
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unreadable profile: keep the pixels as they are
    return converted if converted is not None else image


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


def _jpeg(image: Image.Image, quality: int) -> bytes:
    # A fresh image built from raw pixels has no info dict, so nothing can ride along.
    bare = Image.frombytes(image.mode, image.size, image.tobytes())
    out = io.BytesIO()
    bare.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def prepare_photo(data: bytes) -> PreparedPhoto:
    """Decode, check and clean one imported file (see the module docstring)."""
    if not data:
        raise _file_error(Message("photo.file_empty"))
    if len(data) > MAX_FILE_BYTES:
        raise _file_error(
            Message("photo.file_too_large", {"megabytes": MAX_FILE_BYTES // 1_000_000})
        )
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.format not in _ACCEPTED:
                raise _file_error(Message("photo.wrong_format", {"format": opened.format or "?"}))
            camera_time = _camera_time(opened)
            icc = opened.info.get("icc_profile")
            oriented = ImageOps.exif_transpose(opened)
            oriented.load()
    except UnidentifiedImageError as error:
        raise _file_error(Message("photo.not_a_picture")) from error
    except Image.DecompressionBombError as error:
        raise _file_error(Message("photo.too_many_pixels")) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise _file_error(Message("photo.damaged")) from error
    image = _flatten(
        _to_srgb(oriented.convert("RGB") if oriented.mode == "CMYK" else oriented, icc)
    )
    image.thumbnail((MAX_LONG_SIDE, MAX_LONG_SIDE), Image.Resampling.LANCZOS)
    stored = _jpeg(image, JPEG_QUALITY)
    small = image.copy()
    small.thumbnail((THUMBNAIL_LONG_SIDE, THUMBNAIL_LONG_SIDE), Image.Resampling.LANCZOS)
    return PreparedPhoto(
        image=stored,
        thumbnail=_jpeg(small, THUMBNAIL_QUALITY),
        width=image.width,
        height=image.height,
        sha256=hashlib.sha256(stored).hexdigest(),
        camera_taken_at=camera_time,
    )


def _info(row: Sequence[Any]) -> PhotoInfo:
    """A PhotoInfo from a row of the _INFO_COLUMNS, in their order."""
    return PhotoInfo(
        id=row[0],
        patient_id=row[1],
        view=ViewAngle(row[2]),
        taken_at=row[3],
        width=row[4],
        height=row[5],
        media_type=row[6],
        sha256=row[7],
        assessment_id=row[8],
        session_id=row[9],
        voided_at=row[10],
    )


def _require_photo_consent(session: Session, patient_id: int, moment: datetime) -> None:
    rows = session.scalars(
        select(Consent).where(
            Consent.patient_id == patient_id,
            Consent.purpose == ConsentPurpose.CLINICAL_PHOTOS.value,
        )
    )
    if ConsentPurpose.CLINICAL_PHOTOS not in valid_purposes(map(consent_record, rows), moment):
        raise ConsentRequiredError(
            ConsentPurpose.CLINICAL_PHOTOS.value,
            Message("photo.consent_missing"),
        )


def _check_links(
    session: Session, patient_id: int, assessment_id: int | None, session_id: int | None
) -> None:
    if assessment_id is not None:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None or assessment.patient_id != patient_id or assessment.voided_at:
            raise ValidationError({"assessment_id": Message("photo.assessment_not_current")})
    if session_id is not None:
        visit = session.get(TreatmentSession, session_id)
        if visit is None or visit.patient_id != patient_id or visit.voided_at:
            raise ValidationError({"session_id": Message("photo.session_not_current")})


def stored_image(session: Session, photo_id: int) -> PhotoImage:
    """The photo and its full image, unlogged: for callers that checked and log their own read
    (the patient's copy logs one export, not a view per photo)."""
    row = session.execute(
        select(*_INFO_COLUMNS, PhotoBlob.image)
        .join(PhotoBlob, PhotoBlob.photo_id == Photo.id)
        .where(Photo.id == photo_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(Message("not_found.photo", {"id": photo_id}))
    values = tuple(row)
    return PhotoImage(_info(values[:-1]), bytes(values[-1]))


class PhotoService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def has_photo_consent(self, actor: Actor, patient_id: int) -> bool:
        """Asked before the import dialog opens, so the screen can capture consent first."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            require_patient(session, patient_id)
            try:
                _require_photo_consent(session, patient_id, utc_now())
            except ConsentRequiredError:
                return False
            return True

    def import_photo(
        self,
        actor: Actor,
        patient_id: int,
        data: bytes,
        filename: str,
        view: ViewAngle,
        taken_at: datetime | None = None,
        assessment_id: int | None = None,
        session_id: int | None = None,
    ) -> tuple[PhotoInfo, Changes]:
        """Store one photo. ``taken_at`` defaults to the camera's clock, else to now.

        The file's content decides its type, never ``filename`` (only used in messages).
        """
        check(self._db, actor, Permission.EDIT_CLINICAL)
        if actor.user_id is None:
            raise ValidationError({"created_by": Message("photo.needs_signed_in_user")})
        now = utc_now()
        with self._db.sessions() as session:
            require_patient(session, patient_id)
            _require_photo_consent(session, patient_id, now)  # fail before the slow decode
        try:
            prepared = prepare_photo(data)
        except ValidationError as error:
            name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:80]
            params = {"name": name, "problem": error.field_messages["file"]}
            raise ValidationError({"file": Message("photo.named_file_problem", params)}) from None
        moment = taken_at or prepared.camera_taken_at or now
        if moment.tzinfo is None:
            raise ValueError("a naive datetime has no time zone; pass an aware one")
        if moment > now + timedelta(minutes=10):
            raise ValidationError({"taken_at": Message("photo.date_in_future")})
        with UnitOfWork(self._db, actor, "photo.import") as uow:
            require_patient(uow.session, patient_id)
            _require_photo_consent(uow.session, patient_id, now)
            _check_links(uow.session, patient_id, assessment_id, session_id)
            duplicate = uow.session.scalar(
                select(Photo.id).where(
                    Photo.patient_id == patient_id,
                    Photo.sha256 == prepared.sha256,
                    Photo.voided_at.is_(None),
                )
            )
            if duplicate is not None:
                raise ValidationError(
                    {"file": Message("photo.already_in_record", {"existing": duplicate})}
                )
            row = Photo(
                patient_id=patient_id,
                assessment_id=assessment_id,
                session_id=session_id,
                view_angle=ViewAngle(view).value,
                taken_at=moment,
                thumbnail=prepared.thumbnail,
                media_type="image/jpeg",
                width=prepared.width,
                height=prepared.height,
                sha256=prepared.sha256,
                created_by_id=actor.user_id,
            )
            uow.session.add(row)
            uow.session.flush()
            uow.session.add(PhotoBlob(photo_id=row.id, image=prepared.image))
            uow.session.flush()
            info = _info(tuple(getattr(row, c.key) for c in _INFO_COLUMNS))
        return info, Changes(patients=frozenset({patient_id}))

    def list_for_patient(
        self,
        actor: Actor,
        patient_id: int,
        view: ViewAngle | None = None,
        include_voided: bool = False,
    ) -> list[PhotoInfo | UnreadableRecord]:
        """Photo metadata, newest first; image bytes are not read.

        A photo whose row cannot be decoded is listed as an ``UnreadableRecord`` in its place.
        """
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            query = select(*_INFO_COLUMNS).where(Photo.patient_id == patient_id)
            if view is not None:
                query = query.where(Photo.view_angle == ViewAngle(view).value)
            if not include_voided:
                query = query.where(Photo.voided_at.is_(None))
            rows = session.execute(query.order_by(Photo.taken_at.desc(), Photo.id.desc()))
            return read_each("photos", rows, _info, when="taken_at")

    def thumbnails(self, actor: Actor, photo_ids: Sequence[int]) -> dict[int, bytes]:
        """Thumbnail JPEGs by photo id, in one query (screens call it off the UI thread)."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        if not photo_ids:
            return {}
        with self._db.sessions() as session:
            rows = session.execute(
                select(Photo.id, Photo.thumbnail).where(Photo.id.in_(list(photo_ids)))
            )
            return {pid: thumb for pid, thumb in rows}

    def image(self, actor: Actor, photo_id: int) -> PhotoImage:
        """One photo with its full stored image; each call is one look at it (photo.view)."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with UnitOfWork(self._db, actor, read_action(ReadKind.PHOTO_VIEW)) as uow:
            image = stored_image(uow.session, photo_id)
            note_read(uow, ReadKind.PHOTO_VIEW, image.info.patient_id, "photos", photo_id)
        return image

    def void(self, actor: Actor, photo_id: int, reason: str) -> tuple[PhotoInfo, Changes]:
        """Withdraw a photo from use (wrong patient, unusable); it is kept, not deleted."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        clean_reason = validate_reason(reason)
        with UnitOfWork(self._db, actor, "photo.void") as uow:
            row = uow.session.get(Photo, photo_id)
            if row is None:
                raise NotFoundError(Message("not_found.photo", {"id": photo_id}))
            if row.voided_at is not None:
                raise ValidationError({"reason": Message("photo.already_voided")})
            row.voided_at = utc_now()
            row.void_reason = clean_reason
            uow.session.flush()
            info = _info(tuple(getattr(row, c.key) for c in _INFO_COLUMNS))
        return info, Changes(patients=frozenset({info.patient_id}))

    def comparison_pairs(self, actor: Actor, patient_id: int) -> list[ComparisonPair]:
        """Per view, the first photo against the latest (taken on different days)."""
        return comparison_pairs(readable(self.list_for_patient(actor, patient_id)))
