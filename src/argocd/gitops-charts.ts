import type { Construct } from 'constructs';
import { ApplicationSet } from '../../imports/applicationset-argoproj.io';
import { AppProject } from '../../imports/appproject-argoproj.io';
import { PREVIEW_NAMESPACE_PREFIX, previewHost } from '../config/preview';
import type { EnvironmentSettings, PlatformSettings } from '../config/settings';
import { Component, KEEP_ON_SYNC, objectMeta, SyncWave, type Instance } from '../constructs/identity';
import { k8s } from '../constructs/k8s';
import { OutputChart } from '../constructs/platform-chart';
import { ADDONS, addonsOf, GATEWAY_API_CRDS } from './addons';
import { applicationSpec, ArgoApplication, CASCADE_FINALIZER, type ArgoApplicationProps } from './argo-application';
import { deploymentSubscriptions, NOTIFICATIONS_CONFIGMAP, notificationsConfig, promotionSubscription } from './notifications';

/** Instance label of the GitOps objects. */
const GITOPS: Instance = { name: 'gitops' };
const GITOPS_COMPONENT = new Component('agent-platform', 'gitops');

/** Argo CD's own cluster, where the Applications live. */
const IN_CLUSTER = 'https://kubernetes.default.svc';

export const PLATFORM_PROJECT = 'agent-platform';
export const ADDONS_PROJECT = 'cluster-addons';
export const BOOTSTRAP_PROJECT = 'gitops';
const PREVIEWS_PROJECT = 'agent-platform-previews';
/** The pull-request label that asks for a preview. */
const PREVIEW_LABEL = 'preview';
/** Branch preview `<n>` is pushed to by CI (.github/workflows/preview.yml); `{{.number}}` in the ApplicationSet. */
const previewBranch = (pr: string) => `preview/pr-${pr}`;
/** Folder of that branch holding the rendered preview (`npm run synth -- --preview <n>`). */
const PREVIEW_PATH = 'preview';
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
        { group: 'argoproj.io', kind: 'ApplicationSet' },
        // Argo CD's notifications settings (NotificationsChart).
        { group: '', kind: 'ConfigMap' },
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
    const host = previewHost(s);
    if (host) {
      appProject(this, 'Previews', s, PREVIEWS_PROJECT, {
        description: 'Pull-request previews: rendered from each labelled pull request into its own branch and namespace',
        sourceRepos: [s.repoUrl],
        // Only preview namespaces of the hosting cluster: a preview can never reach an environment's namespace.
        destinations: [{ server: host.cluster.server, namespace: `${PREVIEW_NAMESPACE_PREFIX}*` }],
        clusterResourceWhitelist: props.renderedKinds.clusterScoped.map((k) => ({ group: k.group, kind: k.kind })),
        namespaceResourceWhitelist: props.renderedKinds.namespaced.map((k) => ({ group: k.group, kind: k.kind })),
        orphanedResources: { warn: true },
      });
    }
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

/**
 * One Application per environment, syncing dist/<env> into that environment's cluster. Each
 * environment but the last in promotion order reports its synced, healthy state as a GitHub
 * deployment, which starts the next one's promotion (.github/workflows/promote.yml).
 */
export class EnvironmentsChart extends OutputChart {
  constructor(scope: Construct, id: string, props: GitopsChartProps) {
    super(scope, id, props);
    const s = props.settings;
    for (const [i, env] of s.environments.entries()) {
      const promotesNext = i < s.environments.length - 1;
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
        annotations: { ...deploymentSubscriptions(env.monitoring.chatChannel), ...(promotesNext ? promotionSubscription() : {}) },
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

/**
 * Argo CD's notifications ConfigMap with only our keys (notifications.ts). Argo CD is installed
 * outside this repository with its own copy: the root application applies server-side, so it
 * owns just these keys and any other stays; `Delete=false` keeps Argo CD's ConfigMap should
 * this object leave the tree. The Slack token and the GitHub App's credentials are keys of
 * `argocd-notifications-secret`, created with Argo CD and never rendered.
 */
export class NotificationsChart extends OutputChart {
  constructor(scope: Construct, id: string, props: GitopsChartProps) {
    super(scope, id, props);
    new k8s.KubeConfigMap(this, 'Config', {
      metadata: objectMeta(GITOPS, {
        name: NOTIFICATIONS_CONFIGMAP,
        namespace: props.settings.argocdNamespace,
        component: GITOPS_COMPONENT,
        wave: SyncWave.GITOPS_PROJECTS,
        annotations: KEEP_ON_SYNC,
      }),
      data: notificationsConfig(),
    });
  }
}

/** Secret in Argo CD's namespace with a GitHub token (key `token`) that may read the repository's pull requests. */
const PREVIEWS_GITHUB_TOKEN = { secretName: 'github-previews-token', key: 'token' } as const;

/** `owner` and `repo` of a GitHub repository URL; previews list pull requests through GitHub's API. */
function githubRepository(repoUrl: string): { owner: string; repo: string } {
  const match = /^(?:https:\/\/github\.com\/|git@github\.com:)([^/]+)\/([^/]+?)\.git$/.exec(repoUrl);
  if (!match) throw new Error(`previews need a GitHub repository, got repoUrl '${repoUrl}'`);
  return { owner: match[1]!, repo: match[2]! };
}

export interface PreviewsChartProps extends GitopsChartProps {
  /** The environment whose cluster hosts the previews. */
  readonly host: EnvironmentSettings;
}

/**
 * One Application per open pull request labelled `preview` (the pull-request generator), syncing
 * the branch CI rendered it into to its own namespace in the hosting cluster. When the pull
 * request closes or loses the label, the generator drops it and the ApplicationSet deletes the
 * Application; its finalizer deletes what it deployed, the namespace and volumes included.
 * The project is fixed, not templated (Argo CD's ApplicationSet security guidance).
 */
export class PreviewsChart extends OutputChart {
  constructor(scope: Construct, id: string, props: PreviewsChartProps) {
    super(scope, id, props);
    const s = props.settings;
    const { host } = props;
    const pr = '{{.number}}';
    new ApplicationSet(this, 'Previews', {
      metadata: objectMeta(GITOPS, {
        name: PREVIEWS_PROJECT,
        namespace: s.argocdNamespace,
        component: GITOPS_COMPONENT,
        wave: SyncWave.ENVIRONMENTS,
      }),
      spec: {
        goTemplate: true,
        goTemplateOptions: ['missingkey=error'],
        generators: [
          {
            pullRequest: {
              github: { ...githubRepository(s.repoUrl), labels: [PREVIEW_LABEL], tokenRef: { ...PREVIEWS_GITHUB_TOKEN } },
              // Argo CD's default is 30 minutes; a preview should appear within minutes of the label.
              requeueAfterSeconds: 300,
            },
          },
        ],
        template: {
          metadata: {
            name: `agent-platform-pr-${pr}`,
            labels: GITOPS_COMPONENT.labels(GITOPS),
            annotations: deploymentSubscriptions(host.previews!.chatChannel),
            finalizers: [CASCADE_FINALIZER],
          },
          spec: applicationSpec({
            project: PREVIEWS_PROJECT,
            source: { kind: 'directory', repoUrl: s.repoUrl, targetRevision: previewBranch(pr), path: PREVIEW_PATH },
            destination: { server: host.cluster.server, namespace: `${PREVIEW_NAMESPACE_PREFIX}${pr}` },
          }),
        },
        // Deleting a generated Application deletes its resources (the default, stated).
        syncPolicy: { preserveResourcesOnDeletion: false },
      },
    });
  }
}
