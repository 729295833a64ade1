/**
 * Argo CD notifications of deployments: which events are posted to chat, with what message, and
 * the subscriptions that send them (gitops-charts.ts renders the ConfigMap and the annotations).
 */

/** The notifications controller's ConfigMap: its `--config-map-name` default at v3.5.1 (cmd/argocd-notification). */
export const NOTIFICATIONS_CONFIGMAP = 'argocd-notifications-cm';
/** Key of the Slack bot token in `argocd-notifications-secret` (docs/environments.md, "Argo CD notifications"). */
const SLACK_TOKEN_KEY = 'slack-token';
/** The notification service the subscriptions name. */
const SERVICE = 'slack';

/**
 * A deployment event: a trigger of Argo CD's notifications catalog, with the catalog's condition
 * and `oncePer` at v3.5.1 (notifications_catalog/install.yaml), and our message for it.
 */
interface Trigger {
  readonly name: string;
  readonly template: string;
  readonly description: string;
  readonly oncePer: string;
  readonly when: string;
  readonly message: string;
}

const ONCE_PER_REVISION = 'app.status.operationState?.syncResult?.revision';
const APP = '{{.app.metadata.name}}';
const REVISION = '{{.app.status.operationState.syncResult.revision}}';

const DEPLOYMENT_TRIGGERS: readonly Trigger[] = [
  {
    name: 'on-sync-succeeded',
    template: 'app-sync-succeeded',
    description: 'Application syncing has succeeded',
    oncePer: ONCE_PER_REVISION,
    when: "app.status.operationState != nil and app.status.operationState.phase in ['Succeeded']",
    message: `:white_check_mark: ${APP} synced revision ${REVISION}.`,
  },
  {
    name: 'on-sync-failed',
    template: 'app-sync-failed',
    description: 'Application syncing has failed',
    oncePer: ONCE_PER_REVISION,
    when: "app.status.operationState != nil and app.status.operationState.phase in ['Error', 'Failed']",
    message: `:exclamation: ${APP}: the sync of revision ${REVISION} failed at {{.app.status.operationState.finishedAt}}: {{.app.status.operationState.message}}`,
  },
  {
    name: 'on-health-degraded',
    template: 'app-health-degraded',
    description: 'Application has degraded',
    oncePer: ONCE_PER_REVISION,
    when: "app.status.health.status == 'Degraded'",
    message: `:warning: ${APP} is Degraded at revision {{.app.status.sync.revision}}: {{.app.status.health.message}}`,
  },
];

/**
 * Subscriptions of an Application to every deployment trigger, posted to `chatChannel`
 * (`notifications.argoproj.io/subscribe.<trigger>.<service>: <recipient>`; Slack takes the
 * channel without its `#`).
 */
export function deploymentSubscriptions(chatChannel: string): Record<string, string> {
  const channel = chatChannel.replace(/^#/, '');
  return Object.fromEntries(DEPLOYMENT_TRIGGERS.map((t) => [`notifications.argoproj.io/subscribe.${t.name}.${SERVICE}`, channel]));
}

/** The notifications controller's configuration keys: the Slack service, the triggers and their templates. */
export function notificationsConfig(): Record<string, string> {
  const data: Record<string, string> = {
    [`service.${SERVICE}`]: `token: $${SLACK_TOKEN_KEY}\n`,
  };
  for (const t of DEPLOYMENT_TRIGGERS) {
    data[`trigger.${t.name}`] =
      `- description: ${t.description}\n  oncePer: ${t.oncePer}\n  send:\n  - ${t.template}\n  when: ${t.when}\n`;
    data[`template.${t.template}`] = `message: |\n  ${t.message}\n`;
  }
  return data;
}
