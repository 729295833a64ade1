#!/bin/bash
# Keeps the cluster in shape on every Argo CD sync (a Sync hook after the members are up):
#   1. Patroni's dynamic configuration (bootstrap.dcs of the rendered patroni.yml) is applied
#      through the leader's REST API, so a settings change reaches a running cluster;
#   2. the platform's roles and database are created or restated on the leader.
# Safe to re-run. Its writes never wait for a synchronous standby (synchronous_commit=local),
# so it also completes while no replica exists yet.
set -euo pipefail

: "${PGHOST:?PGHOST must name the read-write Service}"
: "${PGPORT:=5432}"
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD (superuser) is needed}"
: "${PATRONI_CONFIG:?PATRONI_CONFIG must name the rendered patroni.yml}"
: "${PATRONI_API_URL:?PATRONI_API_URL must name the REST API of the leader, e.g. http://postgres:8008}"
: "${PATRONI_RESTAPI_USERNAME:?}" "${PATRONI_RESTAPI_PASSWORD:?}"
: "${POSTGRES_SCRIPTS_DIR:=$(dirname "$0")}"
: "${POSTGRES_WAIT_SECONDS:=300}"
for v in APP_DATABASE APP_USER APP_PASSWORD READONLY_USER READONLY_PASSWORD MONITORING_PASSWORD MAINTENANCE_USER MAINTENANCE_PASSWORD; do
  [ -n "${!v:-}" ] || { echo "postgres-init: $v is not set" >&2; exit 1; }
done
export PGUSER=postgres PGDATABASE=postgres PGPASSWORD="$POSTGRES_PASSWORD" PGCONNECT_TIMEOUT=5
export PGOPTIONS='-c synchronous_commit=local'

deadline=$((SECONDS + POSTGRES_WAIT_SECONDS))
until [ "$(psql --no-psqlrc --tuples-only --no-align --command='SELECT pg_is_in_recovery()' 2>/dev/null)" = f ]; do
  if ((SECONDS >= deadline)); then
    echo "postgres-init: no writable leader at $PGHOST:$PGPORT after ${POSTGRES_WAIT_SECONDS}s" >&2
    exit 1
  fi
  echo "postgres-init: waiting for the leader at $PGHOST:$PGPORT" >&2
  sleep 2
done

echo "postgres-init: applying Patroni's dynamic configuration through $PATRONI_API_URL" >&2
python3 - "$PATRONI_CONFIG" <<'PY'
import base64, json, os, sys, urllib.request
import yaml

desired = yaml.safe_load(open(sys.argv[1]))["bootstrap"]["dcs"]
auth = base64.b64encode(f"{os.environ['PATRONI_RESTAPI_USERNAME']}:{os.environ['PATRONI_RESTAPI_PASSWORD']}".encode()).decode()
headers = {"Content-Type": "application/json", "Authorization": f"Basic {auth}"}
url = os.environ["PATRONI_API_URL"] + "/config"
# PATCH merges: a parameter the settings no longer set is removed explicitly (null), so the
# running parameters are exactly the rendered ones.
with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as response:
    current = json.load(response)
rendered = desired.setdefault("postgresql", {}).setdefault("parameters", {})
for name in current.get("postgresql", {}).get("parameters", {}):
    rendered.setdefault(name, None)
request = urllib.request.Request(url, data=json.dumps(desired).encode(), method="PATCH", headers=headers)
with urllib.request.urlopen(request, timeout=30) as response:
    applied = json.load(response)
print("postgres-init: dynamic configuration now", json.dumps(applied, sort_keys=True), file=sys.stderr)
PY

echo "postgres-init: applying roles and database '$APP_DATABASE' on $PGHOST:$PGPORT" >&2
psql --no-psqlrc --quiet --file="$POSTGRES_SCRIPTS_DIR/postgres-roles.sql"
echo "postgres-init: done" >&2
