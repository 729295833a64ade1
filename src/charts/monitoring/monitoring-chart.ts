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
import { dump } from 'js-yaml';
import { ADDON_NAMESPACES, LOKI_RULE_LABEL, PROMETHEUS_SCRAPE_INTERVAL_SECONDS } from '../../config/cluster-services';
import type { PlatformSettings } from '../../config/settings';
import { SyncedSecret } from '../../constructs/external-secret';
import { ROLLOUT_POD_TEMPLATE_HASH } from '../../constructs/hardened-rollout';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { k8s } from '../../constructs/k8s';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import { alertGroups } from './alerts';
import { dashboardJson, dashboards } from './dashboards';
import { logRecordingRules } from './log-rules';
import { CUSTOMER_FACING_LABEL, prometheusRuleGroups, runbookUrl, type Severity } from './rules';

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
/** Events API v2 integration keys of the PagerDuty service each severity pages. */
const PAGER_KEYS: Record<Severity, string> = { critical: 'pagerduty-routing-key', warning: 'pagerduty-warning-routing-key' };
const STATUS_PAGE_KEY = 'status-page-token';

/**
 * Monitoring as code for one environment: a PodMonitor for the API, ServiceMonitors for the exporters,
 * the RBAC that lets the monitoring namespace's Prometheus discover them, the alert and SLO
 * rules, the Loki ruler's rules over the namespace's logs, Grafana dashboards, and the
 * Alertmanager routes with their receivers' credentials.
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
          endpoints: target.ports.map((port) => ({
            port,
            path: '/metrics',
            interval: `${PROMETHEUS_SCRAPE_INTERVAL_SECONDS}s`,
            scrapeTimeout: '10s',
          })),
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
        podMetricsEndpoints: [
          { port: API_PODS.port, path: '/metrics', interval: `${PROMETHEUS_SCRAPE_INTERVAL_SECONDS}s`, scrapeTimeout: '10s' },
        ],
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

    // Loki's ruler picks this up (the loki add-on's rules sidecar) and writes the series to Prometheus.
    new k8s.KubeConfigMap(this, 'LogRules', {
      metadata: meta('agent-log-rules', { labels: { [LOKI_RULE_LABEL]: '1' } }),
      data: { [`${ns}-logs.yaml`]: dump(logRecordingRules(env), { lineWidth: -1, noRefs: true }) },
    });

    for (const dashboard of dashboards(env)) {
      new k8s.KubeConfigMap(this, `Dashboard-${dashboard.uid}`, {
        metadata: meta(`grafana-dashboard-${dashboard.uid}`, { labels: { grafana_dashboard: '1' } }),
        data: { [`${dashboard.uid}.json`]: JSON.stringify(dashboardJson(dashboard, env), null, 2) },
      });
    }

    const { paging, pageWarnings, statusPageUrl } = env.monitoring;
    const statusPage = statusPageUrl !== '';
    const keys = {
      'slack-webhook-url': { secret: 'alertmanager', property: 'slack-webhook-url' },
      ...(paging ? { [PAGER_KEYS.critical]: { secret: 'alertmanager', property: PAGER_KEYS.critical } } : {}),
      ...(pageWarnings ? { [PAGER_KEYS.warning]: { secret: 'alertmanager', property: PAGER_KEYS.warning } } : {}),
      ...(statusPage ? { [STATUS_PAGE_KEY]: { secret: 'alertmanager', property: STATUS_PAGE_KEY } } : {}),
    };
    new SyncedSecret(this, 'Receivers', { env, name: RECEIVERS_SECRET, component: MONITORING, keys });
    const severity = (value: Severity) => [{ name: 'severity', value, matchType: RouteMatch.VALUE_EQUALS }];
    const critical = severity('critical');
    // One PagerDuty service per severity: each has its own urgency and escalation policy there.
    const pager = (name: string, level: Severity) => ({
      name,
      pagerdutyConfigs: [{ routingKey: { name: RECEIVERS_SECRET, key: PAGER_KEYS[level] }, severity: level, sendResolved: true }],
    });
    new AlertmanagerConfig(this, 'Routes', {
      metadata: meta('agent-platform', { labels: release }),
      spec: {
        route: {
          // Everything reaches chat; criticals also page (where paging is on) and repeat sooner;
          // warnings page the working-hours service where `pageWarnings` is on; customer-facing
          // alerts also reach the status page. A route that matches ends the search unless it
          // continues, so chat is a route of its own after the others.
          receiver: 'chat',
          groupBy: ['alertname', 'namespace', 'component'],
          groupWait: '30s',
          groupInterval: '5m',
          repeatInterval: '4h',
          routes: [
            ...(statusPage
              ? [
                  {
                    receiver: 'status-page',
                    matchers: [{ name: CUSTOMER_FACING_LABEL, value: 'true', matchType: RouteMatch.VALUE_EQUALS }],
                    continue: true,
                  },
                ]
              : []),
            ...(paging ? [{ receiver: 'pager', matchers: critical, repeatInterval: '1h', continue: true }] : []),
            ...(pageWarnings ? [{ receiver: 'pager-warnings', matchers: severity('warning'), continue: true }] : []),
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
          ...(paging ? [pager('pager', 'critical')] : []),
          ...(pageWarnings ? [pager('pager-warnings', 'warning')] : []),
          ...(statusPage
            ? [
                {
                  name: 'status-page',
                  webhookConfigs: [
                    {
                      url: statusPageUrl,
                      sendResolved: true,
                      httpConfig: { authorization: { type: 'Bearer', credentials: { name: RECEIVERS_SECRET, key: STATUS_PAGE_KEY } } },
                    },
                  ],
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
