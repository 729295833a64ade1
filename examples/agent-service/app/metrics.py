"""The metric names of prometheus-fastapi-instrumentator 7 defaults (docs/app-contract.md),
written with prometheus_client alone so the service runs on any FastAPI version."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Histogram, Summary
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Buckets of http_request_duration_highr_seconds: the latency SLO's threshold is one of them.
HIGHR_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 7.5, 10, 30, 60)

class HttpMetrics:
    """The HTTP metrics of one application, in their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("http_requests", "Total number of requests by method, status and handler.", ("method", "status", "handler"), registry=r)
        self.latency_highr = Histogram(
            "http_request_duration_highr_seconds", "Latency with many buckets but no API specific labels.", buckets=HIGHR_BUCKETS, registry=r
        )
        self.latency = Histogram(
            "http_request_duration_seconds", "Latency with only few buckets by handler.", ("method", "handler"), buckets=(0.1, 0.5, 1), registry=r
        )
        self.request_size = Summary("http_request_size_bytes", "Content length of incoming requests by handler.", ("handler",), registry=r)
        self.response_size = Summary("http_response_size_bytes", "Content length of outgoing responses by handler.", ("handler",), registry=r)


def _handler(request: Request) -> str:
    """The route template (`/v1/notes/{id}`), never the raw path, so label values stay bounded."""
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match.name == "FULL":
            return getattr(route, "path", "none")
    return "none"


class MetricsMiddleware:
    """Pure ASGI middleware: it also sees streamed responses end."""

    def __init__(self, app: ASGIApp, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500, "size": 0}

        async def send_and_count(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            elif message["type"] == "http.response.body":
                status["size"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_and_count)
        finally:
            request = Request(scope)
            handler = _handler(request)
            elapsed = time.perf_counter() - started
            method = scope["method"]
            m = self.metrics
            m.requests.labels(method, f"{status['code'] // 100}xx", handler).inc()
            m.latency_highr.observe(elapsed)
            m.latency.labels(method, handler).observe(elapsed)
            m.request_size.labels(handler).observe(int(request.headers.get("content-length", 0) or 0))
            m.response_size.labels(handler).observe(status["size"])
