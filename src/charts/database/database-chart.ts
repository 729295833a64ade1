import type { Construct } from 'constructs';
import { HELPER_RESOURCES } from '../../config/capacity';
import { PROMETHEUS } from '../../config/cluster-services';
import { PGBACKREST_PORT } from '../backup/pgbackrest';
import { SyncedSecret, type RemoteSecretKey } from '../../constructs/external-secret';
import { imageReference, type HardenedContainerProps } from '../../constructs/hardened-pod';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { k8s } from '../../constructs/k8s';
import { NetworkPort, Peer, type NetworkFlows } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import { StatefulWorkload } from '../../constructs/stateful-workload';
import { SyncHookJob } from '../../constructs/jobs';
import type { DatabaseBackup } from '../backup/pgbackrest';
import { pgHbaConf, postgresqlConf, POSTGRES_NAMES } from './postgres-config';
import { POSTGRES_LAYOUT as LAYOUT } from './postgres-layout';
import initScript from './scripts/postgres-init.sh';
import rolesSql from './scripts/postgres-roles.sql';
import startScript from './scripts/postgres-start.sh';

export interface DatabaseChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
  /** WAL archiving, pgBackRest's TLS server and the heartbeat. @default - no backups */
  readonly backup?: DatabaseBackup;
}

/** Where a client finds the database and which secret keys hold its passwords. */
export interface DatabaseConnection {
  readonly readWriteHost: string;
  readonly readOnlyHost: string;
  readonly port: number;
  readonly database: string;
  readonly appUser: string;
  readonly readonlyUser: string;
  readonly appPassword: RemoteSecretKey;
  readonly readonlyPassword: RemoteSecretKey;
  /** Every PostgreSQL server, as a peer for flows (any of them may be the primary after a failover). */
  readonly servers: Peer;
  /** Secret holding every role's password (keys POSTGRES_PASSWORD, READONLY_PASSWORD, ...). */
  readonly credentialsSecret: string;
}

const POSTGRES = new Component('postgres', 'database');
const PRIMARY = new Component('postgres-primary', 'database');
const REPLICA = new Component('postgres-replica', 'database');
const INIT = new Component('postgres-init', 'database-init');

const METRICS_PORT = 9187;

/** Remote secret `<prefix>/postgres`: one property per role. */
const secretKey = (property: string): RemoteSecretKey => ({ secret: 'postgres', property });
const PASSWORDS = {
  POSTGRES_PASSWORD: secretKey('superuser-password'),
  REPLICATION_PASSWORD: secretKey('replication-password'),
  MONITORING_PASSWORD: secretKey('monitoring-password'),
  APP_PASSWORD: secretKey('app-password'),
  READONLY_PASSWORD: secretKey('readonly-password'),
};
const CREDENTIALS = 'postgres-credentials';

/**
 * PostgreSQL: a primary StatefulSet and a read-replica StatefulSet streaming from it through
 * per-replica slots, read-write and read-only Services, postgres_exporter sidecars, and the
 * Job that keeps roles and database in shape. Failover is manual and goes through settings
 * (docs/runbooks/postgres-failover.md).
 */
export class DatabaseChart extends PlatformChart {
  readonly connection: DatabaseConnection;

