/**
 * A pull request's preview environment, composed from the environment that hosts previews
 * (its `previews` settings) and the pull request's number, then validated like any environment.
 */
import type { EnvironmentSettings, PlatformSettings } from './settings';
import { SettingsError, validateSettings } from './validate';

/** Namespace of preview `<n>`: `agent-platform-pr-<n>`; the previews' project admits exactly these. */
export const PREVIEW_NAMESPACE_PREFIX = 'agent-platform-pr-';
/** Pull request numbers GitHub gives: 1 and up. Nine digits keep every derived name a DNS label. */
const PR_NUMBER = /^[1-9][0-9]{0,8}$/;

/** The environment whose cluster hosts previews (at most one, rules.ts), if any. */
export function previewHost(settings: PlatformSettings): EnvironmentSettings | undefined {
  return settings.environments.find((env) => env.previews !== undefined);
}

/**
 * Preview `<n>`: the host's cluster, images, edge and monitoring settings; its own namespace,
 * host name, ClusterIssuer (HTTP-01 answers on the preview's own Gateway) and secret prefix;
 * the previews' sizes; no backups; and volumes deleted with their StatefulSets and namespace.
 */
export function previewEnvironment(settings: PlatformSettings, pr: string): EnvironmentSettings {
  const host = previewHost(settings);
  if (!PR_NUMBER.test(pr)) {
    throw new SettingsError([
      { environment: 'preview', field: 'pull request number', value: pr, allowed: 'an integer from 1 to 999999999' },
    ]);
  }
  if (!host?.previews) {
    throw new SettingsError([
      {
        environment: 'preview',
        field: 'previews',
        value: undefined,
        allowed: "a 'previews' entry on the environment whose cluster hosts them",
      },
    ]);
  }
  const { previews, ...base } = host;
  const name = `pr-${pr}`;
  const definition = {
    ...base,
    name,
    namespace: `${PREVIEW_NAMESPACE_PREFIX}${pr}`,
    ingress: { ...base.ingress, host: `${name}.${previews.domain}` },
    tls: { ...base.tls, issuerName: `${base.tls.issuerName}-${name}` },
    secrets: { ...base.secrets, keyPrefix: previews.keyPrefix },
    monitoring: { ...base.monitoring, chatChannel: previews.chatChannel, paging: false },
    app: previews.app,
    quota: previews.quota,
    storage: { ...previews.storage, volumeRetention: 'Delete' },
    postgres: previews.postgres,
    redis: previews.redis,
    backup: { ...base.backup, enabled: false, repositories: [], drill: { ...base.backup.drill, enabled: false } },
  };
  const { repoUrl, targetRevision, argocdNamespace } = settings;
  return validateSettings({ repoUrl, targetRevision, argocdNamespace, environments: [definition] }).environments[0]!;
}
