#!/usr/bin/env bash
# Installs the Debian packages the real-server tests run (PostgreSQL 15, Patroni with etcd as
# its stand-in DCS, pgBackRest, Redis with Sentinel, promtool, amtool, and the Python libraries the reference service runs on with
# /usr/bin/python3), and the service's linters and coverage plugin that CI runs too (black,
# isort, mypy, pytest-cov: test/workflows.test.ts), if any is missing. Needs root (apt-get); otherwise prints the
# exact command to run and fails.
set -euo pipefail

# command to look for -> Debian package providing it
declare -A needed=(
  [/usr/lib/postgresql/15/bin/postgres]=postgresql-15
  [/usr/bin/pgbackrest]=pgbackrest
  [/usr/bin/patroni]=patroni
  [/usr/bin/etcd]=etcd-server
  [/usr/bin/pkill]=procps
  [/usr/bin/redis-server]=redis-server
  [/usr/bin/redis-sentinel]=redis-sentinel
  [/usr/bin/promtool]=prometheus
  [/usr/bin/amtool]=prometheus-alertmanager
  [/usr/bin/openssl]=openssl
  [/usr/bin/black]=black
  [/usr/bin/isort]=isort
  [/usr/bin/mypy]=mypy
)
# Python module (for /usr/bin/python3, which sees Debian's packages) -> Debian package
declare -A modules=(
  [fastapi]=python3-fastapi
  [uvicorn]=python3-uvicorn
  [psycopg]=python3-psycopg
  [psycopg2]=python3-psycopg2
  [redis]=python3-redis
  [prometheus_client]=python3-prometheus-client
  [httpx]=python3-httpx
  [pytest]=python3-pytest
  [alembic]=python3-alembic
  [sqlalchemy]=python3-sqlalchemy
  [yaml]=python3-yaml
  [pytest_cov]=python3-pytest-cov
)
missing=()
for path in "${!needed[@]}"; do
  [ -x "$path" ] || missing+=("${needed[$path]}")
done
for module in "${!modules[@]}"; do
  /usr/bin/python3 -c "import $module" 2>/dev/null || missing+=("${modules[$module]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "missing system packages: ${missing[*]}" >&2
  echo "install them as root, then re-run: $command" >&2
  exit 1
fi
echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Installing never starts the services here (no init system), and the tests start their own.
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "installed: ${missing[*]}"
