"""Clinical photo records and the choice of pairs for side-by-side comparison.

Lists carry metadata only; image bytes travel in their own records, fetched when a screen
actually draws them, so opening a patient with a hundred photos stays fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from scardesk.domain.enums import ViewAngle
from scardesk.domain.messages import _n
from scardesk.domain.time import to_muscat

VIEW_TEXT: dict[ViewAngle, str] = {
    ViewAngle.FRONT: _n("Front"),
    ViewAngle.LEFT_45: _n("Left 45°"),
    ViewAngle.RIGHT_45: _n("Right 45°"),
    ViewAngle.LEFT_PROFILE: _n("Left profile"),
    ViewAngle.RIGHT_PROFILE: _n("Right profile"),
}


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    """A stored photo without its bytes."""

    id: int
    patient_id: int
    view: ViewAngle
    taken_at: datetime
    width: int
    height: int
    media_type: str
    sha256: str
    assessment_id: int | None
    session_id: int | None
    voided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PhotoImage:
    """A photo with its full (downscaled, metadata-free) image bytes."""

    info: PhotoInfo
    data: bytes


@dataclass(frozen=True, slots=True)
class ComparisonPair:
    """The same view at two dates, earlier on the left."""

    view: ViewAngle
    earlier: PhotoInfo
    later: PhotoInfo


def comparison_pairs(photos: Sequence[PhotoInfo]) -> list[ComparisonPair]:
    """For each view with photos on at least two different days: the first against the latest.

    The usual question is "how far have we come", so the default pair spans the whole course;
    the screen can still pick any two photos of one view.
    """
    pairs: list[ComparisonPair] = []
    for view in ViewAngle:
        shots = sorted(
            (p for p in photos if p.view is view and p.voided_at is None),
            key=lambda p: (p.taken_at, p.id),
        )
        if (
            len(shots) >= 2
            and to_muscat(shots[0].taken_at).date() != to_muscat(shots[-1].taken_at).date()
        ):
            pairs.append(ComparisonPair(view, shots[0], shots[-1]))
    return pairs
