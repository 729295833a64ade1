"""Runs the reference service as `python -m app` does (its logging configuration, uvicorn) on a
free port, makes the requests named on the command line and stops it with SIGTERM: its stdout
is the log the pod would write. Run from the service's root. A route `/v1/private/{code}`
answering `code` stands in for an authenticating dependency (the reference service has none).
Requests: `GET <path>`; the answers' statuses go to stderr."""

import os
import signal
import socket
import sys
import threading
import time
import urllib.error
import urllib.request

with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
os.environ.update(
    {
        "PORT": str(port),
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "json",
        # Nothing listens on port 1: requests that need the database fail.
        "DATABASE_URL": "postgresql://agent:x@127.0.0.1:1/agent",
        "DATABASE_READONLY_URL": "postgresql://agent_readonly:x@127.0.0.1:1/agent",
        "REDIS_MODE": "standalone",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "REDIS_PASSWORD": "x",
    }
)
sys.path.insert(0, os.getcwd())

from fastapi import HTTPException  # noqa: E402

import app.__main__ as entry  # noqa: E402
from app.main import app  # noqa: E402


@app.get("/v1/private/{code}")
def private(code: int) -> None:
    raise HTTPException(status_code=code)


def client() -> None:
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=1)
            break
        except OSError:
            time.sleep(0.05)
    for path in sys.argv[1:]:
        try:
            status = urllib.request.urlopen(f"{base}{path}", timeout=10).status
        except urllib.error.HTTPError as error:
            status = error.code
        print(f"{path} {status}", file=sys.stderr, flush=True)
    os.kill(os.getpid(), signal.SIGTERM)


threading.Thread(target=client, daemon=True).start()
sys.exit(entry.main())
