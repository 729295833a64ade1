import type { Construct } from 'constructs';
import { AppProject } from '../../imports/appproject-argoproj.io';
import type { PlatformSettings } from '../config/settings';
import { Component, objectMeta, SyncWave, type Instance } from '../constructs/identity';
import { OutputChart } from '../constructs/platform-chart';
import { ADDONS, addonsOf, GATEWAY_API_CRDS } from './addons';
import { ArgoApplication, type ArgoApplicationProps } from './argo-application';

/** Instance label of the GitOps objects. */
const GITOPS: Instance = { name: 'gitops' };
const GITOPS_COMPONENT = new Component('agent-platform', 'gitops');

/** Argo CD's own cluster, where the Applications live. */
const IN_CLUSTER = 'https://kubernetes.default.svc';

export const PLATFORM_PROJECT = 'agent-platform';
export const ADDONS_PROJECT = 'cluster-addons';
export const BOOTSTRAP_PROJECT = 'gitops';
/** Folder of argocd/ the root application syncs. */
export const APPS_PATH = 'argocd/apps';

/** A Kubernetes kind with its API group ('' for the core group). */
export interface GroupKind {
  readonly group: string;
  readonly kind: string;
}

/** The kinds the environments render, split by scope; the platform project allows exactly these. */
export interface RenderedKinds {
  readonly clusterScoped: readonly GroupKind[];
  readonly namespaced: readonly GroupKind[];
}

interface GitopsChartProps {
  readonly settings: PlatformSettings;
  readonly folder: string;
}

function appProject(scope: Construct, id: string, settings: PlatformSettings, name: string, spec: ConstructorParameters<typeof AppProject>[2]['spec']) {
  return new AppProject(scope, id, {
    metadata: objectMeta(GITOPS, { name, namespace: settings.argocdNamespace, component: GITOPS_COMPONENT, wave: SyncWave.GITOPS_PROJECTS }),
    spec,
  });
}

/** An Argo CD Application labelled as part of the GitOps tree, in Argo CD's namespace. */
function application(scope: Construct, id: string, settings: PlatformSettings, props: Omit<ArgoApplicationProps, 'instance' | 'component' | 'argocdNamespace'>) {
  return new ArgoApplication(scope, id, { instance: GITOPS, component: GITOPS_COMPONENT, argocdNamespace: settings.argocdNamespace, ...props });
}

/**
 * Applied once by hand (`kubectl apply -f argocd/bootstrap/`): a project that may only manage
 * Argo CD objects from this repository, and the root application that syncs argocd/apps.
 */
export class BootstrapChart extends OutputChart {
  constructor(scope: Construct, id: string, props: GitopsChartProps) {
    super(scope, id, props);
    const s = props.settings;
    appProject(this, 'Project', s, BOOTSTRAP_PROJECT, {
      description: 'Argo CD projects and applications of the agent platform (app of apps)',
      sourceRepos: [s.repoUrl],
      destinations: [{ server: IN_CLUSTER, namespace: s.argocdNamespace }],
      clusterResourceWhitelist: [],
      namespaceResourceWhitelist: [
        { group: 'argoproj.io', kind: 'Application' },
        { group: 'argoproj.io', kind: 'AppProject' },
      ],
    });
    application(this, 'Root', s, {
      name: 'agent-platform-root',
      project: BOOTSTRAP_PROJECT,
      source: { kind: 'directory', repoUrl: s.repoUrl, targetRevision: s.targetRevision, path: APPS_PATH },
      destination: { server: IN_CLUSTER, namespace: s.argocdNamespace },
      wave: SyncWave.GITOPS_PROJECTS,
    });
  }
}

export interface ProjectsChartProps extends GitopsChartProps {
  readonly renderedKinds: RenderedKinds;
}

/**
 * The platform project may read only this repository, deploy only to each environment's
 * namespace on its cluster, and create only the kinds the environments render. The add-ons
 * project may read only the pinned chart repositories and deploy only to add-on namespaces.
 */
