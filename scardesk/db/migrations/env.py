"""Alembic environment: ScarDesk always hands in an open connection (see scardesk.db.schema)."""

from __future__ import annotations

from alembic import context

from scardesk.db.models import Base
from scardesk.db.search_index import include_name, include_object

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with 'scardesk db upgrade', which supplies the connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    # The hand-written search index (revision 0003) is not in the models: leave it out.
    include_name=include_name,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
