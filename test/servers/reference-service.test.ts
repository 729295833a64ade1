// The reference service (examples/agent-service) run for real with Debian's Python packages
// (/usr/bin/python3) against PostgreSQL and Redis started from dist/dev's configuration and
// scripts, with the environment the rendered dev Rollout gives the API (hosts and ports of
// this machine, test passwords).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { METRIC_SOURCES } from '../../src/charts/monitoring/metrics';
import { apiEnvironment, serviceRunner } from '../support/agent-service';
import { SERVICE_ROOT, SYSTEM_PYTHON } from '../support/contract';
import { PatroniCluster } from '../support/patroni';
import { rendered } from '../support/rendered';
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

interface Series {
  line: string;
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text format, one sample per line (label values here never hold quotes or commas). */
function parseMetrics(text: string): Series[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labels, value] = line.match(/^(\w+)(?:\{(.*)\})? (\S+)$/)!;
      return {
        line,
        name: name!,
        labels: Object.fromEntries([...(labels ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!])),
        value: Number(value),
      };
    });
}

/** What the release traffic's run printed last (its report) and how it ended. */
interface TrafficRun {
  readonly code: number | null;
  readonly report: Any;
  readonly output: string;
  /** The Job's environment as rendered (before the local overrides). */
  readonly rendered: Record<string, string>;
  /** Wall-clock milliseconds from start to exit. */
  readonly elapsedMs: number;
}

/**
 * Runs the release traffic's Job of `env` as its pod would: the container's command from the rendered
 * pre-promotion AnalysisTemplate, with the script of the ConfigMap its volume mounts placed where the
 * command names it, and the container's environment, the Services' URLs pointed at `hosts` (this
 * machine's ports) and `overrides` applied. The image's `python` is Debian's here.
 */
