import { SENTINEL_QUORUM } from '../../config/capacity';
import { parseQuantity } from '../../config/quantity';
import type { EnvironmentSettings } from '../../config/settings';

/** Ports and names Redis and its clients agree on. */
export const REDIS_NAMES = {
  port: 6379,
  /** Cluster bus: the client port + 10000, Redis's fixed convention. */
  busPort: 16379,
  sentinelPort: 26379,
  /** The master set Sentinel monitors; clients ask Sentinel for it by this name. */
  masterSet: 'agent',
} as const;

/**
 * The master's preStop (`redis-prestop.sh`): how long it waits for the Sentinels to name a new
 * master, what its Sentinel queries may add after that, and the time the server's shutdown
 * (final append-only fsync) keeps after the hook. The pod's grace period is their sum.
 */
export const REDIS_PRESTOP = {
  waitSeconds: 30,
  /** One last round of queries to three Sentinels, 3 s each, and the final REPLICAOF/UNPAUSE. */
  overrunSeconds: 15,
  shutdownSeconds: 30,
} as const;
export const REDIS_TERMINATION_GRACE_SECONDS = REDIS_PRESTOP.waitSeconds + REDIS_PRESTOP.overrunSeconds + REDIS_PRESTOP.shutdownSeconds;

/** How long Sentinel waits before declaring the master down, and how long a failover may take. */
const SENTINEL_DOWN_AFTER_MS = 5000;
const SENTINEL_FAILOVER_TIMEOUT_MS = 60000;

/**
 * redis.conf from settings. The port, data directory, password, announced name and master
 * are added by the start script, so the same file runs in the pod and in tests.
 */
export function redisConf(env: EnvironmentSettings): string {
  const r = env.redis;
  const lines: string[] = [
    `# Redis settings of environment '${env.name}' (${r.mode} mode), rendered from its settings.`,
    'bind * -::*',
    // Every client must authenticate (requirepass), so protected mode adds nothing.
    'protected-mode no',
    'tcp-keepalive 60',
    `maxmemory ${parseQuantity(r.maxmemory)}`,
    `maxmemory-policy ${r.maxmemoryPolicy}`,
    // Append-only file, fsynced every second: at most a second of acknowledged writes lost on a crash.
    'appendonly yes',
    'appendfsync everysec',
    'aof-use-rdb-preamble yes',
    // Replicas sync over the socket; the short delay lets replicas starting together share one transfer.
    'repl-diskless-sync yes',
    'repl-diskless-sync-delay 1',
    'replica-read-only yes',
  ];
  if (r.mode === 'sentinel') {
    lines.push(
      // Refuse writes the master could lose in a failover: they need a replica that is in sync.
      `min-replicas-to-write ${r.minReplicasToWrite}`,
      'min-replicas-max-lag 10',
    );
  }
  if (r.mode === 'cluster') {
    lines.push(
      'cluster-enabled yes',
      'cluster-node-timeout 5000',
      // Redirect clients by stable host name: pod addresses change on restart.
      'cluster-preferred-endpoint-type hostname',
      // A cache stays useful for the slots that are up while one shard fails over.
      'cluster-require-full-coverage no',
    );
  }
  return [...lines, ''].join('\n');
}

/** sentinel.conf; the start script fills in the current master and adds port, name and password. */
export function sentinelConf(env: EnvironmentSettings): string {
  const set = REDIS_NAMES.masterSet;
  return [
    `# Sentinel settings of environment '${env.name}', rendered from its settings.`,
    'dir /tmp',
    // Pods are found by their stable DNS names, which Sentinel resolves and hands to clients.
    'sentinel resolve-hostnames yes',
    'sentinel announce-hostnames yes',
    `sentinel monitor ${set} @MASTER_HOST@ @MASTER_PORT@ ${SENTINEL_QUORUM}`,
    `sentinel down-after-milliseconds ${set} ${SENTINEL_DOWN_AFTER_MS}`,
    `sentinel failover-timeout ${set} ${SENTINEL_FAILOVER_TIMEOUT_MS}`,
    `sentinel parallel-syncs ${set} 1`,
    '',
  ].join('\n');
}
