"""A workstation saving as fast as it can, for the crash test (``python -m tests.db.crash_writer
URL SEED``, or forked from the test with the modules already imported).

Registers patients and edits them through the real services, printing ``saved <id> <version>``
only after each save has returned (committed). The test kills it with SIGKILL at a random
moment and checks that every line it printed is in the database.
"""

from __future__ import annotations

import random
import sys
from typing import TextIO

from scardesk.db.engine import open_database
from scardesk.services.patients import PatientService
from tests.helpers import ADMIN, add_staff, aisha

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def main(url: str, seed: int, out: TextIO = sys.stdout) -> None:
    database = open_database(url)
    add_staff(database)  # once: later runs find the users there
    service = PatientService(database)
    rng = random.Random(seed)
    print("ready", file=out, flush=True)
    mine: list[tuple[int, int]] = []
    # Each patient keeps their own name and document on update: one document, one file.
    identity: dict[int, dict[str, str]] = {}
    while True:
        if mine and rng.random() < 0.5:
            index = rng.randrange(len(mine))
            patient_id, version = mine[index]
            address = f"Way {rng.randrange(10_000)}"
            form = aisha(address=address, **identity[patient_id])
            record, _ = service.update(ADMIN, patient_id, version, form)
        else:
            name = "Patient " + "".join(rng.choice(_LETTERS) for _ in range(6))
            civil = f"{seed % 10_000:04d}{len(mine):06d}"  # unique across the writers of a run
            record, _ = service.register(ADMIN, aisha(name_latin=name, civil_number=civil))
            identity[record.id] = {"name_latin": name, "civil_number": civil}
            index = len(mine)
            mine.append((record.id, record.version))
        mine[index] = (record.id, record.version)
        print(f"saved {record.id} {record.version}", file=out, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
