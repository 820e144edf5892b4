"""The PostgreSQL client tools behind backups and restores: found on PATH, run without ever
putting the password on a command line (it goes to ``PGPASSWORD``), failures turned into one
plain sentence."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import URL, make_url

from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.messages import Message


def restore_into(url: str, dump: Path) -> None:
    """pg_restore a dump into the (empty, scratch) database at ``url``, stopping at any error."""
    command = [tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error"]
    command += ["--single-transaction", "--dbname", libpq(url)[0], str(dump)]
    run_pg(command, url, Message("restore.dump_does_not_restore", {"name": dump.name}))


def dump_revision(pg_restore: str, source: Path) -> str | None:
    """The alembic_version row inside a dump, read without restoring anything."""
    text = run_pg(
        [pg_restore, "--data-only", "--table=alembic_version", "--file=-", str(source)],
        None,
        Message("restore.dump_unreadable", {"path": str(source)}),
    )
    lines = iter(text.splitlines())
    for line in lines:
        if line.startswith("COPY ") and "alembic_version" in line:
            value = next(lines, "\\.")
            return None if value == "\\." else value.strip()
    return None


def libpq(url: str) -> tuple[str, str | None]:
    """A libpq URL without the password (which goes to PGPASSWORD), and that password."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise StorageRefusedError(Message("backup.not_postgres_url"))
    password = None if parsed.password is None else str(parsed.password)
    # URL.set() ignores None, so build the URL anew to be sure the password is left out.
    plain = URL.create(
        "postgresql",
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return plain.render_as_string(hide_password=False), password


def run_pg(args: list[str], url: str | None, failure: Message) -> str:
    env = dict(os.environ)
    if url is not None:
        password = libpq(url)[1]
        if password is not None:
            env["PGPASSWORD"] = password
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()[-3:]
        raise StorageRefusedError(
            Message("backup.tool_failed", {"failure": failure}, " ".join(detail))
        )
    return done.stdout


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise StorageRefusedError(Message("backup.tool_missing", {"name": name}))
    return found
