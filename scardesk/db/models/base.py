"""The one declarative base, its naming convention and the shared column mixins."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from scardesk.db.types import UTCDateTime

# Stable constraint names make Alembic migrations reproducible on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: Key of ``Column.info`` marking a copy of another row's value, kept beside this row's own
#: values so that an index can carry it (``toxin_entries.performed_at``, the session's time:
#: lot recall walks its uses in time order without sorting them). The value names the column
#: copied. The copy is written in the same transaction as the value it copies, by one function
#: (``services.session_store.copied_from_session``); it is not audited (the copied value is,
#: on its own row), and ``db check`` compares it with that value instead of with the trail.
COPY_OF = "copy_of"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}

    #: Stored rows are never deleted; the unit of work refuses any delete.
    never_delete: ClassVar[bool] = True


class Versioned:
    """Optimistic concurrency: UPDATE ... WHERE version = :seen; a stale save cannot overwrite."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Voidable:
    """A row that can be voided (withdrawn from use) with a reason instead of being deleted."""

    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str | None] = mapped_column(Text)


def user_fk(nullable: bool = False) -> Mapped[Any]:
    return mapped_column(ForeignKey("users.id"), nullable=nullable, index=False)


def short_text(length: int = 120, nullable: bool = True) -> Mapped[Any]:
    return mapped_column(String(length), nullable=nullable)
