#!/bin/bash
# Writes a heartbeat row on the primary every HEARTBEAT_SECONDS (nothing on a standby).
# Restore drills compare the restored heartbeat with their own start time: that gap is the
# recovery point actually achieved.
set -uo pipefail
: "${HEARTBEAT_SECONDS:?HEARTBEAT_SECONDS must be set}"
: "${POSTGRES_SOCKET_DIR:=/var/run/postgresql}"
: "${POSTGRES_PORT:=5432}"
: "${HEARTBEAT_ALIVE_FILE:=/tmp/heartbeat.alive}"

log() { printf '%s heartbeat: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }
psql_local() {
  timeout 10 psql --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 \
    --host="$POSTGRES_SOCKET_DIR" --port="$POSTGRES_PORT" --username=postgres --dbname=postgres "$@"
}
write="CREATE TABLE IF NOT EXISTS platform_heartbeat (id int PRIMARY KEY CHECK (id = 1), written_at timestamptz NOT NULL);
INSERT INTO platform_heartbeat VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at;"

while true; do
  if [ "$(psql_local --command='SELECT pg_is_in_recovery()' 2>/dev/null)" = f ]; then
    psql_local --command="$write" >/dev/null || log "heartbeat write failed"
  fi
  # Liveness: the loop itself is running (a primary that refuses writes is the alerts' business).
  touch "$HEARTBEAT_ALIVE_FILE"
  sleep "$HEARTBEAT_SECONDS"
done
