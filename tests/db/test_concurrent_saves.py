"""Two workstations saving the same record: one wins, the other is told — never a silent loss.

500 seeded interleavings per database of two ``Database`` objects (two workstations, each with
its own pool) editing the same patient, plan or session. In each, both load the record; then
they save one after the other (either order), at the same moment (two threads released
together, with a random stagger of up to a few milliseconds, so the race lands at different
flushes), or the second reloads after the first saved. Every committed save must be what is
stored (or be based on it), the loser must get ConflictError, and nothing else may be raised.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

import pytest
from sqlalchemy import select

from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.db.models import Patient, TreatmentPlan, TreatmentSession
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ConflictError
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.services.patients import PatientService
from scardesk.services.plans import PlanService
from scardesk.services.sessions import SessionService
from tests.db.audit_fixtures import audited_clinic, record_session
from tests.helpers import ADMIN, PRACTITIONER, aisha
from tests.services.session_fixtures import Clinic, combined_session

INTERLEAVINGS = 500
NEEDLING = PlanItemInput(Modality.MICRONEEDLING, 4)


@dataclass(frozen=True)
class Target:
    """How one kind of record is read (version, marker) and saved on a workstation."""

    load: Callable[[Database], tuple[int, str]]
    save: Callable[[Database, int, str], None]


def _read(db: Database, version: Any, value: Any, where: Any) -> tuple[int, str]:
    """What a workstation's form holds: the stored version and field (one query, on its pool)."""
    with db.sessions() as session:
        found = session.execute(select(version, value).where(where)).one()
    return int(found[0]), str(found[1] or "")


def _targets(clinic: Clinic, plan_id: int, session_id: int) -> dict[str, Target]:
    def load_patient(db: Database) -> tuple[int, str]:
        return _read(db, Patient.version, Patient.address, Patient.id == clinic.patient_id)

    def save_patient(db: Database, version: int, marker: str) -> None:
        form = aisha(fitzpatrick="IV", address=marker)
        PatientService(db).update(ADMIN, clinic.patient_id, version, form)

    def load_plan(db: Database) -> tuple[int, str]:
        return _read(db, TreatmentPlan.version, TreatmentPlan.goals, TreatmentPlan.id == plan_id)

    def save_plan(db: Database, version: int, marker: str) -> None:
        PlanService(db).update(PRACTITIONER, plan_id, version, PlanInput((NEEDLING,), goals=marker))

    def load_session(db: Database) -> tuple[int, str]:
        row = TreatmentSession
        return _read(db, row.version, row.post_notes, row.id == session_id)

    def save_session(db: Database, version: int, marker: str) -> None:
        form = combined_session(clinic, post_notes=marker)
        SessionService(db).update(PRACTITIONER, session_id, version, form)

    return {
        "patient": Target(load_patient, save_patient),
        "plan": Target(load_plan, save_plan),
        "session": Target(load_session, save_session),
    }


@pytest.fixture
def workstations(migrated_url: str) -> Iterator[tuple[Database, Database, dict[str, Target]]]:
    first = open_database(migrated_url)
    clinic = audited_clinic(first)
    plan, _ = PlanService(first).create(PRACTITIONER, clinic.patient_id, PlanInput((NEEDLING,)))
    session_id = record_session(first, clinic)
    second = open_database(migrated_url)
    yield first, second, _targets(clinic, plan.id, session_id)
    first.dispose()
    second.dispose()


def _attempt(save: Callable[[], None]) -> str:
    try:
        save()
    except ConflictError:
        return "conflict"
    except Exception as error:
        return f"raw {type(error).__name__}: {error}"
    return "saved"


def _together(first: Callable[[], str], second: Callable[[], str], stagger: float) -> list[str]:
    """Both saves at once: two threads released by one barrier, one a little later."""
    results = ["", ""]
    barrier = threading.Barrier(2)

    def run(index: int, save: Callable[[], str], delay: float) -> None:
        barrier.wait()
        time.sleep(delay)
        results[index] = save()

    threads = [
        threading.Thread(target=run, args=(0, first, 0.0)),
        threading.Thread(target=run, args=(1, second, stagger)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_500_interleavings_of_two_workstations_lose_nothing(
    workstations: tuple[Database, Database, dict[str, Target]],
) -> None:
    a, b, targets = workstations
    rng = random.Random(20261204)
    tally: Counter[str] = Counter()
    silent, raw = [], []
    for n in range(INTERLEAVINGS):
        kind = rng.choice(list(targets))
        target = targets[kind]
        mode = rng.choice(["a-then-b", "b-then-a", "together", "together", "reload"])
        mark_a, mark_b = f"Way {n} A", f"Way {n} B"
        version_a, _ = target.load(a)
        version_b, _ = target.load(b)

        save_a = partial(_attempt, partial(target.save, a, version_a, mark_a))
        save_b = partial(_attempt, partial(target.save, b, version_b, mark_b))
        if mode == "a-then-b":
            results = [save_a(), save_b()]
        elif mode == "b-then-a":
            results = list(reversed([save_b(), save_a()]))
        elif mode == "reload":
            first = save_a()
            version_b, _ = target.load(b)  # B looks again after A saved, then saves
            results = [first, _attempt(partial(target.save, b, version_b, mark_b))]
        else:
            results = _together(save_a, save_b, rng.uniform(0, 0.004))
        tally[f"{kind} {mode} {'/'.join(results)}"] += 1
        raw += [f"{n} {kind} {mode}: {r}" for r in results if r.startswith("raw")]
        _, stored = target.load(a)
        if mode == "reload":
            if results != ["saved", "saved"] or stored != mark_b:
                silent.append(f"{n} {kind} reload {results} stored={stored!r}")
            continue
        winners = [mark for mark, r in zip((mark_a, mark_b), results, strict=True) if r == "saved"]
        if len(winners) != 1 or stored != winners[0] or "conflict" not in results:
            silent.append(f"{n} {kind} {mode} {results} stored={stored!r}")
    print(f"\n{INTERLEAVINGS} interleavings:", dict(sorted(tally.items())))
    assert raw == [], raw[:5]
    assert silent == [], silent[:5]
    report = check_database(a)
    assert report.ok, report.describe()
