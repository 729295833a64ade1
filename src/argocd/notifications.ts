import { dump } from 'js-yaml';

/**
 * Argo CD notifications of deployments: which events are posted to chat, with what message, the
 * GitHub deployment that reports a synced, healthy environment to the promotion workflow, and the
 * subscriptions that send them (gitops-charts.ts renders the ConfigMap and the annotations).
 */

/** The notifications controller's ConfigMap: its `--config-map-name` default at v3.5.1 (cmd/argocd-notification). */
export const NOTIFICATIONS_CONFIGMAP = 'argocd-notifications-cm';
/** Key of the Slack bot token in `argocd-notifications-secret` (docs/environments.md, "Argo CD notifications"). */
const SLACK_TOKEN_KEY = 'slack-token';
/** The chat service the deployment subscriptions name. */
const SERVICE = 'slack';
/** The service of the GitHub deployment report: a GitHub App's installation token. */
const GITHUB_SERVICE = 'github';
/**
 * The GitHub App's credentials: keys of `argocd-notifications-secret` (docs/environments.md, "Argo
 * CD notifications"). `$<key>` in a service's configuration is replaced by that key's value
 * (notifications-engine, pkg/api/config.go `replaceServiceConfigSecrets`), and the ids may be
 * strings there (`cast.ToInt64E`, pkg/services/github.go `NewGitHubService`).
 */
const GITHUB_APP_KEYS = { appID: 'github-app-id', installationID: 'github-installation-id', privateKey: 'github-private-key' } as const;

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

/** A trigger as the notifications controller reads it from its ConfigMap. */
const triggerYaml = (t: Omit<Trigger, 'message'>) =>
  `- description: ${t.description}\n  oncePer: ${t.oncePer}\n  send:\n  - ${t.template}\n  when: ${t.when}\n`;

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
 * Synced and healthy: the catalog's `on-deployed` trigger at v3.5.1
 * (notifications_catalog/triggers/on-deployed.yaml), once per synced revision, and only once the
 * application turned Healthy after (or within a minute before) the sync finished.
 */
const DEPLOYED_TRIGGER: Omit<Trigger, 'message'> = {
  name: 'on-deployed',
  template: 'app-deployed',
  description: 'Application is synced and healthy. Triggered once per commit.',
  oncePer: ONCE_PER_REVISION,
  when:
    "app.status.operationState != nil and app.status.operationState.phase in ['Succeeded'] and app.status.health.status == 'Healthy'" +
    ' and (!time.Parse(app.status.health.lastTransitionTime).Add(1 * time.Minute).Before(time.Parse(app.status.operationState.finishedAt))' +
    ' or time.Parse(app.status.health.lastTransitionTime).Before(time.Parse(app.status.operationState.startedAt)))',
};

/**
 * A successful GitHub deployment of the synced commit, in the GitHub environment named after the
 * Application (`agent-platform-<env>`, what .github/workflows/promote.yml maps to the next
 * environment). Fields of the github service at v3.5.1 (docs/operator-manual/notifications/services/github.md;
 * notifications-engine pkg/services/github.go `GitHubDeployment`):
 * - `repoURLPath`, `revisionPath`: the documented defaults; an Application with one `source`.
 * - no `reference`: the deployment's ref is then the synced revision, so its `sha` is the
 *   commit promote.yml compares (`github.event.deployment.sha`).
 * - `autoMerge: false`: `true` (the default) would have GitHub merge the default branch into the
 *   ref, and refuse a commit main has moved past (the doc: required to deploy older refs).
 * - `requiredContexts: []`: the commit passed its checks as a pull request; the deployment
 *   reports what runs and gates nothing (the default would wait for every status of the commit).
 * - `transientEnvironment: false`: the environments stay.
 * The message is the status's description (truncated at 140 characters).
 */
const DEPLOYED_TEMPLATE = {
  message: `${APP} is synced and healthy at ${REVISION}.`,
  github: {
    repoURLPath: '{{.app.spec.source.repoURL}}',
    revisionPath: REVISION,
    deployment: {
      state: 'success',
      environment: APP,
      requiredContexts: [],
      autoMerge: false,
      transientEnvironment: false,
    },
  },
};

/**
 * Subscriptions of an Application to every deployment trigger, posted to `chatChannel`
 * (`notifications.argoproj.io/subscribe.<trigger>.<service>: <recipient>`; Slack takes the
 * channel without its `#`).
 */
export function deploymentSubscriptions(chatChannel: string): Record<string, string> {
  const channel = chatChannel.replace(/^#/, '');
  return Object.fromEntries(DEPLOYMENT_TRIGGERS.map((t) => [`notifications.argoproj.io/subscribe.${t.name}.${SERVICE}`, channel]));
}

/** The notifications controller's configuration keys: the Slack and GitHub services, the triggers and their templates. */
export function notificationsConfig(): Record<string, string> {
  const data: Record<string, string> = {
    [`service.${SERVICE}`]: `token: $${SLACK_TOKEN_KEY}\n`,
  };
  for (const t of DEPLOYMENT_TRIGGERS) {
    data[`trigger.${t.name}`] = triggerYaml(t);
    data[`template.${t.template}`] = `message: |\n  ${t.message}\n`;
  }
  data[`service.${GITHUB_SERVICE}`] = dump(Object.fromEntries(Object.entries(GITHUB_APP_KEYS).map(([field, key]) => [field, `$${key}`])));
  data[`trigger.${DEPLOYED_TRIGGER.name}`] = triggerYaml(DEPLOYED_TRIGGER);
  data[`template.${DEPLOYED_TRIGGER.template}`] = dump(DEPLOYED_TEMPLATE, { lineWidth: -1 });
  return data;
}

/**
 * Subscription of an Application to the GitHub deployment report: for the environments whose
 * synced, healthy state starts the next one's promotion. The github service takes no recipient.
 */
export function promotionSubscription(): Record<string, string> {
  return { [`notifications.argoproj.io/subscribe.${DEPLOYED_TRIGGER.name}.${GITHUB_SERVICE}`]: '' };
}