async function runReleaseTraffic(
  env: string,
  scratch: Scratch,
  hosts: { preview: string; active: string },
  overrides: Record<string, string> = {},
  /** Killed (SIGKILL) when still running after this long. */
  killAfterMs?: number,
): Promise<TrafficRun> {
  const template = distObject(`dist/${env}/app/analysistemplate-agent-api-pre-promotion.yaml`);
  const metric = template.spec.metrics.find((m: Any) => m.provider.job);
  const pod = metric.provider.job.spec.template.spec;
  const container = pod.containers[0];
  let command: string[] = [...container.command, ...(container.args ?? [])];
  for (const mount of container.volumeMounts) {
    const volume = pod.volumes.find((v: Any) => v.name === mount.name);
    if (!volume.configMap) continue;
    const dir = scratch.files(`${env}-${volume.name}`, distConfigMap(`dist/${env}/app/configmap-${volume.configMap.name}.yaml`));
    command = command.map((a) => (a.startsWith(`${mount.mountPath}/`) ? `${dir}${a.slice(mount.mountPath.length)}` : a));
  }
  expect(command[0]).toBe('python');
  const rendered = containerEnv(container, { secrets: SECRETS });
  const local = (url: string, host: string) => url.replace(/^http:\/\/[a-z0-9-]+\.[a-z0-9-]+\.svc\.cluster\.local:\d+/, `http://${host}`);
  const vars = {
    ...rendered,
    PREVIEW_URL: local(rendered.PREVIEW_URL!, hosts.preview),
    ACTIVE_URL: local(rendered.ACTIVE_URL!, hosts.active),
    ...overrides,
  };
  const started = Date.now();
  const child = spawn(SYSTEM_PYTHON, ['-B', ...command.slice(1)], {
    env: { PATH: '/usr/bin:/bin', ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(killAfterMs === undefined ? {} : { timeout: killAfterMs, killSignal: 'SIGKILL' as const }),
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const elapsedMs = Date.now() - started;
  const last = output.trim().split('\n').at(-1) ?? '';
  return { code, report: last.startsWith('{') ? JSON.parse(last) : undefined, output, rendered, elapsedMs };
}

test('the reference service passes its own tests', () => {
  const run = spawnSync(SYSTEM_PYTHON, ['-B', '-m', 'pytest', '-q', '-p', 'no:cacheprovider'], { cwd: SERVICE_ROOT, encoding: 'utf8' });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\d+ passed/);
});

describe('the reference service against real PostgreSQL and Redis', () => {
  let scratch: Scratch;
  /** Where the service runs from. */
  let serviceDir: string;
  let servers: Servers;
  let database: PatroniCluster;
  let ports: { postgres: number; redis: number; app: number };
  let appEnv: Record<string, string>;
  let service: ChildProcess;
  let output = '';
  let schemaRevision = '';
  const logEntries = (): Any[] =>
    output
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const url = (path: string) => `http://127.0.0.1:${ports.app}${path}`;

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

    appEnv = apiEnvironment(ENV, ports);
    // The migration Job's command, with the Job's environment (ConfigMap and database secret).
    const runner = serviceRunner(scratch);
    const nobody = runner.user;
    serviceDir = runner.dir;
    const migrated = spawnSync(SYSTEM_PYTHON, ['-B', '-m', 'alembic', 'upgrade', 'head'], {
      cwd: serviceDir,
      env: { PATH: '/usr/bin:/bin', ...appEnv },
      encoding: 'utf8',
      ...nobody,
    });
    expect(migrated.status, migrated.stdout + migrated.stderr).toBe(0);
    // What the migration recorded, asked of the database itself.
    const revision = spawnSync(`${PG_BIN}/psql`, [appEnv.DATABASE_URL!, '-Atc', 'SELECT version_num FROM alembic_version'], {
      encoding: 'utf8',
    });
    expect(revision.status, revision.stderr).toBe(0);
    schemaRevision = revision.stdout.trim();
    expect(schemaRevision).not.toBe('');

    // Unprivileged and without a wrapper process: SIGTERM reaches the service as the kubelet's reaches PID 1.
    service = spawn(SYSTEM_PYTHON, ['-B', '-m', 'app'], {
      cwd: serviceDir,
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

  test('/healthz and /readyz answer 200, /dependencies names both dependencies ok; the notes API writes and reads through both URLs and Redis', async () => {
    expect((await fetch(url('/healthz'))).status).toBe(200);
    // Readiness is the pod's own: it turns 200 only once the startup hook has run.
    expect((await fetch(url('/readyz'))).status).toBe(200);
    const dependencies = await fetch(url('/dependencies'));
    expect(await dependencies.json()).toEqual({ postgres: 'ok', redis: 'ok' });
    expect(dependencies.status).toBe(200);
    const created = await fetch(url('/v1/notes'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-1' },
      body: JSON.stringify({ body: 'hello' }),
    });
    expect(created.status).toBe(201);
    expect(await (await fetch(url('/v1/notes'))).json()).toEqual({ notes: [{ id: 1, title: 'hello', body: 'hello' }], written: 1 });
  });

  test('the startup hook ran: it read the schema revision the migration wrote', () => {
    const started = logEntries().find((e) => e.logger === 'agent.api' && e.message === 'started');
    expect(started, output).toBeDefined();
    expect(started.schema_revision).toBe(schemaRevision);
  });

  test('/metrics exposes every API metric name the alerts and dashboards use', async () => {
    // A labelled histogram appears once it has a sample: stream once, as users do.
    expect((await (await fetch(url('/v1/notes/stream'))).text()).length).toBeGreaterThan(0);
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

  describe.each(rendered().settings.environments.map((e) => [e.name, e] as const))('the release traffic of %s', (env, settings) => {
    const SMOKE = { handler: '/v1/notes', method: 'GET' };
    const smokeCount = async (name: string) =>
      parseMetrics(await (await fetch(url('/metrics'))).text())
        .filter((s) => s.name === name && s.labels.handler === SMOKE.handler && s.labels.method === SMOKE.method)
        .reduce((sum, s) => sum + (s.labels.status === undefined || s.labels.status === '2xx' ? s.value : 0), 0);
    // The real pace spreads the requests over the analysis's minutes; here they follow each other.
    const quick = { INTERVAL_SECONDS: '0.001' };

    test('sends the smoke request to both Services, each counted as a successful user request, enough for every measurement; exits 0', async () => {
      const host = `127.0.0.1:${ports.app}`;
      const [requests, timed] = [await smokeCount('http_requests_total'), await smokeCount('http_request_duration_seconds_count')];
      const run = await runReleaseTraffic(env, scratch, { preview: host, active: host }, quick);
      expect(run.code, run.output).toBe(0);
      // The bounded request (a query string) is counted under its route: the queries' `handler="/v1/notes"`.
      expect(new URL(run.rendered.PREVIEW_URL!).search).toMatch(/^\?limit=\d+$/);
      const sent = (await smokeCount('http_requests_total')) - requests;
      // Both Services are this one service: every preview request, and what the active Service's worker
      // sent (at this pace it may fall behind and drop some; each round is accounted for).
      const preview = Number(run.rendered.REQUESTS);
      const active = run.report.active;
      expect(run.report).toMatchObject({ sent: preview, failed: { preview: 0, active: 0 } });
      expect(active.answered + active.dropped).toBe(preview);
      expect(active.answered).toBeGreaterThan(0);
      expect(sent).toBe(preview + active.answered);
      // minRequests for each of the analysis's measurements, at the least.
      const r = settings.app.rollout;
      expect(preview).toBeGreaterThanOrEqual(r.minRequests * r.prePromotionMeasurements);
      // Every one timed in the histogram the latency comparison reads.
      expect((await smokeCount('http_request_duration_seconds_count')) - timed).toBe(sent);
      // Hundreds of requests one after another, each a PostgreSQL read and a Redis GET: minutes on a busy machine.
    }, 300_000);

    test('fails (exit 1) as soon as the preview does not answer beyond the error budget; the active Service alone is not judged', async () => {
      const [nothing] = await freePorts(1);
      const down = await runReleaseTraffic(env, scratch, { preview: `127.0.0.1:${nothing}`, active: `127.0.0.1:${ports.app}` }, quick);
      expect(down.code, down.output).toBe(1);
      const budget = Math.floor(settings.app.rollout.maxErrorRatio * Number(down.rendered.REQUESTS));
      // It stops at the first failure past the budget: no outcome could change any more.
      expect(down.report).toMatchObject({ sent: budget + 1, failed: { preview: budget + 1 } });
      // A shorter run for this one: what matters is that every active request fails and the Job still succeeds.
      const activeDown = await runReleaseTraffic(
        env,
        scratch,
        { preview: `127.0.0.1:${ports.app}`, active: `127.0.0.1:${nothing}` },
        { ...quick, REQUESTS: String(settings.app.rollout.minRequests) },
      );
      expect(activeDown.code, activeDown.output).toBe(0);
      expect(activeDown.report.failed.preview).toBe(0);
      expect(activeDown.report.active.answered).toBe(0);
      expect(activeDown.report.active.failed).toBeGreaterThan(0);
      expect(activeDown.report.active.failed + activeDown.report.active.dropped).toBe(settings.app.rollout.minRequests);
    });

    test('an active Service that accepts and never answers neither fails the Job nor holds it past its deadline', async () => {
      // Accepts every connection and never writes: each request to it waits for the whole timeout.
      const held: Socket[] = [];
      const silent = createServer((socket) => held.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as { port: number };
      try {
        const template = distObject(`dist/${env}/app/analysistemplate-agent-api-pre-promotion.yaml`);
        const spec = template.spec.metrics.find((m: Any) => m.provider.job).provider.job.spec;
        const container = spec.template.spec.containers[0];
        const value = (name: string) => Number(container.env.find((e: Any) => e.name === name).value);
        // The deadline's allowance beyond the pod's start (30 s) and the rendered rounds: what slow
        // answers may take. A shorter run here (minRequests rounds, quickly) may take no more.
        const allowanceMs = Math.floor(1000 * (spec.activeDeadlineSeconds - 30 - value('REQUESTS') * value('INTERVAL_SECONDS')));
        expect(allowanceMs).toBeGreaterThan(1000 * value('TIMEOUT_SECONDS'));
        const rounds = settings.app.rollout.minRequests;
        const run = await runReleaseTraffic(
          env,
          scratch,
          { preview: `127.0.0.1:${ports.app}`, active: `127.0.0.1:${port}` },
          { ...quick, REQUESTS: String(rounds) },
          allowanceMs,
        );
        expect(run.code, `${run.output} after ${run.elapsedMs} ms`).toBe(0);
        expect(run.elapsedMs).toBeLessThan(allowanceMs);
        // The preview's requests all answered; the active Service's timed out or were dropped, none answered.
        expect(run.report).toMatchObject({ sent: rounds, failed: { preview: 0 } });
        expect(run.report.active.answered).toBe(0);
        expect(run.report.active.dropped).toBeGreaterThan(0);
        expect(run.report.active.failed + run.report.active.dropped).toBe(rounds);
        expect(held.length).toBeGreaterThan(0);
      } finally {
        for (const socket of held) socket.destroy();
        await new Promise((resolve) => silent.close(resolve));
      }
    }, 300_000);
  });

  test('SLIs count user requests only: probes, /dependencies and /metrics are in no http_* series', async () => {
    for (const path of ['/healthz', '/readyz', '/dependencies', '/metrics']) expect((await fetch(url(path))).status, path).toBe(200);
    const series = parseMetrics(await (await fetch(url('/metrics'))).text());
    for (const path of ['/healthz', '/readyz', '/dependencies', '/metrics'])
      expect(
        series.filter((s) => s.name.startsWith('http_') && s.labels.handler === path).map((s) => s.line),
        path,
      ).toEqual([]);
    // The user requests of the first test are there.
    expect(series.some((s) => s.name === 'http_requests_total' && s.labels.handler === '/v1/notes')).toBe(true);
  });

  test('a streamed (text/event-stream) response is timed to its first byte, never in the request duration histograms', async () => {
    const before = parseMetrics(await (await fetch(url('/metrics'))).text());
    const highrCount = (series: Series[]) => series.find((s) => s.name === 'http_request_duration_highr_seconds_count')!.value;

    const stream = await fetch(url('/v1/notes/stream'));
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const body = await stream.text();
    expect(body).toContain('event: note\ndata: {"id": 1, "title": "hello", "body": "hello"}\n\n');

    const after = parseMetrics(await (await fetch(url('/metrics'))).text());
    const handler = '/v1/notes/stream';
    const count = (series: Series[], name: string) => series.find((s) => s.name === name && s.labels.handler === handler)?.value ?? 0;
    const firstByte = after.filter((s) => s.name.startsWith('http_stream_first_byte_seconds') && s.labels.handler === handler);
    expect(count(after, 'http_stream_first_byte_seconds_count') - count(before, 'http_stream_first_byte_seconds_count')).toBe(1);
    // The latency thresholds the SLO rules may use are bucket boundaries.
    const bounds = firstByte.filter((s) => s.name === 'http_stream_first_byte_seconds_bucket').map((s) => Number(s.labels.le));
    for (const threshold of [0.5, 1, 2, 2.5]) expect(bounds, String(threshold)).toContain(threshold);
    // Not in the duration histograms: the unlabelled one did not move, the labelled one has no series for it.
    expect(highrCount(after)).toBe(highrCount(before));
    expect(after.filter((s) => s.name.startsWith('http_request_duration_seconds') && s.labels.handler === handler)).toEqual([]);
    // Still a request: counted with its status.
    expect(after.find((s) => s.name === 'http_requests_total' && s.labels.handler === handler)).toMatchObject({
      labels: { method: 'GET', status: '2xx' },
    });
    expect(count(after, 'http_requests_total') - count(before, 'http_requests_total')).toBe(1);
  });

  test('GET /v1/notes?limit=N reads the N newest notes, newest first; a limit outside 1..100 is refused (422)', async () => {
    for (const body of ['second', 'third']) {
      const created = await fetch(url('/v1/notes'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body }),
      });
      expect(created.status).toBe(201);
    }
    const all: Any[] = ((await (await fetch(url('/v1/notes'))).json()) as Any).notes;
    expect(all.length).toBeGreaterThanOrEqual(3);
    const latest = await fetch(url('/v1/notes?limit=2'));
    expect(latest.status).toBe(200);
    expect(((await latest.json()) as Any).notes).toEqual(all.slice(-2).reverse());
    for (const limit of ['0', '101']) expect((await fetch(url(`/v1/notes?limit=${limit}`))).status, limit).toBe(422);
    expect(((await (await fetch(url('/v1/notes?limit=100'))).json()) as Any).notes).toEqual([...all].reverse().slice(0, 100));
  });

  test('/readyz stays 200 when PostgreSQL stops, then Redis; /dependencies answers 503 naming what failed; /healthz stays 200', async () => {
    database.killMember(0);
    await waitFor('PostgreSQL to stop', () => !postgresReady(ports.postgres));
    expect((await fetch(url('/readyz'))).status).toBe(200);
    let dependencies = await fetch(url('/dependencies'));
    expect(dependencies.status).toBe(503);
    let body: Any = await dependencies.json();
    expect(body.postgres).toMatch(/^error/);
    expect(body.redis).toBe('ok');

    servers.kill('redis');
    await waitFor(
      'Redis to stop',
      () => spawnSync('redis-cli', ['-p', String(ports.redis), 'PING'], { encoding: 'utf8' }).status !== 0 || undefined,
    );
    expect((await fetch(url('/readyz'))).status).toBe(200);
    dependencies = await fetch(url('/dependencies'));
    expect(dependencies.status).toBe(503);
    body = await dependencies.json();
    expect(body.postgres).toMatch(/^error/);
    expect(body.redis).toMatch(/^error/);
    expect((await fetch(url('/healthz'))).status).toBe(200);
  });

  test.each(rendered().settings.environments.map((e) => e.name))(
    'the release traffic of %s fails (exit 1) when the preview answers 5xx: the smoke request needs the databases, which are down',
    async (env) => {
      const host = `127.0.0.1:${ports.app}`;
      expect((await fetch(url('/v1/notes'))).status).toBe(500);
      const run = await runReleaseTraffic(env, scratch, { preview: host, active: host }, { INTERVAL_SECONDS: '0.001' });
      expect(run.code, run.output).toBe(1);
      expect(run.report.failed.preview).toBeGreaterThan(0);
    },
  );

  test('SIGTERM runs the shutdown hook and stops the service cleanly (exit 0); every log line it wrote is one JSON object', async () => {
    const exited = new Promise<number | null>((resolve) => service.on('exit', (code) => resolve(code)));
    const started = Date.now();
    service.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    const entries = logEntries();
    // The shutdown hook's own record, after uvicorn began shutting down, and the service's last word.
    const shuttingDown = entries.findIndex((e) => e.message === 'Shutting down');
    const stopped = entries.findIndex((e) => e.logger === 'agent.api' && e.message === 'stopped');
    expect(shuttingDown, output).toBeGreaterThanOrEqual(0);
    expect(stopped, output).toBeGreaterThan(shuttingDown);
    expect(entries.filter((e) => e.logger === 'agent.api').at(-1).message).toBe('stopped');
    expect(entries.some((e) => e.message === 'request finished' && e.request_id === 'test-request-1' && e.status === 201)).toBe(true);
  });
});
