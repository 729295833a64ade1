"""The metric names of prometheus-fastapi-instrumentator 7 defaults (docs/app-contract.md),
written with prometheus_client alone so the service runs on any FastAPI version.

The SLIs measure user requests only:
- the probes, the dependency check and the scrape itself (`EXCLUDED_HANDLERS`) are in no
  `http_*` series, as the instrumentator's `excluded_handlers` would leave them out;
- a streamed response (`text/event-stream`) lasts as long as its stream, which says nothing about
  latency: it is counted in `http_requests_total` and its sizes, but timed only to its first
  non-empty body chunk, in `http_stream_first_byte_seconds`, never in the duration histograms.
"""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Histogram, Summary
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Buckets of http_request_duration_highr_seconds and http_stream_first_byte_seconds: a latency
# SLO's threshold must be one of them.
HIGHR_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 7.5, 10, 30, 60)

# Route templates that are not user requests: probes, the dependency check, the scrape.
EXCLUDED_HANDLERS = frozenset({"/healthz", "/readyz", "/dependencies", "/metrics"})

STREAM_MEDIA_TYPE = b"text/event-stream"


class HttpMetrics:
    """The HTTP metrics of one application, in their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "http_requests", "Total number of requests by method, status and handler.", ("method", "status", "handler"), registry=r
        )
        self.latency_highr = Histogram(
            "http_request_duration_highr_seconds",
            "Latency with many buckets but no API specific labels.",
            buckets=HIGHR_BUCKETS,
            registry=r,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "Latency with only few buckets by handler.",
            ("method", "handler"),
            buckets=(0.1, 0.5, 1),
            registry=r,
        )
        self.stream_first_byte = Histogram(
            "http_stream_first_byte_seconds",
            "Time from the start of a streamed (text/event-stream) request to its first non-empty body chunk, by handler.",
            ("handler",),
            buckets=HIGHR_BUCKETS,
            registry=r,
        )
        self.request_size = Summary("http_request_size_bytes", "Content length of incoming requests by handler.", ("handler",), registry=r)
        self.response_size = Summary(
            "http_response_size_bytes", "Content length of outgoing responses by handler.", ("handler",), registry=r
        )


def _handler(request: Request) -> str:
    """The route template (`/v1/notes/{id}`), never the raw path, so label values stay bounded."""
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match.name == "FULL":
            return getattr(route, "path", "none")
    return "none"


def _is_stream(message: Message) -> bool:
    return any(k.lower() == b"content-type" and v.lower().startswith(STREAM_MEDIA_TYPE) for k, v in message.get("headers", ()))


class MetricsMiddleware:
    """Pure ASGI middleware: it sees each body chunk of a streamed response, and its end."""

    def __init__(self, app: ASGIApp, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request = Request(scope)
        handler = _handler(request)
        if handler in EXCLUDED_HANDLERS:
            await self.app(scope, receive, send)
            return
        m = self.metrics
        response = {"code": 500, "size": 0, "stream": False, "first_byte": False}

        async def send_and_count(message: Message) -> None:
            if message["type"] == "http.response.start":
                response["code"] = message["status"]
                response["stream"] = _is_stream(message)
            elif message["type"] == "http.response.body":
                body = message.get("body", b"")
                response["size"] += len(body)
                if body and response["stream"] and not response["first_byte"]:
                    # Observed now, not when the stream ends, so a long stream shows up at once.
                    response["first_byte"] = True
                    m.stream_first_byte.labels(handler).observe(time.perf_counter() - started)
            await send(message)

        try:
            await self.app(scope, receive, send_and_count)
        finally:
            elapsed = time.perf_counter() - started
            method = scope["method"]
            m.requests.labels(method, f"{response['code'] // 100}xx", handler).inc()
            if not response["stream"]:
                m.latency_highr.observe(elapsed)
                m.latency.labels(method, handler).observe(elapsed)
            m.request_size.labels(handler).observe(int(request.headers.get("content-length", 0) or 0))
            m.response_size.labels(handler).observe(response["size"])
