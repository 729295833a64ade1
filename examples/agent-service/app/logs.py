"""JSON logs on stdout: one object per line (docs/app-contract.md)."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import Any

# Security events (docs/app-contract.md): every answer that refuses a caller is logged by this
# logger with `security_event` naming what happened; Loki's ruler counts them by that field.
SECURITY_LOGGER = "agent.security"
SECURITY_EVENTS = {401: "authentication_failed", 403: "access_denied"}

# Attributes every LogRecord has; anything else passed with `extra=` becomes a field.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "timestamp": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            entry["exc_info"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def log_config(level: str, fmt: str) -> dict[str, Any]:
    """logging.config dictionary for the service and uvicorn's own loggers."""
    formatter: dict[str, Any] = {"()": JsonFormatter} if fmt == "json" else {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter},
        "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "default", "stream": "ext://sys.stdout"}},
        "root": {"handlers": ["stdout"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": ["stdout"], "level": level, "propagate": False},
            "uvicorn.error": {"handlers": ["stdout"], "level": level, "propagate": False},
            # Requests are logged by the service itself, with their request id.
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
