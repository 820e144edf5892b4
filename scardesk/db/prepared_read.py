"""A read compiled once and run straight on a pooled driver connection.

At 1,000,000 patients an exact-key search (``#4711``, a civil number) costs the database
0.03-0.1 ms, while SQLAlchemy's execution path around it (connection object, transaction and
its events, cache-key lookup, execution context, result object) cost 0.3-0.4 ms: twelve to
sixty times the SQL (issue #16). A ``PreparedRead`` does that work once, when the statement is
first used, and keeps only what each call needs: the SQL text, the order of its parameters and
SQLAlchemy's own bind and result processors for their types (so dates, aware UTC datetimes and
everything else come back exactly as through the engine).

It is for one SELECT whose rows fit in memory. No transaction is begun: one statement is
atomic on its own, in SQLite's autocommit mode as in PostgreSQL's implicit transaction (which
the pool rolls back when the connection is returned). A failure is raised as SQLAlchemy would
raise it, with the parameters hidden (they are patient data), and an id beyond the database's
integers is "not found", as everywhere else (``db.engine.out_of_range``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, Select
from sqlalchemy.exc import DBAPIError

from scardesk.db.engine import out_of_range, out_of_range_refusal

_Processor = Callable[[Any], Any] | None

#: Every prepared read of each engine, by the key its user gives it: compiled once per engine,
#: dropped with it (a test's database, a restore that opens a new engine).
_PREPARED: WeakKeyDictionary[Engine, dict[Hashable, PreparedRead]] = WeakKeyDictionary()


def prepared(engine: Engine, key: Hashable, build: Callable[[], Select]) -> PreparedRead:
    """The read ``build()`` makes, compiled for ``engine`` the first time ``key`` is asked for.

    Two threads asking at once (the search warm-up and a first keystroke) may both compile it:
    the results are equal, and one is kept."""
    reads = _PREPARED.get(engine)
    if reads is None:
        reads = _PREPARED.setdefault(engine, {})
    read = reads.get(key)
    if read is None:
        read = reads.setdefault(key, PreparedRead(engine, build()))
    return read


def prepared_reads(engine: Engine) -> dict[Hashable, PreparedRead]:
    """What ``prepared`` has compiled for ``engine`` so far, by key (a copy)."""
    return dict(_PREPARED.get(engine, {}))


@contextmanager
def pooled(engine: Engine) -> Iterator[Any]:
    """One pooled driver connection for a few prepared reads in a row (a permission check and
    the read it guards): taking one from the pool and giving it back cost as much as an
    exact-key search's SQL."""
    connection = engine.raw_connection()
    try:
        yield connection
    finally:
        connection.close()  # back to the pool, which rolls back what the driver began


class PreparedRead:
    """``statement`` compiled for ``engine``'s dialect; ``all(values)`` runs it."""

    def __init__(self, engine: Engine, statement: Select) -> None:
        dialect = engine.dialect
        compiled = statement.compile(dialect=dialect)
        self._engine = engine
        self._compiled = compiled
        self._sql = compiled.string
        self._names: Sequence[str] | None = compiled.positiontup if compiled.positional else None
        binds = {
            name: bind.type.dialect_impl(dialect).bind_processor(dialect)
            for name, bind in compiled.binds.items()
        }
        self._bind_processors = {name: step for name, step in binds.items() if step is not None}
        steps: list[_Processor] = [
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in statement.selected_columns
        ]
        self._result_processors = [(i, step) for i, step in enumerate(steps) if step is not None]

    @property
    def sql(self) -> str:
        return self._sql

    def parameters(self, values: Mapping[str, Any]) -> Any:
        """What the driver is handed for ``values``: every bound value (the statement's own
        literals too), converted for the column it is compared with, in the driver's order."""
        bound = self._compiled.construct_params(dict(values))
        for name, step in self._bind_processors.items():
            bound[name] = step(bound[name])
        if self._names is None:
            return bound
        return tuple(bound[name] for name in self._names)

    def all(self, values: Mapping[str, Any], *, on: Any = None) -> list[tuple[Any, ...]]:
        """Every row, as tuples in the statement's column order, converted like the engine's.

        ``on``: a connection from ``pooled`` shared with other reads; else one is taken from
        the pool for this read alone."""
        parameters = self.parameters(values)
        connection = self._engine.raw_connection() if on is None else on
        try:
            cursor = connection.cursor()
            try:
                cursor.execute(self._sql, parameters)
                fetched = cursor.fetchall()
            finally:
                cursor.close()
        except Exception as error:
            raise self._translated(error, connection, parameters) from error
        finally:
            if on is None:
                connection.close()  # back to the pool, which rolls back what the driver began
        if not self._result_processors:
            return [tuple(row) for row in fetched]
        rows = []
        for raw in fetched:
            row = list(raw)
            for index, step in self._result_processors:
                row[index] = step(row[index])
            rows.append(tuple(row))
        return rows

    def _translated(self, error: Exception, connection: Any, parameters: Any) -> BaseException:
        if out_of_range(error):
            return out_of_range_refusal()
        dialect = self._engine.dialect
        driver_error = dialect.loaded_dbapi.Error
        if not isinstance(error, driver_error):
            return error
        lost = dialect.is_disconnect(error, connection.dbapi_connection, None)
        if lost:
            connection.invalidate(error)  # a dead connection must not go back to the pool
        return DBAPIError.instance(
            self._sql,
            parameters,
            error,
            driver_error,
            hide_parameters=True,
            connection_invalidated=lost,
            dialect=dialect,
        )
