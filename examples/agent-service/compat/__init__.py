"""Earlier releases' data access, kept to prove the expand/contract rule (`python -m compat`).

One module per release, `v<major>_<minor>_<patch>.py`: that release's statements on its tables,
verbatim, with `RELEASE` (its version) and `SCHEMA_HEAD` (the migration it shipped with). Each
offers `add(conn, body)` (read-write URL) and `list_all(conn)` (read-only URL), as `app/notes.py`
does for the release in the tree.
"""
