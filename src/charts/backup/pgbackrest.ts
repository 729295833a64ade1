import { parseQuantity } from '../../config/quantity';
import { HELPER_RESOURCES } from '../../config/capacity';
import { HEARTBEAT_INTERVAL_SECONDS, type EnvironmentSettings } from '../../config/settings';
import { imageReference, type HardenedContainerProps } from '../../constructs/hardened-pod';
import { k8s } from '../../constructs/k8s';
import type { RemoteSecretKey } from '../../constructs/external-secret';
import { POSTGRES_LAYOUT as PG } from '../database/postgres-layout';
import type { WalArchive } from '../database/postgres-config';
import heartbeatScript from './scripts/heartbeat.sh';
import backupScript from './scripts/pgbackrest-backup.sh';
import restoreScript from './scripts/postgres-restore.sh';
import drillScript from './scripts/restore-drill.sh';

/** pgBackRest's TLS server in the PostgreSQL pods; backup jobs read the primary through it. */
export const PGBACKREST_PORT = 8432;

/** Names and paths pgBackRest uses in every pod that runs it. */
export const PGBACKREST = {
  stanza: 'agent',
  configDir: '/etc/pgbackrest',
  configFile: '/etc/pgbackrest/pgbackrest.conf',
  scriptsDir: '/opt/agent/pgbackrest',
  serverTlsDir: '/etc/pgbackrest/server-tls',
  clientTlsDir: '/etc/pgbackrest/client-tls',
  /** Client certificate common name the TLS server admits. */
  clientName: 'pgbackrest-client',
  /** Asynchronous archiving queue, on the data volume so it survives restarts. */
  spoolPath: `${PG.dataMount}/pgbackrest-spool`,
  configMap: 'pgbackrest-config',
  scriptsConfigMap: 'pgbackrest-scripts',
  credentials: 'pgbackrest-credentials',
  serverTlsSecret: 'pgbackrest-server-tls',
  clientTlsSecret: 'pgbackrest-client-tls',
} as const;

export const PGBACKREST_SCRIPTS: Readonly<Record<string, string>> = {
  'pgbackrest-backup.sh': backupScript,
  'restore-drill.sh': drillScript,
  'postgres-restore.sh': restoreScript,
  'heartbeat.sh': heartbeatScript,
};

/** Every pgBackRest container: where its configuration is and which stanza it works on. */
export const PGBACKREST_ENV: readonly k8s.EnvVar[] = [
  { name: 'PGBACKREST_CONFIG', value: PGBACKREST.configFile },
  { name: 'PGBACKREST_STANZA', value: PGBACKREST.stanza },
];

/** The configuration and scripts volumes of every pod running pgBackRest, and their mounts. */
export const PGBACKREST_VOLUMES: readonly k8s.Volume[] = [
  { name: 'pgbackrest-config', configMap: { name: PGBACKREST.configMap } },
  { name: 'pgbackrest-scripts', configMap: { name: PGBACKREST.scriptsConfigMap, defaultMode: 0o555 } },
];
export const PGBACKREST_MOUNTS: readonly k8s.VolumeMount[] = [
  { name: 'pgbackrest-config', mountPath: PGBACKREST.configDir, readOnly: true },
  { name: 'pgbackrest-scripts', mountPath: PGBACKREST.scriptsDir, readOnly: true },
];

/** Repository numbers as pgBackRest counts them: 1 2. */
export const repoNumbers = (env: EnvironmentSettings): string => env.backup.repositories.map((_, i) => i + 1).join(' ');

/**
 * pgbackrest.conf from settings: the repositories (S3, encrypted, time-based retention),
 * asynchronous archiving, the TLS server of the PostgreSQL pods and the stanza. Credentials
 * and cipher passes come from the environment (PGBACKREST_REPO<n>_*), never from this file.
 */
export function pgbackrestConf(env: EnvironmentSettings): string {
  const b = env.backup;
  const repos = b.repositories.flatMap((r, i) => {
    const n = `repo${i + 1}`;
    return [
      `# ${n}: ${r.region}`,
      `${n}-type=s3`,
      `${n}-s3-bucket=${r.bucket}`,
      `${n}-s3-endpoint=${r.endpoint}`,
      `${n}-s3-region=${r.region}`,
      `${n}-path=${r.path}`,
      // Keep every full backup (and the WAL after it) needed to restore any point of the window.
      `${n}-retention-full-type=time`,
      `${n}-retention-full=${b.retentionDays}`,
      `${n}-retention-diff=${b.retentionDifferentials}`,
      `${n}-cipher-type=aes-256-cbc`,
    ];
  });
  const queueMax = Math.floor(parseQuantity(env.storage.postgresSize) / 4 / 2 ** 20);
  return [
    `# pgBackRest settings of environment '${env.name}', rendered from its settings.`,
    '[global]',
    ...repos,
    'compress-type=zst',
    'compress-level=3',
    'process-max=2',
    'start-fast=y',
    // Archive in the background: a slow or unreachable repository does not hold up the primary,
    // and the queue is bounded so it can never fill the data volume (WAL beyond it is dropped
    // and the gap shows in the archiving alerts).
    'archive-async=y',
    `spool-path=${PGBACKREST.spoolPath}`,
    `archive-push-queue-max=${queueMax}MiB`,
    'log-level-console=info',
    'log-level-file=off',
    '',
    "# TLS server in the PostgreSQL pods: only the backup jobs' client certificate is admitted.",
    'tls-server-address=*',
    `tls-server-port=${PGBACKREST_PORT}`,
    `tls-server-cert-file=${PGBACKREST.serverTlsDir}/tls.crt`,
    `tls-server-key-file=${PGBACKREST.serverTlsDir}/tls.key`,
    `tls-server-ca-file=${PGBACKREST.serverTlsDir}/ca.crt`,
    `tls-server-auth=${PGBACKREST.clientName}=${PGBACKREST.stanza}`,
    '',
    `[${PGBACKREST.stanza}]`,
    `pg1-path=${PG.pgdata}`,
    `pg1-port=${PG.port}`,
    `pg1-socket-path=${PG.socketDir}`,
    '',
  ].join('\n');
}

