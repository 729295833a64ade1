#!/bin/bash
# Starts a Sentinel. Sentinel rewrites its configuration file as it learns the topology (the
# master, its epochs, the replicas and the other Sentinels), and that file is kept on the
# pod's volume: after a restart, of this pod or of every pod at once, the Sentinel knows the
# latest master and the epoch it was chosen in. Each start writes the file afresh from the
# rendered sentinel.conf, so setting changes apply, and carries the learned state over.
# The master it monitors is, in this order: the one its kept state names; the one the other
# Sentinels agree on; the designated first master when no Sentinel has any state (first
# install).
set -euo pipefail
# shellcheck source=redis-lib.sh
. "$(dirname "$0")/redis-lib.sh"

: "${REDIS_PASSWORD:?REDIS_PASSWORD is needed}"
: "${REDIS_SENTINELS:?REDIS_SENTINELS must list the Sentinels as host:port}"
: "${REDIS_MASTER_SET:?}" "${REDIS_FIRST_MASTER_HOST:?}" "${REDIS_FIRST_MASTER_PORT:=6379}"
: "${SENTINEL_CONFIG:=/etc/redis/sentinel.conf}"
: "${SENTINEL_DATA_DIR:=/data}"
: "${SENTINEL_PORT:=26379}"
: "${SENTINEL_WAIT_SECONDS:=60}"
: "${SENTINEL_ANNOUNCE_HOST:?SENTINEL_ANNOUNCE_HOST must be the stable host name of this pod}"

conf="$SENTINEL_DATA_DIR/sentinel.conf"
state=""
if [ -s "$conf" ]; then
  # What Sentinel learned and wrote itself: where the master is, the epochs, the instances it knows.
  state=$(grep -E "^sentinel (myid|current-epoch) |^sentinel (monitor|config-epoch|leader-epoch|known-replica|known-sentinel) $REDIS_MASTER_SET " "$conf" || true)
fi
read -r _ _ _ master_host master_port _ < <(grep "^sentinel monitor " <<<"$state") || true
if [ -n "${master_host:-}" ]; then
  log "kept state names $master_host:$master_port as master"
else
  # No state of its own: the other Sentinels' view if every one that answers agrees, else
  # (none answers) the first install.
  deadline=$((SECONDS + SENTINEL_WAIT_SECONDS))
  for (( ; ; )); do
    vote=$(sentinel_vote all)
    case "$vote" in
      master\ *)
        read -r _ master_host master_port <<<"$vote"
        log "the other Sentinels name $master_host:$master_port as master"
        break
        ;;
      none)
        master_host=$REDIS_FIRST_MASTER_HOST master_port=$REDIS_FIRST_MASTER_PORT
        log "no state and no other Sentinel answered (first install): the first master is $master_host:$master_port"
        break
        ;;
    esac
    if ((SECONDS >= deadline)); then
      log "the other Sentinels disagree after ${SENTINEL_WAIT_SECONDS}s: ${vote#undecided }"
      exit 1
    fi
    log "waiting for the other Sentinels to agree: ${vote#undecided }"
    sleep 2
  done
fi

{
  sed -e "s/@MASTER_HOST@/$master_host/" -e "s/@MASTER_PORT@/$master_port/" "$SENTINEL_CONFIG"
  grep -v "^sentinel monitor " <<<"$state" || true
  echo "port $SENTINEL_PORT"
  echo "sentinel announce-ip $SENTINEL_ANNOUNCE_HOST"
  echo "sentinel auth-pass $REDIS_MASTER_SET $(quote "$REDIS_PASSWORD")"
  echo "sentinel sentinel-pass $(quote "$REDIS_PASSWORD")"
  echo "requirepass $(quote "$REDIS_PASSWORD")"
} >"$conf.new"
chmod 600 "$conf.new"
mv "$conf.new" "$conf"
# Sentinel refuses a monitor line whose host does not resolve, and on a first install the
# master's pod DNS name may not exist yet: wait for it (bounded) instead of crash-looping.
resolve_deadline=$((SECONDS + SENTINEL_WAIT_SECONDS))
until getent hosts "$master_host" >/dev/null; do
  if ((SECONDS >= resolve_deadline)); then
    log "$master_host does not resolve after ${SENTINEL_WAIT_SECONDS}s"
    exit 1
  fi
  log "waiting for $master_host to resolve"
  sleep 2
done
log "monitoring $REDIS_MASTER_SET at $master_host:$master_port"
exec redis-sentinel "$conf"
