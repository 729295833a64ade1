// Loki's rules over the namespace's logs, as each environment renders them, run over real lines:
// the reference service's stdout (`python -m app`'s logging and uvicorn, driven by requests),
// the edge's access log in the rendered NGINX format, and a plain-text PostgreSQL line. Each line
// is shipped as the rendered Fluent Bit configuration ships it (CRI tail, the kubernetes filter
// merging JSON lines into the record, the Loki output's labels and JSON line format), modelled
// here, and selected with test/support/logql.ts: Fluent Bit and Loki themselves do not run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { SERVICE_ROOT, SYSTEM_PYTHON } from './support/contract';
import { countBy, logQuery, selectsStream, type LogEntry } from './support/logql';
import { envObjects, REPO_ROOT, rendered } from './support/rendered';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const { settings, objects } = rendered();

/** The requests made to the service, and what each must leave in its log. */
const REQUESTS = ['/v1/private/401', '/v1/private/403', '/v1/private/404', '/v1/notes', '/healthz'];

let serviceLines: string[] = [];
beforeAll(() => {
  const run = spawnSync(SYSTEM_PYTHON, ['-B', join(REPO_ROOT, 'test', 'support', 'service-log-lines.py'), ...REQUESTS], {
    cwd: SERVICE_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  // The database is unreachable (port 1), so the notes request fails: 500.
  expect(run.stderr.trim().split('\n')).toEqual([
    '/v1/private/401 401',
    '/v1/private/403 403',
    '/v1/private/404 404',
    '/v1/notes 500',
    '/healthz 200',
  ]);
  serviceLines = run.stdout.trim().split('\n');
}, 90_000);

/** The `[FILTER]`/`[OUTPUT]` settings of the rendered Fluent Bit configuration, by name. */
function fluentBitSection(env: string, section: 'filters' | 'outputs', name: string): Record<string, string> {
  const app = objects.find((o) => o.kind === 'Application' && o.metadata.name === `fluent-bit-${env}`)!;
  const text: string = app.spec.source.helm.valuesObject.config[section];
  const entries = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('['))
    .map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1).trim()] as const);
  const settingsOf = Object.fromEntries(entries);
  expect(settingsOf.Name, `${env} ${section}`).toBe(name);
  return settingsOf;
}