/** Remote secret `<prefix>/pgbackrest`: S3 keys and a cipher pass per repository. */
export function pgbackrestSecretKeys(env: EnvironmentSettings): Record<string, RemoteSecretKey> {
  const keys: Record<string, RemoteSecretKey> = {};
  env.backup.repositories.forEach((_, i) => {
    const n = i + 1;
    keys[`PGBACKREST_REPO${n}_S3_KEY`] = { secret: 'pgbackrest', property: `repo${n}-s3-key` };
    keys[`PGBACKREST_REPO${n}_S3_KEY_SECRET`] = { secret: 'pgbackrest', property: `repo${n}-s3-key-secret` };
    keys[`PGBACKREST_REPO${n}_CIPHER_PASS`] = { secret: 'pgbackrest', property: `repo${n}-cipher-pass` };
  });
  return keys;
}

/** What backups add to every PostgreSQL pod. */
export interface DatabaseBackup {
  readonly walArchive: WalArchive;
  /** For the postgres container, which runs archive-push. */
  readonly serverEnv: readonly k8s.EnvVar[];
  readonly serverEnvFrom: readonly k8s.EnvFromSource[];
  readonly serverMounts: readonly k8s.VolumeMount[];
  readonly volumes: readonly k8s.Volume[];
  /** pgBackRest's TLS server and the heartbeat writer. */
  readonly sidecars: readonly HardenedContainerProps[];
}

/**
 * The database members' part of the backups: archiving, replicas and restores from the
 * repositories, the TLS server and the heartbeat. Sidecars carry no readiness probe on
 * purpose (a failing sidecar must not take a member out of its Services); liveness checks
 * restart one that hangs.
 */
export function databaseBackup(env: EnvironmentSettings): DatabaseBackup {
  const tcp = (port: string): k8s.Probe => ({
    tcpSocket: { port: k8s.IntOrString.fromString(port) },
    periodSeconds: 10,
    failureThreshold: 3,
  });
  const heartbeatFresh = `test $(( $(date +%s) - $(stat -c %Y /tmp/heartbeat.alive) )) -lt ${HEARTBEAT_INTERVAL_SECONDS * 4 + 10}`;
  return {
    walArchive: {
      command: 'pgbackrest archive-push %p',
      restoreCommand: 'pgbackrest archive-get %f "%p"',
      // --delta keeps what a re-cloned member's volume still holds; standby recovery settings come from Patroni.
      replicaCommand: 'pgbackrest --delta --type=standby restore',
      timeoutSeconds: env.backup.archiveTimeoutSeconds,
      repositories: repoNumbers(env),
      restoreScript: `${PGBACKREST.scriptsDir}/postgres-restore.sh`,
      tlsServerPort: PGBACKREST_PORT,
    },
    serverEnv: PGBACKREST_ENV,
    serverEnvFrom: [{ secretRef: { name: PGBACKREST.credentials } }],
    serverMounts: PGBACKREST_MOUNTS,
    volumes: [
      ...PGBACKREST_VOLUMES,
      { name: 'pgbackrest-server-tls', secret: { secretName: PGBACKREST.serverTlsSecret, defaultMode: 0o440 } },
    ],
    sidecars: [
      {
        name: 'pgbackrest',
        image: imageReference(env, 'postgres'),
        resources: HELPER_RESOURCES.databaseSidecar,
        command: ['pgbackrest', 'server'],
        ports: [{ name: 'pgbackrest', port: PGBACKREST_PORT }],
        env: PGBACKREST_ENV,
        // Commands run through the server (stanza-create, check, backup) open the repositories too.
        envFrom: [{ secretRef: { name: PGBACKREST.credentials } }],
        probes: { liveness: tcp('pgbackrest') },
        mounts: [
          { name: PG.volumes.data, mountPath: PG.dataMount, readOnly: true },
          { name: PG.volumes.socket, mountPath: PG.socketDir },
          ...PGBACKREST_MOUNTS,
          { name: 'pgbackrest-server-tls', mountPath: PGBACKREST.serverTlsDir, readOnly: true },
        ],
      },
      {
        name: 'heartbeat',
        image: imageReference(env, 'postgres'),
        resources: HELPER_RESOURCES.databaseSidecar,
        command: ['bash', `${PGBACKREST.scriptsDir}/heartbeat.sh`],
        env: [
          { name: 'HEARTBEAT_SECONDS', value: String(HEARTBEAT_INTERVAL_SECONDS) },
          { name: 'POSTGRES_SOCKET_DIR', value: PG.socketDir },
        ],
        probes: {
          liveness: { exec: { command: ['bash', '-c', heartbeatFresh] }, periodSeconds: 30, failureThreshold: 3 },
        },
        mounts: [{ name: PG.volumes.socket, mountPath: PG.socketDir }, ...PGBACKREST_MOUNTS],
      },
    ],
  };
}
