import { dump } from 'js-yaml';
import { ExternalSecret } from '../../imports/externalsecret-external-secrets.io';
import { ADDON_NAMESPACES, GRAFANA_URL } from '../config/cluster-services';
import type { EnvironmentSettings } from '../config/settings';
import { externalSecretSpec } from '../constructs/external-secret';

/**
 * The Secret the Argo Rollouts controller reads notification credentials from, in its own
 * namespace (`NotificationSecret`, argo-rollouts v1.9.0 utils/record/record.go). `$<key>` in the
 * notifiers' configuration is replaced by that key's value (notifications-engine v0.5.0,
 * pkg/api/config.go `replaceStringSecret`), so no credential enters the chart's values.
 */
export const NOTIFICATION_SECRET = 'argo-rollouts-notification-secret';
const CHAT_KEY = 'slack-webhook-url';
const GRAFANA_KEY = 'grafana-api-key';

/** Releases are announced for these controller events (argo-rollouts v1.9.0 docs/features/notifications.md, "Default Trigger templates"). */
export const ROLLOUT_EVENTS = ['on-rollout-completed', 'on-rollout-aborted', 'on-analysis-run-failed'] as const;

/** The argo-rollouts chart's `notifications` values (chart 2.41.0 values.yaml, templates/controller/notifications-configmap.yaml). */
export interface RolloutNotificationValues {
  /** The ExternalSecret below fills the Secret; the chart must not create an empty one. */
  readonly secret: { readonly create: false };
  /** `service.<type>[.<name>]` -> the service's YAML configuration. */
  readonly notifiers: Readonly<Record<string, string>>;
  /** `template.<name>` -> the template's YAML. */
  readonly templates: Readonly<Record<string, string>>;
  /** `trigger.<name>` -> the trigger's YAML. */
  readonly triggers: Readonly<Record<string, string>>;
  /** Default subscriptions: every Rollout of the cluster, without annotations on it. */
  readonly subscriptions: readonly { readonly recipients: readonly string[]; readonly triggers: readonly string[] }[];
}

const yaml = (value: unknown) => dump(value, { lineWidth: -1 });

/**
 * Release announcements: each event posts to the platform's chat channel (the same incoming
 * webhook its alerts use, through the notifications-engine `webhook` service, since the `slack`
 * service needs a bot token) and writes a Grafana annotation (the `grafana` service: `message` is
 * the text, the recipient `tag1|tag2` the tags; notifications-engine v0.5.0 pkg/services/grafana.go),
 * so dashboards show when each version took over.
 */
export function rolloutNotifications(env: EnvironmentSettings): RolloutNotificationValues {
  // `chat` is JSON: it holds only names and image references, which need no escaping; `details`
  // (free text from the controller) goes to the Grafana annotation only.
  const events: Record<(typeof ROLLOUT_EVENTS)[number], { template: string; chat: string; details: string }> = {
    'on-rollout-completed': {
      template: 'release-completed',
      chat: `[${env.name}] Rollout {{.rollout.metadata.name}} completed: {{(index .rollout.spec.template.spec.containers 0).image}} serves.`,
      details: '',
    },
    'on-rollout-aborted': {
      template: 'release-aborted',
      chat: `[${env.name}] Rollout {{.rollout.metadata.name}} aborted: the previous version keeps serving.`,
      details: ' {{.rollout.status.message}}',
    },
    'on-analysis-run-failed': {
      template: 'release-analysis-failed',
      chat: `[${env.name}] Analysis {{.analysisRun.metadata.name}} of rollout {{.rollout.metadata.name}} failed.`,
      details: ' {{.analysisRun.status.message}}',
    },
  };
  const templates: Record<string, string> = {};
  const triggers: Record<string, string> = {};
  for (const [trigger, { template, chat, details }] of Object.entries(events)) {
    templates[`template.${template}`] = yaml({
      message: chat + details,
      // Slack's incoming-webhook payload.
      webhook: { chat: { method: 'POST', body: JSON.stringify({ channel: env.monitoring.chatChannel, text: chat }) } },
    });
    triggers[`trigger.${trigger}`] = yaml([{ send: [template] }]);
  }
  return {
    secret: { create: false },
    notifiers: {
      'service.webhook.chat': yaml({ url: `$${CHAT_KEY}`, headers: [{ name: 'Content-Type', value: 'application/json' }] }),
      'service.grafana': yaml({ apiUrl: `${GRAFANA_URL}/api`, apiKey: `$${GRAFANA_KEY}` }),
    },
    templates,
    triggers,
    subscriptions: [{ recipients: ['chat', `grafana:rollout|${env.name}`], triggers: [...ROLLOUT_EVENTS] }],
  };
}

/** The ExternalSecret that fills {@link NOTIFICATION_SECRET}, installed with the chart (`extraObjects`). */
export function rolloutNotificationSecret(env: EnvironmentSettings): Record<string, unknown> {
  return ExternalSecret.manifest({
    metadata: { name: NOTIFICATION_SECRET, namespace: ADDON_NAMESPACES.argoRollouts },
    spec: externalSecretSpec(env, {
      name: NOTIFICATION_SECRET,
      keys: {
        // The platform channel's webhook, as the namespace's AlertmanagerConfig uses it.
        [CHAT_KEY]: { secret: 'alertmanager', property: CHAT_KEY },
        // A Grafana service account token with the Editor role (annotations).
        [GRAFANA_KEY]: { secret: 'argo-rollouts', property: GRAFANA_KEY },
      },
    }),
  });
}
