"""The hand-written patient search index (revision 0003) seen from queries and from Alembic.

Autogenerate cannot describe an FTS5 virtual table (with its shadow tables) or an index on a
``to_tsvector`` expression, so they are kept out of the models; ``include_name`` and
``include_object`` let the schema comparison skip them, and the query helpers below are the
only code that knows their names.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    MetaData,
    Select,
    Table,
    Text,
    and_,
    bindparam,
    func,
    select,
)
from sqlalchemy import Column as CoreColumn
from sqlalchemy.sql.expression import literal_column

from scardesk.db.models import Patient
from scardesk.db.plan_settings import set_local

SEARCH_OBJECT_PREFIX = "patient_search"

# Not on Base.metadata: the virtual table must never be created by create_all or autogenerate.
_fts = Table(
    "patient_search",
    MetaData(),
    CoreColumn("rowid", Integer, primary_key=True),
    CoreColumn("patient_search", Text),
)
_SIMPLE: ColumnElement[Any] = literal_column("'simple'::regconfig")
#: Put before the search column so that every word in it, the first too, follows a space.
_WORD_START: ColumnElement[str] = literal_column("' '", Text)
_NOTHING: ColumnElement[str] = literal_column("''", Text)


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic ``include_name`` hook: skip the search objects before they are reflected."""
    return not (type_ in ("table", "index") and (name or "").startswith(SEARCH_OBJECT_PREFIX))


def include_object(_obj: Any, name: str | None, type_: str, _reflected: bool, _other: Any) -> bool:
    """Alembic ``include_object`` hook, for objects ``include_name`` does not see (indexes)."""
    return include_name(name, type_, None)


def _fts5_phrase(token: str) -> str:
    # Tokens are folded letters and digits only; quoting still keeps FTS5 operators inert.
    return '"' + token.replace('"', '""') + '"*'


