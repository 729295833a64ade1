import { ExternalSecret } from '../../imports/externalsecret-external-secrets.io';
import { ADDON_NAMESPACES } from '../config/cluster-services';
import type { EnvironmentSettings } from '../config/settings';
import { externalSecretSpec } from '../constructs/external-secret';

/** Secret in the monitoring namespace with the cluster receivers' credentials; Alertmanager mounts it. */
export const CLUSTER_RECEIVERS_SECRET = 'alertmanager-platform-receivers';
/** Where the operator mounts `alertmanagerSpec.secrets` in the Alertmanager pods. */
const SECRETS_DIR = `/etc/alertmanager/secrets/${CLUSTER_RECEIVERS_SECRET}`;

const CHAT_KEY = 'slack-webhook-url';
const PAGER_KEY = 'pagerduty-routing-key';
const DEAD_MANS_SWITCH_KEY = 'dead-mans-switch-token';

/**
 * The root of the cluster's Alertmanager configuration (kube-prometheus-stack's
 * `alertmanager.config`). The operator puts each AlertmanagerConfig's route in front of these
 * routes, restricted to its namespace and with `continue: true`; so every route here excludes
 * the platform's namespace, whose alerts its own AlertmanagerConfig delivers.
 *
 * - `Watchdog` (always firing) goes to the dead man's switch every minute;
 * - `InfoInhibitor` goes nowhere: it only exists to mute `info` alerts (the chart's design);
 * - everything else reaches the platform team's chat, and criticals page where
 *   `monitoring.clusterAlerts.paging` is on. No alert falls to a receiver that drops it.
 *
 * Credentials are read from files (Alertmanager's `*_file` fields), so they never enter the
 * chart's values. Only fields Alertmanager 0.25 knows are used, so that version's `amtool`
 * can check it.
 */
export function alertmanagerRootConfig(env: EnvironmentSettings): Record<string, unknown> {
  const cluster = env.monitoring.clusterAlerts;
  const notPlatform = `namespace!="${env.namespace}"`;
  return {
    global: { resolve_timeout: '5m' },
    route: {
      receiver: 'platform-chat',
      group_by: ['alertname', 'namespace'],
      group_wait: '30s',
      group_interval: '5m',
      repeat_interval: '12h',
      routes: [
        // The switch expects a post every minute; a missing one means the alerting path is broken.
        { receiver: 'dead-mans-switch', matchers: ['alertname="Watchdog"'], group_wait: '0s', group_interval: '1m', repeat_interval: '1m' },
        { receiver: 'null', matchers: ['alertname="InfoInhibitor"'] },
        ...(cluster.paging
          ? [{ receiver: 'platform-pager', matchers: [notPlatform, 'severity="critical"'], repeat_interval: '1h', continue: true }]
          : []),
        { receiver: 'platform-chat', matchers: [notPlatform] },
      ],
    },
    // The chart's defaults: a critical mutes the warnings and infos of the same alert and namespace.
    inhibit_rules: [
      { source_matchers: ['severity="critical"'], target_matchers: ['severity=~"warning|info"'], equal: ['namespace', 'alertname'] },
      { source_matchers: ['severity="warning"'], target_matchers: ['severity="info"'], equal: ['namespace', 'alertname'] },
      { source_matchers: ['alertname="InfoInhibitor"'], target_matchers: ['severity="info"'], equal: ['namespace'] },
    ],
    receivers: [
      { name: 'null' },
      {
        name: 'platform-chat',
        slack_configs: [
          {
            api_url_file: `${SECRETS_DIR}/${CHAT_KEY}`,
            channel: cluster.chatChannel,
            send_resolved: true,
            title: `[${env.name} cluster] {{ .CommonLabels.severity | toUpper }}: {{ .CommonLabels.alertname }}`,
            text: '{{ range .Alerts }}{{ .Annotations.summary }}{{ .Annotations.message }}\n{{ .Annotations.description }}\nRunbook: {{ .Annotations.runbook_url }}\n{{ end }}',
          },
        ],
      },
      ...(cluster.paging ? [{ name: 'platform-pager', pagerduty_configs: [{ routing_key_file: `${SECRETS_DIR}/${PAGER_KEY}`, send_resolved: true }] }] : []),
      {
        name: 'dead-mans-switch',
        webhook_configs: [
          {
            url: env.monitoring.deadMansSwitchUrl,
            send_resolved: false,
            http_config: { authorization: { type: 'Bearer', credentials_file: `${SECRETS_DIR}/${DEAD_MANS_SWITCH_KEY}` } },
          },
        ],
      },
    ],
    templates: ['/etc/alertmanager/config/*.tmpl'],
  };
}

/** The ExternalSecret that fills {@link CLUSTER_RECEIVERS_SECRET}, installed with the chart (`extraManifests`). */
export function clusterReceiversSecret(env: EnvironmentSettings): Record<string, unknown> {
  const remote = (property: string) => ({ secret: 'alertmanager-platform', property });
  return ExternalSecret.manifest({
    metadata: { name: CLUSTER_RECEIVERS_SECRET, namespace: ADDON_NAMESPACES.monitoring },
    spec: externalSecretSpec(env, {
      name: CLUSTER_RECEIVERS_SECRET,
      keys: {
        [CHAT_KEY]: remote(CHAT_KEY),
        ...(env.monitoring.clusterAlerts.paging ? { [PAGER_KEY]: remote(PAGER_KEY) } : {}),
        [DEAD_MANS_SWITCH_KEY]: remote(DEAD_MANS_SWITCH_KEY),
      },
    }),
  });
}
