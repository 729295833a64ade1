import { dump } from 'js-yaml';
import { parseQuantity } from '../../config/quantity';
import type { EnvironmentSettings } from '../../config/settings';
import { POSTGRES_LAYOUT as LAYOUT } from './postgres-layout';

/** Continuous WAL archiving and replica creation from backups; the backups component supplies the commands. */
export interface WalArchive {
  /** `archive_command`, e.g. `pgbackrest archive-push %p`. */
  readonly command: string;
  /** `restore_command` of replicas and restores, e.g. `pgbackrest archive-get %f "%p"`. */
  readonly restoreCommand: string;
  /** Creates a replica's data directory from the latest backup (Patroni's first replica method). */
  readonly replicaCommand: string;
  /** `archive_timeout`: a WAL segment is archived at least this often (the RPO bound). */
  readonly timeoutSeconds: number;
  /** Repository numbers, e.g. `1 2`: the bootstrap refuses to create a database over their backups. */
  readonly repositories: string;
  /** Restores a backup into the data directory: the bootstrap method of a point-in-time restore. */
  readonly restoreScript: string;
  /** pgBackRest's TLS server in every member: backups reach the leader's through the read-write Service. */
  readonly tlsServerPort: number;
}

/** The names the platform's PostgreSQL roles and database go by. */
export const POSTGRES_NAMES = {
  database: 'agent',
  appUser: 'agent',
  readonlyUser: 'agent_readonly',
  /** Scheduled maintenance (ANALYZE, REINDEX, reports): acts with the application's rights (postgres-roles.sql says why). */
  maintenanceUser: 'maintenance',
  superuser: 'postgres',
  replicationUser: 'replicator',
  /** Basic-auth user of Patroni's REST API for changes (switchover, configuration). */
  patroniApiUser: 'patroni',
} as const;

/**
 * The Patroni cluster: its scope names the leader's Endpoints (and so the read-write Service),
 * `<scope>-config` holds the cluster state, and pods carry `cluster-name: <scope>`.
 */
export const PATRONI = {
  scope: 'postgres',
  scopeLabel: 'cluster-name',
  /** Patroni 3.0 labels streaming members `role=replica` (and the leader `role=master`). */
  roleLabel: 'role',
  replicaRole: 'replica',
  leaderRole: 'master',
  apiPort: 8008,
  /** Custom bootstrap methods of patroni.yml. */
  initdbMethod: 'agent_initdb',
  restoreMethod: 'agent_restore',
} as const;

/**
 * Parameters Patroni requires to be equal on every member: they live in its dynamic
 * configuration (the DCS), and Patroni writes them over anything local.
 */
const CLUSTER_WIDE = new Set(['max_connections', 'max_wal_senders', 'max_replication_slots', 'wal_level', 'wal_log_hints', 'hot_standby']);

const megabytes = (quantity: string) => `${Math.floor(parseQuantity(quantity) / 2 ** 20)}MB`;

