import type { Construct } from 'constructs';
import {
  AlertmanagerConfig,
  AlertmanagerConfigSpecInhibitRulesSourceMatchMatchType as SourceMatch,
  AlertmanagerConfigSpecInhibitRulesTargetMatchMatchType as TargetMatch,
  AlertmanagerConfigSpecRouteMatchersMatchType as RouteMatch,
} from '../../../imports/alertmanagerconfig-monitoring.coreos.com';
import { PodMonitor } from '../../../imports/podmonitor-monitoring.coreos.com';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../../imports/prometheusrule-monitoring.coreos.com';
import { ServiceMonitor } from '../../../imports/servicemonitor-monitoring.coreos.com';
import { ADDON_NAMESPACES } from '../../config/cluster-services';
import type { PlatformSettings } from '../../config/settings';
import { SyncedSecret } from '../../constructs/external-secret';
import { ROLLOUT_POD_TEMPLATE_HASH } from '../../constructs/hardened-rollout';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { k8s } from '../../constructs/k8s';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import { alertGroups } from './alerts';
import { dashboardJson, dashboards } from './dashboards';
import { prometheusRuleGroups, runbookUrl } from './rules';

export interface MonitoringChartProps extends PlatformChartProps {
  /** Repository coordinates, for the alerts' runbook links. */
  readonly repository: Pick<PlatformSettings, 'repoUrl' | 'targetRevision'>;
}

const MONITORING = new Component('agent-platform-monitoring', 'monitoring');

/**
 * The API's pods, scraped as pods rather than through a Service: during a blue-green release its
 * active and preview Services point at different versions, and otherwise both at the same pods,
 * which a Service scrape would count twice. `job` stays `agent-api` (the pods' name label).
 */
const API_PODS = { name: 'agent-api', port: 'http' } as const;

/** What Prometheus scrapes through Services (by their stable labels): the named ports serving `/metrics`. */
const SCRAPE_TARGETS: readonly {
  readonly name: string;
  readonly services: readonly string[];
  readonly ports: readonly string[];
}[] = [
  // postgres_exporter and Patroni, through the members' headless Service (the client Services carry another name).
  { name: 'postgres', services: ['postgres'], ports: ['metrics', 'patroni'] },
  { name: 'redis', services: ['redis', 'redis-cluster', 'redis-sentinel'], ports: ['metrics'] },
];

/** Secret keys of the alert receivers, from `<keyPrefix>/alertmanager`. */
const RECEIVERS_SECRET = 'alertmanager-receivers';

/**
 * Monitoring as code for one environment: a PodMonitor for the API, ServiceMonitors for the exporters,
 * the RBAC that lets the monitoring namespace's Prometheus discover them, the alert and SLO
 * rules, Grafana dashboards, and the Alertmanager routes with their receivers' credentials.
 */
export class MonitoringChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: MonitoringChartProps) {
    super(scope, id, props);
    const env = this.env;
    const ns = env.namespace;
    const release = { release: env.monitoring.releaseLabel };
    const meta = (name: string, extra: { labels?: Record<string, string>; annotations?: Record<string, string> } = {}) =>
      objectMeta(env, { name, namespace: ns, component: MONITORING, wave: SyncWave.MONITORING, ...extra });

