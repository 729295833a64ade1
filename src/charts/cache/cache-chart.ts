import type { Construct } from 'constructs';
import { HELPER_RESOURCES, SENTINELS, SENTINEL_QUORUM } from '../../config/capacity';
import { PROMETHEUS } from '../../config/cluster-services';
import { SyncedSecret, type RemoteSecretKey } from '../../constructs/external-secret';
import { imageReference, type HardenedContainerProps } from '../../constructs/hardened-pod';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { k8s } from '../../constructs/k8s';
import { NetworkPort, type NetworkFlows, type Peer } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import { StatefulWorkload } from '../../constructs/stateful-workload';
import { SyncHookJob } from '../../constructs/jobs';
import { REDIS_NAMES, REDIS_PRESTOP, REDIS_TERMINATION_GRACE_SECONDS, redisConf, sentinelConf } from './redis-config';
import bootstrapScript from './scripts/redis-cluster-bootstrap.sh';
import libScript from './scripts/redis-lib.sh';
import { redisServerCount } from '../../config/capacity';
import preStopScript from './scripts/redis-prestop.sh';
import startScript from './scripts/redis-start.sh';
import sentinelScript from './scripts/sentinel-start.sh';

export interface CacheChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
}

/** What the API needs to reach Redis: settings for its ConfigMap and the password's source. */
export interface CacheConnection {
  /** Environment variables of the app contract (docs/app-contract.md). */
  readonly settings: Readonly<Record<string, string>>;
  readonly password: RemoteSecretKey;
  /** Pods the API connects to and their ports. */
  readonly endpoints: readonly { readonly peer: Peer; readonly ports: readonly NetworkPort[] }[];
  /** The Redis servers (masters and replicas alike), as a peer. */
  readonly servers: Peer;
}

const REDIS = new Component('redis', 'cache');
const SENTINEL = new Component('redis-sentinel', 'cache-sentinel');
const CLUSTER = new Component('redis-cluster', 'cache');
const BOOTSTRAP = new Component('redis-cluster-bootstrap', 'cache-init');

const UID = 999; // the redis user of the official image
const CONFIG_DIR = '/etc/redis';
const SCRIPTS_DIR = '/opt/agent/redis';
const RUNTIME_DIR = '/run/redis';
const METRICS_PORT = 9121;
const CREDENTIALS = 'redis-credentials';
const PASSWORD: RemoteSecretKey = { secret: 'redis', property: 'password' };
/** A Sentinel's state file is a few kilobytes; 1Gi is the smallest volume common storage classes provision. */
const SENTINEL_STATE_SIZE = '1Gi';

/**
 * Redis as settings choose: one standalone instance (development), a master with replicas
 * watched by three Sentinels that promote a replica when the master fails, or a sharded
 * cluster formed by a Job. Append-only persistence on retained volumes, redis_exporter
 * sidecars, and the flows each mode needs.
 */
export class CacheChart extends PlatformChart {
  readonly connection: CacheConnection;

