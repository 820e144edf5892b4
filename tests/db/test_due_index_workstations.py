"""Two workstations writing about the same patient at once: the due index ends up equal to a
fresh computation from the records, whichever commits last.

Each writer computes the patient's reasons inside its own transaction. Had it computed them
before queueing behind the other writer, the later commit would store a computation that
never saw the earlier one's session or visit. The unit of work takes the audit chain's lock
first (``due_index.refresh_after``), so on PostgreSQL the second computation reads the first
writer's committed rows; SQLite lets one writer in at a time anyway.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from functools import partial

from scardesk.db import due_index
from scardesk.db.engine import open_database
from tests.services.test_followup import Clinic, clinic, days_ago

__all__ = ["clinic"]  # the fixture

ROUNDS = 25


def at_once(*works: Callable[[], None]) -> None:
    """Run each on its own thread, released together; re-raise what any of them raised."""
    start = threading.Barrier(len(works))
    failures: list[BaseException] = []

    def run(work: Callable[[], None]) -> None:
        try:
            start.wait()
            work()
        except BaseException as error:  # reported in the caller's thread
            failures.append(error)

    threads = [threading.Thread(target=run, args=(work,)) for work in works]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_sessions_and_visits_saved_at_once_leave_the_index_right(
    clinic: Clinic, database_url: str
) -> None:
    """Round after round, one workstation records a toxin session while the other marks a
    later visit arrived (which ends the review the session would start). Without the lock
    this failed in the first rounds on PostgreSQL, three runs out of three."""
    second = copy.copy(clinic)  # the same clinic seen from a second workstation (its own pool)
    second.db = open_database(database_url)
    try:
        (patient,) = clinic.patients(1)
        for round_ in range(ROUNDS):
            day = 2 * (ROUNDS - round_)
            at_once(
                partial(clinic.session, patient, days_ago(day + 1), "toxin"),
                partial(second.book, patient, days_ago(day), status="arrived"),
            )
            with clinic.db.engine.connect() as connection:
                assert due_index.index_problems(connection) == 0, f"round {round_}"
    finally:
        second.db.dispose()
