// Redis and Sentinel from Debian's redis-server and redis-sentinel packages, run with the
// redis.conf, sentinel.conf and start scripts the rendered ConfigMaps carry. Only addresses,
// ports and paths differ from the pods: every server announces 127.0.0.1 and its own port.
import { spawnSync } from 'node:child_process';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ENVIRONMENTS } from '../../src/config/environments';
import { renderPlatform } from '../../src/platform';
import { settingsWith } from '../support/rendered';
import {
  containerEnv,
  distConfigMap,
  distObject,
  freePorts,
  requireBinaries,
  runAs,
  Scratch,
  Servers,
  waitFor,
  TEST_SECRETS,
} from '../support/servers';

// Real servers: replication and failover take seconds, not milliseconds.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const SECRETS = TEST_SECRETS;
const PASSWORD = SECRETS.REDIS_PASSWORD;

/** redis-cli against a local port, authenticated as the pods are (REDISCLI_AUTH). */
function cli(port: number, ...args: string[]): string {
  const result = spawnSync('redis-cli', ['-p', String(port), ...args], {
    encoding: 'utf8',
    env: { ...process.env, REDISCLI_AUTH: PASSWORD },
    timeout: 5000,
  });
  return (result.stdout ?? '').trim();
}
const info = (port: number, field: string) =>
  cli(port, 'INFO', 'replication')
    .match(new RegExp(`^${field}:(.*)$`, 'm'))?.[1]
    ?.trim();

describe('Redis master, replicas and three Sentinels (staging), from the rendered configuration', () => {
  const ENV = 'staging';
  let scratch: Scratch;
  let servers: Servers;
  let redisPorts: number[];
  let sentinelPorts: number[];

  const redisSet = distObject(`dist/${ENV}/cache/statefulset-redis.yaml`);
  const sentinelSet = distObject(`dist/${ENV}/cache/statefulset-redis-sentinel.yaml`);
  const sentinelsOf = () => sentinelPorts.map((p) => `127.0.0.1:${p}`).join(' ');
  const masterPort = () => Number(cli(sentinelPorts[0]!, 'SENTINEL', 'get-master-addr-by-name', 'agent').split('\n')[1]);

  beforeAll(async () => {
    requireBinaries('/usr/bin/redis-server', '/usr/bin/redis-sentinel');
    scratch = new Scratch('redis-servers', 'redis');
    servers = new Servers(scratch.dir('logs', 0o755));
    const ports = await freePorts(redisSet.spec.replicas + sentinelSet.spec.replicas);
    redisPorts = ports.slice(0, redisSet.spec.replicas);
    sentinelPorts = ports.slice(redisSet.spec.replicas);
    const config = scratch.files('config', distConfigMap(`dist/${ENV}/cache/configmap-redis-config.yaml`));
    const scripts = scratch.files('scripts', distConfigMap(`dist/${ENV}/cache/configmap-redis-scripts.yaml`), 0o555);

    // OrderedReady: pod 0 first (the first master), then the replicas; the Sentinels in parallel.
    for (const [i, port] of redisPorts.entries()) {
      const env = {
        ...containerEnv(redisSet.spec.template.spec.containers[0], { secrets: SECRETS, podName: `redis-${i}` }),
        REDIS_ANNOUNCE_HOST: '127.0.0.1',
        REDIS_PORT: String(port),
        REDIS_CONFIG: `${config}/redis.conf`,
        REDIS_RUNTIME_DIR: scratch.dir(`redis-${i}/run`),
        REDIS_DATA_DIR: scratch.dir(`redis-${i}/data`),
        REDIS_SENTINELS: sentinelsOf(),
        REDIS_FIRST_MASTER_HOST: '127.0.0.1',
        REDIS_FIRST_MASTER_PORT: String(redisPorts[0]),
      };
      servers.start(`redis-${i}`, 'redis', ['bash', `${scripts}/redis-start.sh`], env);
      await waitFor(
        `redis-${i} to answer`,
        () => cli(port, 'PING') === 'PONG',
        10_000,
        () => servers.log(`redis-${i}`),
      );
    }
    for (const [i, port] of sentinelPorts.entries()) {
      const env = {
        ...containerEnv(sentinelSet.spec.template.spec.containers[0], { secrets: SECRETS, podName: `redis-sentinel-${i}` }),
        SENTINEL_ANNOUNCE_HOST: '127.0.0.1',
        SENTINEL_PORT: String(port),
        SENTINEL_CONFIG: `${config}/sentinel.conf`,
        SENTINEL_RUNTIME_DIR: scratch.dir(`sentinel-${i}/run`),
        REDIS_SENTINELS: sentinelsOf(),
        REDIS_FIRST_MASTER_HOST: '127.0.0.1',
        REDIS_FIRST_MASTER_PORT: String(redisPorts[0]),
      };
      servers.start(`sentinel-${i}`, 'redis', ['bash', `${scripts}/sentinel-start.sh`], env);
    }
  });

  afterAll(() => {
    servers?.stopAll();
    scratch?.cleanup();
  });

  test('replicas follow the master and the Sentinels know every server and each other', async () => {
    const replicas = redisPorts.length - 1;
    await waitFor('all replicas connected', () => info(redisPorts[0]!, 'connected_slaves') === String(replicas), 20_000);
    for (const port of redisPorts.slice(1)) {
      expect(info(port, 'role')).toBe('slave');
      await waitFor(`replica ${port} in sync`, () => info(port, 'master_link_status') === 'up', 20_000);
    }
    await waitFor(
      'the Sentinels to discover each other and the replicas',
      () => {
        const master = cli(sentinelPorts[0]!, 'SENTINEL', 'MASTER', 'agent').split('\n');
        const field = (name: string) => master[master.indexOf(name) + 1];
        return field('num-slaves') === String(replicas) && field('num-other-sentinels') === String(sentinelPorts.length - 1);
      },
      30_000,
    );
    // The rendered min-replicas-to-write is in force on the master.
    expect(cli(redisPorts[0]!, 'CONFIG', 'GET', 'min-replicas-to-write').split('\n')[1]).toBe('1');
  });

  test('when the master is killed, the Sentinels promote a replica, clients asking Sentinel find it, and WAIT-acknowledged writes survive', async () => {
    const oldMaster = redisPorts[0]!;
    expect(masterPort()).toBe(oldMaster);
    expect(cli(oldMaster, 'SET', 'session:42', 'acknowledged')).toBe('OK');
    expect(Number(cli(oldMaster, 'WAIT', '1', '2000'))).toBeGreaterThanOrEqual(1);

    const killedAt = Date.now();
    servers.kill('redis-0');
    const newMaster = await waitFor(
      'a new master',
      () => (masterPort() !== oldMaster ? masterPort() : undefined),
      45_000,
      () => servers.log('sentinel-0'),
    );
    const failoverMs = Date.now() - killedAt;
    expect(redisPorts.slice(1)).toContain(newMaster);
    // Every Sentinel agrees, as any of them may answer a client.
    for (const port of sentinelPorts) {
      await waitFor(
        `Sentinel ${port} to name the new master`,
        () => cli(port, 'SENTINEL', 'get-master-addr-by-name', 'agent').split('\n')[1] === String(newMaster),
        20_000,
      );
    }
    await waitFor(
      'the promoted server to take writes',
      () => info(newMaster, 'role') === 'master' && cli(newMaster, 'SET', 'after', 'failover') === 'OK',
      20_000,
    );
    expect(cli(newMaster, 'GET', 'session:42')).toBe('acknowledged');
    console.info(`Sentinel failover took ${failoverMs} ms`);
  });
});

