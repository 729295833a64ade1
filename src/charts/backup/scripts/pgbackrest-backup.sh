#!/bin/bash
# A scheduled backup (full or diff) of the leader, read over pgBackRest's TLS protocol and
# written to every repository in turn. An unreachable repository does not keep the others
# from getting their backup; the job still fails at the end so the failure is seen.
# With `stanza` it only creates the stanza and proves archiving (the Sync hook that makes WAL
# archiving work from the first install on, before the first scheduled backup).
set -uo pipefail

type=${1:?usage: pgbackrest-backup.sh full|diff|stanza}
: "${BACKUP_REPOS:?BACKUP_REPOS must list the repository numbers, e.g. '1 2'}"
: "${PGBACKREST_STANZA:?PGBACKREST_STANZA must name the stanza}"
export PGBACKREST_STANZA

log() { printf '%s pgbackrest-backup: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }
failed=()

# Creates the stanza on the first run; on later runs it only confirms it matches the cluster.
if ! pgbackrest stanza-create; then
  log "stanza-create failed (a repository may be unreachable); trying each repository anyway"
  failed+=("stanza-create")
fi
# Proves WAL archiving reaches every repository (forces a WAL switch and waits for it).
if ! pgbackrest check; then
  log "check failed: WAL archiving does not reach every repository"
  failed+=("check")
fi
if [ "$type" = stanza ]; then
  if [ ${#failed[@]} -gt 0 ]; then
    log "failed: ${failed[*]}"
    exit 1
  fi
  log "stanza ready: WAL archiving reaches every repository"
  exit 0
fi
for repo in $BACKUP_REPOS; do
  log "$type backup to repo$repo"
  if pgbackrest --repo="$repo" --type="$type" backup; then
    log "$type backup to repo$repo done"
  else
    log "$type backup to repo$repo FAILED"
    failed+=("repo$repo")
  fi
done
pgbackrest info >&2 || true

if [ ${#failed[@]} -gt 0 ]; then
  log "failed: ${failed[*]}"
  exit 1
fi
log "all repositories backed up"
