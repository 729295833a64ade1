import { Construct } from 'constructs';
import {
  ExternalSecret,
  type ExternalSecretSpec,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetDeletionPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
  ExternalSecretSpecTargetTemplateMergePolicy,
} from '../../imports/externalsecret-external-secrets.io';
import type { EnvironmentSettings } from '../config/settings';
import { objectMeta, SyncWave, type Component } from './identity';

/** Where one key of the Kubernetes Secret comes from in the secret store. */
export interface RemoteSecretKey {
  /** Secret name under the environment's key prefix, e.g. `agent-api` -> `agent-platform/prod/agent-api`. */
  readonly secret: string;
  /** JSON property within that secret. */
  readonly property: string;
}

export interface SyncedSecretProps {
  readonly env: EnvironmentSettings;
  /** Name of the ExternalSecret and of the Secret it creates. */
  readonly name: string;
  readonly component: Component;
  /** Secret keys (as the pods see them) and where each comes from. */
  readonly keys: Readonly<Record<string, RemoteSecretKey>>;
  /**
   * How often values are re-read from the store.
   * @default '1h'
   */
  readonly refreshInterval?: string;
  /**
   * Extra keys built from the fetched ones with ESO's template language, e.g. a connection
   * URL `postgresql://agent:{{ .APP_PASSWORD | urlquery }}@host/db`. The fetched keys stay too.
   */
  readonly templates?: Readonly<Record<string, string>>;
}

/**
 * A Kubernetes Secret filled by External Secrets Operator from the environment's
 * ClusterSecretStore. Secret values never appear in rendered YAML.
 */
export class SyncedSecret extends Construct {
  /** Name of the Kubernetes Secret pods reference. */
  readonly secretName: string;
  readonly keys: readonly string[];

  constructor(scope: Construct, id: string, props: SyncedSecretProps) {
    super(scope, id);
    const { env } = props;
    this.secretName = props.name;
    this.keys = [...Object.keys(props.keys), ...Object.keys(props.templates ?? {})];
    if (this.keys.length === 0) throw new Error(`secret '${props.name}' has no keys`);
    new ExternalSecret(this, 'Resource', {
      metadata: objectMeta(env, { name: props.name, namespace: env.namespace, component: props.component, wave: SyncWave.CONFIG }),
      spec: externalSecretSpec(env, props),
    });
  }
}

/**
 * The spec of an ExternalSecret that fills Secret `name` from the environment's store; also
 * for Secrets rendered outside the platform's namespace (a chart's extra manifests).
 */
export function externalSecretSpec(
  env: EnvironmentSettings,
  props: Pick<SyncedSecretProps, 'name' | 'keys' | 'refreshInterval' | 'templates'>,
): ExternalSecretSpec {
  return {
    refreshInterval: props.refreshInterval ?? '1h',
    secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: env.secrets.storeName },
    target: {
      name: props.name,
      creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
      deletionPolicy: ExternalSecretSpecTargetDeletionPolicy.RETAIN,
      ...(props.templates
        ? {
            template: {
              engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
              mergePolicy: ExternalSecretSpecTargetTemplateMergePolicy.MERGE,
              data: { ...props.templates },
            },
          }
        : {}),
    },
    data: Object.entries(props.keys).map(([secretKey, ref]) => ({
      secretKey,
      remoteRef: { key: `${env.secrets.keyPrefix}/${ref.secret}`, property: ref.property },
    })),
  };
}
