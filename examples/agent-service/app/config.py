"""The environment contract (docs/app-contract.md): every variable the service reads."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping, Optional, Tuple

# Variable -> meaning. The platform's manifests set these from the API's ConfigMap and Secrets;
# a test compares this table with what the rendered Deployment provides.
VARIABLES = {
    "APP_ENV": "environment name",
    "PORT": "HTTP port (8000)",
    "LOG_LEVEL": "DEBUG, INFO, WARNING or ERROR",
    "LOG_FORMAT": "json (production) or text",
    "SHUTDOWN_TIMEOUT_SECONDS": "time to finish open requests after SIGTERM",
    "DATABASE_URL": "read-write PostgreSQL URL (postgres-rw)",
    "DATABASE_READONLY_URL": "read-only PostgreSQL URL (postgres-ro)",
    "REDIS_MODE": "standalone, sentinel or cluster",
    "REDIS_URL": "standalone: the server; cluster: a seed node",
    "REDIS_SENTINELS": "sentinel mode: comma-separated host:port of every Sentinel",
    "REDIS_SENTINEL_MASTER": "sentinel mode: the master set to ask for",
    "REDIS_PASSWORD": "password of Redis and of the Sentinels",
}

# Variables each Redis mode needs besides the common ones.
REQUIRED_BY_MODE = {
    "standalone": ("REDIS_URL",),
    "sentinel": ("REDIS_SENTINELS", "REDIS_SENTINEL_MASTER"),
    "cluster": ("REDIS_URL",),
}
REQUIRED = ("DATABASE_URL", "DATABASE_READONLY_URL", "REDIS_MODE")


class ConfigError(Exception):
    """A variable of the contract is missing or malformed."""


@dataclass(frozen=True)
class Settings:
    app_env: str
    port: int
    log_level: str
    log_format: str
    shutdown_timeout: int
    database_url: str
    database_readonly_url: str
    redis_mode: str
    redis_url: Optional[str]
    redis_sentinels: Tuple[Tuple[str, int], ...]
    redis_sentinel_master: Optional[str]
    redis_password: Optional[str]

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "Settings":
        mode = env.get("REDIS_MODE", "")
        if mode not in REQUIRED_BY_MODE:
            raise ConfigError(f"REDIS_MODE must be one of {', '.join(REQUIRED_BY_MODE)}, got {mode!r}")
        missing = [v for v in REQUIRED + REQUIRED_BY_MODE[mode] if not env.get(v)]
        if missing:
            raise ConfigError(f"missing environment variables: {', '.join(missing)}")
        level = env.get("LOG_LEVEL", "INFO").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
        sentinels = tuple((host, int(port)) for host, port in (s.rsplit(":", 1) for s in env.get("REDIS_SENTINELS", "").split(",") if s))
        return cls(
            app_env=env.get("APP_ENV", "local"),
            port=int(env.get("PORT", "8000")),
            log_level=level,
            log_format=env.get("LOG_FORMAT", "json"),
            shutdown_timeout=int(env.get("SHUTDOWN_TIMEOUT_SECONDS", "30")),
            database_url=env["DATABASE_URL"],
            database_readonly_url=env["DATABASE_READONLY_URL"],
            redis_mode=mode,
            redis_url=env.get("REDIS_URL"),
            redis_sentinels=sentinels,
            redis_sentinel_master=env.get("REDIS_SENTINEL_MASTER"),
            redis_password=env.get("REDIS_PASSWORD") or None,
        )
