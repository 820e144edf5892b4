"""The clinic's logo as uploaded in Admin: a PNG or JPEG, small enough to print on every page.

The bytes are stored as given (no re-encoding, so the clinic's artwork is untouched); what is
checked is that they really are a PNG or JPEG image a PDF can embed, and their size.
"""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message

#: A logo is drawn at most 30 × 24 mm: 512 KB is ample for 600 dpi at that size.
LOGO_MAX_BYTES = 512 * 1024
LOGO_FORMATS = ("PNG", "JPEG")
_MIN_SIDE, _MAX_SIDE = 16, 6000


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MB" if count >= 1024 * 1024 else f"{count // 1024} KB"


def check_logo(data: bytes) -> bytes:
    """The logo unchanged, or a ValidationError on ``logo`` saying what is wrong and what to do."""
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(
            {
                "logo": Message(
                    "logo.too_large", {"size": _size(len(data)), "limit": _size(LOGO_MAX_BYTES)}
                )
            }
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height) = image.format, image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError({"logo": Message("logo.unreadable")}) from None
    if kind not in LOGO_FORMATS:
        raise ValidationError({"logo": Message("logo.wrong_format", {"format": kind})})
    if min(width, height) < _MIN_SIDE or max(width, height) > _MAX_SIDE:
        raise ValidationError(
            {
                "logo": Message(
                    "logo.wrong_dimensions",
                    {"width": width, "height": height, "minimum": _MIN_SIDE, "maximum": _MAX_SIDE},
                )
            }
        )
    return data
