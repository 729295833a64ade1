"""Unit tests of the reference service: no PostgreSQL or Redis needed (the platform's test
suite runs it against real servers)."""

import asyncio
import json
import logging
import signal

import pytest
import uvicorn
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient

from app import notes
from app.__main__ import ShutdownAwareServer
from app.config import REQUIRED_BY_MODE, VARIABLES, ConfigError, Settings
from app.logs import JsonFormatter
from app.service import create_app

UNREACHABLE = {
    "DATABASE_URL": "postgresql://agent:x@127.0.0.1:1/agent",
    "DATABASE_READONLY_URL": "postgresql://agent_readonly:x@127.0.0.1:1/agent",
    "REDIS_MODE": "standalone",
    "REDIS_URL": "redis://127.0.0.1:1/0",
    "REDIS_PASSWORD": "x",
}


def test_settings_name_every_missing_variable():
    with pytest.raises(
        ConfigError, match="missing environment variables: DATABASE_URL, DATABASE_READONLY_URL, REDIS_SENTINELS, REDIS_SENTINEL_MASTER"
    ):
        Settings.from_env({"REDIS_MODE": "sentinel"})


def test_settings_refuse_an_unknown_redis_mode():
    with pytest.raises(ConfigError, match="REDIS_MODE must be one of standalone, sentinel, cluster"):
        Settings.from_env({**UNREACHABLE, "REDIS_MODE": "replicated"})


def test_sentinels_are_parsed_as_host_port_pairs():
    settings = Settings.from_env(
        {
            **UNREACHABLE,
            "REDIS_MODE": "sentinel",
            "REDIS_SENTINELS": "s-0.example:26379,s-1.example:26380",
            "REDIS_SENTINEL_MASTER": "agent",
        }
    )
    assert settings.redis_sentinels == (("s-0.example", 26379), ("s-1.example", 26380))


def test_every_mode_variable_is_part_of_the_contract():
    for variables in REQUIRED_BY_MODE.values():
        assert set(variables) <= set(VARIABLES)


def test_ready_without_its_dependencies_which_the_dependency_check_names():
    with TestClient(create_app(Settings.from_env(UNREACHABLE))) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        # Readiness is the pod's own ability to serve: a database or Redis outage must not take
        # every pod out of the Service at once.
        assert client.get("/readyz").status_code == 200
        dependencies = client.get("/dependencies")
        assert dependencies.status_code == 503
        assert dependencies.json()["postgres"].startswith("error")
        assert dependencies.json()["redis"].startswith("error")


def test_not_ready_before_startup_and_once_sigterm_begins_the_shutdown():
    application = create_app(Settings.from_env(UNREACHABLE))
    # Without the lifespan (no startup hook run), the service must not claim readiness.
    assert TestClient(application).get("/readyz").status_code == 503
    with TestClient(application) as client:
        assert client.get("/readyz").status_code == 200
        # The server `python -m app` runs, receiving SIGTERM as uvicorn's signal handler does.
        server = ShutdownAwareServer(uvicorn.Config(application), application.state.readiness.shutting_down)
        server.handle_exit(signal.SIGTERM, None)
        assert server.should_exit
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json() == {"status": "shutting down"}
        assert client.get("/healthz").status_code == 200


def test_lifespan_hooks_run_on_this_fastapi(caplog):
    caplog.set_level(logging.INFO, logger="agent.api")
    with TestClient(create_app(Settings.from_env(UNREACHABLE))):
        pass
    messages = [r.getMessage() for r in caplog.records if r.name == "agent.api"]
    assert "started" in messages and messages[-1] == "stopped", messages


def _series(text: str, name: str) -> list:
    return [line for line in text.splitlines() if line.startswith(name)]


def test_metrics_use_the_instrumentator_names_with_route_templates_and_skip_probes():
    application = create_app(Settings.from_env(UNREACHABLE))

    @application.get("/v1/things/{thing_id}")
    def thing(thing_id: int) -> dict:
        return {"id": thing_id}

    with TestClient(application) as client:
        for path in ("/healthz", "/readyz", "/dependencies", "/metrics", "/v1/things/7"):
            client.get(path)
        text = client.get("/metrics").text
    assert 'http_requests_total{handler="/v1/things/{thing_id}",method="GET",status="2xx"} 1.0' in text
    assert 'http_request_duration_highr_seconds_bucket{le="2.5"} 1.0' in text
    assert 'http_request_duration_seconds_bucket{handler="/v1/things/{thing_id}",le="0.5",method="GET"}' in text
    for path in ("/healthz", "/readyz", "/dependencies", "/metrics"):
        assert [line for line in text.splitlines() if f'handler="{path}"' in line] == []


