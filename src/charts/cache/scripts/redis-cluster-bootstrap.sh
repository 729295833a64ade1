#!/bin/bash
# Forms the Redis cluster once: every node answers, then `redis-cli --cluster create`
# assigns the slots to the first nodes and the rest as their replicas. A cluster that is
# already formed is left alone, so the Job is safe to re-run.
set -euo pipefail
# shellcheck source=redis-lib.sh
. "$(dirname "$0")/redis-lib.sh"

: "${REDISCLI_AUTH:?REDISCLI_AUTH (the Redis password) is needed}"
: "${REDIS_CLUSTER_NODES:?REDIS_CLUSTER_NODES must list every node as host:port, masters first}"
: "${REDIS_CLUSTER_REPLICAS:?REDIS_CLUSTER_REPLICAS must say how many replicas each master has}"
: "${REDIS_WAIT_SECONDS:=300}"

read -r -a nodes <<<"$REDIS_CLUSTER_NODES"
cli() { redis-cli -h "${1%:*}" -p "${1##*:}" "${@:2}"; }
info() { cli "$1" CLUSTER INFO | tr -d '\r' | sed -n "s/^$2://p"; }

deadline=$((SECONDS + REDIS_WAIT_SECONDS))
for node in "${nodes[@]}"; do
  until [ "$(cli "$node" PING 2>/dev/null)" = PONG ]; do
    if ((SECONDS >= deadline)); then log "$node did not answer within ${REDIS_WAIT_SECONDS}s"; exit 1; fi
    log "waiting for $node"
    sleep 2
  done
done

known=$(info "${nodes[0]}" cluster_known_nodes)
if [ "$(info "${nodes[0]}" cluster_state)" = ok ] && [ "$known" -ge "${#nodes[@]}" ]; then
  log "cluster already formed ($known nodes): nothing to do"
  exit 0
fi
for node in "${nodes[@]}"; do
  if [ "$(info "$node" cluster_known_nodes)" != 1 ]; then
    log "$node already knows other nodes but the cluster is not complete: repair it by hand (docs/runbooks/redis.md)"
    exit 1
  fi
done

# redis-cli takes addresses; the nodes announce their stable host names themselves.
addresses=()
for node in "${nodes[@]}"; do
  ip=$(getent ahostsv4 "${node%:*}" | awk 'NR == 1 { print $1 }')
  [ -n "$ip" ] || { log "cannot resolve ${node%:*}"; exit 1; }
  addresses+=("$ip:${node##*:}")
done
log "creating the cluster: ${addresses[*]} with $REDIS_CLUSTER_REPLICAS replica(s) per master"
redis-cli --cluster create "${addresses[@]}" --cluster-replicas "$REDIS_CLUSTER_REPLICAS" --cluster-yes >&2

until [ "$(info "${nodes[0]}" cluster_state)" = ok ]; do
  if ((SECONDS >= deadline)); then log "cluster not ok within ${REDIS_WAIT_SECONDS}s"; exit 1; fi
  sleep 1
done
log "cluster formed"
