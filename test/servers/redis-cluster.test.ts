// Redis cluster mode from Debian's redis-server, run with the redis.conf and start scripts a
// cluster-mode render's ConfigMaps carry (no committed environment uses cluster mode). Only
// addresses, ports and paths differ from the pods.
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ENVIRONMENTS } from '../../src/config/environments';
import { renderPlatform } from '../../src/platform';
import { settingsWith } from '../support/rendered';
import {
  containerEnv,
  freePorts,
  redisCli,
  replicationField,
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

describe('Redis cluster mode, from a cluster-mode render', () => {
  // No committed environment uses cluster mode, so this renders staging with it selected (six
  // Redis pods instead of three servers and three Sentinels: its quota grows with it).
  const definitions = {
    ...ENVIRONMENTS,
    staging: {
      ...ENVIRONMENTS.staging!,
      redis: { mode: 'cluster' as const, replicas: 1, minReplicasToWrite: 0 },
      quota: { ...ENVIRONMENTS.staging!.quota, memoryRequests: '20Gi' },
    },
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
        () => redisCli(port, 'PING') === 'PONG',
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
    expect(redisCli(ports[0]!, 'CLUSTER', 'INFO')).toMatch(/cluster_state:ok/);

    for (let i = 0; i < 200; i++) expect(redisCli(ports[0]!, '-c', 'SET', `key:${i}`, String(i))).toBe('OK');
    for (let i = 0; i < 200; i += 37) expect(redisCli(ports[i % ports.length]!, '-c', 'GET', `key:${i}`)).toBe(String(i));
    const masters = ports.filter((p) => replicationField(p, 'role') === 'master');
    expect(masters).toHaveLength(3);
    // Keys are spread over every master's slots.
    for (const port of masters) expect(Number(redisCli(port, 'DBSIZE'))).toBeGreaterThan(0);

    const second = bootstrap();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain('cluster already formed');
  });
});
