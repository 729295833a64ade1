"""`python -m app`: serve `app.main:app` with uvicorn as the contract says (port, JSON logs,
graceful shutdown on SIGTERM)."""

import inspect
import logging.config
import sys

import uvicorn

from .config import ConfigError, Settings
from .logs import log_config


def main() -> int:
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(f"agent-service: {error}", file=sys.stderr)
        return 2
    config = log_config(settings.log_level, settings.log_format)
    logging.config.dictConfig(config)
    options = dict(host="0.0.0.0", port=settings.port, log_config=config, access_log=False, proxy_headers=True, forwarded_allow_ips="*")
    # Newer uvicorn bounds the drain after SIGTERM; older ones wait for open requests to end.
    if "timeout_graceful_shutdown" in inspect.signature(uvicorn.Config).parameters:
        options["timeout_graceful_shutdown"] = settings.shutdown_timeout
    uvicorn.run("app.main:app", **options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
