"""The audit log read in Arabic, part two: people by the names the clinic entered for them, and
every action the code writes said in a sentence of its own (issue #12).

The "Who" column and the names inside the sentences showed the Latin display name to an Arabic
reader; an action without a template fell back to its stored code in Latin words.
"""

from __future__ import annotations

import re

from scardesk.domain.audit_sentences import AuditFacts, Name, describe, has_sentence, render
from scardesk.domain.enums import Role
from scardesk.services.session import SYSTEM
from scardesk.ui.admin.audit_model import AuditModel, tr_audit
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.context import ScreenContext
from scardesk.ui.documents.readers_dialog import ReadersDialog
from scardesk.ui.tasks import SyncTaskRunner
from tests.audit_actions import written_actions
from tests.helpers import aisha
from tests.ui.test_audit_viewer import _audit_tab

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_ISOLATED = re.compile("[\u2066\u2068][^\u2066\u2068\u2069]*\u2069")
SALMA = Name("Dr Salma", "د. سلمى")


def _latin_outside_data(sentence: str) -> list[str]:
    return [w for w in _LATIN_WORD.findall(_ISOLATED.sub(" ", sentence)) if w != "ScarDesk"]


def _facts(action: str, patient: int | None = 7) -> AuditFacts:
    return AuditFacts(
        action=action,
        entity="treatment_sessions",
        entity_id=3,
        before=None,
        after=None,
        patient_id=patient,
        actor_name=SALMA,
    )


def test_every_action_the_code_writes_has_a_sentence_of_its_own() -> None:
    found, unresolved = written_actions()
    assert unresolved == []  # a new way of naming an action: teach tests/audit_actions.py
    # The scan really read the services (sign-ins, statuses, reads, refusals, settings).
    assert {"user.sign_in", "appointment.no_show", "read.history.view"} <= found
    assert "session.sign_refused" in found and len(found) > 90
    assert sorted(action for action in found if not has_sentence(action)) == []


def test_every_action_the_code_writes_reads_in_arabic(arabic) -> None:
    found, _ = written_actions()
    for patient in (7, None):
        for action in sorted(found):
            sentence = render(
                describe(_facts(action, patient), clinical_values=True),
                tr_audit,
                isolate=True,
                arabic=True,
            )
            assert _ARABIC.search(sentence), (action, sentence)
            assert _latin_outside_data(sentence) == [], (action, sentence)
            assert "\u2068د. سلمى\u2069" in sentence, (action, sentence)


def test_an_action_of_a_newer_version_reads_in_arabic_with_its_code_as_data(arabic) -> None:
    for action in ("future.thing", "appointment.rescheduled", "read.invoice.view", "x_refused"):
        assert not has_sentence(action)
        sentence = render(describe(_facts(action), clinical_values=True), tr_audit, isolate=True)
        assert _ARABIC.search(sentence), sentence
        assert _latin_outside_data(sentence) == [], sentence
        code = action.removesuffix("_refused")
        assert f"\u2068{code}\u2069" in sentence, sentence
    english = render(describe(_facts("future.thing"), clinical_values=True))
    assert english == (
        "Dr Salma did something this version does not describe (future.thing) "
        "with a session of patient 7"
    )


def test_a_name_is_the_arabic_one_for_an_arabic_reader_else_latin_else_the_user_name() -> None:
    assert render(SALMA, arabic=True) == "د. سلمى"
    assert render(SALMA, arabic=False) == "Dr Salma"
    assert render(Name("Dr Salma", ""), arabic=True) == "Dr Salma"
    # An account with no display name at all (an old row): its user name, kept left to right.
    bare = Name("", None, "dr.salma")
    assert render(bare, arabic=True) == "dr.salma"
    assert render(bare, isolate=True, arabic=True) == "\u2066dr.salma\u2069"
    assert render(SALMA, isolate=True, arabic=True) == "\u2068د. سلمى\u2069"


def test_an_arabic_reader_sees_the_arabic_display_names_in_who_and_in_the_sentences(
    arabic, qtbot, services, open_window, make_user
) -> None:
    desk = make_user("desk", Role.FRONT_DESK)
    services.accounts.set_printed_names(
        SYSTEM, "desk", desk.user.display_name, "الاستقبال: شمسة", ""
    )
    services.patients.register(desk.actor, aisha())
    admin = make_user("first.admin", Role.ADMIN)
    services.accounts.set_printed_names(SYSTEM, "first.admin", "First Admin", "هلال الرواحي", "")
    tab = _audit_tab(open_window, lambda *a: admin)
    model = tab.model
    qtbot.waitUntil(lambda: model.rowCount() > 3)
    rows = [
        (model.index(r, AuditModel.WHO).data(), model.index(r, AuditModel.WHAT).data())
        for r in range(model.rowCount())
    ]
    desk_rows = [(who, what) for who, what in rows if "شمسة" in who]
    assert desk_rows and all(who == "\u2068الاستقبال: شمسة\u2069" for who, _ in desk_rows)
    assert any(
        what.startswith("\u2068الاستقبال: شمسة\u2069: تسجيل المريض") for _, what in desk_rows
    )
    # The account acted on is named in Arabic too ("changed the names of the account …").
    assert any(
        "\u2068الاستقبال: شمسة\u2069" in what and "حساب المستخدم" in what for _, what in rows
    )
    assert not [
        who
        for who, _ in rows
        if _LATIN_WORD.search(_ISOLATED.sub("", who) or who)
        and who not in ("", tr_audit("ScarDesk (system)"))
    ]
    names = [tab.filter_bar.user.itemText(i) for i in range(tab.filter_bar.user.count())]
    assert any("هلال الرواحي" in name for name in names)


def test_who_has_seen_this_record_names_readers_in_arabic_for_an_arabic_reader(
    arabic, qtbot, services, make_user
) -> None:
    """The same Latin names were in "Who has seen this record" (issue #12)."""
    desk = make_user("desk", Role.FRONT_DESK)
    services.accounts.set_printed_names(
        SYSTEM, "desk", desk.user.display_name, "الاستقبال: شمسة", ""
    )
    patient, _ = services.patients.register(SYSTEM, aisha())
    services.patient_header.open(desk.actor, patient.id)
    admin = make_user("first.admin", Role.ADMIN)
    context = ScreenContext(services, admin, SyncTaskRunner(), ChangeBus())
    dialog = ReadersDialog(context, patient.id, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 2)
    who = [line[1] for line in dialog.visible_lines()]
    assert "\u2068الاستقبال: شمسة\u2069" in who
    assert not [name for name in who if "Desk" in name or "desk" in name]
