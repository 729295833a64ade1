// Alerts, SLOs, dashboards, scraping and routing as rendered. promtool (Debian's prometheus
// package) lints the rule groups read out of the rendered PrometheusRules and runs a unit test
// per alert: it fires on bad series and stays silent on healthy ones.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parser } from '@prometheus-io/lezer-promql';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { alertGroups } from '../src/charts/monitoring/alerts';
import { KNOWN_METRICS } from '../src/charts/monitoring/metrics';
import { firingCases, isAlert, quietCases, type AlertRule, type RuleGroup, type RuleTestInput } from '../src/charts/monitoring/rules';
import { envObjects, REPO_ROOT, rendered, selects } from './support/rendered';

// promtool runs every environment's unit tests: tens of seconds, more while real-server files share the cores.
vi.setConfig({ testTimeout: 300_000 });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const PROMTOOL = '/usr/bin/promtool';
const { settings } = rendered();
const scratch = mkdtempSync(join(tmpdir(), 'promtool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Metric names an expression reads, from the PromQL grammar; throws on a syntax error. */
function metricNames(expr: string): string[] {
  const tree = parser.parse(expr);
  const names: string[] = [];
  let error: number | undefined;
  tree.iterate({
    enter(node) {
      if (node.type.isError) error ??= node.from;
      if (node.name === 'VectorSelector') {
        const id = node.node.getChild('Identifier');
        if (id) names.push(expr.slice(id.from, id.to));
      }
    },
  });
  if (error !== undefined) throw new Error(`PromQL syntax error at ${error} in: ${expr}`);
  return names;
}

/** `{{ $labels.x }}` filled in, as Prometheus renders annotations. */
const fill = (template: string, labels: Record<string, string>) =>
  template.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, l: string) => labels[l] ?? '');

const exec = promisify(execFile);

/**
 * promtool unit tests for one environment: the rule groups read out of its rendered
 * PrometheusRules, and two tests per alert from its definition. Started at once for every
 * environment (they take seconds each), awaited by the tests.
 */
