import { parseQuantity } from '../../config/quantity';
import type { EnvironmentSettings } from '../../config/settings';
import { POSTGRES_LAYOUT } from './postgres-layout';

/** Continuous WAL archiving; the backups component supplies the command. */
export interface WalArchive {
  /** `archive_command`, e.g. `pgbackrest --stanza=agent archive-push %p`. */
  readonly command: string;
  /** `archive_timeout`: a WAL segment is archived at least this often (the RPO bound). */
  readonly timeoutSeconds: number;
}

/** The names the platform's PostgreSQL roles and database go by. */
export const POSTGRES_NAMES = {
  database: 'agent',
  appUser: 'agent',
  readonlyUser: 'agent_readonly',
} as const;

const megabytes = (quantity: string) => `${Math.floor(parseQuantity(quantity) / 2 ** 20)}MB`;

/**
 * postgresql.conf from settings. Paths and the port come from the start script's command
 * line, so the same file runs in the pod and in tests.
 */
export function postgresqlConf(env: EnvironmentSettings, archive?: WalArchive): string {
  const pg = env.postgres;
  const memory = parseQuantity(pg.resources.memoryLimit);
  const volume = parseQuantity(env.storage.postgresSize);
  const lines: [string, string | number][] = [
    ['listen_addresses', `'*'`],
    ['port', POSTGRES_LAYOUT.port],
    ['max_connections', pg.maxConnections],
    ['superuser_reserved_connections', 3],
    ['password_encryption', `'scram-sha-256'`],
    // Memory: shared buffers from settings; the planner may count on most of the rest as page cache.
    ['shared_buffers', megabytes(pg.sharedBuffers)],
    ['effective_cache_size', `${Math.floor((memory * 0.75) / 2 ** 20)}MB`],
    ['work_mem', '4MB'],
    ['maintenance_work_mem', `${Math.max(64, Math.floor(memory / 16 / 2 ** 20))}MB`],
    // WAL and replication: slots keep WAL for each standby, bounded so one lost replica cannot fill the volume.
    ['wal_level', 'replica'],
    ['wal_log_hints', 'on'],
    ['max_wal_size', `${Math.max(1024, Math.min(16384, Math.floor(volume / 10 / 2 ** 20)))}MB`],
    ['min_wal_size', '256MB'],
    ['max_wal_senders', pg.replicas + 5],
    ['max_replication_slots', pg.replicas + 5],
    ['max_slot_wal_keep_size', `${Math.floor(volume / 4 / 2 ** 20)}MB`],
    ['hot_standby', 'on'],
    ['hot_standby_feedback', 'on'],
    ['synchronous_commit', 'on'],
    ['synchronous_standby_names', pg.synchronousReplication ? `'ANY 1 (*)'` : `''`],
    ['archive_mode', archive ? 'on' : 'off'],
    ...(archive
      ? ([
          ['archive_command', `'${archive.command.replace(/'/g, "''")}'`],
          ['archive_timeout', `${archive.timeoutSeconds}s`],
        ] as [string, string][])
      : []),
    // Statistics for postgres_exporter and slow-query diagnosis.
    ['shared_preload_libraries', `'pg_stat_statements'`],
    ['pg_stat_statements.track', 'top'],
    ['track_io_timing', 'on'],
    // Logs go to stderr, collected with the pod's other logs.
    ['logging_collector', 'off'],
    ['log_destination', `'stderr'`],
    ['log_line_prefix', `'%m [%p] %q%u@%d '`],
    ['log_min_duration_statement', '1s'],
    ['log_checkpoints', 'on'],
    ['log_lock_waits', 'on'],
    ['log_autovacuum_min_duration', '10s'],
    ['log_temp_files', '64MB'],
    // A forgotten open transaction holds locks and blocks vacuum: end it.
    ['idle_in_transaction_session_timeout', '5min'],
  ];
  return [
    `# PostgreSQL settings of environment '${env.name}', rendered from its settings.`,
    ...lines.map(([key, value]) => `${key} = ${value}`),
    '',
  ].join('\n');
}

/**
 * pg_hba.conf: SCRAM password logins from the pod network (and the pod itself, for the
 * exporter), replication connections only for the replication role, and the local socket
 * only for the operating-system user `postgres` (peer), for operators using kubectl exec.
 */
export function pgHbaConf(env: EnvironmentSettings): string {
  const rows = [
    ['# TYPE', 'DATABASE', 'USER', 'ADDRESS', 'METHOD'],
    ['local', 'all', 'postgres', '', 'peer'],
    ['host', 'all', 'all', '127.0.0.1/32', 'scram-sha-256'],
    ['host', 'replication', 'replicator', env.cluster.podCidr, 'scram-sha-256'],
    ['host', 'all', 'all', env.cluster.podCidr, 'scram-sha-256'],
  ];
  return [
    `# Client authentication of environment '${env.name}': the pod network only.`,
    ...rows.map((r) => r.join('\t').replace(/\t+/g, '\t')),
    '',
  ].join('\n');
}
