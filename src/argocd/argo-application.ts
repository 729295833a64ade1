import { Construct } from 'constructs';
import { Application, type ApplicationSpec } from '../../imports/application-argoproj.io';
import { objectMeta, type Component, type Instance, type SyncWave } from '../constructs/identity';

/** Where an Application's manifests come from. */
export type ApplicationSource =
  | {
      readonly kind: 'directory';
      readonly repoUrl: string;
      readonly targetRevision: string;
      readonly path: string;
      /** @default true: every manifest below `path`. */
      readonly recurse?: boolean;
    }
  | {
      readonly kind: 'helm';
      readonly repoUrl: string;
      readonly chart: string;
      /** Exact chart version; ranges are refused so that every change is a reviewed diff. */
      readonly version: string;
      readonly releaseName: string;
      readonly values: object;
    };

/** How an Application is synced: the part of it an ApplicationSet's template shares. */
export type ApplicationSyncProps = Pick<
  ArgoApplicationProps,
  'project' | 'source' | 'destination' | 'createNamespace' | 'skipDryRunOnMissingResource'
>;

/** Deleting an Application deletes what it deployed (objects carrying `Delete=false` excepted). */
export const CASCADE_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

export interface ArgoApplicationProps {
  readonly instance: Instance;
  readonly component: Component;
  readonly name: string;
  /** Namespace Argo CD runs in. */
  readonly argocdNamespace: string;
  readonly project: string;
  readonly source: ApplicationSource;
  readonly destination: { readonly server: string; readonly namespace: string };
  /** Position among the root application's children (projects, add-ons, environments). */
  readonly wave: SyncWave;
  /** @default false: the namespace is part of the rendered manifests. */
  readonly createNamespace?: boolean;
  /**
   * Skip the dry run of kinds whose CRD is not installed yet (another Application of the same
   * wave installs it); the sync retries until it is. @default false
   */
  readonly skipDryRunOnMissingResource?: boolean;
  /** Argo CD notifications subscriptions (notifications.ts). @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * An Argo CD Application with the platform's sync policy: automated prune and self-heal,
 * retries with exponential backoff, server-side apply, pruning last, and a finalizer so that
 * deleting the Application deletes what it deployed (stateful objects opt out themselves).
 */
export class ArgoApplication extends Construct {
  constructor(scope: Construct, id: string, props: ArgoApplicationProps) {
    super(scope, id);
    const src = props.source;
    if (src.kind === 'helm' && !/^v?[0-9]+\.[0-9]+\.[0-9]+$/.test(src.version)) {
      throw new Error(`application '${props.name}': chart version must be exact, got '${src.version}'`);
    }
    const meta = objectMeta(props.instance, {
      name: props.name,
      namespace: props.argocdNamespace,
      component: props.component,
      wave: props.wave,
      annotations: { ...props.annotations },
    });
    new Application(this, 'Resource', {
      metadata: { ...meta, finalizers: [CASCADE_FINALIZER] },
      spec: applicationSpec(props),
    });
  }
}

/** The spec of an Application with the platform's sync policy (see ArgoApplication). */
export function applicationSpec(props: ApplicationSyncProps): ApplicationSpec {
  const src = props.source;
  return {
    project: props.project,
    source:
      src.kind === 'directory'
        ? {
            repoUrl: src.repoUrl,
            targetRevision: src.targetRevision,
            path: src.path,
            directory: { recurse: src.recurse ?? true },
          }
        : {
            repoUrl: src.repoUrl,
            chart: src.chart,
            targetRevision: src.version,
            helm: { releaseName: src.releaseName, valuesObject: src.values },
          },
    destination: { server: props.destination.server, namespace: props.destination.namespace },
    revisionHistoryLimit: 10,
    syncPolicy: {
      automated: { prune: true, selfHeal: true },
      syncOptions: [
        ...(props.createNamespace ? ['CreateNamespace=true'] : []),
        ...(props.skipDryRunOnMissingResource ? ['SkipDryRunOnMissingResource=true'] : []),
        'ServerSideApply=true',
        'PruneLast=true',
        'ApplyOutOfSyncOnly=true',
        'FailOnSharedResource=true',
      ],
      retry: { limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } },
    },
  };
}