def _tsquery_term(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "':*"


def order_newest_first(dialect: str) -> ColumnElement[Any]:
    """The one order every search uses: newest registration first (id descending).

    FTS5 walks its lists in rowid order, so this order lets SQLite stop after one page even
    when a one-letter prefix matches most of the clinic; alphabetical order would have to sort
    every match first (measured 45 ms for "a" at 100,000 patients, against 0.1 ms).
    """
    return _fts.c.rowid.desc() if dialect == "sqlite" else Patient.id.desc()


def name_match(tokens: tuple[str, ...], dialect: str) -> str:
    """The full-text query for ``tokens``, to bind as ``name_condition``'s parameter."""
    if dialect == "sqlite":
        return " AND ".join(_fts5_phrase(token) for token in tokens)
    return " & ".join(_tsquery_term(token) for token in tokens)


#: Arabic names mostly start with the article: "الر" is as broad as "r" is in Latin.
_ARTICLE = "ال"


def broad_word(token: str) -> bool:
    """A word of one or two letters, or the Arabic article and one letter: it starts a large
    share of all names, and the full-text index reads the lists of every word it starts to
    find it. ("الرو" is not: walking for it first cost more than the index saved.)"""
    core = token.removeprefix(_ARTICLE)
    return len(core) < (2 if len(core) < len(token) else 3)


def name_guard_values(tokens: tuple[str, ...], dialect: str) -> dict[str, str]:
    """The values ``name_condition``'s guards bind (PostgreSQL only), named as it names them:
    each word with the space that starts a word in the guarded text."""
    if dialect == "sqlite":
        return {}
    return {f"name_token_{index}": " " + token for index, token in enumerate(tokens)}


def name_condition(
    query: Select, match: BindParameter[str], dialect: str, tokens: int = 0, *, indexed: bool = True
) -> Select:
    """Restrict ``query`` (which selects from ``patients``) to patients whose search words
    start with every token of ``match`` (a bound ``name_match``), in any order.

    On PostgreSQL each of the ``tokens`` tokens also gets a guard, ``strpos(' ' ||
    search_text, ' ' || token) > 0`` (values from ``name_guard_values``): some word of the
    column starts with the token. The column is folded words of letters and digits joined by
    single spaces (``domain.search_text``), which the "simple" parser keeps whole, one lexeme
    each, so the guard is implied by the token's ``token:*`` and changes no result; the match
    keeps the last say all the same. The guards are there for speed. When the
    tokens look common the planner walks the primary key newest first and tests each row, and
    that test rebuilds ``to_tsvector`` for every row walked: about 3 µs, so 300 ms to find a
    page of a common surname plus two letters at a million patients (issue #16). The server
    evaluates the cheapest conditions first, so the guards turn away almost every row before
    ``to_tsvector`` runs (a word start turns away more than a substring did: "o" is inside
    most names and starts few); and the planner, counting them as filters, picks the GIN index
    more often for rare combinations.
    """
    if dialect == "sqlite":
        return query.join(_fts, _fts.c.rowid == Patient.id).where(
            _fts.c.patient_search.op("MATCH")(match)
        )
    words = _WORD_START.concat(Patient.search_text)
    guards = [
        func.strpos(words, bindparam(f"name_token_{index}", type_=Text)) > 0
        for index in range(tokens)
    ]
    # Not ``indexed``: the same words, from an expression the GIN index is not built on, so
    # the match can only be tested row by row on a walk (``newest_window``).
    text = Patient.search_text if indexed else Patient.search_text.concat(_NOTHING)
    vector = func.to_tsvector(_SIMPLE, text)
    return query.where(*guards, vector.op("@@")(func.to_tsquery(_SIMPLE, match)))


def newest_window(query: Select) -> Select:
    """Restrict ``query`` (on ``patients``) to the ``window`` newest registrations (bound).

    PostgreSQL, a name with a broad word ("salim b", "زاهر الر"): the planner guessed how
    many patients match and often chose the GIN index, which read the lists of every word the
    broad one starts (26-74 ms at 1,000,000 patients) and then every match's row, where
    walking newest first found a page in a few thousand rows. It cannot know which is cheaper
    before running; the search tries the walk over this window first (its ``name_condition``
    not ``indexed``, so the walk is the only plan) and, only when the window holds less than
    a page, runs the indexed statement: same conditions, same order, so the same rows.
    """
    newest = select(func.max(Patient.id)).scalar_subquery()
    return query.where(Patient.id > newest - bindparam("window", type_=Integer))


def without_workers_or_jit(driver_connection: Any, dialect: str) -> None:
    """Keep PostgreSQL from starting parallel workers or compiling the plan (JIT) for the rest
    of this transaction (a name search's, on a pooled driver connection that the pool rolls
    back, and so resets).

    A name page is 51 rows; when the planner expects a long newest-first walk it shares the
    walk among workers, and starting them cost more than the walk: at 1,000,000 patients on a
    loaded two-core server, typed names took 19-20 ms at the median with workers and 4-7 ms
    without (issue #16). A walk over the newest registrations (``newest_window``) is costed
    above ``jit_above_cost`` when the planner expects it to find less than a page, and
    compiling it took 40-60 ms, twice the walk. The settings die with the transaction
    (``plan_settings.set_local``).
    """
    if dialect != "postgresql":
        return
    cursor = driver_connection.cursor()
    try:
        set_local(cursor.execute, max_parallel_workers_per_gather="0", jit="off")
    finally:
        cursor.close()


def prefix_bounds(prefix: str) -> tuple[str, str]:
    """The half-open range of strings that start with ``prefix`` (digits, letters, "+")."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def prefix_range(
    column: Any, low: BindParameter[str], high: BindParameter[str], dialect: str
) -> ColumnElement[bool]:
    """An indexable "column starts with a prefix", the bounds from ``prefix_bounds``.

    SQLite compares binary by default (its LIKE ignores case and so skips ordinary indexes).
    PostgreSQL compares under the "C" collation, as the revision 0009 indexes are built: the
    server's own collation may ignore "+" and order punctuation by language rules, and its LIKE
    uses no index unless that collation is C.
    """
    compared = column.collate("C") if dialect == "postgresql" else column
    return and_(compared >= low, compared < high)
