// Alert delivery end to end: every alert, with the labels it fires with (the labels the promtool
// unit tests in monitoring.test.ts assert), routed by Alertmanager's own amtool through the
// configuration prometheus-operator builds in each environment's cluster: the chart's root
// configuration with our AlertmanagerConfig merged in. The expected receivers come from the
// promise in docs/runbooks/README.md, not from the routes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { alertGroups } from '../src/charts/monitoring/alerts';
import { firingCases, isAlert } from '../src/charts/monitoring/rules';
import { operatorConfig } from './support/alertmanager';
import { envObjects, rendered } from './support/rendered';

const AMTOOL = '/usr/bin/amtool';
const { settings, objects } = rendered();
const scratch = mkdtempSync(join(tmpdir(), 'amtool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Receivers amtool resolves for an alert with these labels, in route order. */
function receivers(configFile: string, labels: Record<string, string>): string[] {
  const run = spawnSync(
    AMTOOL,
    ['config', 'routes', 'test', `--config.file=${configFile}`, ...Object.entries(labels).map(([k, v]) => `${k}=${v}`)],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`amtool failed for ${JSON.stringify(labels)}: ${run.stderr}`);
  return run.stdout.trim().split(',').sort();
}

/**
 * Alerts kube-prometheus-stack's default rules raise, with the labels they carry: cluster-wide
 * (no namespace), in system namespaces, and about the platform's own namespace.
 */
const clusterAlerts = (ns: string): Record<string, string>[] => [
  { alertname: 'KubeNodeNotReady', severity: 'warning', node: 'ip-10-30-1-17' },
  { alertname: 'KubeletDown', severity: 'critical', namespace: 'kube-system', job: 'kubelet' },
  { alertname: 'KubePersistentVolumeFillingUp', severity: 'critical', namespace: 'monitoring', persistentvolumeclaim: 'prometheus-db' },
  { alertname: 'PrometheusOperatorReconcileErrors', severity: 'warning', namespace: 'monitoring', controller: 'alertmanager' },
  { alertname: 'TargetDown', severity: 'warning', namespace: ns, job: 'agent-api' },
  { alertname: 'KubePodCrashLooping', severity: 'warning', namespace: ns, pod: 'agent-api-6c9f7d8b4-x2x7q' },
];

describe.each(settings.environments.map((e) => [e.name, e] as const))('environment %s', (name, env) => {
  const configFile = join(scratch, `${name}-alertmanager.yaml`);
  const team = (receiver: string) => `${env.namespace}/agent-platform/${receiver}`;
  const m = env.monitoring;
  // docs/runbooks/README.md: warnings reach chat and, where warnings page, the working-hours
  // pager; criticals reach chat and, where paging is on, the pager. docs/incident-response.md:
  // customers notice a fast SLO burn, and only that reaches the status page (where there is one).
  const customerFacing = (alertname: string) => /^Slo[A-Za-z]+BudgetBurnFast$/.test(alertname);
  const teamReceivers = (labels: Record<string, string>) =>
    [
      team('chat'),
      ...(labels.severity === 'critical' && m.paging ? [team('pager')] : []),
      ...(labels.severity === 'warning' && m.pageWarnings ? [team('pager-warnings')] : []),
      ...(customerFacing(labels.alertname!) && m.statusPageUrl !== '' ? [team('status-page')] : []),
    ].sort();
  const platformReceivers = (severity: string) =>
    ['platform-chat', ...(severity === 'critical' && env.monitoring.clusterAlerts.paging ? ['platform-pager'] : [])].sort();

  test('amtool check-config accepts the configuration the operator builds', () => {
    expect(existsSync(AMTOOL), `missing ${AMTOOL}: run 'bash scripts/system-tools.sh'`).toBe(true);
    writeFileSync(configFile, dump(operatorConfig(objects, name), { lineWidth: -1 }));
    const run = spawnSync(AMTOOL, ['check-config', configFile], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  test("every platform alert reaches the team's receivers for its severity, never a receiver that drops it", () => {
    const alerts = alertGroups(env).flatMap((g) =>
      g.rules.filter(isAlert).flatMap((r) =>
        firingCases(r).map((fires) => ({
          alertname: r.alert,
          severity: r.severity,
          ...(g.component ? { component: g.component } : {}),
          ...fires.labels,
        })),
      ),
    );
    const renderedAlerts = objects
      .filter((o) => o.path.startsWith(`dist/${name}/`) && o.kind === 'PrometheusRule')
      .flatMap((r) => r.spec.groups.flatMap((g: { rules: { alert?: string }[] }) => g.rules.filter((x) => x.alert).map((x) => x.alert)));
    expect([...new Set(alerts.map((a) => a.alertname))].sort()).toEqual(renderedAlerts.sort());
    const misrouted = alerts
      .map((labels) => ({ alert: labels.alertname, got: receivers(configFile, labels), want: teamReceivers(labels) }))
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want));
    expect(misrouted).toEqual([]);
  });

  test("the cluster's own alerts reach the platform team, those about the platform's namespace reach its team", () => {
    for (const labels of clusterAlerts(env.namespace)) {
      const want = labels.namespace === env.namespace ? teamReceivers(labels) : platformReceivers(labels.severity!);
      expect(receivers(configFile, labels), labels.alertname).toEqual(want);
    }
  });

  test('a customer-facing alert reaches the status page, a page that customers do not notice does not', () => {
    const fastBurn = { alertname: 'SloAvailabilityBudgetBurnFast', severity: 'critical', component: 'slo', slo: 'availability' };
    const rendered = objects
      .filter((o) => o.path.startsWith(`dist/${name}/`) && o.kind === 'PrometheusRule')
      .flatMap((r) => r.spec.groups.flatMap((g: { rules: { alert?: string; labels?: Record<string, string> }[] }) => g.rules))
      .find((r) => r.alert === fastBurn.alertname);
    const labels = { ...fastBurn, ...rendered?.labels };
    const statusPage = team('status-page');
    expect(receivers(configFile, labels).includes(statusPage)).toBe(m.statusPageUrl !== '');
    const databaseDown = { alertname: 'PostgresDown', severity: 'critical', component: 'database', namespace: env.namespace };
    expect(receivers(configFile, databaseDown)).not.toContain(statusPage);
    const slowBurn = { ...labels, alertname: 'SloAvailabilityBudgetBurnSlow', severity: 'warning', customer_facing: 'false' };
    expect(receivers(configFile, slowBurn)).not.toContain(statusPage);
    if (m.statusPageUrl === '') return;
    const receiver = operatorConfig(objects, name).receivers.find((r: { name: string }) => r.name === statusPage);
    expect(receiver.webhook_configs).toEqual([
      { url: m.statusPageUrl, send_resolved: true, http_config: { authorization: { type: 'Bearer', credentials: 'test-bearer-token' } } },
    ]);
  });

  test('each severity pages its own PagerDuty service, with the Events API severity it names', () => {
    const config = operatorConfig(objects, name);
    const pagers = config.receivers.filter(
      (r: { name: string; pagerduty_configs?: unknown }) => r.pagerduty_configs && r.name.startsWith(team('')),
    );
    const want = [...(m.paging ? [[team('pager'), 'critical']] : []), ...(m.pageWarnings ? [[team('pager-warnings'), 'warning']] : [])];
    expect(
      pagers.map((r: { name: string; pagerduty_configs: { severity: string }[] }) => [r.name, r.pagerduty_configs[0]!.severity]),
    ).toEqual(want);
    const secret = envObjects(name).find((o) => o.kind === 'ExternalSecret' && o.metadata.name === 'alertmanager-receivers')!;
    const keys = secret.spec.data.map((d: { secretKey: string }) => d.secretKey);
    // docs/incident-response.md names the two integration keys.
    expect(keys.includes('pagerduty-routing-key')).toBe(m.paging);
    expect(keys.includes('pagerduty-warning-routing-key')).toBe(m.pageWarnings);
    expect(keys.includes('status-page-token')).toBe(m.statusPageUrl !== '');
  });

  test("Watchdog feeds the dead man's switch, every minute, at the URL the settings name", () => {
    expect(receivers(configFile, { alertname: 'Watchdog', severity: 'none' })).toEqual(['dead-mans-switch']);
    const config = operatorConfig(objects, name);
    const route = config.route.routes.find((r: { receiver: string }) => r.receiver === 'dead-mans-switch');
    expect(route.repeat_interval).toBe('1m');
    const receiver = config.receivers.find((r: { name: string }) => r.name === 'dead-mans-switch');
    expect(receiver?.webhook_configs[0].url).toBe(env.monitoring.deadMansSwitchUrl);
    // Only the chart's InfoInhibitor, which exists to mute `info` alerts, is dropped on purpose.
    expect(receivers(configFile, { alertname: 'InfoInhibitor', severity: 'none' })).toEqual(['null']);
  });

  test("the root receivers' credentials are files from a synced Secret that Alertmanager mounts", () => {
    const values = objects.find((o) => o.kind === 'Application' && o.metadata.name === `kube-prometheus-stack-${name}`)!.spec.source.helm
      .valuesObject;
    const [secretName] = values.alertmanager.alertmanagerSpec.secrets;
    const externalSecret = values.extraManifests.find((m: { kind: string }) => m.kind === 'ExternalSecret');
    expect(externalSecret.metadata).toEqual({ name: secretName, namespace: 'monitoring' });
    const keys = externalSecret.spec.data.map((d: { secretKey: string }) => d.secretKey);
    const files = JSON.stringify(values.alertmanager.config).match(/"[a-z_]+_file":"[^"]+"/g) ?? [];
    expect(files.length).toBe(env.monitoring.clusterAlerts.paging ? 3 : 2);
    for (const entry of files) {
      const path = entry.split('":"')[1]!.replace(/"$/, '');
      expect(path.startsWith(`/etc/alertmanager/secrets/${secretName}/`), path).toBe(true);
      expect(keys).toContain(path.split('/').pop());
    }
  });
});