  constructor(scope: Construct, id: string, props: DatabaseChartProps) {
    super(scope, id, props);
    const env = this.env;
    const pg = env.postgres;
    const ns = env.namespace;
    const version = env.images.postgres.tag;
    const host = (service: string) => `${service}.${ns}.svc.cluster.local`;
    const readWrite = 'postgres-rw';
    const readOnly = 'postgres-ro';
    const primaryPod = pg.failover ? `postgres-replica-${pg.failover.promotedReplica}` : 'postgres-primary-0';

    const config = {
      'postgresql.conf': postgresqlConf(env, props.backup?.walArchive),
      'pg_hba.conf': pgHbaConf(env),
    };
    const scripts = { 'postgres-start.sh': startScript, 'postgres-init.sh': initScript, 'postgres-roles.sql': rolesSql };
    const configMap = (name: string, data: Record<string, string>) =>
      new k8s.KubeConfigMap(this, name, {
        metadata: objectMeta(env, { name, namespace: ns, component: POSTGRES, wave: SyncWave.CONFIG }),
        data,
      });
    configMap('postgres-config', config);
    configMap('postgres-scripts', scripts);
    new SyncedSecret(this, 'Credentials', { env, name: CREDENTIALS, component: POSTGRES, keys: PASSWORDS });

    const secretEnv = (name: keyof typeof PASSWORDS, as: string = name): k8s.EnvVar => ({
      name: as,
      valueFrom: { secretKeyRef: { name: CREDENTIALS, key: name } },
    });
    const scriptsVolume: k8s.Volume = { name: LAYOUT.volumes.scripts, configMap: { name: 'postgres-scripts', defaultMode: 0o555 } };
    const volumes: k8s.Volume[] = [
      { name: LAYOUT.volumes.config, configMap: { name: 'postgres-config' } },
      scriptsVolume,
      ...(props.backup?.volumes ?? []),
    ];
    const servers = Peer.pods('postgres', { 'app.kubernetes.io/component': 'database' });

    const pgIsReady = ['pg_isready', '--quiet', '--host=127.0.0.1', `--port=${LAYOUT.port}`];
    const server = (primary: boolean): HardenedContainerProps => ({
      name: 'postgres',
      image: imageReference(env.images.postgres),
      resources: pg.resources,
      command: ['bash', `${LAYOUT.scriptsDir}/postgres-start.sh`],
      ports: [{ name: 'postgresql', port: LAYOUT.port }],
      env: [
        { name: 'PGDATA', value: LAYOUT.pgdata },
        { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'POSTGRES_PRIMARY_POD', value: primaryPod },
        { name: 'POSTGRES_PRIMARY_HOST', value: host(readWrite) },
        // A new database may be created only on first install, never while a failover is in effect.
        { name: 'POSTGRES_INITDB', value: primary && !pg.failover ? 'allowed' : 'refused' },
        { name: 'POSTGRES_CONFIG_DIR', value: LAYOUT.configDir },
        { name: 'POSTGRES_SOCKET_DIR', value: LAYOUT.socketDir },
        ...(primary ? [secretEnv('POSTGRES_PASSWORD')] : []),
        secretEnv('REPLICATION_PASSWORD'),
        ...(props.backup?.serverEnv ?? []),
      ],
      ...(props.backup ? { envFrom: [...props.backup.serverEnvFrom] } : {}),
      probes: {
        // Up to an hour to copy the primary or replay WAL after a crash.
        startup: { exec: { command: pgIsReady }, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 360 },
        // Restart only a server that no longer answers: "rejecting connections" (exit 1) means
        // it is starting, recovering or shutting down, and killing it would only start over.
        liveness: {
          exec: { command: ['bash', '-c', `${pgIsReady.join(' ')}; test $? -ne 2`] },
          periodSeconds: 10,
          timeoutSeconds: 5,
          failureThreshold: 6,
        },
        readiness: { exec: { command: pgIsReady }, periodSeconds: 5, timeoutSeconds: 5, failureThreshold: 2 },
      },
      // Fast shutdown: SIGTERM alone waits for every client to disconnect, then SIGKILL forces crash recovery.
      lifecycle: { preStop: { exec: { command: ['pg_ctl', 'stop', '--mode=fast', '--wait', '--timeout=90'] } } },
      writablePaths: [
        { name: 'tmp', mountPath: '/tmp', sizeLimit: '64Mi' },
        { name: LAYOUT.volumes.socket, mountPath: LAYOUT.socketDir, sizeLimit: '16Mi' },
        { name: 'shm', mountPath: '/dev/shm', sizeLimit: '256Mi', medium: 'Memory' },
      ],
      mounts: [
        { name: LAYOUT.volumes.data, mountPath: LAYOUT.dataMount },
        { name: LAYOUT.volumes.config, mountPath: LAYOUT.configDir, readOnly: true },
        { name: LAYOUT.volumes.scripts, mountPath: LAYOUT.scriptsDir, readOnly: true },
        ...(props.backup?.serverMounts ?? []),
      ],
    });
    const exporter: HardenedContainerProps = {
      name: 'exporter',
      image: imageReference(env.images.postgresExporter),
      resources: HELPER_RESOURCES.exporter,
      args: [`--web.listen-address=:${METRICS_PORT}`],
      ports: [{ name: 'metrics', port: METRICS_PORT }],
      env: [
        { name: 'DATA_SOURCE_URI', value: `127.0.0.1:${LAYOUT.port}/postgres?sslmode=disable` },
        { name: 'DATA_SOURCE_USER', value: 'monitoring' },
        secretEnv('MONITORING_PASSWORD', 'DATA_SOURCE_PASS'),
      ],
      probes: {
        liveness: { tcpSocket: { port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 10, failureThreshold: 3 },
      },
    };
    const statefulSet = (id: string, name: string, component: Component, primary: boolean, replicas: number, wave: SyncWave) =>
      new StatefulWorkload(this, id, {
        env,
        name,
        component,
        version,
        wave,
        replicas,
        containers: [server(primary), exporter, ...(props.backup?.sidecars ?? [])],
        uid: LAYOUT.uid,
        dataVolume: { name: LAYOUT.volumes.data, size: env.storage.postgresSize },
        volumes,
        separateFrom: { 'app.kubernetes.io/component': 'database' },
        podManagementPolicy: 'OrderedReady',
        // A lone primary blocks drains in production until an operator plans the restart.
        maxUnavailable: primary && env.tier === 'production' ? 0 : 1,
        terminationGracePeriodSeconds: 120,
        restartOn: config,
      });
    // Stopped (a restore in progress) or fenced (after a failover): no pod, volumes kept.
    const primaryPods = pg.stopped || pg.failover?.fenceOldPrimary ? 0 : 1;
    const primary = statefulSet('Primary', 'postgres-primary', PRIMARY, true, primaryPods, SyncWave.DATA);
    // Replicas copy the primary once roles exist, so they follow the init Job.
    const replicas = statefulSet('Replicas', 'postgres-replica', REPLICA, false, pg.stopped ? 0 : pg.replicas, SyncWave.MIGRATIONS);

    const clientService = (name: string, selector: Record<string, string>, ports: readonly string[] = ['postgresql']) =>
      new k8s.KubeService(this, name, {
        metadata: objectMeta(env, { name, namespace: ns, component: POSTGRES, wave: SyncWave.DATA }),
        spec: {
          type: 'ClusterIP',
          selector,
          ports: ports.map((p) => ({
            name: p,
            port: p === 'postgresql' ? LAYOUT.port : PGBACKREST_PORT,
            targetPort: k8s.IntOrString.fromString(p),
            protocol: 'TCP',
          })),
        },
      });
    // Backup jobs reach the primary's pgBackRest TLS server through the read-write Service too.
    clientService(
      readWrite,
      pg.failover ? { ...replicas.selectorLabels, 'statefulset.kubernetes.io/pod-name': primaryPod } : primary.selectorLabels,
      props.backup ? ['postgresql', 'pgbackrest'] : ['postgresql'],
    );
    // Without replicas, reads go to the primary: clients keep one read-only URL either way.
    clientService(readOnly, pg.replicas > 0 ? replicas.selectorLabels : primary.selectorLabels);

    const init = new SyncHookJob(this, 'Init', {
      env,
      name: 'postgres-init',
      component: INIT,
      version,
      wave: SyncWave.DATA_INIT,
      uid: LAYOUT.uid,
      backoffLimit: 4,
      deadlineSeconds: 600,
      volumes: [scriptsVolume],
      container: {
        name: 'init',
        image: imageReference(env.images.postgres),
        resources: HELPER_RESOURCES.job,
        command: ['bash', `${LAYOUT.scriptsDir}/postgres-init.sh`],
        env: [
          { name: 'PGHOST', value: host(readWrite) },
          { name: 'PGPORT', value: String(LAYOUT.port) },
          { name: 'APP_DATABASE', value: POSTGRES_NAMES.database },
          { name: 'APP_USER', value: POSTGRES_NAMES.appUser },
          { name: 'READONLY_USER', value: POSTGRES_NAMES.readonlyUser },
          ...(Object.keys(PASSWORDS) as (keyof typeof PASSWORDS)[]).map((k) => secretEnv(k)),
        ],
        mounts: [{ name: LAYOUT.volumes.scripts, mountPath: LAYOUT.scriptsDir, readOnly: true }],
      },
    });

    const postgresql = [NetworkPort.tcp(LAYOUT.port)];
    props.flows.allow(servers, servers, postgresql, 'streaming replication (any server may be the primary after a failover)');
    props.flows.allow(init.pods, servers, postgresql, 'roles and database initialisation');
    props.flows.allow(PROMETHEUS, servers, [NetworkPort.tcp(METRICS_PORT)], 'postgres_exporter scrapes');

    this.connection = {
      readWriteHost: host(readWrite),
      readOnlyHost: host(readOnly),
      port: LAYOUT.port,
      database: POSTGRES_NAMES.database,
      appUser: POSTGRES_NAMES.appUser,
      readonlyUser: POSTGRES_NAMES.readonlyUser,
      appPassword: PASSWORDS.APP_PASSWORD,
      readonlyPassword: PASSWORDS.READONLY_PASSWORD,
      servers,
      credentialsSecret: CREDENTIALS,
    };
  }
}
