"""Unit tests of the reference service: no PostgreSQL or Redis needed (the platform's test
suite runs it against real servers)."""

import json
import logging

import pytest
from fastapi.testclient import TestClient

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
    with pytest.raises(ConfigError, match="missing environment variables: DATABASE_URL, DATABASE_READONLY_URL, REDIS_SENTINELS, REDIS_SENTINEL_MASTER"):
        Settings.from_env({"REDIS_MODE": "sentinel"})


def test_settings_refuse_an_unknown_redis_mode():
    with pytest.raises(ConfigError, match="REDIS_MODE must be one of standalone, sentinel, cluster"):
        Settings.from_env({**UNREACHABLE, "REDIS_MODE": "replicated"})


def test_sentinels_are_parsed_as_host_port_pairs():
    settings = Settings.from_env(
        {**UNREACHABLE, "REDIS_MODE": "sentinel", "REDIS_SENTINELS": "s-0.example:26379,s-1.example:26380", "REDIS_SENTINEL_MASTER": "agent"}
    )
    assert settings.redis_sentinels == (("s-0.example", 26379), ("s-1.example", 26380))


def test_every_mode_variable_is_part_of_the_contract():
    for variables in REQUIRED_BY_MODE.values():
        assert set(variables) <= set(VARIABLES)


def test_alive_but_not_ready_without_its_dependencies():
    client = TestClient(create_app(Settings.from_env(UNREACHABLE)))
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["postgres"].startswith("error")
    assert ready.json()["redis"].startswith("error")


def test_metrics_use_the_instrumentator_names_with_route_templates():
    client = TestClient(create_app(Settings.from_env(UNREACHABLE)))
    client.get("/healthz")
    client.get("/readyz")
    text = client.get("/metrics").text
    assert 'http_requests_total{handler="/healthz",method="GET",status="2xx"} 1.0' in text
    assert 'http_requests_total{handler="/readyz",method="GET",status="5xx"} 1.0' in text
    assert 'http_request_duration_highr_seconds_bucket{le="2.5"}' in text
    assert 'http_request_duration_seconds_bucket{handler="/healthz",le="0.5",method="GET"}' in text


def test_logs_are_one_json_object_per_line():
    record = logging.LogRecord("agent.api", logging.INFO, __file__, 1, "request finished", None, None)
    record.request_id = "abc"
    line = JsonFormatter().format(record)
    entry = json.loads(line)
    assert "\n" not in line
    assert entry["level"] == "INFO" and entry["logger"] == "agent.api" and entry["message"] == "request finished"
    assert entry["request_id"] == "abc"
    assert entry["timestamp"].endswith("Z")
