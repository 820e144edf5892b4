"""``ScreenContext.run_command``: each command a screen runs tells the others what changed."""

from __future__ import annotations

from typing import Any, cast

import pytest

from scardesk.domain.records import Changes
from scardesk.ui.change_bus import ChangeBus, changes_in
from scardesk.ui.context import ScreenContext
from scardesk.ui.tasks import SyncTaskRunner

TOUCHED = Changes(patients=frozenset({7}))


def _context(bus: ChangeBus, failures: list[BaseException] | None = None) -> ScreenContext:
    runner = SyncTaskRunner(on_error=failures.append if failures is not None else None)
    # A command needs no services or account here: the callables stand in for the service.
    return ScreenContext(cast(Any, None), cast(Any, None), runner, bus)


def test_the_changes_a_command_returns_are_published_before_its_result_is_handed_on(qtbot):
    bus, heard, order = ChangeBus(), [], []
    bus.changed.connect(lambda changes: (heard.append(changes), order.append("bus")))
    _context(bus).run_command(lambda: ("record", TOUCHED), lambda _result: order.append("done"))
    assert heard == [TOUCHED]
    assert order == ["bus", "done"]


def test_a_failed_command_publishes_nothing_and_reaches_its_handler(qtbot):
    bus, heard, failed = ChangeBus(), [], []
    bus.changed.connect(heard.append)

    def refuse() -> tuple[str, Changes]:
        raise ValueError("refused")

    _context(bus).run_command(refuse, on_failed=failed.append)
    assert heard == []
    assert [str(error) for error in failed] == ["refused"]


@pytest.mark.parametrize(
    "result",
    [TOUCHED, ("record", TOUCHED), ("record", ["warning"], TOUCHED)],
    ids=["changes", "record and changes", "record, warnings and changes"],
)
def test_the_changes_are_found_in_every_shape_a_service_returns(result: object) -> None:
    assert changes_in(result) == TOUCHED


def test_a_result_with_a_changes_field_gives_it() -> None:
    class Outcome:
        changes = TOUCHED

    assert changes_in(Outcome()) == TOUCHED


def test_a_command_that_returns_no_changes_is_a_mistake_said_aloud() -> None:
    with pytest.raises(TypeError, match="no Changes"):
        changes_in("record")
