"""Alembic environment: migrations run online against DATABASE_URL as the application role."""

import os

import sqlalchemy
from alembic import context

url = os.environ["DATABASE_URL"]
# SQLAlchemy 2 drives psycopg 3; SQLAlchemy 1.4 (older distributions) only psycopg2.
driver = "psycopg" if int(sqlalchemy.__version__.split(".")[0]) >= 2 else "psycopg2"
engine = sqlalchemy.create_engine(url.replace("postgresql://", f"postgresql+{driver}://", 1), poolclass=sqlalchemy.pool.NullPool)

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=None)
    with context.begin_transaction():
        context.run_migrations()
