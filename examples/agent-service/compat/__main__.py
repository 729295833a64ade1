"""The expand/contract check (docs/app-contract.md): a release's migrations must keep the previous
release working, because the migration Job runs before the new pods start and the previous release
serves on the new schema through the preview, the analysis and, after an abort, for good.

On an empty scratch database (DATABASE_URL read-write, DATABASE_READONLY_URL read-only, as the
service gets them), for each consecutive pair of releases, the earlier kept in `compat/` and the
later the next one kept or the tree's `app/notes.py`:

1. the earlier release writes a note on its own schema;
2. the schema is upgraded to the later release's head, as the migration Job does;
3. the earlier release reads every note and writes one; the later release reads every note and
   writes one; the earlier release reads them all again (both serve at once in blue-green).

Prints one JSON line per pair. The first failing statement or missing note stops it with exit
status 1 and a message naming the release, the step and the error.

    DATABASE_URL=... DATABASE_READONLY_URL=... python -m compat
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
from dataclasses import dataclass
from itertools import pairwise
from types import ModuleType
from typing import Any, Callable, List

import psycopg
import sqlalchemy
import tomllib
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

import compat
from app import notes
from app.stores import connect


class Break(Exception):
    """The expand/contract rule does not hold for a pair of releases."""


@dataclass(frozen=True)
class Release:
    name: str
    schema_head: str
    code: ModuleType


def releases(history: List[str]) -> List[Release]:
    """The kept releases in migration order, then the tree's own at the migrations' head."""
    kept = []
    for info in pkgutil.iter_modules(compat.__path__):
        if info.name.startswith("v"):
            module = importlib.import_module(f"compat.{info.name}")
            if module.SCHEMA_HEAD not in history:
                raise Break(f"compat/{info.name}.py: release {module.RELEASE} names schema {module.SCHEMA_HEAD!r}, not a migration here")
            kept.append(Release(module.RELEASE, module.SCHEMA_HEAD, module))
    if not kept:
        raise Break("no earlier release in compat/: nothing to check the migrations against")
    with open("pyproject.toml", "rb") as project:
        version = tomllib.load(project)["project"]["version"]
    if version in (r.name for r in kept):
        raise Break(f"compat/ keeps release {version}, the tree's own version: the tree's release needs its next version")
    kept.sort(key=lambda r: (history.index(r.schema_head), tuple(int(part) for part in r.name.split("."))))
    return [*kept, Release(version, history[-1], notes)]


def migration_history(config: Config) -> List[str]:
    """Revisions from the first to the single head (the Job upgrades to `head`: one line only)."""
    script = ScriptDirectory.from_config(config)
    if len(script.get_heads()) != 1:
        raise Break(f"the migrations have {len(script.get_heads())} heads; `alembic upgrade head` needs exactly one")
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def refuse_unless_empty(url: str) -> None:
    with connect(url) as conn:
        row = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()
    if row is None or row[0] != 0:
        raise Break("the database has tables: the check runs on an empty scratch database only")


def step(release: Release, what: str, action: Callable[[], Any]) -> Any:
    """Runs one of a release's statements; a database error breaks the rule, named with its step."""
    try:
        return action()
    except psycopg.Error as error:
        raise Break(f"release {release.name} (schema {release.schema_head}) {what}: {type(error).__name__}: {error}") from error


def upgrade(config: Config, start: str, target: str) -> None:
    """The migration Job's `alembic upgrade`, to `target`; a failing migration is named."""
    try:
        command.upgrade(config, target)
    except sqlalchemy.exc.SQLAlchemyError as error:
        raise Break(f"upgrading from {start} to {target} fails: {type(error.orig or error).__name__}: {error}") from error


@dataclass(frozen=True)
class Urls:
    rw: str
    ro: str


def check_pair(config: Config, urls: Urls, earlier: Release, later: Release, written: List[int]) -> None:
    def write(release: Release, schema: str) -> None:
        body = f"written by {release.name} on {schema}\nsecond line"
        with connect(urls.rw) as conn:
            written.append(step(release, f"writes a note on {schema}", lambda: release.code.add(conn, body))["id"])

    def read(release: Release, schema: str) -> None:
        with connect(urls.ro) as conn:
            found = [n["id"] for n in step(release, f"reads the notes on {schema}", lambda: release.code.list_all(conn))]
        if found != written:
            raise Break(f"release {release.name} reads notes {found} on {schema}, expected {written}")

    write(earlier, earlier.schema_head)
    upgrade(config, earlier.schema_head, later.schema_head)
    read(earlier, later.schema_head)
    write(earlier, later.schema_head)
    read(later, later.schema_head)
    write(later, later.schema_head)
    read(earlier, later.schema_head)


def main() -> int:
    urls = Urls(os.environ["DATABASE_URL"], os.environ["DATABASE_READONLY_URL"])
    config = Config("alembic.ini")
    try:
        history = migration_history(config)
        chain = releases(history)
        refuse_unless_empty(urls.rw)
        upgrade(config, "an empty database", chain[0].schema_head)
        written: List[int] = []
        for earlier, later in pairwise(chain):
            check_pair(config, urls, earlier, later, written)
            pair = {
                "from": {"release": earlier.name, "schema": earlier.schema_head},
                "to": {"release": later.name, "schema": later.schema_head},
            }
            print(json.dumps({**pair, "notes": len(written)}), flush=True)
    except Break as error:
        print(f"expand/contract: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
