"""Schema revisions through Alembic, driven from code (the app and the CLI), not alembic.ini."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from scardesk.domain.errors import StorageRefusedError
from scardesk.resources import migrations_path


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migration revisions are bundled"
    return head


def known_revisions() -> set[str]:
    return {revision.revision for revision in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def refuse_unknown_revision(revision: str | None, label: str) -> None:
    """A revision this app does not know was written by a newer ScarDesk: never touch it."""
    if revision is not None and revision not in known_revisions():
        raise StorageRefusedError(
            f"The database {label} was created by a newer version of ScarDesk (schema "
            f"{revision}); it was not opened or changed. Install the newer ScarDesk to use it."
        )


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