export class ProjectsChart extends OutputChart {
  constructor(scope: Construct, id: string, props: ProjectsChartProps) {
    super(scope, id, props);
    const s = props.settings;
    appProject(this, 'Platform', s, PLATFORM_PROJECT, {
      description: 'The agent platform, rendered per environment under dist/',
      sourceRepos: [s.repoUrl],
      destinations: s.environments.map((env) => ({ server: env.cluster.server, namespace: env.namespace })),
      clusterResourceWhitelist: props.renderedKinds.clusterScoped.map((k) => ({ group: k.group, kind: k.kind })),
      namespaceResourceWhitelist: props.renderedKinds.namespaced.map((k) => ({ group: k.group, kind: k.kind })),
      orphanedResources: { warn: true },
    });
    appProject(this, 'Addons', s, ADDONS_PROJECT, {
      description: 'Cluster add-ons (controllers and their CRDs) from pinned Helm charts, and the Gateway API CRDs at their release tag',
      sourceRepos: [...new Set([...ADDONS.map((a) => a.repoUrl), GATEWAY_API_CRDS.repoUrl])].sort(),
      // Only the add-ons' own namespaces: kube-system and the platform's namespace stay out of reach.
      destinations: s.environments.flatMap((env) =>
        [...new Set(addonsOf(env).map((a) => a.namespace))].map((namespace) => ({ server: env.cluster.server, namespace })),
      ),
      // Charts install CRDs, cluster roles and webhooks.
      clusterResourceWhitelist: [{ group: '*', kind: '*' }],
    });
  }
}

/** One Application per environment, syncing dist/<env> into that environment's cluster. */
export class EnvironmentsChart extends OutputChart {
  constructor(scope: Construct, id: string, props: GitopsChartProps) {
    super(scope, id, props);
    const s = props.settings;
    for (const env of s.environments) {
      application(this, env.name, s, {
        name: `agent-platform-${env.name}`,
        project: PLATFORM_PROJECT,
        source: {
          kind: 'directory',
          repoUrl: s.repoUrl,
          targetRevision: s.targetRevision,
          path: `dist/${env.name}`,
        },
        destination: { server: env.cluster.server, namespace: env.namespace },
        wave: SyncWave.ENVIRONMENTS,
      });
    }
  }
}

/**
 * Every add-on in every environment's cluster, before the environments themselves; the Gateway
 * API CRDs one wave before the add-ons (NGINX Gateway Fabric does not start without them).
 */
export class AddonsChart extends OutputChart {
  constructor(scope: Construct, id: string, props: GitopsChartProps) {
    super(scope, id, props);
    const s = props.settings;
    for (const env of s.environments) {
      const crds = GATEWAY_API_CRDS;
      application(this, `${crds.name}-${env.name}`, s, {
        name: `${crds.name}-${env.name}`,
        project: ADDONS_PROJECT,
        source: { kind: 'directory', repoUrl: crds.repoUrl, targetRevision: crds.targetRevision, path: crds.path, recurse: false },
        destination: { server: env.cluster.server, namespace: crds.namespace },
        wave: SyncWave.CLUSTER_CRDS,
        createNamespace: true,
      });
      for (const addon of addonsOf(env)) {
        application(this, `${addon.name}-${env.name}`, s, {
          name: `${addon.name}-${env.name}`,
          project: ADDONS_PROJECT,
          source: { kind: 'helm', repoUrl: addon.repoUrl, chart: addon.chart, version: addon.version, releaseName: addon.name, values: addon.values(env) },
          destination: { server: env.cluster.server, namespace: addon.namespace },
          wave: addon.providesCrds ? SyncWave.CLUSTER_CRDS : SyncWave.CLUSTER_ADDONS,
          createNamespace: true,
          skipDryRunOnMissingResource: addon.providesCrds ?? false,
        });
      }
    }
  }
}
