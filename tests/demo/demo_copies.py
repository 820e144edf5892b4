"""One demo clinic built per test process and backend, copied whole into each test that reads it.

Building the 200-patient clinic of tests/demo/test_demo.py took 7-17 s of each test's set-up
on the shared CI machine, for ~40 tests that only read it (or add to their own copy). The copy
is the whole clinic as the build left it: the database (file copy or ``CREATE DATABASE …
TEMPLATE``), its seal, and the audit key its events are keyed with, put in the test's own
audit folder. The chain id stays the build's (the events' links name it); each test has its
own audit folder, so no key or seal is shared between tests.
"""

from __future__ import annotations

import copy
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from scardesk.db.audit_seal import SEAL_SUFFIX
from scardesk.db.engine import Database, open_database
from scardesk.demo import DemoSummary
from tests import db_templates


@dataclass
class DemoBuild:
    summary: DemoSummary
    audit_folder: Path
    sqlite_file: Path | None = None
    postgres_name: str | None = None


@dataclass
class DemoCopies:
    """Builds lazily, once per backend, with ``generate``; ``drop_postgres`` cleans up."""

    generate: Callable[[Database], DemoSummary]
    folder: Path
    admin_dsn: Callable[[], str]
    postgres_url_of: Callable[[str], str]
    builds: dict[str, DemoBuild] = field(default_factory=dict)
    postgres_names: list[str] = field(default_factory=list)

    def copy_into(self, url: str, audit_folder: Path) -> DemoSummary:
        """The database at ``url`` (empty, made by sqlite_url/postgres_url) becomes the clinic."""
        parsed = make_url(url)
        backend = parsed.get_backend_name()
        build = self.builds[backend] if backend in self.builds else self._build(backend)
        shutil.copytree(build.audit_folder, audit_folder, dirs_exist_ok=True)
        assert parsed.database
        if build.sqlite_file is not None:
            target = Path(parsed.database)
            assert not target.exists(), url
            shutil.copyfile(build.sqlite_file, target)
            seal = build.sqlite_file.with_name(build.sqlite_file.name + SEAL_SUFFIX)
            if seal.exists():
                shutil.copyfile(seal, target.with_name(target.name + SEAL_SUFFIX))
        else:
            assert build.postgres_name and parsed.database.startswith("scardesk_test_"), url
            db_templates.clone_postgres(self.admin_dsn(), build.postgres_name, parsed.database)
        return copy.deepcopy(build.summary)

    def _build(self, backend: str) -> DemoBuild:
        folder = self.folder / f"{backend}-{uuid.uuid4().hex[:8]}"
        audit_folder = folder / "audit"
        audit_folder.mkdir(parents=True)
        if backend == "sqlite":
            sqlite_file = folder / "clinic.sqlite3"
            url, name = f"sqlite:///{sqlite_file}", None
        else:
            sqlite_file, name = None, f"scardesk_test_demo_{uuid.uuid4().hex[:12]}"
            db_templates.create_postgres(self.admin_dsn(), name)
            url = self.postgres_url_of(name)
            self.postgres_names.append(name)  # dropped at the end even if the build fails
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("SCARDESK_AUDIT_DIR", str(audit_folder))
            database = open_database(url)
            try:
                summary = self.generate(database)
            finally:
                database.dispose()
        # Kept only once built: a failed build fails each test that asks, never copies a half.
        self.builds[backend] = DemoBuild(summary, audit_folder, sqlite_file, name)
        return self.builds[backend]

    def drop_postgres(self) -> None:
        for name in self.postgres_names:
            db_templates.drop_postgres(self.admin_dsn(), name)


def module_demo_copies(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    generate: Callable[[Database], DemoSummary],
) -> Iterator[DemoCopies]:
    """The body of a module fixture: the clinic ``generate`` builds, once per backend in this
    process, its PostgreSQL builds dropped when the module ends."""
    copies = DemoCopies(
        generate=generate,
        folder=tmp_path_factory.mktemp("demo-builds"),
        admin_dsn=lambda: str(request.getfixturevalue("postgres_admin_dsn")),
        postgres_url_of=db_templates.postgres_url_of,
    )
    yield copies
    copies.drop_postgres()
