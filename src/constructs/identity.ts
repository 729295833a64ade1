import type { ApiObjectMetadata } from 'cdk8s';
import type { VolumeRetention } from '../config/settings';

/** What the `instance` label is derived from: an environment, or the GitOps control plane. */
export interface Instance {
  readonly name: string;
}

/** Value of `app.kubernetes.io/part-of` on every object. */
export const PART_OF = 'agent-platform';
const MANAGED_BY = 'cdk8s';

/**
 * Argo CD sync order. Waves run in ascending order and each waits for the previous one to be
 * healthy: namespace and policies, then secrets and config, then data stores, then their
 * initialisation, then migrations (and the read replicas), then the app, then ingress, then
 * monitoring.
 */
export class SyncWave {
  static readonly FOUNDATION = new SyncWave(-5); // namespace, quota, network policies, accounts
  static readonly CONFIG = new SyncWave(-4); // secrets and configuration
  static readonly DATA = new SyncWave(-3); // PostgreSQL primary, Redis and Sentinel
  static readonly DATA_INIT = new SyncWave(-2); // database roles, Redis cluster formation (Sync hook Jobs)
  static readonly MIGRATIONS = new SyncWave(-1); // schema migrations (Sync hook Job) and PostgreSQL read replicas
  static readonly APP = new SyncWave(0); // application workloads
  static readonly INGRESS = new SyncWave(1); // certificates and ingress
  static readonly MONITORING = new SyncWave(2); // monitoring objects
  // The API's Rollout, last: a release waiting for promotion is Suspended, and Argo CD holds the
  // rest of the sync behind it until it is promoted; nothing else may wait on that.
  static readonly RELEASE = new SyncWave(3);

  // Order of the root application's children in argocd/apps.
  static readonly GITOPS_PROJECTS = new SyncWave(-10); // Argo CD projects
  static readonly CLUSTER_CRDS = new SyncWave(-6); // CRDs other add-ons use: Gateway API, the monitoring and external-secrets operators
  static readonly CLUSTER_ADDONS = new SyncWave(-5); // cluster add-ons (controllers and their CRDs)
  static readonly ENVIRONMENTS = new SyncWave(0); // the environments

  private constructor(readonly value: number) {}
}

/**
 * Who an object belongs to. Selector labels come only from `name`, `instance` and
 * `component`, which never change between releases; `version` goes on labels only.
 */
export class Component {
  constructor(
    /** `app.kubernetes.io/name`, e.g. `agent-api`. */
    readonly name: string,
    /** `app.kubernetes.io/component`, e.g. `api`, `database`, `policy`. */
    readonly component: string,
  ) {}

  /** Stable labels for selectors: identical for every release of this component. */
  selectorLabels(env: Instance): Record<string, string> {
    return {
      'app.kubernetes.io/name': this.name,
      'app.kubernetes.io/instance': `${this.name}-${env.name}`,
      'app.kubernetes.io/component': this.component,
    };
  }

  /** All recommended labels; `version` is added where a release version applies. */
  labels(env: Instance, version?: string): Record<string, string> {
    return {
      ...this.selectorLabels(env),
      'app.kubernetes.io/part-of': PART_OF,
      ...(version === undefined ? {} : { 'app.kubernetes.io/version': version }),
      'app.kubernetes.io/managed-by': MANAGED_BY,
    };
  }
}

/**
 * Annotations of an object that holds data or contains what does: Argo CD never prunes it nor
 * deletes it with its Application (a deleted or renamed Application would otherwise cascade).
 */
export const KEEP_ON_SYNC = { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' } as const;

/**
 * KEEP_ON_SYNC where data is retained; none where it goes with its owner (`Delete`: previews),
 * so that deleting the Application removes the StatefulSets and the namespace with its volumes.
 */
export function keepOnSync(retention: VolumeRetention): Readonly<Record<string, string>> {
  return retention === 'Retain' ? KEEP_ON_SYNC : {};
}

/** How one object names and places itself. */
export interface ObjectIdentity {
  /** `metadata.name`: set explicitly on every object, never derived from the construct tree. */
  readonly name: string;
  readonly component: Component;
  readonly wave: SyncWave;
  /** Omit for cluster-scoped kinds. */
  readonly namespace?: string;
  /** Release version for the `app.kubernetes.io/version` label. */
  readonly version?: string;
  /** Extra annotations (ingress settings, Argo CD options). */
  readonly annotations?: Record<string, string>;
  /** Extra labels (Pod Security, Grafana sidecar discovery). */
  readonly labels?: Record<string, string>;
}

/** Metadata for an object: explicit name, recommended labels and its sync wave. */
export function objectMeta(env: Instance, id: ObjectIdentity): ApiObjectMetadata {
  return {
    name: id.name,
    ...(id.namespace === undefined ? {} : { namespace: id.namespace }),
    labels: { ...id.component.labels(env, id.version), ...id.labels },
    annotations: { 'argocd.argoproj.io/sync-wave': String(id.wave.value), ...id.annotations },
  };
}
