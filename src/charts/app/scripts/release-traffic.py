"""Smoke traffic of a blue-green release's pre-promotion analysis (docs/releases.md).

Sends the app contract's smoke request to the preview Service (the new version) and to the
active Service (the serving version) alike, one round every INTERVAL_SECONDS, REQUESTS rounds,
so that the analysis's Prometheus queries have user requests of both versions to judge.

Its own verdict is deliberately simple; Prometheus judges the error ratio and the latency:
- a request that gets no answer within TIMEOUT_SECONDS, or an answer other than 2xx, failed;
- exit 1 as soon as the preview's failures exceed MAX_ERROR_RATIO of REQUESTS (the budget of
  the whole run, so the outcome can no longer change), otherwise exit 0 after the last round;
- the active Service's failures are reported, never judged: they are not the release's.

Standard library only: it runs on the release's own image, with its Python.
"""

import json
import os
import sys
import time
import urllib.error
import urllib.request


def succeeded(url: str, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return 200 <= response.status < 300
    except urllib.error.HTTPError as error:
        error.close()
        return False
    except (OSError, ValueError):
        # No answer: refused, reset, timed out, or a malformed response.
        return False


def main() -> int:
    preview = os.environ["PREVIEW_URL"]
    active = os.environ["ACTIVE_URL"]
    requests = int(os.environ["REQUESTS"])
    interval = float(os.environ["INTERVAL_SECONDS"])
    timeout = float(os.environ["TIMEOUT_SECONDS"])
    budget = int(float(os.environ["MAX_ERROR_RATIO"]) * requests)
    failed = {"preview": 0, "active": 0}
    sent = 0

    def report(message: str) -> None:
        print(json.dumps({"message": message, "sent": sent, "requests": requests, "failed": failed, "budget": budget}), flush=True)

    start = time.monotonic()
    for n in range(requests):
        # On a fixed schedule: a slow answer delays the next round, never shifts all the later ones.
        wait = start + n * interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        sent += 1
        if not succeeded(preview, timeout):
            failed["preview"] += 1
            if failed["preview"] > budget:
                report("the preview failed more requests than the error budget allows")
                return 1
        if not succeeded(active, timeout):
            failed["active"] += 1
    report("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
