"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from scardesk.db import schema
from scardesk.db.models import Base, Patient
from scardesk.db.search_index import include_name, include_object
from scardesk.services.patients import PatientService
from tests.helpers import ADMIN, aisha, count, open_staffed


def test_the_migrated_schema_matches_the_models(database_url: str) -> None:
    database = open_staffed(database_url)
    with database.engine.connect() as connection:
        # The same filters as env.py: the hand-written search index is not in the models.
        opts = {"include_name": include_name, "include_object": include_object}
        context = MigrationContext.configure(connection, opts=opts)
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    database.dispose()


def test_upgrading_a_populated_database_keeps_its_rows(database_url: str) -> None:
    database = open_staffed(database_url)
    PatientService(database).register(ADMIN, aisha())
    with database.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0001")
    assert schema.current_revision(database.engine) == "0001"
    schema.upgrade(database.engine)
    assert schema.is_current(database.engine)
    assert count(database, Patient) == 1
    database.dispose()


def test_revisions_read_without_alembic_agree_with_alembic(database_url: str) -> None:
    """Opening a database reads revisions from the migration files and one SELECT, not through
    Alembic (too slow to import for a command): both readings must give the same answers."""
    scripts = schema.script_directory()
    assert schema.head_revision() == scripts.get_current_head()
    assert schema.known_revisions() == {r.revision for r in scripts.walk_revisions()}
    database = open_staffed(database_url)
    with database.engine.connect() as connection:
        stamped = MigrationContext.configure(connection).get_current_revision()
    assert schema.current_revision(database.engine) == stamped == schema.head_revision()
    with database.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "base")
    with database.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() is None
    assert schema.current_revision(database.engine) is None
    database.dispose()
