"""The notes table as this release uses it: every statement the service runs on it.

Under expand/contract (docs/app-contract.md) these statements must keep working on the next
release's schema; when a release is tagged, this module is copied into `compat/` as that
release's record, and `python -m compat` proves the rule on a real database.
"""

from __future__ import annotations

from typing import Any, Dict, List

import psycopg

# Most notes one bounded read returns: the smoke request's cost must not grow with the table.
MAX_LIMIT = 100

# A note's title, when the client gives none: the body's first line, cut to this many characters.
TITLE_LENGTH = 80


def title_of(body: str) -> str:
    """The default title of a note: its body's first line, at most TITLE_LENGTH characters."""
    return body.split("\n", 1)[0][:TITLE_LENGTH]


def add(conn: psycopg.Connection[Any], body: str, title: str | None = None) -> Dict[str, Any]:
    """Writes a note (read-write URL); an empty or missing title is the body's default title."""
    title = title or title_of(body)
    row = conn.execute("INSERT INTO notes (body, title) VALUES (%s, %s) RETURNING id", (body, title)).fetchone()
    if row is None:
        raise RuntimeError("INSERT ... RETURNING id returned no row")
    return {"id": int(row[0]), "title": title, "body": body}


def _note(row: Any) -> Dict[str, Any]:
    # Release 0.1.0 writes no title, also after the migration that added it (it keeps serving while
    # the new release is previewed, and after an abort): such notes get the default title here
    # until a later release's migration backfills them.
    return {"id": row[0], "title": row[1] if row[1] is not None else title_of(row[2]), "body": row[2]}


def list_all(conn: psycopg.Connection[Any]) -> List[Dict[str, Any]]:
    """Every note, oldest first (read-only URL)."""
    return [_note(r) for r in conn.execute("SELECT id, title, body FROM notes ORDER BY id")]


def list_latest(conn: psycopg.Connection[Any], limit: int) -> List[Dict[str, Any]]:
    """The `limit` (1..MAX_LIMIT) newest notes, newest first (read-only URL): one index scan of the
    primary key, whatever the table's size."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    return [_note(r) for r in conn.execute("SELECT id, title, body FROM notes ORDER BY id DESC LIMIT %s", (limit,))]
