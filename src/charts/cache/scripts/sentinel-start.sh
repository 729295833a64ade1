#!/bin/bash
# Starts a Sentinel. Sentinel rewrites its configuration as it learns the topology, so the
# rendered sentinel.conf is copied into a writable directory with the master filled in:
# the one the other Sentinels name, else the designated first master.
set -euo pipefail
# shellcheck source=redis-lib.sh
. "$(dirname "$0")/redis-lib.sh"

: "${REDIS_PASSWORD:?REDIS_PASSWORD is needed}"
: "${REDIS_SENTINELS:?REDIS_SENTINELS must list the Sentinels as host:port}"
: "${REDIS_MASTER_SET:?}" "${REDIS_FIRST_MASTER_HOST:?}" "${REDIS_FIRST_MASTER_PORT:=6379}"
: "${SENTINEL_CONFIG:=/etc/redis/sentinel.conf}"
: "${SENTINEL_RUNTIME_DIR:=/run/redis}"
: "${SENTINEL_PORT:=26379}"
: "${SENTINEL_ANNOUNCE_HOST:?SENTINEL_ANNOUNCE_HOST must be the stable host name of this pod}"

read -r master_host master_port < <(current_master)
conf="$SENTINEL_RUNTIME_DIR/sentinel.conf"
{
  sed -e "s/@MASTER_HOST@/$master_host/" -e "s/@MASTER_PORT@/$master_port/" "$SENTINEL_CONFIG"
  echo "port $SENTINEL_PORT"
  echo "sentinel announce-ip $SENTINEL_ANNOUNCE_HOST"
  echo "sentinel auth-pass $REDIS_MASTER_SET $(quote "$REDIS_PASSWORD")"
  echo "sentinel sentinel-pass $(quote "$REDIS_PASSWORD")"
  echo "requirepass $(quote "$REDIS_PASSWORD")"
} >"$conf"
chmod 600 "$conf"
log "monitoring $REDIS_MASTER_SET at $master_host:$master_port"
exec redis-sentinel "$conf"
