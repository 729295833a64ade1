"""Release 0.1.0 (schema 0001_create_notes): its statements on the notes table, verbatim from
`app/service.py` at commit 7ad07a11fc649f12cd0debcc65852174853c6a6a, where they were inline."""

from __future__ import annotations

from typing import Any, Dict, List

import psycopg

RELEASE = "0.1.0"
SCHEMA_HEAD = "0001_create_notes"


def add(conn: psycopg.Connection[Any], body: str) -> Dict[str, Any]:
    row = conn.execute("INSERT INTO notes (body) VALUES (%s) RETURNING id", (body,)).fetchone()
    if row is None:
        raise RuntimeError("INSERT ... RETURNING id returned no row")
    return {"id": int(row[0]), "body": body}


def list_all(conn: psycopg.Connection[Any]) -> List[Dict[str, Any]]:
    return [{"id": r[0], "body": r[1]} for r in conn.execute("SELECT id, body FROM notes ORDER BY id")]