function startUnitTests(
  name: string,
  definitions: readonly RuleGroup[],
): { tests: number; run: Promise<{ code: number; output: string }> } {
  // One rule file per group, as rendered: promtool evaluates every rule of a test's rule files at
  // every step, and each group holds all its alerts depend on.
  const rendered = new Map<string, Any>(
    envObjects(name)
      .filter((o) => o.kind === 'PrometheusRule')
      .flatMap((r) => r.spec.groups)
      .map((g: Any) => [g.name, g]),
  );
  const input = (t: RuleTestInput) => ({
    interval: t.interval ?? '1m',
    input_series: Object.entries(t.series).map(([series, values]) => ({ series, values })),
  });
  const testsOf = (group: RuleGroup) =>
    group.rules.filter(isAlert).flatMap((rule) => [
      ...firingCases(rule).map((fires, i) => {
        const labels = { severity: rule.severity, ...(group.component ? { component: group.component } : {}), ...fires.labels };
        const annotations = {
          summary: fill(rule.summary, labels),
          description: fill(rule.description, labels),
          runbook_url: `https://github.com/acme/agent-platform/blob/main/docs/runbooks/${rule.alert}.md`,
        };
        return {
          name: `${rule.alert} fires (case ${i + 1})`,
          ...input(fires),
          alert_rule_test: [
            { eval_time: fires.at, alertname: rule.alert, exp_alerts: [{ exp_labels: labels, exp_annotations: annotations }] },
          ],
        };
      }),
      ...quietCases(rule).map((quiet, i) => ({
        name: `${rule.alert} stays silent (case ${i + 1})`,
        ...input(quiet),
        alert_rule_test: [{ eval_time: quiet.at, alertname: rule.alert, exp_alerts: [] }],
      })),
    ]);
  const files: string[] = [];
  let tests = 0;
  for (const group of definitions) {
    const groupTests = testsOf(group);
    if (groupTests.length === 0) continue;
    tests += groupTests.length;
    const rulesFile = join(scratch, `${name}-${group.name}-rules.yaml`);
    writeFileSync(rulesFile, dump({ groups: [rendered.get(group.name)] }, { lineWidth: -1 }));
    // Tests over hours or days step the rule evaluation in 10-minute strides (their series are that coarse too).
    for (const evaluation of ['1m', '10m'] as const) {
      const selected = groupTests.filter((t) => (t.interval === '1m') === (evaluation === '1m'));
      if (selected.length === 0) continue;
      const file = join(scratch, `${name}-${group.name}-tests-${evaluation}.yaml`);
      writeFileSync(file, dump({ rule_files: [rulesFile], evaluation_interval: evaluation, tests: selected }, { lineWidth: -1 }));
      files.push(file);
    }
  }
  const run = exec(PROMTOOL, ['test', 'rules', ...files]).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string; message: string }) => ({
      code: e.code ?? 1,
      output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`,
    }),
  );
  return { tests, run };
}
const unitTests = new Map(
  existsSync(PROMTOOL) ? settings.environments.map((env) => [env.name, startUnitTests(env.name, alertGroups(env))] as const) : [],
);

describe.each(settings.environments.map((e) => [e.name, e] as const))('environment %s', (name, env) => {
  const objs = envObjects(name);
  const rules = objs.filter((o) => o.kind === 'PrometheusRule');
  const groups = rules.flatMap((r) => r.spec.groups);
  const renderedAlerts = groups.flatMap((g: Any) => g.rules.filter((r: Any) => r.alert));
  const definitions: RuleGroup[] = alertGroups(env);
  const alerts: { group: RuleGroup; rule: AlertRule }[] = definitions.flatMap((group) =>
    group.rules.filter(isAlert).map((rule) => ({ group, rule })),
  );
  const recorded = new Set(groups.flatMap((g: Any) => g.rules.filter((r: Any) => r.record).map((r: Any) => r.record)));

  test('promtool check rules accepts the rendered rule groups', () => {
    expect(existsSync(PROMTOOL), `missing ${PROMTOOL}: run 'bash scripts/system-tools.sh'`).toBe(true);
    const file = join(scratch, `${name}-rules.yaml`);
    writeFileSync(file, dump({ groups }, { lineWidth: -1 }));
    const run = spawnSync(PROMTOOL, ['check', 'rules', file], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`SUCCESS: ${groups.reduce((n: number, g: Any) => n + g.rules.length, 0)} rules found`);
  });

  test('every rendered alert has a unit test, and promtool test rules passes them all', async () => {
    expect(alerts.map((a) => a.rule.alert).sort()).toEqual(renderedAlerts.map((r: Any) => r.alert).sort());
    const { tests, run } = unitTests.get(name)!;
    expect(tests).toBe(alerts.reduce((n, a) => n + firingCases(a.rule).length + quietCases(a.rule).length, 0));
    expect(tests).toBeGreaterThanOrEqual(2 * renderedAlerts.length);
    const result = await run;
    expect(result.code, result.output).toBe(0);
  });

  test('every alert has severity, summary, description and a runbook that says how to diagnose and mitigate', () => {
    for (const rule of renderedAlerts) {
      expect(['critical', 'warning'], rule.alert).toContain(rule.labels.severity);
      expect(rule.annotations.summary, rule.alert).toBeTruthy();
      expect(rule.annotations.description, rule.alert).toBeTruthy();
      expect(rule.annotations.runbook_url).toBe(`https://github.com/acme/agent-platform/blob/main/docs/runbooks/${rule.alert}.md`);
      const runbook = join(REPO_ROOT, 'docs', 'runbooks', `${rule.alert}.md`);
      expect(existsSync(runbook), runbook).toBe(true);
      const text = readFileSync(runbook, 'utf8');
      expect(text, runbook).toMatch(new RegExp(`^# ${rule.alert}$`, 'm'));
      expect(text, runbook).toMatch(/^## Diagnose$/m);
      expect(text, runbook).toMatch(/^## Mitigate$/m);
    }
  });

  test('rules and dashboards parse as PromQL and read only metrics the pinned sources export', () => {
    const dashboards = objs.filter((o) => o.metadata.labels?.grafana_dashboard === '1');
    expect(dashboards.map((d) => d.metadata.name).sort()).toEqual([
      'grafana-dashboard-agent-api-overview',
      'grafana-dashboard-agent-api-slo',
      'grafana-dashboard-agent-capacity',
      'grafana-dashboard-agent-logs',
      'grafana-dashboard-agent-postgres',
      'grafana-dashboard-agent-redis',
    ]);
    const exprs = [
      ...groups.flatMap((g: Any) => g.rules.map((r: Any) => r.expr)),
      ...dashboards.flatMap((d) =>
        Object.values(d.data as Record<string, string>).flatMap((json) =>
          // Panels of lines query Loki (LogQL: test/log-rules.test.ts).
          JSON.parse(json)
            .panels.filter((p: Any) => p.datasource.type === 'prometheus')
            .flatMap((p: Any) => p.targets.map((t: Any) => t.expr)),
        ),
      ),
    ];
    expect(exprs.length).toBeGreaterThan(50);
    for (const expr of exprs) {
      for (const metric of metricNames(expr)) expect(KNOWN_METRICS.has(metric) || recorded.has(metric), `${metric} in ${expr}`).toBe(true);
    }
  });

  test('ServiceMonitors carry the release label and name ports that the selected Services expose', () => {
    const monitors = objs.filter((o) => o.kind === 'ServiceMonitor');
    // The exporters' (PostgreSQL, Redis); the API's pods are scraped by a PodMonitor (test/rollout.test.ts).
    expect(monitors.length).toBe(2);
    for (const sm of monitors) {
      expect(sm.metadata.labels?.release).toBe(env.monitoring.releaseLabel);
      const names: string[] = sm.spec.selector.matchExpressions[0].values;
      const services = objs.filter((o) => o.kind === 'Service' && names.includes(o.metadata.labels?.['app.kubernetes.io/name'] ?? ''));
      expect(services.length, sm.path).toBeGreaterThan(0);
      for (const ep of sm.spec.endpoints) {
        expect(
          services.some((s) => s.spec.ports.some((p: Any) => p.name === ep.port)),
          `${sm.path} ${ep.port}`,
        ).toBe(true);
      }
    }
    // Prometheus in the monitoring namespace may discover them.
    const binding = objs.find((o) => o.kind === 'RoleBinding' && o.metadata.name === 'prometheus-discovery')!;
    expect(binding.subjects).toEqual([
      { kind: 'ServiceAccount', name: `${env.monitoring.releaseLabel}-prometheus`, namespace: 'monitoring' },
    ]);
    // Every exporter's pods admit scrapes from Prometheus only.
    const policies = objs.filter((o) => o.kind === 'NetworkPolicy' && o.spec.ingress);
    const serving = (kind: string) => kind === 'Deployment' || kind === 'Rollout';
    for (const workload of objs.filter((o) => o.kind === 'StatefulSet' || serving(o.kind))) {
      const labels = workload.spec.template.metadata.labels;
      const ports = workload.spec.template.spec.containers
        .flatMap((c: Any) => c.ports ?? [])
        .filter((p: Any) => p.name === 'metrics' || (serving(workload.kind) && p.name === 'http'));
      for (const port of ports) {
        const admitted = policies.some(
          (np) =>
            selects(np.spec.podSelector.matchLabels, labels) &&
            np.spec.ingress.some(
              (r: Any) =>
                r.ports.some((p: Any) => p.port === port.containerPort) &&
                r.from.some((f: Any) => f.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] === 'monitoring'),
            ),
        );
        expect(admitted, `${workload.path} ${port.name}`).toBe(true);
      }
    }
  });

  test('Alertmanager routes critical alerts to the pager (where paging is on) and everything to chat; a critical silences matching warnings', () => {
    const am = objs.find((o) => o.kind === 'AlertmanagerConfig')!;
    expect(am.metadata.labels?.release).toBe(env.monitoring.releaseLabel);
    expect(am.spec.route.receiver).toBe('chat');
    const pager = am.spec.route.routes.find((r: Any) => r.receiver === 'pager');
    expect(pager !== undefined).toBe(env.monitoring.paging);
    if (pager) {
      expect(pager.matchers).toEqual([{ name: 'severity', value: 'critical', matchType: '=' }]);
      expect(pager.continue).toBe(true);
    }
    // docs/runbooks/README.md: criticals repeat every hour wherever they go; the rest every 4 h.
    const criticalChat = am.spec.route.routes.find((r: Any) => r.receiver === 'chat' && r.matchers?.[0]?.value === 'critical');
    expect(criticalChat?.repeatInterval).toBe('1h');
    expect(am.spec.route.repeatInterval).toBe('4h');
    expect(am.spec.inhibitRules[0].sourceMatch[0].value).toBe('critical');
    expect(am.spec.inhibitRules[0].targetMatch[0].value).toBe('warning');
    // Receiver credentials come from the synced secret.
    const secret = objs.find((o) => o.kind === 'ExternalSecret' && o.spec.target.name === 'alertmanager-receivers')!;
    const keys = secret.spec.data.map((d: Any) => d.secretKey);
    for (const receiver of am.spec.receivers) {
      for (const ref of [
        ...(receiver.slackConfigs ?? []).map((c: Any) => c.apiURL),
        ...(receiver.pagerdutyConfigs ?? []).map((c: Any) => c.routingKey),
        ...(receiver.webhookConfigs ?? []).map((c: Any) => c.httpConfig.authorization.credentials),
      ]) {
        expect(ref.name).toBe('alertmanager-receivers');
        expect(keys).toContain(ref.key);
      }
    }
  });
});
