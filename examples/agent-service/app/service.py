"""The reference agent service: probes, metrics, JSON logs and a small notes API that uses
the read-write and read-only databases and Redis."""

import logging
import time
import uuid
from contextlib import asynccontextmanager
from typing import Any, Dict

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from .config import Settings
from .metrics import HttpMetrics, MetricsMiddleware
from .stores import connect, redis_client

log = logging.getLogger("agent.api")


class Note(BaseModel):
    body: str


def create_app(settings: Settings) -> FastAPI:
    cache = redis_client(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        log.info("starting", extra={"app_env": settings.app_env, "redis_mode": settings.redis_mode})
        yield
        # Uvicorn has stopped accepting and finished open requests by now (SIGTERM).
        cache.close()
        log.info("stopped")

    app = FastAPI(title="agent-service", lifespan=lifespan)
    http_metrics = HttpMetrics()
    app.add_middleware(MetricsMiddleware, metrics=http_metrics)

    @app.middleware("http")
    async def request_log(request: Request, call_next):
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["x-request-id"] = request_id
        if request.url.path not in ("/healthz", "/readyz", "/metrics"):
            log.info(
                "request finished",
                extra={
                    "request_id": request_id,
                    "method": request.method,
                    "path": request.url.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
        return response

    @app.get("/healthz")
    def healthz() -> Dict[str, str]:
        """Alive: the process answers. Never checks dependencies (that is readiness)."""
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> JSONResponse:
        """Ready only while PostgreSQL (read-write) and Redis answer."""
        checks: Dict[str, str] = {}
        try:
            with connect(settings.database_url) as conn:
                conn.execute("SELECT 1")
            checks["postgres"] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure means not ready
            checks["postgres"] = f"error: {type(error).__name__}"
        try:
            cache.ping()
            checks["redis"] = "ok"
        except Exception as error:  # noqa: BLE001
            checks["redis"] = f"error: {type(error).__name__}"
        ready = all(v == "ok" for v in checks.values())
        if not ready:
            log.warning("not ready", extra={"checks": checks})
        return JSONResponse(checks, status_code=200 if ready else 503)

    @app.get("/metrics")
    def metrics() -> Response:
        return Response(generate_latest(http_metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.post("/v1/notes", status_code=201)
    async def add_note(note: Note) -> Dict[str, Any]:
        def write() -> int:
            with connect(settings.database_url) as conn:
                row = conn.execute("INSERT INTO notes (body) VALUES (%s) RETURNING id", (note.body,)).fetchone()
            return int(row[0])

        note_id = await run_in_threadpool(write)
        await run_in_threadpool(cache.incr, "notes:written")
        return {"id": note_id, "body": note.body}

    @app.get("/v1/notes")
    async def list_notes() -> Dict[str, Any]:
        def read() -> list:
            with connect(settings.database_readonly_url) as conn:
                return [{"id": r[0], "body": r[1]} for r in conn.execute("SELECT id, body FROM notes ORDER BY id")]

        notes = await run_in_threadpool(read)
        written = await run_in_threadpool(cache.get, "notes:written")
        return {"notes": notes, "written": int(written or 0)}

    return app
