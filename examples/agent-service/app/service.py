"""The reference agent service: probes, a dependency check, metrics, JSON logs and a small notes
API (plain and streamed) that uses the read-write and read-only databases and Redis."""

import inspect
import json
import logging
import time
import uuid
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, List, Optional

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from . import notes as notes_table
from .config import Settings
from .logs import SECURITY_EVENTS, SECURITY_LOGGER
from .metrics import EXCLUDED_HANDLERS, HttpMetrics, MetricsMiddleware
from .stores import connect, redis_client

log = logging.getLogger("agent.api")
security_log = logging.getLogger(SECURITY_LOGGER)


class Note(BaseModel):
    body: str
    title: str | None = None


class Readiness:
    """The pod's own ability to serve, what `/readyz` answers: `starting` until the startup hook
    has run, `ready` then, `shutting down` from SIGTERM on. Dependencies play no part."""

    def __init__(self) -> None:
        self.state = "starting"

    def started(self) -> None:
        if self.state == "starting":
            self.state = "ready"

    def shutting_down(self) -> None:
        self.state = "shutting down"


def schema_revision(url: str) -> Optional[str]:
    """The migration the database is at (alembic's record), or None if it was never migrated."""
    with connect(url) as conn:
        found = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if found and found[0] else None
    return str(row[0]) if row else None


def create_app(settings: Settings) -> FastAPI:
    cache = redis_client(settings)
    readiness = Readiness()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # The schema check: which migration this pod serves against. A database that is down at
        # startup does not stop the pod (readiness is the pod's own); it is logged instead.
        try:
            revision = await run_in_threadpool(schema_revision, settings.database_url)
        except Exception as error:  # noqa: BLE001 - any failure only means "not known yet"
            revision = None
            log.warning("schema revision unknown", extra={"error": type(error).__name__})
        if revision is None:
            log.warning("the database has no migration recorded; run `alembic upgrade head`")
        log.info("started", extra={"app_env": settings.app_env, "redis_mode": settings.redis_mode, "schema_revision": revision})
        readiness.started()
        yield
        # Uvicorn has stopped accepting and finished open requests by now (SIGTERM).
        readiness.shutting_down()
        cache.close()
        log.info("stopped")

    # FastAPI takes `lifespan=` from 0.93 on; older ones (0.92, Debian 12's) accept the keyword
    # without using it, so the hooks would silently never run. Starlette's router runs its
    # `lifespan_context` in every version FastAPI 0.92+ uses, so that is where it goes there.
    if "lifespan" in inspect.signature(FastAPI.__init__).parameters:
        app = FastAPI(title="agent-service", lifespan=lifespan)
    else:
        app = FastAPI(title="agent-service")
        app.router.lifespan_context = lifespan
    app.state.readiness = readiness
    http_metrics = HttpMetrics()

    @app.middleware("http")
    async def request_log(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["x-request-id"] = request_id
        fields = {"request_id": request_id, "method": request.method, "path": request.url.path, "status": response.status_code}
        event = SECURITY_EVENTS.get(response.status_code)
        if event is not None:
            # Whatever refused the caller (a bad session signature, a missing key, a role), on every path.
            security_log.warning(event.replace("_", " "), extra={"security_event": event, **fields})
        if request.url.path not in EXCLUDED_HANDLERS:
            log.info(
                "request finished",
                extra={**fields, "duration_ms": round((time.perf_counter() - started) * 1000, 1)},
            )
        return response

    # Added last, so outermost: a request's time starts before any other middleware runs.
    app.add_middleware(MetricsMiddleware, metrics=http_metrics)

    @app.get("/healthz")
    def healthz() -> Dict[str, str]:
        """Alive: the process answers. Never checks dependencies."""
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> JSONResponse:
        """Ready while this process can serve: after startup, until shutdown begins. PostgreSQL or
        Redis being unreachable is every pod's problem at once; taking them all out of the Service
        would turn a blip into an outage, so dependencies are `/dependencies`' business."""
        ready = readiness.state == "ready"
        return JSONResponse({"status": readiness.state}, status_code=200 if ready else 503)

    @app.get("/dependencies")
    def dependencies() -> JSONResponse:
        """PostgreSQL (read-write) and Redis reachable: 200, else 503 naming what failed. For
        people and compose's health check; never a Kubernetes probe."""
        checks: Dict[str, str] = {}
        try:
            with connect(settings.database_url) as conn:
                conn.execute("SELECT 1")
            checks["postgres"] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure means unreachable
            checks["postgres"] = f"error: {type(error).__name__}"
        try:
            cache.ping()
            checks["redis"] = "ok"
        except Exception as error:  # noqa: BLE001
            checks["redis"] = f"error: {type(error).__name__}"
        reachable = all(v == "ok" for v in checks.values())
        if not reachable:
            log.warning("dependencies unreachable", extra={"checks": checks})
        return JSONResponse(checks, status_code=200 if reachable else 503)

    @app.get("/metrics")
    def metrics() -> Response:
        return Response(generate_latest(http_metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.post("/v1/notes", status_code=201)
    async def add_note(note: Note) -> Dict[str, Any]:
        def write() -> Dict[str, Any]:
            with connect(settings.database_url) as conn:
                return notes_table.add(conn, note.body, note.title)

        written = await run_in_threadpool(write)
        await run_in_threadpool(cache.incr, "notes:written")
        return written

    def read_notes() -> List[Dict[str, Any]]:
        with connect(settings.database_readonly_url) as conn:
            return notes_table.list_all(conn)

    def read_latest_notes(limit: int) -> List[Dict[str, Any]]:
        with connect(settings.database_readonly_url) as conn:
            return notes_table.list_latest(conn, limit)

    @app.get("/v1/notes")
    async def list_notes(limit: Optional[int] = Query(None, ge=1, le=notes_table.MAX_LIMIT)) -> Dict[str, Any]:
        """Every note, oldest first; with `limit`, only the newest ones, newest first (the platform's
        smoke request, docs/app-contract.md: its cost stays the same whatever the table holds)."""
        notes = await run_in_threadpool(read_notes) if limit is None else await run_in_threadpool(read_latest_notes, limit)
        written = await run_in_threadpool(cache.get, "notes:written")
        return {"notes": notes, "written": int(written or 0)}

    @app.get("/v1/notes/stream")
    async def stream_notes() -> StreamingResponse:
        """The notes as server-sent events: one `note` event each, then `end` with the count."""
        notes = await run_in_threadpool(read_notes)

        async def events() -> AsyncIterator[str]:
            for note in notes:
                yield f"event: note\ndata: {json.dumps(note)}\n\n"
            yield f"event: end\ndata: {json.dumps({'count': len(notes)})}\n\n"

        # No caching, and no buffering by NGINX (the ingress streams these unbuffered too).
        return StreamingResponse(events(), media_type="text/event-stream", headers={"cache-control": "no-cache", "x-accel-buffering": "no"})

    return app
