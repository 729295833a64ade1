import { ClusterSecretStore, ClusterSecretStoreSpecProviderAwsService } from '../../imports/clustersecretstore-external-secrets.io';
import { ADDON_NAMESPACES } from '../config/cluster-services';
import { PREVIEW_NAMESPACE_PREFIX } from '../config/preview';
import type { EnvironmentSettings } from '../config/settings';

/**
 * Where secret values come from: a ClusterSecretStore on AWS Secrets Manager, installed with the
 * External Secrets Operator (its chart's `extraObjects`) so that it exists before any add-on or
 * environment syncs an ExternalSecret. The operator authenticates with its own service account
 * (the IRSA role in the add-on's values): no credential is rendered. Only the namespaces that
 * sync secrets may use it: the platform's, monitoring (Alertmanager's root receivers),
 * argo-rollouts (release notifications) and, in the cluster hosting previews, theirs
 * (`agent-platform-pr-<n>`). ESO admits a namespace that any name or expression of a
 * condition matches (`shouldProcessSecret` in pkg/controllers/secretstore/client_manager.go
 * at v2.9.0).
 */
export function secretStore(env: EnvironmentSettings): Record<string, unknown> {
  return ClusterSecretStore.manifest({
    metadata: { name: env.secrets.storeName },
    spec: {
      conditions: [
        {
          namespaces: [env.namespace, ADDON_NAMESPACES.monitoring, ADDON_NAMESPACES.argoRollouts],
          ...(env.previews ? { namespaceRegexes: [`^${PREVIEW_NAMESPACE_PREFIX}[0-9]+$`] } : {}),
        },
      ],
      provider: { aws: { service: ClusterSecretStoreSpecProviderAwsService.SECRETS_MANAGER, region: env.secrets.region } },
    },
  });
}
