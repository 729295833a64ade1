"""Alembic environment: migrations run online against DATABASE_URL as the application role."""

import os
import sys

import sqlalchemy
from alembic import context
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

url = os.environ["DATABASE_URL"]
# SQLAlchemy 2 drives psycopg 3; SQLAlchemy 1.4 (older distributions) only psycopg2.
driver = "psycopg" if int(sqlalchemy.__version__.split(".")[0]) >= 2 else "psycopg2"
engine = sqlalchemy.create_engine(url.replace("postgresql://", f"postgresql+{driver}://", 1), poolclass=sqlalchemy.pool.NullPool)

with engine.connect() as connection:
    current = MigrationContext.configure(connection).get_current_revision()
    known = {script.revision for script in ScriptDirectory.from_config(context.config).walk_revisions()}
    if current is not None and current not in known:
        # A later release migrated this database and this one is rolled back to: its migrations
        # kept this release working (expand/contract, docs/app-contract.md), so there is nothing
        # to do, and undoing them is never this Job's business (docs/runbooks/rollback.md).
        print(f"the database is at {current}, a later release's migration: nothing to do", file=sys.stderr)
    else:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()
