"""What the live safety check sees of a form still being filled: an entry its spec cannot judge
yet (a peel whose depth is not chosen) waits, every other entry is checked at once."""

from __future__ import annotations

from datetime import datetime

from scardesk.domain.enums import Frosting, PeelDepth
from scardesk.domain.sessions import MicroneedlingInput, PeelInput, SessionInput, TcaCrossInput
from scardesk.domain.time import MUSCAT
from scardesk.ui.sessions.form_errors import preview_form

AT = datetime(2026, 11, 2, 10, 0, tzinfo=MUSCAT)
NEEDLING = MicroneedlingInput("Dermapen 4", 1.5, 3, None, ("cheek_left",))
TCA = TcaCrossInput(100, "sharpened wooden stick", 10, Frosting.ALL, ("cheek_right",))


def _peel(depth: PeelDepth | None) -> PeelInput:
    return PeelInput("TCA", 35, depth, 1, 3, True, ("forehead",))  # type: ignore[arg-type]


def test_a_peel_without_its_depth_waits_and_the_rest_is_checked() -> None:
    form = SessionInput(AT, (NEEDLING, _peel(None), TCA))
    assert preview_form(form).modalities == (NEEDLING, TCA)


def test_a_peel_with_its_depth_is_checked() -> None:
    peel = _peel(PeelDepth.MEDIUM)
    form = SessionInput(AT, (peel, TCA))
    assert preview_form(form).modalities == (peel, TCA)