describe('Redis cluster mode, from a cluster-mode render', () => {
  // No committed environment uses cluster mode, so this renders staging with it selected.
  const definitions = {
    ...ENVIRONMENTS,
    staging: { ...ENVIRONMENTS.staging!, redis: { mode: 'cluster' as const, replicas: 1, minReplicasToWrite: 0 } },
  };
  const files = renderPlatform(settingsWith(definitions));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const object = (path: string): any => load(files.get(path)!);
  const clusterSet = object('dist/staging/cache/statefulset-redis-cluster.yaml');
  const job = object('dist/staging/cache/job-redis-cluster-bootstrap.yaml');
  let scratch: Scratch;
  let servers: Servers;
  let ports: number[];
  let scripts: string;

  const bootstrap = () =>
    runAs(
      'redis',
      ['bash', `${scripts}/redis-cluster-bootstrap.sh`],
      {
        ...containerEnv(job.spec.template.spec.containers[0], { secrets: SECRETS }),
        REDIS_CLUSTER_NODES: ports.map((p) => `127.0.0.1:${p}`).join(' '),
        REDIS_WAIT_SECONDS: '30',
      },
      60_000,
    );

  beforeAll(async () => {
    requireBinaries('/usr/bin/redis-server');
    scratch = new Scratch('redis-cluster', 'redis');
    servers = new Servers(scratch.dir('logs', 0o755));
    ports = await freePorts(clusterSet.spec.replicas, { bus: true });
    const config = scratch.files('config', object('dist/staging/cache/configmap-redis-config.yaml').data);
    scripts = scratch.files('scripts', object('dist/staging/cache/configmap-redis-scripts.yaml').data, 0o555);
    for (const [i, port] of ports.entries()) {
      const env = {
        ...containerEnv(clusterSet.spec.template.spec.containers[0], { secrets: SECRETS, podName: `redis-cluster-${i}` }),
        REDIS_ANNOUNCE_HOST: '127.0.0.1',
        REDIS_PORT: String(port),
        REDIS_CONFIG: `${config}/redis.conf`,
        REDIS_RUNTIME_DIR: scratch.dir(`node-${i}/run`),
        REDIS_DATA_DIR: scratch.dir(`node-${i}/data`),
      };
      servers.start(`node-${i}`, 'redis', ['bash', `${scripts}/redis-start.sh`], env);
    }
    for (const [i, port] of ports.entries()) {
      await waitFor(
        `node ${i} to answer`,
        () => cli(port, 'PING') === 'PONG',
        10_000,
        () => servers.log(`node-${i}`),
      );
    }
  });

  afterAll(() => {
    servers?.stopAll();
    scratch?.cleanup();
  });

  test('the bootstrap Job script forms the cluster, which serves keys across slots; a second run changes nothing', () => {
    expect(clusterSet.spec.replicas).toBe(6);
    const first = bootstrap();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('cluster formed');
    expect(cli(ports[0]!, 'CLUSTER', 'INFO')).toMatch(/cluster_state:ok/);

    for (let i = 0; i < 200; i++) expect(cli(ports[0]!, '-c', 'SET', `key:${i}`, String(i))).toBe('OK');
    for (let i = 0; i < 200; i += 37) expect(cli(ports[i % ports.length]!, '-c', 'GET', `key:${i}`)).toBe(String(i));
    const masters = ports.filter((p) => info(p, 'role') === 'master');
    expect(masters).toHaveLength(3);
    // Keys are spread over every master's slots.
    for (const port of masters) expect(Number(cli(port, 'DBSIZE'))).toBeGreaterThan(0);

    const second = bootstrap();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain('cluster already formed');
  });
});
