# Shared by the Redis start scripts (sourced, not run).

log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "${0##*/}" "$*" >&2; }

# A value as a double-quoted redis.conf string.
quote() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

# Prints "host port" of the master the Sentinels agree on, or nothing when none answers
# (first install: the Sentinels are not up yet).
sentinel_master() {
  local sentinel answer
  for sentinel in $REDIS_SENTINELS; do
    answer=$(REDISCLI_AUTH="$REDIS_PASSWORD" timeout 3 redis-cli -h "${sentinel%:*}" -p "${sentinel##*:}" \
      SENTINEL get-master-addr-by-name "$REDIS_MASTER_SET" 2>/dev/null | paste -sd ' ') || continue
    case "$answer" in
      *' '[0-9]*) echo "$answer"; return 0 ;;
    esac
  done
}

# The master to follow: the Sentinels' answer, else the designated first master.
current_master() {
  local master
  master=$(sentinel_master)
  if [ -n "$master" ]; then
    log "Sentinels name $master as master"
    echo "$master"
  else
    log "no Sentinel answered: the first master is $REDIS_FIRST_MASTER_HOST:$REDIS_FIRST_MASTER_PORT"
    echo "$REDIS_FIRST_MASTER_HOST $REDIS_FIRST_MASTER_PORT"
  fi
}
