"""PostgreSQL and Redis clients as the contract describes them."""

from __future__ import annotations

from typing import Any

import psycopg
import redis
from redis.sentinel import Sentinel

from .config import Settings

TIMEOUT_SECONDS = 2


def connect(url: str) -> psycopg.Connection[tuple[Any, ...]]:
    """A short-lived connection: the reference service keeps no pool."""
    return psycopg.connect(url, connect_timeout=TIMEOUT_SECONDS, autocommit=True)


def redis_client(settings: Settings) -> "redis.Redis":
    """The Redis master: asked from the Sentinels in sentinel mode, so failovers are followed."""
    common = {"password": settings.redis_password, "socket_timeout": TIMEOUT_SECONDS, "socket_connect_timeout": TIMEOUT_SECONDS}
    if settings.redis_mode == "sentinel":
        sentinel = Sentinel(
            list(settings.redis_sentinels),
            sentinel_kwargs={"password": settings.redis_password, "socket_timeout": TIMEOUT_SECONDS},
            **common,
        )
        return sentinel.master_for(settings.redis_sentinel_master, **common)
    if settings.redis_mode == "cluster":
        from redis.cluster import RedisCluster

        return RedisCluster.from_url(settings.redis_url, **common)
    return redis.Redis.from_url(settings.redis_url, **common)
