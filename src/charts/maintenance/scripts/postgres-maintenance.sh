#!/bin/bash
# One task of the weekly database maintenance (docs/maintenance.md), run by its CronJob against the
# leader through the read-write Service:
#   analyze  ANALYZE every table (vacuumdb); in stages when tables with rows have no statistics yet,
#            as after a restore, so the planner gets rough statistics first
#   reindex  drops what an interrupted REINDEX CONCURRENTLY left behind, then rebuilds concurrently
#            the B-tree indexes reindex-candidates.sql finds bloated, and only those
#   report   table and index bloat, unused indexes and the top statements since the previous report
#            (report.sql), then starts the statement statistics afresh
# Every statement is bounded: lock_timeout (maintenance gives way to the application), and a
# statement_timeout of what is left of the Job's deadline, so the server stops the work by the time
# the Job is ended. Any failure exits non-zero: the Job fails and the maintenance alerts fire.
set -euo pipefail

task=${1:?usage: postgres-maintenance.sh analyze|reindex|report}
: "${PGHOST:?PGHOST must name the read-write Service}"
: "${PGDATABASE:?PGDATABASE must name the application database}"
: "${PGUSER:?}" "${PGPASSWORD:?}"
: "${MAINTENANCE_DEADLINE_SECONDS:?MAINTENANCE_DEADLINE_SECONDS must equal the activeDeadlineSeconds of the Job}"
: "${LOCK_TIMEOUT_SECONDS:?}" "${REINDEX_MIN_SIZE_MIB:?}" "${REINDEX_BELOW_LEAF_DENSITY_PERCENT:?}" "${REPORT_TOP_QUERIES:?}"
: "${MAINTENANCE_SCRIPTS_DIR:=$(dirname "$0")}"
# Only the leader takes read-write sessions: a replica behind a stale endpoint is refused, never maintained.
export PGTARGETSESSIONATTRS=read-write PGCONNECT_TIMEOUT=10 PGAPPNAME="postgres-maintenance-$task"
# What the Job keeps of its deadline to log the failure and exit.
MARGIN_SECONDS=15

log() { printf '%s postgres-maintenance %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$task" "$*" >&2; }

# Settings of the next session: its statements may take what is left of the deadline. The server
# also checks that the client is still there, so a Job ended by its deadline stops the statement.
bound() {
  local left=$((MAINTENANCE_DEADLINE_SECONDS - SECONDS - MARGIN_SECONDS))
  if ((left <= 0)); then
    log "deadline of ${MAINTENANCE_DEADLINE_SECONDS}s reached before $1"
    exit 1
  fi
  export PGOPTIONS="-c lock_timeout=${LOCK_TIMEOUT_SECONDS}s -c statement_timeout=${left}s -c client_connection_check_interval=10s -c idle_in_transaction_session_timeout=60s"
}

# One query's rows, unaligned: `query "what it is for" psql-arguments...`.
query() {
  bound "$1"
  shift
  psql --no-psqlrc --set=ON_ERROR_STOP=1 --quiet --tuples-only --no-align "$@"
}

# A query's rows into the array ROWS. Through an assignment, so that a failed query (a refused
# connection included) stops the script; a process substitution would hide it.
rows() {
  local out
  out=$(query "$@")
  ROWS=()
  [ -z "$out" ] || mapfile -t ROWS <<<"$out"
}

analyze() {
  # The planner's row estimate survives a restore, the cumulative statistics do not.
  local unanalyzed
  unanalyzed=$(query 'looking for tables never analyzed' --command="SELECT count(*) FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid WHERE c.reltuples > 0 AND s.last_analyze IS NULL AND s.last_autoanalyze IS NULL")
  bound 'vacuumdb'
  if ((unanalyzed > 0)); then
    log "$unanalyzed table(s) with rows never analyzed: analyzing in stages"
    vacuumdb --analyze-in-stages
  else
    vacuumdb --analyze-only
  fi
  log 'done'
}

reindex() {
  # An interrupted REINDEX CONCURRENTLY leaves invalid indexes named <index>_ccnew or _ccold
  # (PostgreSQL's REINDEX documentation): they slow every write until dropped.
  local index
  rows 'looking for leftovers of interrupted rebuilds' --command="SELECT format('%I.%I', n.nspname, c.relname) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT i.indisvalid AND c.relname ~ '_cc(new|old)[0-9]*$' AND pg_has_role(c.relowner, 'USAGE')"
  for index in "${ROWS[@]}"; do
    log "dropping $index, left invalid by an interrupted rebuild"
    query "dropping $index" --command="DROP INDEX CONCURRENTLY IF EXISTS $index"
  done

  local line size density
  rows 'choosing the bloated indexes' \
    --set=min_bytes=$((REINDEX_MIN_SIZE_MIB * 1048576)) --set=max_density="$REINDEX_BELOW_LEAF_DENSITY_PERCENT" \
    --file="$MAINTENANCE_SCRIPTS_DIR/reindex-candidates.sql"
  local candidates=("${ROWS[@]}")
  if ((${#candidates[@]} == 0)); then
    log "no index of ${REINDEX_MIN_SIZE_MIB} MiB or more is below ${REINDEX_BELOW_LEAF_DENSITY_PERCENT}% leaf density"
    return
  fi
  for line in "${candidates[@]}"; do
    IFS='|' read -r index size density <<<"$line"
    log "rebuilding $index: $size bytes, leaf pages ${density}% full"
    bound "rebuilding $index"
    reindexdb --concurrently --index="$index"
    size=$(query "measuring $index" --command="SELECT pg_relation_size('$index'::regclass)")
    log "rebuilt $index: $size bytes"
  done
  log 'done'
}

report() {
  bound 'the report'
  psql --no-psqlrc --set=ON_ERROR_STOP=1 --quiet \
    --set=min_bytes=$((REINDEX_MIN_SIZE_MIB * 1048576)) --set=top="$REPORT_TOP_QUERIES" \
    --file="$MAINTENANCE_SCRIPTS_DIR/report.sql"
  log 'done'
}

case "$task" in
  analyze | reindex | report) "$task" ;;
  *)
    log 'unknown task (analyze, reindex or report)'
    exit 2
    ;;
esac