    for (const target of SCRAPE_TARGETS) {
      new ServiceMonitor(this, `Scrape-${target.name}`, {
        metadata: meta(target.name, { labels: release }),
        spec: {
          selector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: [...target.services] }] },
          namespaceSelector: { matchNames: [ns] },
          endpoints: target.ports.map((port) => ({ port, path: '/metrics', interval: '30s', scrapeTimeout: '10s' })),
        },
      });
    }

    new PodMonitor(this, 'Scrape-agent-api', {
      metadata: meta(API_PODS.name, { labels: release }),
      spec: {
        selector: { matchLabels: { 'app.kubernetes.io/name': API_PODS.name } },
        namespaceSelector: { matchNames: [ns] },
        jobLabel: 'app.kubernetes.io/name',
        // Each version's series carry its ReplicaSet's hash (as `rollouts_pod_template_hash`): the release analyses compare versions by it.
        podTargetLabels: [ROLLOUT_POD_TEMPLATE_HASH],
        podMetricsEndpoints: [{ port: API_PODS.port, path: '/metrics', interval: '30s', scrapeTimeout: '10s' }],
      },
    });

    // kube-prometheus-stack's Prometheus (service account <release>-prometheus) discovers targets here.
    new k8s.KubeRole(this, 'DiscoveryRole', {
      metadata: meta('prometheus-discovery'),
      rules: [
        { apiGroups: [''], resources: ['services', 'endpoints', 'pods'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
      ],
    });
    new k8s.KubeRoleBinding(this, 'DiscoveryBinding', {
      metadata: meta('prometheus-discovery'),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'prometheus-discovery' },
      subjects: [{ kind: 'ServiceAccount', name: `${env.monitoring.releaseLabel}-prometheus`, namespace: ADDON_NAMESPACES.monitoring }],
    });

    const runbook = (alert: string) => runbookUrl(props.repository.repoUrl, props.repository.targetRevision, alert);
    for (const group of alertGroups(env)) {
      new PrometheusRule(this, `Rules-${group.name}`, {
        metadata: meta(group.name, { labels: release }),
        spec: {
          groups: prometheusRuleGroups([group], runbook, ns).map((g) => ({
            ...g,
            rules: g.rules.map((r) => ({ ...r, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr) })),
          })),
        },
      });
    }

    for (const dashboard of dashboards(env)) {
      new k8s.KubeConfigMap(this, `Dashboard-${dashboard.uid}`, {
        metadata: meta(`grafana-dashboard-${dashboard.uid}`, { labels: { grafana_dashboard: '1' } }),
        data: { [`${dashboard.uid}.json`]: JSON.stringify(dashboardJson(dashboard, env), null, 2) },
      });
    }

    const paging = env.monitoring.paging;
    new SyncedSecret(this, 'Receivers', {
      env,
      name: RECEIVERS_SECRET,
      component: MONITORING,
      keys: {
        'slack-webhook-url': { secret: 'alertmanager', property: 'slack-webhook-url' },
        ...(paging ? { 'pagerduty-routing-key': { secret: 'alertmanager', property: 'pagerduty-routing-key' } } : {}),
      },
    });
    const critical = [{ name: 'severity', value: 'critical', matchType: RouteMatch.VALUE_EQUALS }];
    new AlertmanagerConfig(this, 'Routes', {
      metadata: meta('agent-platform', { labels: release }),
      spec: {
        route: {
          // Everything reaches chat; criticals also page (where paging is on) and repeat sooner. A
          // route that matches ends the search unless it continues, so chat is a route of its own
          // after the pager's.
          receiver: 'chat',
          groupBy: ['alertname', 'namespace', 'component'],
          groupWait: '30s',
          groupInterval: '5m',
          repeatInterval: '4h',
          routes: [
            ...(paging ? [{ receiver: 'pager', matchers: critical, repeatInterval: '1h', continue: true }] : []),
            { receiver: 'chat', matchers: critical, repeatInterval: '1h' },
            { receiver: 'chat' },
          ],
        },
        receivers: [
          {
            name: 'chat',
            slackConfigs: [
              {
                apiUrl: { name: RECEIVERS_SECRET, key: 'slack-webhook-url' },
                channel: env.monitoring.chatChannel,
                sendResolved: true,
                title: `[${env.name}] {{ .CommonLabels.severity | toUpper }}: {{ .CommonLabels.alertname }}`,
                text: '{{ range .Alerts }}{{ .Annotations.summary }}\n{{ .Annotations.description }}\nRunbook: {{ .Annotations.runbook_url }}\n{{ end }}',
              },
            ],
          },
          ...(paging
            ? [
                {
                  name: 'pager',
                  pagerdutyConfigs: [{ routingKey: { name: RECEIVERS_SECRET, key: 'pagerduty-routing-key' }, sendResolved: true }],
                },
              ]
            : []),
        ],
        // A critical silences the warnings of the same component and pod (and SLO).
        inhibitRules: [
          {
            sourceMatch: [{ name: 'severity', value: 'critical', matchType: SourceMatch.VALUE_EQUALS }],
            targetMatch: [{ name: 'severity', value: 'warning', matchType: TargetMatch.VALUE_EQUALS }],
            equal: ['namespace', 'component', 'pod', 'slo'],
          },
        ],
      },
    });
  }
}
