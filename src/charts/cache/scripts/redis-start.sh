#!/bin/bash
# Starts a Redis server from the rendered redis.conf plus what only the pod knows: its port,
# its announced host name, the password and, with Sentinel, the master to replicate.
set -euo pipefail
# shellcheck source=redis-lib.sh
. "$(dirname "$0")/redis-lib.sh"

: "${REDIS_PASSWORD:?REDIS_PASSWORD is needed}"
: "${REDIS_MODE:?REDIS_MODE must be standalone, sentinel or cluster}"
: "${REDIS_CONFIG:=/etc/redis/redis.conf}"
: "${REDIS_RUNTIME_DIR:=/run/redis}"
: "${REDIS_DATA_DIR:=/data}"
: "${REDIS_PORT:=6379}"
: "${REDIS_ANNOUNCE_HOST:?REDIS_ANNOUNCE_HOST must be the stable host name of this pod}"

conf="$REDIS_RUNTIME_DIR/redis.conf"
{
  echo "include $REDIS_CONFIG"
  echo "port $REDIS_PORT"
  echo "dir $REDIS_DATA_DIR"
  echo "requirepass $(quote "$REDIS_PASSWORD")"
  echo "masterauth $(quote "$REDIS_PASSWORD")"
  case "$REDIS_MODE" in
    standalone) ;;
    sentinel)
      : "${REDIS_SENTINELS:?}" "${REDIS_MASTER_SET:?}" "${REDIS_SENTINEL_QUORUM:?}" "${REDIS_SENTINEL_WAIT_SECONDS:=120}"
      # Announce the stable name: pod IPs change on restart, and Sentinel hands this to clients.
      echo "replica-announce-ip $REDIS_ANNOUNCE_HOST"
      # The Sentinels keep the topology on their volumes and are the only judge of who is master:
      # a server never elects itself, so a node with stale data cannot come back as master.
      master=$(await_sentinel_master "$REDIS_SENTINEL_WAIT_SECONDS") || exit 1
      read -r master_host master_port <<<"$master"
      if [ "$master_host" = "$REDIS_ANNOUNCE_HOST" ] && [ "$master_port" = "$REDIS_PORT" ]; then
        log "the Sentinels name this server as master: starting as master"
      else
        log "starting as replica of $master_host:$master_port"
        echo "replicaof $master_host $master_port"
        # Not a promotion candidate until it has synced with that master since it started: a
        # node back with old data must not be promoted while the master is still starting.
        echo "replica-priority 0"
        promotable_when_synced=yes
      fi
      ;;
    cluster)
      echo "cluster-config-file $REDIS_DATA_DIR/nodes.conf"
      echo "cluster-announce-hostname $REDIS_ANNOUNCE_HOST"
      ;;
    *)
      log "REDIS_MODE '$REDIS_MODE' is not one of standalone, sentinel, cluster"
      exit 1
      ;;
  esac
} >"$conf"
chmod 600 "$conf"
if [ "${promotable_when_synced:-}" = yes ]; then
  # Detached: once the first sync is done (or the server is made master), restore the default
  # replica-priority so the Sentinels may promote this replica again.
  (
    until [ "$(local_info master_link_status)" = up ] || [ "$(local_info role)" = master ]; do sleep 1; done
    [ "$(local_cli CONFIG SET replica-priority 100)" = OK ] && log "in sync with the master: promotable again"
  ) </dev/null &
fi
exec redis-server "$conf"
