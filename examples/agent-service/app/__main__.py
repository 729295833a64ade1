"""`python -m app`: serve `app.main:app` with uvicorn as the contract says (port, JSON logs,
graceful shutdown on SIGTERM, readiness 503 from the moment shutdown begins)."""

import inspect
import logging.config
import sys
from typing import Any, Callable

import uvicorn

from .config import ConfigError, Settings
from .logs import log_config

# uvicorn's exit status when the application fails to start.
STARTUP_FAILURE = 3


class ShutdownAwareServer(uvicorn.Server):
    """uvicorn's server, telling the application first when a signal (SIGTERM, SIGINT) begins the
    shutdown, so `/readyz` answers 503 from then on. uvicorn then stops accepting, finishes open
    requests and runs the lifespan's shutdown hook, as without this."""

    def __init__(self, config: uvicorn.Config, on_shutdown: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_shutdown = on_shutdown

    def handle_exit(self, sig: Any, frame: Any) -> None:
        self._on_shutdown()
        super().handle_exit(sig, frame)


def main() -> int:
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(f"agent-service: {error}", file=sys.stderr)
        return 2
    config = log_config(settings.log_level, settings.log_format)
    logging.config.dictConfig(config)
    from .main import app  # after logging is configured: creating the app may log

    options = dict(host="0.0.0.0", port=settings.port, log_config=config, access_log=False, proxy_headers=True, forwarded_allow_ips="*")
    # Newer uvicorn bounds the drain after SIGTERM; older ones wait for open requests to end.
    if "timeout_graceful_shutdown" in inspect.signature(uvicorn.Config).parameters:
        options["timeout_graceful_shutdown"] = settings.shutdown_timeout
    server = ShutdownAwareServer(uvicorn.Config(app, **options), app.state.readiness.shutting_down)
    server.run()
    return 0 if server.started else STARTUP_FAILURE


if __name__ == "__main__":
    sys.exit(main())
