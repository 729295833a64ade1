#!/bin/bash
# preStop of a Redis server in Sentinel mode. When this server is the master, it asks the
# Sentinels to fail over before Kubernetes stops it, so a rolling restart or a node drain
# moves writes to a replica in seconds instead of waiting out the Sentinels' down-after and
# failover. Writes are paused (CLIENT PAUSE WRITE) while the replicas catch up and one is
# promoted, so nothing acknowledged here is lost; once the Sentinels name the new master,
# this server replicates it and the paused clients get READONLY and ask the Sentinels again.
# A replica stops as it is. It never fails the pod's shutdown: if no failover happens in
# time, it resumes writes and stops as master (the Sentinels then fail over as for a crash).
# It returns within REDIS_PRESTOP_WAIT_SECONDS plus one round of Sentinel queries
# (3 s each), leaving the rest of the grace period to the server's shutdown.
set -uo pipefail
# shellcheck source=redis-lib.sh
. "$(dirname "$0")/redis-lib.sh"

: "${REDIS_PASSWORD:?REDIS_PASSWORD is needed}"
: "${REDIS_SENTINELS:?}" "${REDIS_MASTER_SET:?}" "${REDIS_SENTINEL_QUORUM:?}"
: "${REDIS_ANNOUNCE_HOST:?}" "${REDIS_PORT:=6379}" "${REDIS_PRESTOP_WAIT_SECONDS:=30}"

role=$(local_info role)
if [ "$role" != master ]; then
  log "${role:-not answering}, not the master: nothing to hand over"
  exit 0
fi
self="$REDIS_ANNOUNCE_HOST $REDIS_PORT"
need=$(sentinel_agreement)
vote=$(sentinel_vote "$need")
if [ "$vote" != "master $self" ]; then
  log "master, but the Sentinels do not agree it is ($vote): stopping as it is"
  exit 0
fi

started=$SECONDS
deadline=$((SECONDS + REDIS_PRESTOP_WAIT_SECONDS))
# Writes wait (they are not refused) from just before the failover request until the new
# master is known, at most the hook's bound, so the promoted replica has every write.
trap 'local_cli CLIENT UNPAUSE >/dev/null' EXIT
asked=""
while [ -z "$asked" ] && ((SECONDS < deadline)); do
  local_cli CLIENT PAUSE $(((deadline - SECONDS) * 1000)) WRITE >/dev/null
  for sentinel in $REDIS_SENTINELS; do
    answer=$(REDISCLI_AUTH="$REDIS_PASSWORD" timeout 3 redis-cli -h "${sentinel%:*}" -p "${sentinel##*:}" \
      SENTINEL FAILOVER "$REDIS_MASTER_SET" 2>&1 | tr -d '\r')
    case "$answer" in
      OK | *INPROGRESS*)
        asked=$sentinel
        break
        ;;
    esac
  done
  if [ -z "$asked" ]; then
    # E.g. NOGOODSLAVE: a replica that has just synced becomes a candidate at the Sentinels' next INFO.
    local_cli CLIENT UNPAUSE >/dev/null
    log "no failover yet (last answer: ${answer:-none}); retrying"
    sleep 1
  fi
done
if [ -z "$asked" ]; then
  log "no Sentinel started a failover within ${REDIS_PRESTOP_WAIT_SECONDS}s: stopping as master"
  exit 0
fi
log "master: Sentinel $asked is failing over before shutdown"
while ((SECONDS < deadline)); do
  vote=$(sentinel_vote "$need")
  case "$vote" in
    "master $self" | none | undecided\ *) ;;
    master\ *)
      read -r _ host port <<<"$vote"
      # The Sentinels would reconfigure this server too; doing it now ends the paused writes at once.
      [ "$(local_info role)" = master ] && local_cli REPLICAOF "$host" "$port" >/dev/null
      log "the Sentinels name $host:$port as master after $((SECONDS - started))s; this server replicates it"
      exit 0
      ;;
  esac
  sleep 0.2
done
log "no new master after ${REDIS_PRESTOP_WAIT_SECONDS}s: stopping as master"
