#!/bin/bash
# Point-in-time restore: Patroni's bootstrap method while `postgres.restore` is set
# (docs/disaster-recovery.md). It fills the empty data directory of the member that wins the
# bootstrap from one repository; Patroni then starts it, replays WAL up to the target time,
# promotes it, and the other members copy it.
set -euo pipefail

: "${PGDATA:?PGDATA must name the data directory to restore into}"
: "${PGBACKREST_STANZA:?PGBACKREST_STANZA must name the stanza}"
: "${RESTORE_REPO:?RESTORE_REPO must name the repository number (1 or 2)}"
: "${RESTORE_TARGET_TIME:?RESTORE_TARGET_TIME must be a timestamp with time zone, e.g. 2026-05-04 13:37:00+00}"
# 'preserve' keeps archiving on the restored leader (its new timeline is archived); rehearsals
# that must not write into the stanza use 'off'.
: "${RESTORE_ARCHIVE_MODE:=preserve}"
export PGBACKREST_STANZA

log() { printf '%s postgres-restore: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }

if [ -e "$PGDATA" ] && [ -n "$(ls -A "$PGDATA")" ]; then
  log "$PGDATA is not empty: restore into a fresh volume (set the old one aside first)"
  exit 1
fi
mkdir -p "$PGDATA"
chmod 700 "$PGDATA"
log "restoring repo$RESTORE_REPO to $RESTORE_TARGET_TIME into $PGDATA"
pgbackrest --repo="$RESTORE_REPO" --pg1-path="$PGDATA" --type=time --target="$RESTORE_TARGET_TIME" \
  --target-action=promote --archive-mode="$RESTORE_ARCHIVE_MODE" restore
log "restored; PostgreSQL replays WAL to $RESTORE_TARGET_TIME and promotes when Patroni starts it"
