"""The demo's quick conversions give exactly what SQLAlchemy's own bind processing gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Dialect, Table
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from scardesk.db.engine import open_database
from scardesk.db.types import UTCDateTime, sqlite_moment_text
from scardesk.demo import generate_demo, pipeline
from scardesk.demo.bulk import DriverValues
from scardesk.demo.rows import BATCH_TABLES
from scardesk.remembered import remembering

NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
_DIALECT = SQLiteDialect_pysqlite()
_MOMENT = UTCDateTime().dialect_impl(_DIALECT).bind_processor(_DIALECT)

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
moments = st.datetimes(
    min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31), timezones=offsets
)


@given(moments)
def test_a_moment_is_stored_as_the_types_two_processors_store_it(moment: datetime) -> None:
    assert _MOMENT is not None
    assert sqlite_moment_text(moment) == _MOMENT(moment)


def test_no_moment_is_none_and_a_naive_one_is_refused_as_the_type_refuses_it() -> None:
    assert _MOMENT is not None
    assert sqlite_moment_text(None) is None is _MOMENT(None)
    with pytest.raises(ValueError, match="naive datetime refused"):
        sqlite_moment_text(datetime(2026, 1, 5, 6, 45))
    with pytest.raises(ValueError, match="naive datetime refused"):
        _MOMENT(datetime(2026, 1, 5, 6, 45))


@given(st.lists(moments | st.none(), max_size=30), st.integers(min_value=1, max_value=8))
def test_a_remembered_moment_converts_as_the_processors_convert_it(
    values: list[datetime | None], limit: int
) -> None:
    """Remembering changes nothing, whatever the zone, the repeats and a small memory."""
    assert _MOMENT is not None
    convert = remembering(sqlite_moment_text, datetime, limit)
    for value in values + values:
        assert convert(value) == _MOMENT(value)


def test_only_utc_moments_are_remembered_as_a_fold_makes_equal_keys_of_two_moments() -> None:
    """01:30 on a night when the clocks go back is two moments, equal as dictionary keys."""
    zone = ZoneInfo("America/New_York")
    first = datetime(2026, 11, 1, 1, 30, tzinfo=zone)
    second = first.replace(fold=1)
    assert first == second and sqlite_moment_text(first) != sqlite_moment_text(second)
    convert = remembering(sqlite_moment_text, datetime)
    assert [convert(first), convert(second)] == [
        sqlite_moment_text(first),
        sqlite_moment_text(second),
    ]
    as_utc = second.astimezone(UTC)
    assert convert(as_utc) == convert(as_utc) == sqlite_moment_text(second)


def _one_by_one(dialect: Dialect, table: Table, keys: tuple[str, ...], rows: list[Any]) -> list:
    """The rows converted value by value with each column type's own bind processor."""
    processors = [table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys]
    return [
        tuple(
            row[key] if convert is None else convert(row[key])
            for key, convert in zip(keys, processors, strict=True)
        )
        for row in rows
    ]


def test_every_table_of_a_demo_batch_converts_as_sqlalchemy_converts_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Any] = []
    prepared = pipeline._prepared

    def recording(rows: Any, driver: Any) -> Any:
        built.append(rows)
        return prepared(rows, driver)

    monkeypatch.setattr(pipeline, "_prepared", recording)
    database = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        generate_demo(database, 60, seed=4, now=NOW, separate=False)
    finally:
        database.dispose()
    (rows,) = built
    driver = DriverValues(_DIALECT)
    checked = 0
    for table in BATCH_TABLES:
        table_rows = rows[table.name]
        if not table_rows:
            continue
        # A moment east of UTC and an empty one, beside the demo's own UTC values.
        extra = dict(table_rows[0])
        for column in table.c:
            if isinstance(column.type, UTCDateTime) and column.key in extra:
                extra[column.key] = datetime(
                    2026, 1, 1, 2, 30, 0, 5, tzinfo=timezone(timedelta(hours=4))
                )
        table_rows = [*table_rows, extra, {**extra, **dict.fromkeys(_nullable(table, extra))}]
        insert = driver.insert(table, list(table_rows[0]))
        expected = _one_by_one(_DIALECT, table, insert.keys, table_rows)
        assert insert.tuples(table_rows) == expected, table.name
        # Again: every moment and day is now remembered, and must still convert the same.
        assert insert.tuples(table_rows) == expected, table.name
        checked += 1
    assert checked >= 10


def _nullable(table: Table, row: dict[str, Any]) -> list[str]:
    return [column.key for column in table.c if column.nullable and column.key in row]
