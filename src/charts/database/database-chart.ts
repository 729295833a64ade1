import type { Construct } from 'constructs';
import { HELPER_RESOURCES } from '../../config/capacity';
import { PROMETHEUS } from '../../config/cluster-services';
import { SyncedSecret, type RemoteSecretKey } from '../../constructs/external-secret';
import { imageReference, type HardenedContainerProps } from '../../constructs/hardened-pod';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { k8s } from '../../constructs/k8s';
import { NetworkPort, Peer, type NetworkFlows } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import { StatefulWorkload } from '../../constructs/stateful-workload';
import { SyncHookJob } from '../../constructs/jobs';
import type { DatabaseBackup } from '../backup/pgbackrest';
import { patroniYml, pgHbaConf, postgresqlConf, PATRONI, POSTGRES_NAMES } from './postgres-config';
import { POSTGRES_LAYOUT as LAYOUT } from './postgres-layout';
import bootstrapScript from './scripts/patroni-bootstrap.sh';
import preStopScript from './scripts/patroni-prestop.sh';
import initScript from './scripts/postgres-init.sh';
import rolesSql from './scripts/postgres-roles.sql';

export interface DatabaseChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
  /** WAL archiving, replica creation from backups, pgBackRest's TLS server and the heartbeat. @default - no backups */
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
  /** Role of the scheduled maintenance jobs; its password is key MAINTENANCE_PASSWORD of `credentialsSecret`. */
  readonly maintenanceUser: string;
  readonly appPassword: RemoteSecretKey;
  readonly readonlyPassword: RemoteSecretKey;
  /** Every database member, as a peer for flows (any of them may lead). */
  readonly servers: Peer;
  /** Secret holding every role's password (keys POSTGRES_PASSWORD, READONLY_PASSWORD, ...). */
  readonly credentialsSecret: string;
}

const POSTGRES = new Component('postgres', 'database');
/** The client-facing Services: named apart from the members so scrapes select the members' Service only. */
const ACCESS = new Component('postgres-access', 'database');
const INIT = new Component('postgres-init', 'database-init');

/** StatefulSet of the members (pods postgres-0, postgres-1, ...). */
const MEMBERS = 'postgres';
/** Headless Service giving each member its DNS name. */
const MEMBER_DNS = 'postgres-members';
const READ_WRITE = PATRONI.scope;
const READ_ONLY = 'postgres-ro';
const CONFIG = 'postgres-config';
const SCRIPTS = 'postgres-scripts';
const METRICS_PORT = 9187;

/** Remote secret `<prefix>/postgres`: one property per role. */
const secretKey = (property: string): RemoteSecretKey => ({ secret: 'postgres', property });
const PASSWORDS = {
  POSTGRES_PASSWORD: secretKey('superuser-password'),
  REPLICATION_PASSWORD: secretKey('replication-password'),
  MONITORING_PASSWORD: secretKey('monitoring-password'),
  APP_PASSWORD: secretKey('app-password'),
  READONLY_PASSWORD: secretKey('readonly-password'),
  MAINTENANCE_PASSWORD: secretKey('maintenance-password'),
  PATRONI_API_PASSWORD: secretKey('patroni-api-password'),
};
const CREDENTIALS = 'postgres-credentials';

