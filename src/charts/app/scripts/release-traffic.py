"""Smoke traffic of a blue-green release's pre-promotion analysis (docs/releases.md).

Sends the app contract's smoke request to the preview Service (the new version) and to the
active Service (the serving version) alike, one round every INTERVAL_SECONDS, REQUESTS rounds,
so that the analysis's Prometheus queries have user requests of both versions to judge.

Its own verdict is deliberately simple; Prometheus judges the error ratio and the latency:
- a request that gets no answer within TIMEOUT_SECONDS, or an answer other than 2xx, failed;
- exit 1 as soon as the preview's failures exceed MAX_ERROR_RATIO of REQUESTS (the budget of
  the whole run, so the outcome can no longer change), otherwise exit 0 after the last round;
- the active Service's failures are reported, never judged: they are not the release's.

The serving version must not set the pace either: its requests go to a worker thread through a
queue of ACTIVE_BACKLOG rounds. When the worker is that far behind (the active Service slow or
not answering) a round's active request is dropped and counted instead; after the last round
the worker gets one TIMEOUT_SECONDS to finish, and what it has not sent by then is dropped.
So the preview's rounds keep their schedule and the run ends at most one timeout after them.

Standard library only: it runs on the release's own image, with its Python.
"""

import json
import os
import queue
import sys
import threading
import time
import urllib.error
import urllib.request

# Rounds the active Service's requests may lag behind the preview's before they are dropped.
ACTIVE_BACKLOG = 5


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


class ActiveRequests:
    """The active Service's requests, sent one at a time by a daemon thread: the process exits
    without waiting for one that hangs."""

    def __init__(self, url: str, timeout: float) -> None:
        self.url = url
        self.timeout = timeout
        self.rounds: "queue.Queue[None]" = queue.Queue(maxsize=ACTIVE_BACKLOG)
        self.lock = threading.Lock()
        self.answered = 0
        self.failed = 0
        self.dropped = 0
        # Rounds queued for the worker: each ends answered, failed, or dropped at close.
        self.accepted = 0
        self.abandoned = False
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self.work, daemon=True)
        self.thread.start()

    def send(self) -> None:
        with self.lock:
            try:
                self.rounds.put_nowait(None)
                self.accepted += 1
            except queue.Full:
                self.dropped += 1

    def work(self) -> None:
        while not (self.closed.is_set() and self.rounds.empty()):
            try:
                self.rounds.get(timeout=0.1)
            except queue.Empty:
                continue
            ok = succeeded(self.url, self.timeout)
            with self.lock:
                if self.abandoned:
                    return
                if ok:
                    self.answered += 1
                else:
                    self.failed += 1

    def close(self) -> None:
        """Lets the worker finish what is queued within one timeout; what remains is dropped."""
        self.closed.set()
        self.thread.join(self.timeout)
        with self.lock:
            # The rounds still queued or in flight: never counted as answered or failed.
            self.dropped += self.accepted - self.answered - self.failed
            self.abandoned = True

    def counts(self) -> dict:
        with self.lock:
            return {"answered": self.answered, "failed": self.failed, "dropped": self.dropped}


def main() -> int:
    preview = os.environ["PREVIEW_URL"]
    requests = int(os.environ["REQUESTS"])
    interval = float(os.environ["INTERVAL_SECONDS"])
    timeout = float(os.environ["TIMEOUT_SECONDS"])
    budget = int(float(os.environ["MAX_ERROR_RATIO"]) * requests)
    active = ActiveRequests(os.environ["ACTIVE_URL"], timeout)
    failed_preview = 0
    sent = 0

    def report(message: str) -> None:
        counts = active.counts()
        print(
            json.dumps(
                {
                    "message": message,
                    "sent": sent,
                    "requests": requests,
                    "failed": {"preview": failed_preview, "active": counts["failed"]},
                    "active": counts,
                    "budget": budget,
                }
            ),
            flush=True,
        )

    start = time.monotonic()
    for n in range(requests):
        # On a fixed schedule: a slow answer delays the next round, never shifts all the later ones.
        wait = start + n * interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        sent += 1
        active.send()
        if not succeeded(preview, timeout):
            failed_preview += 1
            if failed_preview > budget:
                report("the preview failed more requests than the error budget allows")
                return 1
    active.close()
    report("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
