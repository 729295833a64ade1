# Shared by the Redis start, preStop and Sentinel scripts (sourced, not run).

log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "${0##*/}" "$*" >&2; }

# A value as a double-quoted redis.conf string.
quote() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

# redis-cli against this pod's own server.
local_cli() { timeout 3 redis-cli -p "${REDIS_PORT:-6379}" "$@" 2>/dev/null | tr -d '\r'; }

# A field of this server's INFO replication (role, master_link_status, ...).
local_info() { local_cli INFO replication | sed -n "s/^$1://p"; }

# Asks every Sentinel in REDIS_SENTINELS which master it follows for REDIS_MASTER_SET and
# prints one line:
#   master <host> <port>   at least <need> Sentinels name that master
#   none                   no Sentinel answered
#   undecided <summary>    too few answered, or they disagree
# <need> is a number, or "all": every Sentinel that answers names the same master.
sentinel_vote() {
  local need=$1 sentinel answer answers="" answered=0 top count host port
  for sentinel in $REDIS_SENTINELS; do
    answer=$(REDISCLI_AUTH="$REDIS_PASSWORD" timeout 3 redis-cli -h "${sentinel%:*}" -p "${sentinel##*:}" \
      SENTINEL get-master-addr-by-name "$REDIS_MASTER_SET" 2>/dev/null | tr -d '\r' | paste -sd ' ') || true
    case "$answer" in
      *' '[0-9]*)
        answers+="$answer"$'\n'
        answered=$((answered + 1))
        ;;
    esac
  done
  if [ "$answered" -eq 0 ]; then
    echo none
    return 0
  fi
  top=$(printf '%s' "$answers" | sort | uniq -c | sort -rn | head -n 1)
  read -r count host port <<<"$top"
  [ "$need" = all ] && need=$answered
  # Dissenters must be too few to agree among themselves.
  if [ "$count" -ge "$need" ] && [ $((answered - count)) -lt "$need" ]; then
    echo "master $host $port"
  else
    echo "undecided $answered of $(wc -w <<<"$REDIS_SENTINELS") Sentinels answered ($(printf '%s' "$answers" | sort | uniq -c |
      awk '{ printf "%s%s x %s:%s", sep, $1, $2, $3; sep = ", " }')), $need must agree"
  fi
}

# Sentinels that must name the same master before a server follows it: the configured
# quorum, and never fewer than a majority of all Sentinels (two disjoint groups cannot both
# reach it).
sentinel_agreement() {
  local total majority
  total=$(wc -w <<<"$REDIS_SENTINELS")
  majority=$((total / 2 + 1))
  echo $((REDIS_SENTINEL_QUORUM > majority ? REDIS_SENTINEL_QUORUM : majority))
}

# Prints "host port" of the master the Sentinels agree on, waiting up to <seconds> while none
# answers, too few answer or they disagree; fails (status 1) when the time is up.
await_sentinel_master() {
  local seconds=$1 need vote deadline
  need=$(sentinel_agreement)
  deadline=$((SECONDS + seconds))
  for (( ; ; )); do
    vote=$(sentinel_vote "$need")
    case "$vote" in
      master\ *)
        echo "${vote#master }"
        return 0
        ;;
      none) vote="no Sentinel answered" ;;
      undecided\ *) vote=${vote#undecided } ;;
    esac
    if ((SECONDS >= deadline)); then
      log "no master named by $need agreeing Sentinels within ${seconds}s: $vote"
      return 1
    fi
    log "waiting for $need Sentinels to agree on the master: $vote"
    sleep 2
  done
}
