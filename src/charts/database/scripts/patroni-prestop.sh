#!/bin/bash
# preStop of a database member. When this member leads, it hands leadership to a healthy
# replica before Kubernetes stops it, so a node drain or rolling restart costs a switchover
# (a write pause of seconds) instead of a failover (the leader key's ttl). Any other member
# stops as it is. It never fails the pod's shutdown: if no switchover is possible, Patroni
# releases the leader key as it stops and the replicas elect a new leader. It returns within
# REPLICA_WAIT_SECONDS + SWITCHOVER_WAIT_SECONDS (plus patronictl's own start), leaving the
# rest of the pod's grace period to PostgreSQL's shutdown.
set -uo pipefail

config=${1:?usage: patroni-prestop.sh /path/to/patroni.yml}
: "${PATRONI_NAME:?PATRONI_NAME names this member}"
: "${REPLICA_WAIT_SECONDS:=20}"
: "${SWITCHOVER_WAIT_SECONDS:=45}"

log() { printf '%s patroni-prestop %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$PATRONI_NAME" "$*" >&2; }

# Prints "<leader> <healthy replicas> <replicas>" from Patroni's view of the cluster.
members() {
  patronictl -c "$config" list --format json 2>/dev/null | python3 -c 'import json, sys
members = json.load(sys.stdin)
leader = next((m["Member"] for m in members if m["Role"] == "Leader"), "-")
replicas = [m for m in members if m["Role"] != "Leader"]
# Patroni 3.0 reports a replica that runs as "running"; later versions say "streaming".
healthy = [m for m in replicas if m["State"] in ("running", "streaming")]
print(leader, len(healthy), len(replicas))'
}

read -r leader healthy replicas <<<"$(members)"
if [ "${leader:-}" != "$PATRONI_NAME" ]; then
  log "not the leader (${leader:-unknown}): nothing to hand over"
  exit 0
fi
# A replica that has just (re)started shows as healthy within one Patroni loop: wait for it.
started=$SECONDS
while [ "${healthy:-0}" -eq 0 ] && [ "${replicas:-0}" -gt 0 ] && ((SECONDS - started < REPLICA_WAIT_SECONDS)); do
  sleep 1
  read -r leader healthy replicas <<<"$(members)"
done
if [ "${healthy:-0}" -eq 0 ]; then
  log "no healthy replica to hand over to: stopping as leader"
  exit 0
fi
log "leader with $healthy healthy replica(s): switching over before shutdown"
started=$SECONDS
# patronictl exits 0 even when Patroni refuses (e.g. 412: no synchronous standby): read its answer.
answer=$(patronictl -c "$config" switchover --leader "$PATRONI_NAME" --force 2>&1)
printf '%s\n' "$answer" >&2
if [[ "$answer" == *"failed, details"* ]]; then
  log "switchover refused: stopping as leader"
  exit 0
fi
while ((SECONDS - started < SWITCHOVER_WAIT_SECONDS)); do
  read -r leader _ <<<"$(members)"
  if [ -n "$leader" ] && [ "$leader" != - ] && [ "$leader" != "$PATRONI_NAME" ]; then
    log "leadership handed to $leader after $((SECONDS - started))s"
    exit 0
  fi
  sleep 1
done
log "no new leader after ${SWITCHOVER_WAIT_SECONDS}s: stopping anyway"
