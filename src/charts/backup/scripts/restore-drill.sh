#!/bin/bash
# Restore drill: restores the latest backup of each repository into scratch storage, starts
# a private PostgreSQL on the copy and proves it usable:
#   - recovery point: the restored heartbeat is at most DRILL_MAX_LAG_SECONDS older than
#     the drill's start (the RPO the settings promise);
#   - integrity: pg_amcheck finds no corruption;
#   - schema: the migration head equals the live database's.
# Prints the result as Prometheus metrics (also to DRILL_METRICS_FILE when set) and exits
# non-zero when any repository fails.
set -uo pipefail

: "${DRILL_REPOS:?DRILL_REPOS must list the repository numbers, e.g. '1 2'}"
: "${PGBACKREST_STANZA:?PGBACKREST_STANZA must name the stanza}"
: "${DRILL_SCRATCH_DIR:?DRILL_SCRATCH_DIR must name the scratch volume}"
: "${DRILL_MAX_LAG_SECONDS:?DRILL_MAX_LAG_SECONDS must be the recovery point objective}"
: "${POSTGRES_CONFIG_DIR:=/etc/postgresql/agent}"
: "${DRILL_PORT:=5433}"
: "${DRILL_START_TIMEOUT_SECONDS:=3600}"
: "${APP_DATABASE:?APP_DATABASE must name the application database}"
: "${DRILL_LIVE_HOST:?DRILL_LIVE_HOST must name the live read-only Service}"
: "${DRILL_LIVE_PORT:=5432}"
: "${READONLY_USER:?}" "${READONLY_PASSWORD:?}"
: "${DRILL_METRICS_FILE:=}"
export PGBACKREST_STANZA

log() { printf '%s restore-drill: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }
started=$(date +%s)
metrics=()
failed=()

# A query on the restored copy (local socket, superuser).
restored_sql() {
  psql --no-psqlrc --tuples-only --no-align --set=ON_ERROR_STOP=1 --host="$run" --port="$DRILL_PORT" \
    --username=postgres "$@"
}
# A query on the live database (read-only role through the read-only Service).
live_sql() {
  PGPASSWORD="$READONLY_PASSWORD" PGCONNECT_TIMEOUT=10 psql --no-psqlrc --tuples-only --no-align --set=ON_ERROR_STOP=1 \
    --host="$DRILL_LIVE_HOST" --port="$DRILL_LIVE_PORT" --username="$READONLY_USER" --dbname="$APP_DATABASE" "$@"
}
migration_head() { "$@" --command="SELECT CASE WHEN to_regclass('alembic_version') IS NULL THEN '(none)' ELSE (SELECT coalesce(string_agg(version_num, ',' ORDER BY version_num), '(empty)') FROM alembic_version) END"; }

# Runs the checks on repository $1; returns non-zero on the first failed check.
drill() {
  local repo=$1
  local dir="$DRILL_SCRATCH_DIR/repo$repo"
  pgdata="$dir/pgdata" run="$dir/run"
  rm -rf "$dir" && mkdir -p "$pgdata" "$run" && chmod 700 "$pgdata" || return 1

  log "repo$repo: restoring the latest backup"
  # WAL comes from the same repository only, fetched synchronously (the drill pod has no spool
  # volume); the copy never archives into the stanza.
  pgbackrest --repo="$repo" --pg1-path="$pgdata" --archive-mode=off \
    --recovery-option="restore_command=pgbackrest --repo=$repo --pg1-path=$pgdata --no-archive-async archive-get %f \"%p\"" restore || {
    log "repo$repo: restore failed"
    return 1
  }

  log "repo$repo: starting a private server on the copy"
  pg_ctl --pgdata="$pgdata" --log="$dir/postgres.log" --wait --timeout="$DRILL_START_TIMEOUT_SECONDS" start \
    --options="-p $DRILL_PORT -c config_file=$POSTGRES_CONFIG_DIR/postgresql.conf -c hba_file=$POSTGRES_CONFIG_DIR/pg_hba.conf -c listen_addresses='' -c unix_socket_directories=$run -c archive_mode=off -c synchronous_standby_names='' -c shared_buffers=128MB" >&2 || {
    log "repo$repo: the restored copy does not start"
    tail -n 20 "$dir/postgres.log" >&2
    return 1
  }
  local deadline=$((SECONDS + DRILL_START_TIMEOUT_SECONDS))
  until [ "$(restored_sql --dbname=postgres --command='SELECT pg_is_in_recovery()' 2>/dev/null)" = f ]; do
    if ((SECONDS >= deadline)); then
      log "repo$repo: recovery did not finish"
      return 1
    fi
    sleep 1
  done

  local heartbeat lag
  heartbeat=$(restored_sql --dbname=postgres --command='SELECT extract(epoch FROM written_at)::bigint FROM platform_heartbeat') || {
    log "repo$repo: no heartbeat in the copy"
    return 1
  }
  lag=$((started - heartbeat))
  metrics+=("agent_restore_drill_recovery_point_lag_seconds{repo=\"$repo\"} $lag")
  if ((lag > DRILL_MAX_LAG_SECONDS)); then
    log "repo$repo: the copy ends ${lag}s before the drill started; the RPO is ${DRILL_MAX_LAG_SECONDS}s"
    return 1
  fi
  log "repo$repo: recovery point ${lag}s before the drill started (RPO ${DRILL_MAX_LAG_SECONDS}s)"

  pg_amcheck --host="$run" --port="$DRILL_PORT" --username=postgres --all --install-missing >&2 || {
    log "repo$repo: pg_amcheck found corruption"
    return 1
  }

  local restored live
  restored=$(migration_head restored_sql --dbname="$APP_DATABASE") || return 1
  live=$(migration_head live_sql) || {
    log "repo$repo: cannot read the live migration head"
    return 1
  }
  if [ "$restored" != "$live" ]; then
    log "repo$repo: migration head $restored in the copy, $live live"
    return 1
  fi
  log "repo$repo: migration head $restored matches"
}

for repo in $DRILL_REPOS; do
  t0=$(date +%s)
  if drill "$repo"; then ok=1; else ok=0; failed+=("repo$repo"); fi
  pg_ctl --pgdata="$DRILL_SCRATCH_DIR/repo$repo/pgdata" --mode=immediate stop >/dev/null 2>&1
  rm -rf "$DRILL_SCRATCH_DIR/repo$repo"
  metrics+=("agent_restore_drill_success{repo=\"$repo\"} $ok" "agent_restore_drill_duration_seconds{repo=\"$repo\"} $(($(date +%s) - t0))")
  log "repo$repo: $([ $ok = 1 ] && echo passed || echo FAILED)"
done
metrics+=("agent_restore_drill_last_run_timestamp_seconds $started")

{
  echo '# HELP agent_restore_drill_success 1 when the latest restore drill of the repository passed, else 0.'
  echo '# TYPE agent_restore_drill_success gauge'
  printf '%s\n' "${metrics[@]}"
} | tee ${DRILL_METRICS_FILE:+"$DRILL_METRICS_FILE"}

if [ ${#failed[@]} -gt 0 ]; then
  log "FAILED: ${failed[*]}"
  exit 1
fi
log "passed: every repository restores within the RPO, intact and at the live migration head"
