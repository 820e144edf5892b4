"""The screenshot tool takes each dialog as a role that may use it, so a picture shows the
dialog's work and not a refusal (issue #15: "Who has seen this record" was shot as a
practitioner, who may not read the audit trail)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from scardesk.domain.enums import Role
from scardesk.ui.documents.readers_dialog import may_see_readers

TOOL = Path(__file__).resolve().parents[2] / "tools" / "screenshots_dialogs.py"
ROLES = {"practitioner": Role.PRACTITIONER, "admin": Role.ADMIN}


def _dialogs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots_dialogs", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_record_readers_dialog_is_shot_as_a_role_that_may_see_it(open_window, make_user):
    by_role = _dialogs().BY_ROLE
    roles = [role for role, makers in by_role.items() if "record-readers" in makers]
    assert roles, "the readers dialog is in the screenshots"
    for role in roles:
        window = open_window(make_user(f"shot.{role}", ROLES[role]))
        assert may_see_readers(window.context), role