/**
 * PostgreSQL under Patroni: one StatefulSet of members that elect a leader through the
 * Kubernetes API (Endpoints), streaming replicas with slots, automatic failover, switchover
 * before a leader's pod stops, the read-write Service backed by the leader's Endpoints and
 * the read-only Service by the replicas' role label, postgres_exporter sidecars, and the
 * Job that keeps Patroni's dynamic configuration, roles and database in shape.
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
    const archive = props.backup?.walArchive;
    const selectorLabels = POSTGRES.selectorLabels(env);
    const meta = (name: string, wave = SyncWave.DATA, component = POSTGRES) => objectMeta(env, { name, namespace: ns, component, wave });

    const config = {
      'patroni.yml': patroniYml(env, selectorLabels, archive),
      'postgresql.conf': postgresqlConf(env, archive),
      'pg_hba.conf': pgHbaConf(env),
    };
    const scripts = {
      'patroni-bootstrap.sh': bootstrapScript,
      'patroni-prestop.sh': preStopScript,
      'postgres-init.sh': initScript,
      'postgres-roles.sql': rolesSql,
    };
    new k8s.KubeConfigMap(this, 'Config', { metadata: meta(CONFIG, SyncWave.CONFIG), data: config });
    new k8s.KubeConfigMap(this, 'Scripts', { metadata: meta(SCRIPTS, SyncWave.CONFIG), data: scripts });
    new SyncedSecret(this, 'Credentials', { env, name: CREDENTIALS, component: POSTGRES, keys: PASSWORDS });

    const secretEnv = (name: keyof typeof PASSWORDS, as: string = name): k8s.EnvVar => ({
      name: as,
      valueFrom: { secretKeyRef: { name: CREDENTIALS, key: name } },
    });
    const configVolume: k8s.Volume = { name: LAYOUT.volumes.config, configMap: { name: CONFIG } };
    const scriptsVolume: k8s.Volume = { name: LAYOUT.volumes.scripts, configMap: { name: SCRIPTS, defaultMode: 0o555 } };
    const configMount = { name: LAYOUT.volumes.config, mountPath: LAYOUT.configDir, readOnly: true };
    const scriptsMount = { name: LAYOUT.volumes.scripts, mountPath: LAYOUT.scriptsDir, readOnly: true };
    const patroniConfig = `${LAYOUT.configDir}/patroni.yml`;
    const apiPort = k8s.IntOrString.fromString('patroni');

    const member: HardenedContainerProps = {
      name: 'postgres',
      image: imageReference(env, 'postgres'),
      resources: pg.resources,
      command: ['patroni', patroniConfig],
      ports: [
        { name: 'postgresql', port: LAYOUT.port },
        { name: 'patroni', port: PATRONI.apiPort },
      ],
      env: [
        { name: 'PATRONI_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'PATRONI_KUBERNETES_POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
        { name: 'PATRONI_POSTGRESQL_CONNECT_ADDRESS', value: `$(PATRONI_KUBERNETES_POD_IP):${LAYOUT.port}` },
        { name: 'PATRONI_RESTAPI_CONNECT_ADDRESS', value: `$(PATRONI_KUBERNETES_POD_IP):${PATRONI.apiPort}` },
        secretEnv('POSTGRES_PASSWORD', 'PATRONI_SUPERUSER_PASSWORD'),
        secretEnv('REPLICATION_PASSWORD', 'PATRONI_REPLICATION_PASSWORD'),
        { name: 'PATRONI_RESTAPI_USERNAME', value: POSTGRES_NAMES.patroniApiUser },
        secretEnv('PATRONI_API_PASSWORD', 'PATRONI_RESTAPI_PASSWORD'),
        // `kubectl exec ... patronictl list` finds the configuration without `-c`.
        { name: 'PATRONICTL_CONFIG_FILE', value: patroniConfig },
        { name: 'PGDATA', value: LAYOUT.pgdata },
        { name: 'BOOTSTRAP_BACKUP_REPOS', value: archive?.repositories ?? '' },
        ...(props.backup?.serverEnv ?? []),
      ],
      ...(props.backup ? { envFrom: [...props.backup.serverEnvFrom] } : {}),
      probes: {
        // Patroni's own loop: healthy while it runs, even during a long replica copy or crash recovery.
        liveness: { httpGet: { path: '/liveness', port: apiPort }, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 6 },
        // Ready once PostgreSQL runs (leader, or a replica of a known cluster).
        readiness: { httpGet: { path: '/readiness', port: apiPort }, periodSeconds: 5, timeoutSeconds: 5, failureThreshold: 2 },
      },
      // A leader hands over before it stops: a drain costs a switchover, not a failover.
      lifecycle: { preStop: { exec: { command: ['bash', `${LAYOUT.scriptsDir}/patroni-prestop.sh`, patroniConfig] } } },
      writablePaths: [
        { name: 'tmp', mountPath: '/tmp', sizeLimit: '64Mi' },
        { name: LAYOUT.volumes.socket, mountPath: LAYOUT.socketDir, sizeLimit: '16Mi' },
        { name: 'shm', mountPath: '/dev/shm', sizeLimit: '256Mi', medium: 'Memory' },
      ],
      mounts: [
        { name: LAYOUT.volumes.data, mountPath: LAYOUT.dataMount },
        configMount,
        scriptsMount,
        ...(props.backup?.serverMounts ?? []),
      ],
    };
    // Sidecars carry no readiness probe on purpose: a failing exporter must never take a member out of its Services.
    const exporter: HardenedContainerProps = {
      name: 'exporter',
      image: imageReference(env, 'postgresExporter'),
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
    const members = new StatefulWorkload(this, 'Members', {
      env,
      name: MEMBERS,
      peerServiceName: MEMBER_DNS,
      component: POSTGRES,
      version,
      wave: SyncWave.DATA,
      // Stopped: no pod, volumes kept (before a restore).
      replicas: pg.stopped ? 0 : pg.replicas + 1,
      containers: [member, exporter, ...(props.backup?.sidecars ?? [])],
      uid: LAYOUT.uid,
      dataVolume: { name: LAYOUT.volumes.data, size: env.storage.postgresSize },
      volumes: [configVolume, scriptsVolume, ...(props.backup?.volumes ?? [])],
      podLabels: { [PATRONI.scopeLabel]: PATRONI.scope },
      apiAccess: true,
      separateFrom: { 'app.kubernetes.io/component': 'database' },
      // Patroni orders the members itself; all start together so a restarted cluster finds every candidate.
      podManagementPolicy: 'Parallel',
      // One member at a time; the leader's preStop hands over first.
      maxUnavailable: 1,
      // The preStop (at most about 70 s: a replica to appear, then the switchover) plus PostgreSQL's fast shutdown.
      terminationGracePeriodSeconds: 180,
      restartOn: config,
    });

    // Patroni reads and writes the cluster state in Endpoints and labels its pods with their role.
    new k8s.KubeRole(this, 'PatroniRole', {
      metadata: meta(MEMBERS),
      rules: [
        {
          apiGroups: [''],
          resources: ['endpoints'],
          verbs: ['get', 'list', 'watch', 'create', 'patch', 'update', 'delete', 'deletecollection'],
        },
        { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch', 'patch', 'update'] },
      ],
    });
    new k8s.KubeRoleBinding(this, 'PatroniBinding', {
      metadata: meta(MEMBERS),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: MEMBERS },
      subjects: [{ kind: 'ServiceAccount', name: MEMBERS, namespace: ns }],
    });

    const servicePort = (name: string, port: number): k8s.ServicePort => ({
      name,
      port,
      targetPort: k8s.IntOrString.fromNumber(port),
      protocol: 'TCP',
    });
    // Read-write: no selector; Patroni keeps its Endpoints pointing at the leader (same name, same port names).
    new k8s.KubeService(this, 'ReadWrite', {
      metadata: meta(READ_WRITE, SyncWave.DATA, ACCESS),
      spec: {
        type: 'ClusterIP',
        ports: [
          servicePort('postgresql', LAYOUT.port),
          servicePort('patroni', PATRONI.apiPort),
          ...(archive ? [servicePort('pgbackrest', archive.tlsServerPort)] : []),
        ],
      },
    });
    // Patroni keeps its cluster state, synchronous standby and requested failover in Endpoints named after its scope.
    // Each gets a selector-less Service: members need no right to create Services, and the endpoints controller
    // never deletes Endpoints that have a Service.
    for (const [id, suffix] of [
      ['PatroniState', 'config'],
      ['PatroniSync', 'sync'],
      ['PatroniFailover', 'failover'],
    ] as const) {
      new k8s.KubeService(this, id, { metadata: meta(`${PATRONI.scope}-${suffix}`, SyncWave.DATA, ACCESS), spec: { clusterIp: 'None' } });
    }
    // Read-only: the replicas; without any, the leader (clients keep one read-only URL either way).
    new k8s.KubeService(this, 'ReadOnly', {
      metadata: meta(READ_ONLY, SyncWave.DATA, ACCESS),
      spec: {
        type: 'ClusterIP',
        selector: pg.replicas > 0 ? { ...selectorLabels, [PATRONI.roleLabel]: PATRONI.replicaRole } : selectorLabels,
        ports: [{ ...servicePort('postgresql', LAYOUT.port), targetPort: k8s.IntOrString.fromString('postgresql') }],
      },
    });

    const init = new SyncHookJob(this, 'Init', {
      env,
      name: 'postgres-init',
      component: INIT,
      version,
      wave: SyncWave.DATA_INIT,
      uid: LAYOUT.uid,
      backoffLimit: 4,
      deadlineSeconds: 600,
      volumes: [configVolume, scriptsVolume],
      container: {
        name: 'init',
        image: imageReference(env, 'postgres'),
        resources: HELPER_RESOURCES.job,
        command: ['bash', `${LAYOUT.scriptsDir}/postgres-init.sh`],
        env: [
          { name: 'PGHOST', value: host(READ_WRITE) },
          { name: 'PGPORT', value: String(LAYOUT.port) },
          { name: 'PATRONI_CONFIG', value: patroniConfig },
          { name: 'PATRONI_API_URL', value: `http://${host(READ_WRITE)}:${PATRONI.apiPort}` },
          { name: 'PATRONI_RESTAPI_USERNAME', value: POSTGRES_NAMES.patroniApiUser },
          secretEnv('PATRONI_API_PASSWORD', 'PATRONI_RESTAPI_PASSWORD'),
          { name: 'APP_DATABASE', value: POSTGRES_NAMES.database },
          { name: 'APP_USER', value: POSTGRES_NAMES.appUser },
          { name: 'READONLY_USER', value: POSTGRES_NAMES.readonlyUser },
          { name: 'MAINTENANCE_USER', value: POSTGRES_NAMES.maintenanceUser },
          ...(['POSTGRES_PASSWORD', 'MONITORING_PASSWORD', 'APP_PASSWORD', 'READONLY_PASSWORD', 'MAINTENANCE_PASSWORD'] as const).map((k) =>
            secretEnv(k),
          ),
        ],
        mounts: [configMount, scriptsMount],
      },
    });

    const servers = members.pods;
    const postgresql = NetworkPort.tcp(LAYOUT.port);
    const patroniApi = NetworkPort.tcp(PATRONI.apiPort);
    props.flows.allow(servers, servers, [postgresql, patroniApi], 'streaming replication, pg_rewind and Patroni member checks');
    props.flows.allow(
      servers,
      Peer.privateAddresses('kubernetes-api', env.cluster.apiServerCidr),
      [NetworkPort.tcp(443)],
      'Patroni keeps the cluster state in the Kubernetes API',
    );
    props.flows.allow(init.pods, servers, [postgresql, patroniApi], "roles, database and Patroni's dynamic configuration");
    props.flows.allow(PROMETHEUS, servers, [NetworkPort.tcp(METRICS_PORT), patroniApi], 'postgres_exporter and Patroni metrics');

    this.connection = {
      readWriteHost: host(READ_WRITE),
      readOnlyHost: host(READ_ONLY),
      port: LAYOUT.port,
      database: POSTGRES_NAMES.database,
      appUser: POSTGRES_NAMES.appUser,
      readonlyUser: POSTGRES_NAMES.readonlyUser,
      maintenanceUser: POSTGRES_NAMES.maintenanceUser,
      appPassword: PASSWORDS.APP_PASSWORD,
      readonlyPassword: PASSWORDS.READONLY_PASSWORD,
      servers,
      credentialsSecret: CREDENTIALS,
    };
  }
}
