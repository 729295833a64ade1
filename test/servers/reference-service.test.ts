// The reference service (examples/agent-service) run for real with Debian's Python packages
// (/usr/bin/python3) against PostgreSQL and Redis started from dist/dev's configuration and
// scripts, with the environment the rendered dev Deployment gives the API (hosts and ports of
// this machine, test passwords).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { METRIC_SOURCES } from '../../src/charts/monitoring/metrics';
import { SERVICE_ROOT, SYSTEM_PYTHON } from '../support/contract';
import { PatroniCluster } from '../support/patroni';
import {
  containerEnv,
  distConfigMap,
  distObject,
  freePorts,
  PG_BIN,
  postgresReady,
  requireBinaries,
  Scratch,
  Servers,
  TEST_SECRETS,
  waitFor,
} from '../support/servers';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const ENV = 'dev';
const SECRETS: Readonly<Record<string, string>> = TEST_SECRETS;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

test('the reference service passes its own tests', () => {
  const run = spawnSync(SYSTEM_PYTHON, ['-B', '-m', 'pytest', '-q', '-p', 'no:cacheprovider'], { cwd: SERVICE_ROOT, encoding: 'utf8' });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\d+ passed/);
});

describe('the reference service against real PostgreSQL and Redis', () => {
  let scratch: Scratch;
  let servers: Servers;
  let database: PatroniCluster;
  let ports: { postgres: number; redis: number; app: number };
  let appEnv: Record<string, string>;
  let service: ChildProcess;
  let output = '';
  const url = (path: string) => `http://127.0.0.1:${ports.app}${path}`;

  /** The API's environment: its ConfigMap and both synced Secrets, as the Deployment's envFrom gives them. */
  function apiEnvironment(): Record<string, string> {
    const local = (value: string) =>
      value
        .replace(/postgres(-ro)?\.[a-z0-9-]+\.svc\.cluster\.local:5432/, `127.0.0.1:${ports.postgres}`)
        .replace(/redis-0\.redis\.[a-z0-9-]+\.svc\.cluster\.local:6379/, `127.0.0.1:${ports.redis}`);
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(distConfigMap(`dist/${ENV}/app/configmap-agent-api-config.yaml`))) env[k] = local(v);
    for (const name of ['agent-api-secrets', 'agent-api-database']) {
      const es = distObject(`dist/${ENV}/app/externalsecret-${name}.yaml`);
      const values: Record<string, string> = {};
      for (const d of es.spec.data)
        values[d.secretKey] = SECRETS[d.remoteRef.property.replace(/-/g, '_').toUpperCase()] ?? SECRETS[d.secretKey]!;
      Object.assign(env, values);
      for (const [k, template] of Object.entries<string>(es.spec.target.template?.data ?? {})) {
        env[k] = local(template.replace(/\{\{ \.(\w+) \| urlquery \}\}/g, (_, key: string) => encodeURIComponent(values[key]!)));
      }
    }
    return { ...env, PORT: String(ports.app) };
  }

  beforeAll(async () => {
    requireBinaries(`${PG_BIN}/postgres`, '/usr/bin/redis-server', SYSTEM_PYTHON);
    scratch = new Scratch('reference-service', 'postgres');
    servers = new Servers(scratch.dir('logs', 0o777));
    const [redis, app] = await freePorts(2);
    ports = { postgres: 0, redis: redis!, app: app! };

    // PostgreSQL: dev's single Patroni member and the init Job, as rendered.
    database = new PatroniCluster({ env: ENV });
    await database.start();
    database.startMember(0);
    await database.waitForLeader('the dev database');
    ports.postgres = database.members[0]!.pgPort;
    const init = database.runInit(0);
    expect(init.status, init.stderr).toBe(0);

    // Redis: dev's standalone server from its start script.
    const redisConfig = scratch.files('redis-config', distConfigMap(`dist/${ENV}/cache/configmap-redis-config.yaml`));
    const redisScripts = scratch.files('redis-scripts', distConfigMap(`dist/${ENV}/cache/configmap-redis-scripts.yaml`), 0o555);
    const redisContainer = distObject(`dist/${ENV}/cache/statefulset-redis.yaml`).spec.template.spec.containers[0];
    servers.start('redis', 'redis', ['bash', `${redisScripts}/redis-start.sh`], {
      ...containerEnv(redisContainer, { secrets: SECRETS, podName: 'redis-0' }),
      REDIS_ANNOUNCE_HOST: '127.0.0.1',
      REDIS_PORT: String(ports.redis),
      REDIS_CONFIG: `${redisConfig}/redis.conf`,
      REDIS_RUNTIME_DIR: scratch.dir('redis-run', 0o777),
      REDIS_DATA_DIR: scratch.dir('redis-data', 0o777),
    });
    await waitFor(
      'Redis',
      () =>
        spawnSync('redis-cli', ['-p', String(ports.redis), 'PING'], {
          env: { ...process.env, REDISCLI_AUTH: SECRETS.REDIS_PASSWORD },
          encoding: 'utf8',
        }).stdout.trim() === 'PONG',
      10_000,
      () => servers.log('redis'),
    );

    appEnv = apiEnvironment();
    // The migration Job's command, with the Job's environment (ConfigMap and database secret).
    const nobody = { uid: 65534, gid: 65534 };
    const migrated = spawnSync(SYSTEM_PYTHON, ['-B', '-m', 'alembic', 'upgrade', 'head'], {
      cwd: SERVICE_ROOT,
      env: { PATH: '/usr/bin:/bin', ...appEnv },
      encoding: 'utf8',
      ...nobody,
    });
    expect(migrated.status, migrated.stdout + migrated.stderr).toBe(0);

    // Unprivileged and without a wrapper process: SIGTERM reaches the service as the kubelet's reaches PID 1.
    service = spawn(SYSTEM_PYTHON, ['-B', '-m', 'app'], {
      cwd: SERVICE_ROOT,
      env: { PATH: '/usr/bin:/bin', ...appEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...nobody,
    });
    service.stdout!.on('data', (d) => (output += d));
    service.stderr!.on('data', (d) => (output += d));
    await waitFor(
      'the service to answer',
      () => output.includes('Uvicorn running') || output.includes('Application startup complete'),
      20_000,
      () => output,
    );
  });

  afterAll(() => {
    if (service && service.exitCode === null) service.kill('SIGKILL');
    servers?.stopAll();
    scratch?.cleanup();
    database?.stop();
  });

  test('/healthz and /readyz answer 200 with both dependencies up; the notes API writes and reads through both URLs and Redis', async () => {
    expect((await fetch(url('/healthz'))).status).toBe(200);
    const ready = await fetch(url('/readyz'));
    expect(await ready.json()).toEqual({ postgres: 'ok', redis: 'ok' });
    expect(ready.status).toBe(200);
    const created = await fetch(url('/v1/notes'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-1' },
      body: JSON.stringify({ body: 'hello' }),
    });
    expect(created.status).toBe(201);
    expect(await (await fetch(url('/v1/notes'))).json()).toEqual({ notes: [{ id: 1, body: 'hello' }], written: 1 });
  });

  test('/metrics exposes every API metric name the alerts and dashboards use', async () => {
    const text = await (await fetch(url('/metrics'))).text();
    const names = new Set(
      text
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split(/[{ ]/)[0]),
    );
    for (const metric of METRIC_SOURCES['agent-api (prometheus-fastapi-instrumentator 7.1)']!) expect([...names], metric).toContain(metric);
    expect(text).toContain('http_requests_total{handler="/v1/notes",method="POST",status="2xx"} 1.0');
  });

  test('/readyz turns 503 when PostgreSQL stops, while /healthz stays 200', async () => {
    database.killMember(0);
    await waitFor('PostgreSQL to stop', () => !postgresReady(ports.postgres));
    const ready = await fetch(url('/readyz'));
    expect(ready.status).toBe(503);
    const body: Any = await ready.json();
    expect(body.postgres).toMatch(/^error/);
    expect(body.redis).toBe('ok');
    expect((await fetch(url('/healthz'))).status).toBe(200);
  });

  test('SIGTERM stops the service cleanly (exit 0), and every log line it wrote is one JSON object', async () => {
    const exited = new Promise<number | null>((resolve) => service.on('exit', (code) => resolve(code)));
    const started = Date.now();
    service.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    const lines = output.trim().split('\n');
    const entries = lines.map((l) => JSON.parse(l));
    expect(entries.some((e) => e.message === 'request finished' && e.request_id === 'test-request-1' && e.status === 201)).toBe(true);
    expect(entries.at(-1).message).toMatch(/Finished server process|stopped/);
  });
});
