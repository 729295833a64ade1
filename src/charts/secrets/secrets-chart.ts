import type { Construct } from 'constructs';
import { ClusterSecretStore, ClusterSecretStoreSpecProviderAwsService } from '../../../imports/clustersecretstore-external-secrets.io';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';

const SECRETS = new Component('agent-platform', 'secrets');

/**
 * Where secret values come from: a ClusterSecretStore on AWS Secrets Manager. The External
 * Secrets Operator authenticates with its own service account (IRSA role set in the add-on's
 * values), so no credential is rendered here. Only the platform's namespace may use it.
 */
export class SecretsChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: PlatformChartProps) {
    super(scope, id, props);
    const env = this.env;
    new ClusterSecretStore(this, 'Store', {
      metadata: objectMeta(env, { name: env.secrets.storeName, component: SECRETS, wave: SyncWave.FOUNDATION }),
      spec: {
        conditions: [{ namespaces: [env.namespace] }],
        provider: { aws: { service: ClusterSecretStoreSpecProviderAwsService.SECRETS_MANAGER, region: env.secrets.region } },
      },
    });
  }
}
