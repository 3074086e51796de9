"""Alembic environment: runs on the connection that open_database hands over."""

from alembic import context

from hrdesk.storage import models  # noqa: F401  (registers the tables on the metadata)
from hrdesk.storage.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    # open_database runs every upgrade inside one BEGIN … COMMIT, DDL included (SQLite
    # and PostgreSQL both roll DDL back), so a crash never leaves a half-upgraded file.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
