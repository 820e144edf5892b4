"""Signing a session, from whichever screen offers it (the view, the list, the next step).

Signing attests the record, so it goes through the password dialog; the wording of what the
practitioner vouches for lives here once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from scardesk.domain.sessions import SessionRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.tasks import OnDone, OnFailed
from scardesk.ui.tr import _t
from scardesk.ui.widgets.attest_dialog import AttestDialog, ask_to_attest


def ask_to_sign(
    parent: QWidget,
    context: ScreenContext,
    record: SessionRecord,
    on_done: OnDone,
    on_failed: OnFailed,
    on_cancelled: Callable[[], None] | None = None,
) -> AttestDialog:
    """Ask for the password, then sign ``record`` at the version shown."""
    service, actor = context.services.sessions, context.signed_in.actor
    return ask_to_attest(
        parent,
        context,
        title=_t("Sign the session"),
        statement=_t(
            "By signing I confirm that I performed (or supervised) this treatment session and "
            "that its record is accurate and complete. It becomes read-only: later corrections "
            "are amendments with a reason."
        ),
        action=_t("Sign"),
        task=lambda password: service.sign(actor, record.id, record.version, password=password),
        on_done=on_done,
        on_failed=on_failed,
        on_cancelled=on_cancelled,
    )