def test_a_streamed_response_is_timed_to_its_first_byte_only():
    application = create_app(Settings.from_env(UNREACHABLE))

    @application.get("/v1/slow-stream")
    async def slow_stream() -> StreamingResponse:
        async def events():
            await asyncio.sleep(0.2)
            yield "data: first\n\n"
            await asyncio.sleep(1.5)
            yield "data: second\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    with TestClient(application) as client:
        assert client.get("/v1/slow-stream").text == "data: first\n\ndata: second\n\n"
        text = client.get("/metrics").text
    handler = 'handler="/v1/slow-stream"'
    assert f"http_stream_first_byte_seconds_count{{{handler}}} 1.0" in text
    first_byte = float(_series(text, f"http_stream_first_byte_seconds_sum{{{handler}}}")[0].split()[-1])
    assert 0.2 <= first_byte < 1.5, first_byte
    for le in ("0.5", "1.0", "2.0", "2.5"):
        assert f'http_stream_first_byte_seconds_bucket{{{handler},le="{le}"}}' in text
    assert "http_request_duration_highr_seconds_count 0.0" in text
    assert [line for line in _series(text, "http_request_duration_seconds") if handler in line] == []
    assert f'http_requests_total{{{handler},method="GET",status="2xx"}} 1.0' in text


def test_logs_are_one_json_object_per_line():
    record = logging.LogRecord("agent.api", logging.INFO, __file__, 1, "request finished", None, None)
    record.request_id = "abc"
    line = JsonFormatter().format(record)
    entry = json.loads(line)
    assert "\n" not in line
    assert entry["level"] == "INFO" and entry["logger"] == "agent.api" and entry["message"] == "request finished"
    assert entry["request_id"] == "abc"
    assert entry["timestamp"].endswith("Z")


def test_a_note_without_a_title_is_titled_by_its_first_line_cut_to_80_characters():
    assert notes.title_of("Plan the trip\nbook trains, then hotels") == "Plan the trip"
    assert notes.title_of("é" * 100) == "é" * 80
    assert notes.title_of("") == ""


class RecordingConnection:
    """Stands in for a psycopg connection: records statements, answers with given rows."""

    def __init__(self, rows):
        self.rows = rows
        self.statements = []

    def execute(self, sql, params=()):
        self.statements.append((sql, params))
        return self

    def fetchone(self):
        return self.rows[0]

    def __iter__(self):
        return iter(self.rows)


def test_a_note_is_written_with_the_title_given_or_its_default_title():
    conn = RecordingConnection([(7,)])
    assert notes.add(conn, "Plan the trip\nbook trains", None) == {"id": 7, "title": "Plan the trip", "body": "Plan the trip\nbook trains"}
    assert notes.add(conn, "Plan the trip", "Holidays")["title"] == "Holidays"
    assert notes.add(conn, "Plan the trip", "")["title"] == "Plan the trip"
    assert [params for _, params in conn.statements] == [
        ("Plan the trip\nbook trains", "Plan the trip"),
        ("Plan the trip", "Holidays"),
        ("Plan the trip", "Plan the trip"),
    ]


def test_notes_release_0_1_0_wrote_without_a_title_read_with_their_default_title():
    conn = RecordingConnection([(1, None, "Written by 0.1.0\nafter the migration"), (2, "Holidays", "Plan the trip")])
    assert notes.list_all(conn) == [
        {"id": 1, "title": "Written by 0.1.0", "body": "Written by 0.1.0\nafter the migration"},
        {"id": 2, "title": "Holidays", "body": "Plan the trip"},
    ]


def test_the_latest_notes_are_read_newest_first_with_the_limit_in_the_query():
    conn = RecordingConnection([(9, None, "Written by 0.1.0"), (8, "Holidays", "Plan the trip")])
    assert notes.list_latest(conn, 2) == [
        {"id": 9, "title": "Written by 0.1.0", "body": "Written by 0.1.0"},
        {"id": 8, "title": "Holidays", "body": "Plan the trip"},
    ]
    ((sql, params),) = conn.statements
    assert "ORDER BY id DESC LIMIT %s" in sql
    assert params == (2,)


@pytest.mark.parametrize("limit", [0, 101, -1])
def test_the_latest_notes_refuse_a_limit_outside_1_to_100(limit):
    with pytest.raises(ValueError, match="limit must be between 1 and 100"):
        notes.list_latest(RecordingConnection([]), limit)


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "limit=ten"])
def test_the_notes_route_answers_422_to_a_limit_outside_1_to_100(query):
    # Validated before the handler runs: no database is reached.
    with TestClient(create_app(Settings.from_env(UNREACHABLE))) as client:
        response = client.get(f"/v1/notes?{query}")
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["query", "limit"]


def test_every_refused_caller_is_logged_as_a_security_event(caplog):
    # The reference service authenticates nothing itself; a route that refuses stands in for an
    # authenticating dependency, which the contract's events must cover on any path.
    from fastapi import HTTPException

    application = create_app(Settings.from_env(UNREACHABLE))

    @application.get("/v1/private/{code}")
    def private(code: int) -> None:
        raise HTTPException(status_code=code)

    caplog.set_level(logging.INFO)
    with TestClient(application) as client:
        for code in (401, 403, 404):
            client.get(f"/v1/private/{code}", headers={"x-request-id": f"req-{code}"})
    events = [json.loads(JsonFormatter().format(r)) for r in caplog.records if r.name == "agent.security"]
    assert [(e["security_event"], e["status"], e["request_id"]) for e in events] == [
        ("authentication_failed", 401, "req-401"),
        ("access_denied", 403, "req-403"),
    ]
    assert all(e["level"] == "WARNING" and e["path"].startswith("/v1/private/") and e["method"] == "GET" for e in events)
