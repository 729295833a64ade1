#!/bin/bash
# Patroni's bootstrap method for a new cluster: creates the database cluster with initdb, but
# only from nothing. Patroni runs it once, on the one member that wins the race for the
# cluster's initialize key; it never runs while the cluster exists in the DCS.
#
# If the DCS was lost with every volume (namespace deleted, cluster rebuilt) while a backup
# repository still holds this stanza, an initdb here would start an empty database that the
# app and migrations then write into, and whose WAL the archive refuses. That is refused:
# restore instead (postgres.restore, docs/disaster-recovery.md). A repository that cannot be
# read is refused too, since it cannot prove there is nothing to lose.
set -euo pipefail

datadir=
for arg in "$@"; do
  case "$arg" in
    --datadir=*) datadir=${arg#--datadir=} ;;
  esac
done
: "${datadir:?patroni-bootstrap.sh: Patroni passes --datadir}"
: "${BOOTSTRAP_BACKUP_REPOS:=}"

log() { printf '%s patroni-bootstrap: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }

for repo in $BOOTSTRAP_BACKUP_REPOS; do
  if ! info=$(pgbackrest --repo="$repo" --output=json info); then
    log "cannot read backup repository repo$repo: refusing to create an empty database (it may hold this cluster's backups)"
    exit 1
  fi
  # Status 1 is "missing stanza path": the repository has never seen this stanza.
  state=$(python3 -c 'import json, sys
stanza = json.load(sys.stdin)[0]
print(stanza["status"]["code"], len(stanza.get("backup", [])))' <<<"$info")
  read -r code backups <<<"$state"
  if [ "$code" != 1 ]; then
    log "backup repository repo$repo holds stanza '${PGBACKREST_STANZA:-}' ($backups backups, status $code):" \
      "refusing to create an empty database over it; restore from it instead (postgres.restore, docs/disaster-recovery.md)"
    exit 1
  fi
  log "repo$repo holds no backup of this stanza"
done

log "creating the database cluster in $datadir"
# C.UTF-8 sorts by code point, so a C library upgrade can never reorder (corrupt) an index.
initdb --pgdata="$datadir" --username=postgres --auth-local=peer --auth-host=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 --data-checksums >&2
