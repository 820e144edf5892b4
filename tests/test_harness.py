"""The database fixtures hand out working, empty, separate databases on both backends."""

from __future__ import annotations

import os

from sqlalchemy import create_engine, inspect, select, text


def test_database_url_connects_and_answers(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(1)).scalar_one() == 1
    finally:
        engine.dispose()


def test_database_url_starts_empty_and_is_writable(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        assert inspect(engine).get_table_names() == []
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE probe (name VARCHAR(20))"))
            conn.execute(text("INSERT INTO probe (name) VALUES ('مريض')"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM probe")).scalar_one() == "مريض"
    finally:
        engine.dispose()


def test_database_url_is_a_new_database_each_time(database_url: str) -> None:
    # The test above left a table behind in its own database; this one must not see it.
    engine = create_engine(database_url)
    try:
        assert "probe" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_sqlite_url_points_at_a_file_not_yet_created(sqlite_url: str) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    assert not os.path.exists(path)
    engine = create_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            conn.execute(select(1))
        assert os.path.exists(path)
    finally:
        engine.dispose()
