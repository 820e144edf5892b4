"""Slow reads (Today's lists, which rank every active plan) have a thread of their own, one at a
time: at a million patients they took 55-90 s each, held both read threads, and every search or
record opened meanwhile queued behind them (issue #16)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from pytestqt.qtbot import QtBot

from scardesk.domain.enums import Modality
from scardesk.ui.tasks import SlowRead, TaskRunner
from scardesk.ui.today.screen import TodayScreen
from tests.ui.today_helpers import Clinic, make_clinic


def test_a_search_never_waits_behind_slow_reads(qtbot: QtBot) -> None:
    runner = TaskRunner(on_error=lambda error: None)
    release = threading.Event()
    started: list[str] = []
    done: list[str] = []

    def slow(name: str) -> Callable[[], str]:
        def task() -> str:
            started.append(name)
            assert release.wait(10)
            return name

        return task

    runner.run(slow("due list"), done.append, slow=True)
    runner.run(slow("reminders"), done.append, slow=True)
    runner.run(lambda: "search", done.append)
    qtbot.waitUntil(lambda: done == ["search"], timeout=3_000)
    assert started == ["due list"]  # one slow read at a time: the other waits its turn
    release.set()
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5_000)
    assert done == ["search", "due list", "reminders"]
    assert runner.wait_until_idle()


class _HeldRunner:
    """Holds each task until released, recording how it was asked to run it."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[[], Any], Any, Any, bool]] = []
        self.slow_started = 0

    def watch_account(self, _callback: Any) -> None:
        pass

    def run(
        self, task, on_done=None, on_failed=None, *, write: bool = False, slow: bool = False
    ) -> None:
        self.held.append((task, on_done, on_failed, slow))
        self.slow_started += slow

    def release_one(self) -> None:
        task, on_done, on_failed, _slow = self.held.pop(0)
        try:
            result = task()
        except Exception as error:
            on_failed(error)
            return
        on_done(result)


def test_asked_again_while_it_runs_only_the_newest_request_runs_next() -> None:
    runner = _HeldRunner()
    reads = SlowRead(runner)
    shown: list[object] = []
    for name in ("first", "second", "third"):
        reads.run(lambda name=name: name, shown.append, shown.append)  # type: ignore[misc]
    assert [slow for *_, slow in runner.held] == [True]  # one read started, on the slow lane
    assert reads.busy
    runner.release_one()
    assert shown == ["first"]
    assert len(runner.held) == 1  # "second" was never started: "third" replaced it
    runner.release_one()
    assert shown == ["first", "third"]
    assert runner.held == [] and not reads.busy


def test_a_failed_slow_read_still_lets_the_next_one_run() -> None:
    runner = _HeldRunner()
    reads = SlowRead(runner)
    failed: list[object] = []

    def broken() -> str:
        raise RuntimeError("database gone")

    reads.run(broken, failed.append, lambda error: failed.append(str(error)))
    reads.run(lambda: "again", failed.append, failed.append)
    runner.release_one()
    runner.release_one()
    assert failed == ["database gone", "again"]


def test_todays_lists_read_once_more_after_a_burst_of_changes_not_once_per_change(
    qtbot: QtBot, services, make_user
) -> None:
    clinic: Clinic = make_clinic(services, make_user)
    clinic.make_due(clinic.aisha_id, days_ago=3, modality=Modality.MICRONEEDLING)
    runner = _HeldRunner()
    screen = TodayScreen(replace(clinic.context, runner=runner))
    qtbot.addWidget(screen)
    assert runner.slow_started == 2  # each list started its read, on the slow lane
    for _ in range(3):  # three bookings at the desk while the lists are read
        screen.due_panel.reload()
        screen.reminders_panel.reload()
    assert runner.slow_started == 2  # none started while theirs run
    while runner.held:
        runner.release_one()
    assert runner.slow_started == 4  # each list read once more, with the newest request
    assert [row.name_latin for row in screen.due_panel.model.rows] == ["Aisha Al Balushi"]