  constructor(scope: Construct, id: string, props: CacheChartProps) {
    super(scope, id, props);
    const env = this.env;
    const r = env.redis;
    const ns = env.namespace;
    const version = env.images.redis.tag;
    const name = r.mode === 'cluster' ? 'redis-cluster' : 'redis';
    const component = r.mode === 'cluster' ? CLUSTER : REDIS;
    const podHost = (set: string, ordinal: number) => `${set}-${ordinal}.${set}.${ns}.svc.cluster.local`;
    const announceHost = (set: string) => `$(POD_NAME).${set}.${ns}.svc.cluster.local`;

    const config: Record<string, string> = {
      'redis.conf': redisConf(env),
      ...(r.mode === 'sentinel' ? { 'sentinel.conf': sentinelConf(env) } : {}),
    };
    const scripts: Record<string, string> = {
      'redis-lib.sh': libScript,
      'redis-start.sh': startScript,
      ...(r.mode === 'sentinel' ? { 'redis-prestop.sh': preStopScript, 'sentinel-start.sh': sentinelScript } : {}),
      ...(r.mode === 'cluster' ? { 'redis-cluster-bootstrap.sh': bootstrapScript } : {}),
    };
    for (const [cm, data] of [
      ['redis-config', config],
      ['redis-scripts', scripts],
    ] as const) {
      new k8s.KubeConfigMap(this, cm, {
        metadata: objectMeta(env, { name: cm, namespace: ns, component: REDIS, wave: SyncWave.CONFIG }),
        data,
      });
    }
    // REDISCLI_AUTH lets redis-cli (probes, scripts, operators) authenticate without the password on its command line.
    new SyncedSecret(this, 'Credentials', {
      env,
      name: CREDENTIALS,
      component: REDIS,
      keys: { REDIS_PASSWORD: PASSWORD, REDISCLI_AUTH: PASSWORD },
    });

    const secretEnv = (key: string): k8s.EnvVar => ({ name: key, valueFrom: { secretKeyRef: { name: CREDENTIALS, key } } });
    const volumes: k8s.Volume[] = [
      { name: 'config', configMap: { name: 'redis-config' } },
      { name: 'scripts', configMap: { name: 'redis-scripts', defaultMode: 0o555 } },
    ];
    const configMounts: k8s.VolumeMount[] = [
      { name: 'config', mountPath: CONFIG_DIR, readOnly: true },
      { name: 'scripts', mountPath: SCRIPTS_DIR, readOnly: true },
    ];
    const sentinels = Array.from({ length: SENTINELS }, (_, i) => `${podHost('redis-sentinel', i)}:${REDIS_NAMES.sentinelPort}`);
    const sentinelEnv: k8s.EnvVar[] = [
      { name: 'REDIS_SENTINELS', value: sentinels.join(' ') },
      { name: 'REDIS_MASTER_SET', value: REDIS_NAMES.masterSet },
      // A server follows a master only when this many Sentinels (and a majority) name it.
      { name: 'REDIS_SENTINEL_QUORUM', value: String(SENTINEL_QUORUM) },
    ];
    // Only a Sentinel without state, finding no other Sentinel, names pod 0 (the first install).
    const firstMasterEnv: k8s.EnvVar[] = [
      { name: 'REDIS_FIRST_MASTER_HOST', value: podHost('redis', 0) },
      { name: 'REDIS_FIRST_MASTER_PORT', value: String(REDIS_NAMES.port) },
    ];
    const cli = (port: number, check: string): string[] => ['bash', '-c', `redis-cli -p ${port} PING | grep -Eq '${check}'`];
    const runtimePaths = [
      { name: 'tmp', mountPath: '/tmp', sizeLimit: '64Mi' },
      { name: 'run', mountPath: RUNTIME_DIR, sizeLimit: '16Mi' },
    ];

    const server: HardenedContainerProps = {
      name: 'redis',
      image: imageReference(env, 'redis'),
      resources: r.resources,
      command: ['bash', `${SCRIPTS_DIR}/redis-start.sh`],
      ports: [
        { name: 'redis', port: REDIS_NAMES.port },
        ...(r.mode === 'cluster' ? [{ name: 'cluster-bus', port: REDIS_NAMES.busPort }] : []),
      ],
      env: [
        { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'REDIS_MODE', value: r.mode },
        { name: 'REDIS_ANNOUNCE_HOST', value: announceHost(name) },
        { name: 'REDIS_CONFIG', value: `${CONFIG_DIR}/redis.conf` },
        { name: 'REDIS_RUNTIME_DIR', value: RUNTIME_DIR },
        { name: 'REDIS_DATA_DIR', value: '/data' },
        ...(r.mode === 'sentinel'
          ? [...sentinelEnv, { name: 'REDIS_PRESTOP_WAIT_SECONDS', value: String(REDIS_PRESTOP.waitSeconds) }]
          : []),
        secretEnv('REDIS_PASSWORD'),
        secretEnv('REDISCLI_AUTH'),
      ],
      probes: {
        // Loading a large append-only file may take minutes.
        startup: { exec: { command: cli(REDIS_NAMES.port, 'PONG|LOADING') }, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 120 },
        // Alive while it answers at all, loading included.
        liveness: { exec: { command: cli(REDIS_NAMES.port, 'PONG|LOADING') }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
        readiness: { exec: { command: cli(REDIS_NAMES.port, '^PONG$') }, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 2 },
      },
      // The master has the Sentinels fail over before it stops: a drain or rollout moves writes in seconds.
      ...(r.mode === 'sentinel' ? { lifecycle: { preStop: { exec: { command: ['bash', `${SCRIPTS_DIR}/redis-prestop.sh`] } } } } : {}),
      writablePaths: runtimePaths,
      mounts: [{ name: 'data', mountPath: '/data' }, ...configMounts],
    };
    // redis_exporter beside every server and Sentinel (it recognises a Sentinel by itself).
    const exporter = (port: number): HardenedContainerProps => ({
      name: 'exporter',
      image: imageReference(env, 'redisExporter'),
      resources: HELPER_RESOURCES.exporter,
      ports: [{ name: 'metrics', port: METRICS_PORT }],
      env: [
        { name: 'REDIS_ADDR', value: `redis://127.0.0.1:${port}` },
        { name: 'REDIS_EXPORTER_WEB_LISTEN_ADDRESS', value: `:${METRICS_PORT}` },
        secretEnv('REDIS_PASSWORD'),
      ],
      // No readiness probe on purpose: a failing exporter must not take its server out of the
      // Services; a hung one is restarted by its liveness check (and its scrape fails, `up`).
      probes: {
        liveness: { httpGet: { path: '/health', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 10, failureThreshold: 3 },
      },
    });

    const pods = redisServerCount(r);
    const redis = new StatefulWorkload(this, 'Redis', {
      env,
      name,
      component,
      version,
      wave: SyncWave.DATA,
      replicas: pods,
      containers: [server, exporter(REDIS_NAMES.port)],
      uid: UID,
      dataVolume: { name: 'data', size: env.storage.redisSize },
      volumes,
      separateFrom: component.selectorLabels(env),
      // Sentinel mode: pod 0 must be the master before replicas start; cluster nodes start together.
      podManagementPolicy: r.mode === 'cluster' ? 'Parallel' : 'OrderedReady',
      maxUnavailable: 1,
      // Sentinel mode: the preStop's bound plus the server's shutdown (redis-config.ts).
      terminationGracePeriodSeconds: r.mode === 'sentinel' ? REDIS_TERMINATION_GRACE_SECONDS : 60,
      restartOn: config,
    });

    const redisPort = NetworkPort.tcp(REDIS_NAMES.port);
    props.flows.allow(PROMETHEUS, redis.pods, [NetworkPort.tcp(METRICS_PORT)], 'redis_exporter scrapes');
    const endpoints: { peer: Peer; ports: NetworkPort[] }[] = [{ peer: redis.pods, ports: [redisPort] }];
    const settings: Record<string, string> = { REDIS_MODE: r.mode };

    if (r.mode === 'standalone') {
      settings.REDIS_URL = `redis://${podHost(name, 0)}:${REDIS_NAMES.port}/0`;
    }

    if (r.mode === 'sentinel') {
      const sentinelPort = NetworkPort.tcp(REDIS_NAMES.sentinelPort);
      const sentinel = new StatefulWorkload(this, 'Sentinel', {
        env,
        name: 'redis-sentinel',
        component: SENTINEL,
        version,
        wave: SyncWave.DATA,
        replicas: SENTINELS,
        uid: UID,
        // Sentinel's own record of the master and its epochs survives restarts, all pods' at once included.
        dataVolume: { name: 'data', size: SENTINEL_STATE_SIZE },
        volumes,
        separateFrom: SENTINEL.selectorLabels(env),
        podManagementPolicy: 'Parallel',
        // Two of three keep the quorum.
        maxUnavailable: 1,
        terminationGracePeriodSeconds: 30,
        restartOn: config,
        containers: [
          {
            name: 'sentinel',
            image: imageReference(env, 'redis'),
            resources: HELPER_RESOURCES.sentinel,
            command: ['bash', `${SCRIPTS_DIR}/sentinel-start.sh`],
            ports: [{ name: 'sentinel', port: REDIS_NAMES.sentinelPort }],
            env: [
              { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
              { name: 'SENTINEL_ANNOUNCE_HOST', value: announceHost('redis-sentinel') },
              { name: 'SENTINEL_CONFIG', value: `${CONFIG_DIR}/sentinel.conf` },
              { name: 'SENTINEL_DATA_DIR', value: '/data' },
              ...sentinelEnv,
              ...firstMasterEnv,
              secretEnv('REDIS_PASSWORD'),
              secretEnv('REDISCLI_AUTH'),
            ],
            probes: {
              // The start script may wait up to a minute for the other Sentinels to agree.
              startup: {
                exec: { command: cli(REDIS_NAMES.sentinelPort, 'PONG') },
                periodSeconds: 5,
                timeoutSeconds: 3,
                failureThreshold: 24,
              },
              liveness: {
                exec: { command: cli(REDIS_NAMES.sentinelPort, 'PONG') },
                periodSeconds: 10,
                timeoutSeconds: 3,
                failureThreshold: 3,
              },
              readiness: {
                exec: { command: cli(REDIS_NAMES.sentinelPort, '^PONG$') },
                periodSeconds: 5,
                timeoutSeconds: 3,
                failureThreshold: 2,
              },
            },
            writablePaths: [runtimePaths[0]!],
            mounts: [{ name: 'data', mountPath: '/data' }, ...configMounts],
          },
          exporter(REDIS_NAMES.sentinelPort),
        ],
      });
      props.flows.allow(PROMETHEUS, sentinel.pods, [NetworkPort.tcp(METRICS_PORT)], 'redis_exporter scrapes of the Sentinels');
      props.flows.allow(redis.pods, redis.pods, [redisPort], 'replication from the master');
      props.flows.allow(redis.pods, sentinel.pods, [sentinelPort], 'a starting server asks the Sentinels for the master');
      props.flows.allow(sentinel.pods, redis.pods, [redisPort], 'Sentinels watch and reconfigure the servers');
      props.flows.allow(sentinel.pods, sentinel.pods, [sentinelPort], 'Sentinels agree on failovers');
      endpoints.push({ peer: sentinel.pods, ports: [sentinelPort] });
      settings.REDIS_SENTINELS = sentinels.join(',');
      settings.REDIS_SENTINEL_MASTER = REDIS_NAMES.masterSet;
    }

    if (r.mode === 'cluster') {
      const nodes = Array.from({ length: pods }, (_, i) => `${podHost(name, i)}:${REDIS_NAMES.port}`);
      const bootstrap = new SyncHookJob(this, 'Bootstrap', {
        env,
        name: 'redis-cluster-bootstrap',
        component: BOOTSTRAP,
        version,
        wave: SyncWave.DATA_INIT,
        uid: UID,
        backoffLimit: 4,
        deadlineSeconds: 600,
        volumes: [volumes[1]!],
        container: {
          name: 'bootstrap',
          image: imageReference(env, 'redis'),
          resources: HELPER_RESOURCES.job,
          command: ['bash', `${SCRIPTS_DIR}/redis-cluster-bootstrap.sh`],
          env: [
            { name: 'REDIS_CLUSTER_NODES', value: nodes.join(' ') },
            { name: 'REDIS_CLUSTER_REPLICAS', value: String(r.replicas) },
            secretEnv('REDISCLI_AUTH'),
          ],
          mounts: [{ name: 'scripts', mountPath: SCRIPTS_DIR, readOnly: true }],
        },
      });
      props.flows.allow(redis.pods, redis.pods, [redisPort, NetworkPort.tcp(REDIS_NAMES.busPort)], 'cluster bus and replication');
      props.flows.allow(bootstrap.pods, redis.pods, [redisPort], 'forming the cluster');
      settings.REDIS_URL = `redis://${podHost(name, 0)}:${REDIS_NAMES.port}/0`;
      settings.REDIS_CLUSTER_NODES = nodes.join(',');
    }

    this.connection = { settings, password: PASSWORD, endpoints, servers: redis.pods };
  }
}
