#!/bin/bash
# Creates or updates the platform's roles and database on the primary. Safe to re-run:
# Argo CD runs it on every sync, after the primary is ready and before migrations.
set -euo pipefail

: "${PGHOST:?PGHOST must name the read-write Service}"
: "${PGPORT:=5432}"
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD (superuser) is needed}"
: "${POSTGRES_SCRIPTS_DIR:=$(dirname "$0")}"
: "${POSTGRES_WAIT_SECONDS:=300}"
for v in APP_DATABASE APP_USER APP_PASSWORD READONLY_USER READONLY_PASSWORD REPLICATION_PASSWORD MONITORING_PASSWORD; do
  [ -n "${!v:-}" ] || { echo "postgres-init: $v is not set" >&2; exit 1; }
done
export PGUSER=postgres PGDATABASE=postgres PGPASSWORD="$POSTGRES_PASSWORD" PGCONNECT_TIMEOUT=5

deadline=$((SECONDS + POSTGRES_WAIT_SECONDS))
until pg_isready --quiet; do
  if ((SECONDS >= deadline)); then
    echo "postgres-init: $PGHOST:$PGPORT not ready after ${POSTGRES_WAIT_SECONDS}s" >&2
    exit 1
  fi
  echo "postgres-init: waiting for $PGHOST:$PGPORT" >&2
  sleep 2
done

in_recovery=$(psql --no-psqlrc --tuples-only --no-align --command='SELECT pg_is_in_recovery()')
if [ "$in_recovery" != f ]; then
  echo "postgres-init: $PGHOST:$PGPORT is a standby; roles are created on the primary only" >&2
  exit 1
fi

echo "postgres-init: applying roles and database '$APP_DATABASE' on $PGHOST:$PGPORT" >&2
psql --no-psqlrc --quiet --file="$POSTGRES_SCRIPTS_DIR/postgres-roles.sql"
echo "postgres-init: done" >&2