describe.each(settings.environments.map((e) => [e.name, e] as const))('%s: log rules', (name, env) => {
  const objs = envObjects(name);
  const loki = objects.find((o) => o.kind === 'Application' && o.metadata.name === `loki-${name}`)!.spec.source.helm.valuesObject;
  const ruleMaps = objs.filter(
    (o) => o.kind === 'ConfigMap' && o.metadata.labels?.[loki.sidecar.rules.label] === loki.sidecar.rules.labelValue,
  );
  const lokiRules = ruleMaps.flatMap((cm) =>
    Object.values(cm.data as Record<string, string>).flatMap((text) => (load(text) as Any).groups.flatMap((g: Any) => g.rules)),
  );
  const recorded = (series: string) => {
    const rule = lokiRules.find((r: Any) => r.record === series);
    expect(rule, series).toBeDefined();
    return rule!;
  };

  // Stream labels as the Loki output sets them: its fixed `Labels` and the record's kubernetes fields it names.
  const output = fluentBitSection(name, 'outputs', 'loki');
  const filter = fluentBitSection(name, 'filters', 'kubernetes');
  const fixed = Object.fromEntries(output.Labels!.split(',').map((kv) => kv.trim().split('=') as [string, string]));
  const keys = output.Label_keys!.split(',').map((k) => /^\$kubernetes\['([a-z_]+)'\]$/.exec(k.trim())![1]!);

  /** One line of a container as it reaches Loki. */
  const ship = (podLabels: Record<string, string>, podName: string, container: string, raw: string): LogEntry => {
    const kubernetes = { pod_name: podName, namespace_name: env.namespace, container_name: container, labels: podLabels };
    let merged: Record<string, unknown> | undefined;
    try {
      const parsed = JSON.parse(raw);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) merged = parsed;
    } catch {
      merged = undefined;
    }
    // Merge_Log On: a JSON object's fields join the record; Keep_Log Off: `log` goes once merged.
    const record = { stream: 'stdout', _p: 'F', ...(merged ?? { log: raw }), kubernetes };
    const labels = { ...fixed, ...Object.fromEntries(keys.map((k) => [k, (kubernetes as Record<string, unknown>)[k] as string])) };
    return { labels, line: JSON.stringify(record) };
  };

  const deployment = objs.find((o) => o.kind === 'Rollout' && o.metadata.name === 'agent-api')!;
  const apiContainer: string = deployment.spec.template.spec.containers[0].name;
  const postgres = objs.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'postgres')!;
  const postgresContainer: string = postgres.spec.template.spec.containers[0].name;
  // NGINX Gateway Fabric names the data plane <gateway>-<gatewayclass> and its container `nginx`.
  const gateway = objs.find((o) => o.kind === 'Gateway')!;
  const nginxLabels = { 'gateway.networking.k8s.io/gateway-name': gateway.metadata.name };
  const nginxPod = `${gateway.metadata.name}-${gateway.spec.gatewayClassName}-6f7c9d8b5-q2w3e`;
  const format: string = objs.find((o) => o.kind === 'NginxProxy')!.spec.logging.accessLog.format;

  /** An access-log line in the rendered format, NGINX's variables filled in for one request. */
  const accessLine = (request: { path: string; status: number; upstream: string }) => {
    const values: Record<string, string> = {
      time_iso8601: '2026-12-01T00:00:00+00:00',
      remote_addr: '203.0.113.7',
      host: env.ingress.host,
      request_method: 'GET',
      uri: request.path,
      status: String(request.status),
      request_time: '0.012',
      upstream_status: request.upstream,
      bytes_sent: '512',
    };
    return format.replace(/\$([a-z_0-9]+)/g, (_, v: string) => {
      expect(values, `NGINX variable $${v}`).toHaveProperty(v);
      return values[v]!;
    });
  };

  let entries: LogEntry[] = [];
  const entryOf = (container: string) => entries.find((e) => e.labels.container_name === container)!;
  beforeAll(() => {
    expect(filter.Merge_Log).toBe('On');
    expect(filter.Keep_Log).toBe('Off');
    expect(output.Line_format).toBe('json');
    expect(serviceLines.length).toBeGreaterThan(5);
    entries = [
      ...serviceLines.map((l) => ship(deployment.spec.template.metadata.labels, 'agent-api-5d8c7b9f6-x2x7q', apiContainer, l)),
      ship(nginxLabels, nginxPod, 'nginx', accessLine({ path: '/v1/notes', status: 200, upstream: '200' })),
      ship(nginxLabels, nginxPod, 'nginx', accessLine({ path: '/v1/notes', status: 401, upstream: '401' })),
      ship(nginxLabels, nginxPod, 'nginx', accessLine({ path: '/v1/notes', status: 429, upstream: '' })),
      ship(
        postgres.spec.template.metadata.labels,
        'postgres-0',
        postgresContainer,
        '2026-12-01 00:00:00.000 UTC [42] ERROR:  canceling statement due to user request',
      ),
    ];
  });

  test("Loki's ruler loads the log rules: the sidecar's label, a file name no other rule file has", () => {
    expect(ruleMaps.map((cm) => cm.metadata.name).sort()).toEqual(['agent-edge-log-rules', 'agent-log-rules']);
    expect(loki.sidecar.rules).toMatchObject({ enabled: true, searchNamespace: 'ALL' });
    const files = ruleMaps.flatMap((cm) => Object.keys(cm.data));
    expect(new Set(files).size).toBe(files.length);
    for (const rule of lokiRules) expect(rule.labels?.namespace, rule.record).toBe(env.namespace);
  });

  test("errors by logger: the API's ERROR lines, each under its Python logger, and nothing else", () => {
    // One request failed with an exception no handler caught; uvicorn logs that as an error. The
    // service's WARNINGs, a 404, PostgreSQL's ERROR in plain text and the edge's lines do not count.
    expect(countBy(recorded('agent_api_log_errors:rate5m').expr, entries)).toEqual({ 'uvicorn.error': 1 });
  });

  test('security events: the 401 and the 403 the API answered, by kind, and nothing else', () => {
    // Not the 404, the 500, the request logs of the same requests, nor the edge's 401.
    expect(countBy(recorded('agent_api_security_events:rate5m').expr, entries)).toEqual({ authentication_failed: 1, access_denied: 1 });
  });

  test("log volume: every line of each of the namespace's containers", () => {
    expect(countBy(recorded('agent_log_lines:rate5m').expr, entries)).toEqual({
      [apiContainer]: serviceLines.length,
      nginx: 3,
      [postgresContainer]: 1,
    });
  });

  test("the edge's statuses: every access-log line by status, none of the API's", () => {
    expect(countBy(recorded('edge_http_responses:rate5m').expr, entries)).toEqual({ '200': 1, '401': 1, '429': 1 });
  });

  test("the release traffic's log outlives its Job: the documented query selects its report, and no other container's line", () => {
    const template = objs.find((o) => o.kind === 'AnalysisTemplate' && o.metadata.name === 'agent-api-pre-promotion')!;
    const pod = template.spec.metrics.find((m: Any) => m.provider.job).provider.job.spec.template;
    const container = pod.spec.containers[0];
    const scriptMap = objs.find(
      (o) => o.kind === 'ConfigMap' && o.metadata.name === pod.spec.volumes.find((v: Any) => v.configMap).configMap.name,
    )!;
    // The rendered script's own report: one round to a preview that refuses, no error budget.
    const dir = mkdtempSync(join(tmpdir(), 'release-traffic-'));
    let report: string;
    try {
      const script = join(dir, 'release-traffic.py');
      writeFileSync(script, Object.values(scriptMap.data as Record<string, string>)[0]!);
      const nowhere = 'http://127.0.0.1:1/v1/notes?limit=10';
      const run = spawnSync(SYSTEM_PYTHON, ['-B', script], {
        env: {
          PREVIEW_URL: nowhere,
          ACTIVE_URL: nowhere,
          REQUESTS: '1',
          INTERVAL_SECONDS: '1',
          TIMEOUT_SECONDS: '1',
          MAX_ERROR_RATIO: '0',
        },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status, run.stderr).toBe(1);
      report = run.stdout.trim().split('\n').at(-1)!;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Argo Rollouts names the Job `<run uid>.<metric>.<n>` (v1.9.0 metricproviders/job/job.go); its pod adds a suffix.
    const shipped = ship(pod.metadata.labels, '1a2b3c4d-0000-4000-8000-000000000001.release-traffic.1-x7k2p', container.name, report);
    const query = (path: string) => {
      const found = [
        ...readFileSync(join(REPO_ROOT, path), 'utf8').matchAll(/`?(\{job="fluent-bit"[^`\n]*container_name="traffic"[^`\n]*)`?/g),
      ];
      expect(found.length, path).toBeGreaterThan(0);
      return found.map((m) => m[1]!);
    };
    const queries = ['docs/releases.md', 'docs/runbooks/AgentApiRolloutPaused.md', 'docs/runbooks/AgentApiRolloutAborted.md'].flatMap(
      query,
    );
    expect(new Set(queries).size).toBe(1);
    const select = logQuery(queries[0]!);
    expect(select(shipped)).toMatchObject({
      message: 'the preview failed more requests than the error budget allows',
      failed_preview: '1',
    });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e) => select(e))).toEqual([]);
  });

  test("the logs dashboard's panels show the lines the rules count", () => {
    const dashboard = JSON.parse(objs.find((o) => o.metadata.name === 'grafana-dashboard-agent-logs')!.data['agent-logs.json']);
    const lokiPanels = dashboard.panels.filter((p: Any) => p.datasource.type === 'loki');
    expect(lokiPanels.map((p: Any) => p.title)).toEqual(['API errors', 'API security events']);
    expect(dashboard.templating.list.map((v: Any) => v.query)).toEqual(['prometheus', 'loki']);
    const shown = (panel: Any) => entries.filter((e) => logQuery(panel.targets[0].expr)(e)).map((e) => JSON.parse(e.line));
    expect(shown(lokiPanels[0]).map((r) => [r.logger, r.level])).toEqual([['uvicorn.error', 'ERROR']]);
    expect(shown(lokiPanels[1]).map((r) => r.status)).toEqual([401, 403]);
  });

  // Retention per environment as the issue asks: general logs 14, 30 and 90 days, security-relevant ones longer.
  const RETENTION_HOURS: Record<string, { general: number; security: number }> = {
    dev: { general: 14 * 24, security: 30 * 24 },
    staging: { general: 30 * 24, security: 90 * 24 },
    prod: { general: 90 * 24, security: 365 * 24 },
  };

  test('the API and edge streams are kept for the security retention, every other stream for the general one', () => {
    const hours = (period: string) => {
      expect(period).toMatch(/^\d+h$/);
      return Number(period.slice(0, -1));
    };
    const limits = loki.loki.limits_config;
    expect(limits.retention_stream.length).toBeGreaterThan(0);
    const kept = (entry: LogEntry) => {
      const matching = limits.retention_stream.filter((r: Any) => selectsStream(r.selector, entry.labels));
      return matching.length > 0 ? Math.max(...matching.map((r: Any) => hours(r.period))) : hours(limits.retention_period);
    };
    const expected = RETENTION_HOURS[name] ?? {
      general: env.monitoring.logRetentionHours,
      security: env.monitoring.securityLogRetentionHours,
    };
    expect(kept(entryOf(apiContainer))).toBe(expected.security);
    expect(kept(entryOf('nginx'))).toBe(expected.security);
    expect(kept(entryOf(postgresContainer))).toBe(expected.general);
  });

  test('the log alerts read series the log rules record, on labels those series carry', () => {
    const alerts = objs
      .filter((o) => o.kind === 'PrometheusRule' && ['agent-api-logs', 'log-volume'].includes(o.metadata.name))
      .flatMap((r) => r.spec.groups.flatMap((g: Any) => g.rules));
    expect(alerts.map((a: Any) => a.alert).sort()).toEqual(['AgentApiAuthFailureSpike', 'AgentApiErrorLogsHigh', 'LogVolumeAnomaly']);
    for (const alert of alerts) {
      const reads = [...(alert.expr as string).matchAll(/([a-z_]+:rate5m)\{([^}]*)\}/g)];
      expect(reads.length, alert.alert).toBeGreaterThan(0);
      for (const [, series, matchers] of reads) {
        const rule = recorded(series!);
        const carried = [...Object.keys(rule.labels ?? {}), /^sum by \((\w+)\)/.exec(rule.expr)![1]!];
        for (const [, label] of matchers!.matchAll(/(\w+)(?:=~|!~|!=|=)"/g)) expect(carried, `${alert.alert}: ${label}`).toContain(label);
      }
    }
  });
});
