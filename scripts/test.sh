#!/usr/bin/env bash
# The whole verification suite (`npm test`): installs what is missing, then type-checks,
# proves dist/ and argocd/ are what the source renders, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

if [ ! -x node_modules/.bin/vitest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

step "system packages for the real-server tests (PostgreSQL, Patroni, etcd, pgBackRest, Redis, promtool)"
bash scripts/system-tools.sh

step "type check (tsc --noEmit, strict)"
node_modules/.bin/tsc --noEmit

step "rendered trees are current (npm run synth -- --check)"
node scripts/synth.mjs --check

step "tests (vitest)"
node_modules/.bin/vitest run