/** The server parameters, from settings. */
function serverParameters(env: EnvironmentSettings, archive?: WalArchive): [string, string | number][] {
  const pg = env.postgres;
  const memory = parseQuantity(pg.resources.memoryLimit);
  const volume = parseQuantity(env.storage.postgresSize);
  return [
    ['max_connections', pg.maxConnections],
    ['superuser_reserved_connections', 3],
    ['password_encryption', `'scram-sha-256'`],
    // Memory: shared buffers from settings; the planner may count on most of the rest as page cache.
    ['shared_buffers', megabytes(pg.sharedBuffers)],
    ['effective_cache_size', `${Math.floor((memory * 0.75) / 2 ** 20)}MB`],
    ['work_mem', '4MB'],
    ['maintenance_work_mem', `${Math.max(64, Math.floor(memory / 16 / 2 ** 20))}MB`],
    // WAL and replication: slots keep WAL for each member, bounded so one lost replica cannot fill the volume.
    ['wal_level', 'replica'],
    ['wal_log_hints', 'on'],
    ['max_wal_size', `${Math.max(1024, Math.min(16384, Math.floor(volume / 10 / 2 ** 20)))}MB`],
    ['min_wal_size', '256MB'],
    ['max_wal_senders', pg.replicas + 5],
    ['max_replication_slots', pg.replicas + 5],
    ['max_slot_wal_keep_size', `${Math.floor(volume / 4 / 2 ** 20)}MB`],
    ['hot_standby', 'on'],
    ['hot_standby_feedback', 'on'],
    // Patroni sets synchronous_standby_names itself in synchronous mode.
    ['synchronous_commit', 'on'],
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
}

/**
 * postgresql.conf from settings: Patroni includes it (`custom_conf`) under the settings it
 * manages itself (listen address, port, recovery, synchronous standbys), and restore drills
 * start their copies with it. Paths and ports come from Patroni or the command line.
 */
export function postgresqlConf(env: EnvironmentSettings, archive?: WalArchive): string {
  return [
    `# PostgreSQL settings of environment '${env.name}', rendered from its settings.`,
    ...serverParameters(env, archive).map(([key, value]) => `${key} = ${value}`),
    '',
  ].join('\n');
}

/**
 * pg_hba.conf: SCRAM password logins from the pod network (and the pod itself, for the
 * exporter), replication connections only for the replication role, and the local socket
 * only for the operating-system user `postgres` (peer): Patroni and operators using kubectl exec.
 */
export function pgHbaConf(env: EnvironmentSettings): string {
  const rows = [
    ['# TYPE', 'DATABASE', 'USER', 'ADDRESS', 'METHOD'],
    ['local', 'all', 'postgres', '', 'peer'],
    ['host', 'all', 'all', '127.0.0.1/32', 'scram-sha-256'],
    ['host', 'replication', POSTGRES_NAMES.replicationUser, env.cluster.podCidr, 'scram-sha-256'],
    ['host', 'all', 'all', env.cluster.podCidr, 'scram-sha-256'],
  ];
  return [
    `# Client authentication of environment '${env.name}': the pod network only.`,
    ...rows.map((r) => r.join('\t').replace(/\t+/g, '\t')),
    '',
  ].join('\n');
}

/** Quotes a value for a command line Patroni splits with shlex. */
const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * patroni.yml from settings. Per-pod values (name, pod address, passwords) come from the
 * container's environment (PATRONI_NAME, PATRONI_KUBERNETES_POD_IP, PATRONI_*_PASSWORD...).
 * `bootstrap.dcs` is the dynamic configuration: written once by the bootstrap, then kept
 * current by the init Job on every sync (PATCH /config).
 */
export function patroniYml(env: EnvironmentSettings, selectorLabels: Record<string, string>, archive?: WalArchive): string {
  const pg = env.postgres;
  const parameters = serverParameters(env, archive);
  const dynamicParameters = Object.fromEntries(parameters.filter(([k]) => CLUSTER_WIDE.has(k)));
  const restore = pg.restore;
  const config = {
    scope: PATRONI.scope,
    kubernetes: {
      namespace: env.namespace,
      labels: selectorLabels,
      scope_label: PATRONI.scopeLabel,
      role_label: PATRONI.roleLabel,
      // The leader's Endpoints back the read-write Service: no proxy, no selector to race with.
      use_endpoints: true,
      ports: [
        { name: 'postgresql', port: LAYOUT.port },
        { name: 'patroni', port: PATRONI.apiPort },
        ...(archive ? [{ name: 'pgbackrest', port: archive.tlsServerPort }] : []),
      ],
    },
    restapi: {
      listen: `0.0.0.0:${PATRONI.apiPort}`,
      // Reads (health, metrics) are open to the peers the network policies admit; changes need the password.
      authentication: { username: POSTGRES_NAMES.patroniApiUser },
    },
    bootstrap: {
      dcs: {
        ttl: pg.patroni.ttlSeconds,
        loop_wait: pg.patroni.loopWaitSeconds,
        retry_timeout: pg.patroni.retryTimeoutSeconds,
        maximum_lag_on_failover: pg.patroni.maximumLagOnFailoverBytes,
        synchronous_mode: pg.synchronousReplication,
        synchronous_mode_strict: pg.synchronousModeStrict,
        synchronous_node_count: 1,
        postgresql: { use_pg_rewind: true, use_slots: true, parameters: dynamicParameters },
      },
      // A new cluster only from nothing: the bootstrap refuses when a repository holds backups.
      method: restore && archive ? PATRONI.restoreMethod : PATRONI.initdbMethod,
      [PATRONI.initdbMethod]: { command: `bash ${LAYOUT.scriptsDir}/patroni-bootstrap.sh` },
      ...(restore && archive
        ? {
            [PATRONI.restoreMethod]: {
              command: `env RESTORE_REPO=${restore.repository} RESTORE_TARGET_TIME=${shellQuote(restore.targetTime)} bash ${archive.restoreScript}`,
              no_params: true,
              keep_existing_recovery_conf: true,
              recovery_conf: {
                restore_command: `pgbackrest --repo=${restore.repository} archive-get %f "%p"`,
                recovery_target_time: restore.targetTime,
                recovery_target_action: 'promote',
              },
            },
          }
        : {}),
    },
    postgresql: {
      listen: `0.0.0.0:${LAYOUT.port}`,
      use_unix_socket: true,
      data_dir: LAYOUT.pgdata,
      bin_dir: LAYOUT.binDir,
      // On the in-memory socket volume, never on the data volume.
      pgpass: `${LAYOUT.socketDir}/.pgpass`,
      custom_conf: `${LAYOUT.configDir}/postgresql.conf`,
      parameters: { hba_file: `${LAYOUT.configDir}/pg_hba.conf`, unix_socket_directories: LAYOUT.socketDir },
      authentication: {
        superuser: { username: POSTGRES_NAMES.superuser },
        replication: { username: POSTGRES_NAMES.replicationUser },
      },
      // A replica copies the latest backup and catches up from the archive, sparing the leader; the first install has no backup yet.
      // After a point-in-time restore the latest backup may lie on the abandoned timeline: members copy the
      // restored leader until `restore` is removed (after the next full backup).
      create_replica_methods: archive && !restore ? ['pgbackrest', 'basebackup'] : ['basebackup'],
      ...(archive
        ? {
            pgbackrest: { command: archive.replicaCommand, keep_data: true, no_params: true },
            recovery_conf: { restore_command: archive.restoreCommand },
          }
        : {}),
      basebackup: [{ checkpoint: 'fast' }, { 'wal-method': 'stream' }],
      // A member whose timeline diverged and cannot be rewound is rebuilt rather than left down.
      remove_data_directory_on_rewind_failure: true,
      remove_data_directory_on_diverged_timelines: true,
    },
    watchdog: { mode: 'off' },
    tags: { nofailover: false, noloadbalance: false, clonefrom: false, nosync: false },
  };
  return `# Patroni settings of environment '${env.name}', rendered from its settings.\n${dump(config, { lineWidth: -1, noRefs: true })}`;
}
