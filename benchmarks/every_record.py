"""Every record of a demo clinic opened through the app: how many of each kind, and how long.

The large version of ``tests/demo/test_every_record.py``. A demo clinic is written (through the
domain records and codecs, as ``scardesk demo`` does), then every patient's sessions,
assessments, plans, consents and history answers, and every appointment, are opened through the
services the screens call; every session's aftercare sheet and every patient's visit summary are
rendered (``--documents-every K`` renders those of every K-th patient only: rendering is the
slow part). It ends with the database check, which decodes every stored document again. Wall
and CPU time are printed beside each other: the machines are shared and noisy. Nothing is
asserted, but a record the app cannot read stops the run with its table and id. Run:

    .venv/bin/python benchmarks/every_record.py [--patients 5000] [--documents-every 1]
        [--postgres-url postgresql+psycopg://…]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scardesk.db.engine import open_database
from scardesk.db.integrity import check_database
from scardesk.demo import generate_demo
from scardesk.domain.enums import Role
from tests.demo.walker import Walk, walk_clinic
from tests.helpers import first_user


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=5000)
    parser.add_argument("--documents-every", type=int, default=1)
    parser.add_argument("--postgres-url", default=None, help="an empty PostgreSQL database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.postgres_url or f"sqlite:///{Path(folder) / 'clinic.sqlite3'}"
        database = open_database(url)
        try:
            summary = generate_demo(database, args.patients, seed=1)
            print(
                f"{database.describe()}: demo of {args.patients:,} patients in "
                f"{summary.seconds:.1f} s"
            )
            wall, cpu = time.perf_counter(), time.process_time()
            # The demo clinic's own practitioner, as the test does: the tests' fixed user 3 is a
            # receptionist in a small demo, and the walk was refused.
            doctor = first_user(database, Role.PRACTITIONER)
            walk = walk_clinic(database, doctor, documents_every=args.documents_every)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            stored = Walk.stored(database)
            check_wall = time.perf_counter()
            report = check_database(database)
            check_wall = time.perf_counter() - check_wall
        finally:
            database.dispose()
    print(f"opened in {wall:.1f} s wall, {cpu:.1f} s CPU of this process:")
    for kind, count in walk.opened.items():
        rows = f" of {stored[kind]:,} stored" if kind in stored else ""
        print(f"  {kind:<18} {count:>9,}{rows}")
    for part, seconds in walk.seconds.items():
        print(f"  time on {part:<10} {seconds:8.1f} s wall")
    print(
        f"db check (decodes every stored document): {check_wall:.1f} s, "
        f"{'passed' if report.ok else 'FAILED'}"
    )
    if not report.ok:
        print(report.describe())


if __name__ == "__main__":
    main()
