"""Schema revisions through Alembic, driven from code (the app and the CLI), not alembic.ini.

Opening a database only needs to know which revision it holds and which revisions this build
knows (to refuse one written by a newer ScarDesk). Importing Alembic for that costs about half
a second (it pulls Mako and Pygments), more than a whole ``scardesk aftercare`` command should
take, so those answers are read directly: the ``alembic_version`` row with one SELECT, and the
``revision``/``down_revision`` lines of the bundled migration files. Alembic itself is imported
only to migrate. A test checks both readings agree with Alembic's own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.messages import Message
from scardesk.resources import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r"^revision(?:\s*:\s*[\w\[\], |]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:\s*[\w\[\], |]+)?\s*=\s*(None|['\"]([^'\"]+)['\"])", re.M)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files' own assignments.

    A file whose lines cannot be read this way (not expected: they are ours) makes the whole
    graph come from Alembic instead, so the answer is never a guess.
    """
    graph: dict[str, str | None] = {}
    for path in sorted((migrations_path() / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return {
                item.revision: item.down_revision  # type: ignore[misc]
                for item in script_directory().walk_revisions()
            }
        graph[revision.group(1)] = down.group(2)
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - set(graph.values())
    assert len(heads) == 1, f"the bundled migrations have {len(heads)} heads"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None when it has no schema yet)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    if len(rows) > 1:
        raise StorageRefusedError(Message("storage.several_revisions", {"count": len(rows)}))
    return str(rows[0][0]) if rows else None


def refuse_unknown_revision(revision: str | None, label: str) -> None:
    """A revision this app does not know was written by a newer ScarDesk: never touch it."""
    if revision is not None and revision not in known_revisions():
        raise StorageRefusedError(
            Message("storage.newer_schema", {"label": label, "revision": revision})
        )


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
