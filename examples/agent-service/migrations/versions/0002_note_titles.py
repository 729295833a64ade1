"""Notes get a title (expand): a nullable column, backfilled from each body's first line.

Release 0.1.0 keeps serving on this schema (the migration Job runs before the new release's
pods start, and an aborted rollout leaves 0.1.0 serving for good), and it inserts notes without
a title: the column stays nullable until a later release, once no 0.1.0 pod is left, backfills
what 0.1.0 wrote meanwhile and sets NOT NULL (the contract step).

Revision ID: 0002_note_titles
Revises: 0001_create_notes
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_note_titles"
down_revision = "0001_create_notes"


def upgrade() -> None:
    op.add_column("notes", sa.Column("title", sa.Text, nullable=True))
    # The service's default title (app/notes.py title_of), as of this release: first line, 80 characters.
    op.execute("UPDATE notes SET title = left(split_part(body, E'\\n', 1), 80) WHERE title IS NULL")


def downgrade() -> None:
    op.drop_column("notes", "title")
