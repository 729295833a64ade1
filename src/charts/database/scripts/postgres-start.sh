#!/bin/bash
# Starts PostgreSQL as the primary or as a streaming standby of it.
#
# Empty volume: the primary runs initdb (first install only); a standby copies the primary
# with `pg_basebackup -R` through its own replication slot. Both build the data directory
# beside its final place and move it in, so a crash half-way never leaves a data directory
# that looks complete. A standby never starts on a former primary's data (split brain).
set -euo pipefail

: "${PGDATA:?PGDATA must name the data directory}"
: "${POSTGRES_PRIMARY_POD:?POSTGRES_PRIMARY_POD must name the pod that runs as primary}"
: "${POSTGRES_PRIMARY_HOST:?POSTGRES_PRIMARY_HOST must name the read-write Service}"
: "${POSTGRES_PRIMARY_PORT:=5432}"
: "${POSTGRES_CONFIG_DIR:=/etc/postgresql/agent}"
: "${POSTGRES_PORT:=5432}"
: "${POSTGRES_SOCKET_DIR:=/var/run/postgresql}"
: "${POSTGRES_INITDB:=refused}"
: "${POSTGRES_PRIMARY_WAIT_SECONDS:=600}"
: "${POD_NAME:=$(hostname)}"

log() { printf '%s postgres-start %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$POD_NAME" "$*" >&2; }

# Slot names allow lower-case letters, digits and underscores.
slot=$(printf '%s' "$POD_NAME" | tr -c 'a-z0-9' '_')
partial="$PGDATA.partial"
umask 077

# The replication password lives in a file on the in-memory socket volume, never on the data volume.
passfile="$POSTGRES_SOCKET_DIR/.pgpass"
printf '*:*:*:replicator:%s\n' "${REPLICATION_PASSWORD:-}" >"$passfile"
chmod 600 "$passfile"

initialise_primary() {
  if [ "$POSTGRES_INITDB" != allowed ]; then
    log "the volume is empty but POSTGRES_INITDB is '$POSTGRES_INITDB': refusing to create an empty database" \
      "(a failover is set; restore the promoted server from backup instead)"
    exit 1
  fi
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is needed to initialise the primary}"
  log "empty volume: creating the database cluster"
  rm -rf "$partial"
  # C.UTF-8 sorts by code point, so a C library upgrade can never reorder (corrupt) an index.
  initdb --pgdata="$partial" --username=postgres --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
    --auth-local=peer --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --data-checksums >&2
  mv "$partial" "$PGDATA"
}

wait_for_primary() {
  local deadline=$((SECONDS + POSTGRES_PRIMARY_WAIT_SECONDS))
  until pg_isready --quiet --host="$POSTGRES_PRIMARY_HOST" --port="$POSTGRES_PRIMARY_PORT"; do
    if ((SECONDS >= deadline)); then
      log "primary $POSTGRES_PRIMARY_HOST:$POSTGRES_PRIMARY_PORT not ready after ${POSTGRES_PRIMARY_WAIT_SECONDS}s"
      exit 1
    fi
    log "waiting for primary $POSTGRES_PRIMARY_HOST:$POSTGRES_PRIMARY_PORT"
    sleep 2
  done
}

clone_primary() {
  : "${REPLICATION_PASSWORD:?REPLICATION_PASSWORD is needed to copy the primary}"
  wait_for_primary
  local conninfo="host=$POSTGRES_PRIMARY_HOST port=$POSTGRES_PRIMARY_PORT user=replicator application_name=$POD_NAME passfile=$passfile"
  # Reuse this pod's slot if an earlier copy created it; READ_REPLICATION_SLOT returns nulls for a missing slot.
  local existing create_slot=(--create-slot)
  existing=$(psql "$conninfo replication=true" --no-psqlrc --tuples-only --no-align \
    --command="READ_REPLICATION_SLOT $slot" | cut -d'|' -f1)
  [ -n "$existing" ] && create_slot=()
  log "empty volume: copying the primary through slot $slot${existing:+ (existing)}"
  rm -rf "$partial"
  pg_basebackup --dbname="$conninfo" --pgdata="$partial" --wal-method=stream --checkpoint=fast \
    --slot="$slot" "${create_slot[@]}" --write-recovery-conf --progress >&2
  mv "$partial" "$PGDATA"
}

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -e "$PGDATA" ] && [ -n "$(ls -A "$PGDATA")" ]; then
    log "$PGDATA holds files but no PG_VERSION: refusing to overwrite them"
    exit 1
  fi
  rmdir "$PGDATA" 2>/dev/null || true
  if [ "$POD_NAME" = "$POSTGRES_PRIMARY_POD" ]; then initialise_primary; else clone_primary; fi
elif [ "$POD_NAME" != "$POSTGRES_PRIMARY_POD" ] && [ ! -e "$PGDATA/standby.signal" ]; then
  log "refusing to start: $PGDATA belongs to a former primary and $POSTGRES_PRIMARY_POD is the primary now;" \
    "delete this pod's volume to rebuild it as a standby (docs/runbooks/postgres-failover.md)"
  exit 1
elif [ "$POD_NAME" = "$POSTGRES_PRIMARY_POD" ] && [ -e "$PGDATA/standby.signal" ]; then
  log "starting as a standby although this pod is the designated primary: promote it with 'pg_ctl promote'"
fi

chmod 700 "$PGDATA"
log "starting postgres on port $POSTGRES_PORT"
exec postgres -D "$PGDATA" -p "$POSTGRES_PORT" \
  -c config_file="$POSTGRES_CONFIG_DIR/postgresql.conf" \
  -c hba_file="$POSTGRES_CONFIG_DIR/pg_hba.conf" \
  -c unix_socket_directories="$POSTGRES_SOCKET_DIR"
