// What a cluster must already have for an environment's sync to succeed: every kind the
// environment renders is built into Kubernetes or installed by an add-on, and the add-ons write
// only where their Argo CD project lets them.
import { describe, expect, test } from 'vitest';
import { ENVIRONMENTS } from '../src/config/environments';
import { renderPlatform } from '../src/platform';
import { kubePrometheusStackValues } from './support/alertmanager';
import { parse, rendered, settingsWith, type Rendered } from './support/rendered';

const { settings, objects } = rendered();

/** API groups of Kubernetes 1.28 itself. */
const BUILT_IN = new Set([
  '',
  'apps',
  'batch',
  'policy',
  'autoscaling',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'scheduling.k8s.io',
]);

/**
 * Who installs each custom API group (from the charts' documentation): the add-on Application
 * and the chart value that makes it install its CRDs, or the setting that says the cluster
 * already has them.
 */
const CRD_SOURCES: Record<
  string,
  | { addon: string; crdsEnabled: (values: Record<string, never>) => boolean }
  | { feature: string }
  | { crdApplication: string; repoUrl: string; path: string; before: string }
> = {
  // Gateway API's standard channel from its own repository (NGINX Gateway Fabric's chart does not
  // install it), synced before the controller that needs it.
  'gateway.networking.k8s.io': {
    crdApplication: 'gateway-api-crds',
    repoUrl: 'https://github.com/kubernetes-sigs/gateway-api.git',
    path: 'config/crd/standard',
    before: 'nginx-gateway-fabric',
  },
  // NGINX Gateway Fabric's chart carries its CRDs in crds/, which Argo CD applies with the chart.
  'gateway.nginx.org': { addon: 'nginx-gateway-fabric', crdsEnabled: () => true },
  'cert-manager.io': { addon: 'cert-manager', crdsEnabled: (v: { crds?: { enabled?: boolean } }) => v.crds?.enabled === true },
  // kube-prometheus-stack installs the operator's CRDs unless crds.enabled is false.
  'monitoring.coreos.com': {
    addon: 'kube-prometheus-stack',
    crdsEnabled: (v: { crds?: { enabled?: boolean } }) => v.crds?.enabled !== false,
  },
  'external-secrets.io': { addon: 'external-secrets', crdsEnabled: (v: { installCRDs?: boolean }) => v.installCRDs === true },
  'argoproj.io': { addon: 'argo-rollouts', crdsEnabled: (v: { installCRDs?: boolean }) => v.installCRDs === true },
  // Chaos Mesh's chart carries its CRDs in crds/ (helm/chaos-mesh/crds at v2.8.3).
  'chaos-mesh.org': { addon: 'chaos-mesh', crdsEnabled: () => true },
  'autoscaling.k8s.io': { feature: 'verticalPodAutoscaler' },
  'security.istio.io': { feature: 'istioMtls' },
  'networking.istio.io': { feature: 'istioMtls' },
};

const group = (o: Rendered) => (o.apiVersion.includes('/') ? o.apiVersion.split('/')[0]! : '');

describe.each(settings.environments.map((e) => [e.name, e] as const))('environment %s', (name, env) => {
  const dist = objects.filter((o) => o.path.startsWith(`dist/${name}/`));
  const addonApps = objects.filter((o) => o.kind === 'Application' && o.spec.source?.chart && o.metadata.name.endsWith(`-${name}`));

  test('every rendered kind is built into Kubernetes or installed by an add-on of this cluster', () => {
    const missing: string[] = [];
    for (const g of new Set(dist.map(group))) {
      if (BUILT_IN.has(g)) continue;
      const source = CRD_SOURCES[g];
      if (!source) {
        missing.push(`${g}: no known source`);
      } else if ('crdApplication' in source) {
        const app = objects.find((o) => o.kind === 'Application' && o.metadata.name === `${source.crdApplication}-${name}`);
        const after = addonApps.find((a) => a.metadata.name === `${source.before}-${name}`);
        const wave = (o: Rendered) => Number(o.metadata.annotations!['argocd.argoproj.io/sync-wave']);
        if (!app) missing.push(`${g}: ${source.crdApplication} is not installed`);
        else if (app.spec.source.repoURL !== source.repoUrl || app.spec.source.path !== source.path)
          missing.push(`${g}: ${source.crdApplication} reads the wrong source`);
        else if (!/^v\d+\.\d+\.\d+$/.test(app.spec.source.targetRevision))
          missing.push(`${g}: ${source.crdApplication} is not pinned to a release tag`);
        else if (app.spec.destination.server !== env.cluster.server) missing.push(`${g}: ${source.crdApplication} syncs another cluster`);
        else if (!after || wave(app) >= wave(after)) missing.push(`${g}: ${source.crdApplication} does not sync before ${source.before}`);
      } else if ('feature' in source) {
        if ((env.features as unknown as Record<string, boolean>)[source.feature] !== true)
          missing.push(`${g}: features.${source.feature} is off`);
      } else {
        const app = addonApps.find((a) => a.metadata.name === `${source.addon}-${name}`);
        if (!app) missing.push(`${g}: add-on ${source.addon} is not installed`);
        else if (!source.crdsEnabled(app.spec.source.helm.valuesObject)) missing.push(`${g}: ${source.addon} does not install its CRDs`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("an add-on that renders another add-on's kinds syncs after it, or in its wave skipping the dry run until the CRD exists", () => {
    const wave = (o: Rendered) => Number(o.metadata.annotations!['argocd.argoproj.io/sync-wave']);
    /** API groups of the kinds a chart renders because of its values: ServiceMonitors it is asked for, and extra objects. */
    const consumed = (values: Record<string, unknown>): Set<string> => {
      const groups = new Set<string>();
      const walk = (v: unknown, key: string) => {
        if (Array.isArray(v)) {
          if (key === 'extraManifests' || key === 'extraObjects') for (const o of v) groups.add(String(o.apiVersion).split('/')[0]!);
          for (const item of v) walk(item, '');
        } else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (/^servicemonitor$/i.test(key) && o.enabled === true) groups.add('monitoring.coreos.com');
          for (const [k, child] of Object.entries(o)) walk(child, k);
        }
      };
      walk(values, '');
      return groups;
    };
    const problems: string[] = [];
    for (const app of addonApps) {
      for (const g of consumed(app.spec.source.helm.valuesObject)) {
        const source = CRD_SOURCES[g];
        if (!source || !('addon' in source) || `${source.addon}-${name}` === app.metadata.name) continue;
        const provider = addonApps.find((a) => a.metadata.name === `${source.addon}-${name}`);
        if (!provider) {
          problems.push(`${app.metadata.name} renders ${g}, whose add-on is not installed`);
          continue;
        }
        const skips = (app.spec.syncPolicy.syncOptions as string[]).includes('SkipDryRunOnMissingResource=true');
        if (wave(provider) > wave(app) || (wave(provider) === wave(app) && !skips))
          problems.push(`${app.metadata.name} (wave ${wave(app)}) renders ${g} from ${provider.metadata.name} (wave ${wave(provider)})`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('add-ons leave kube-system alone: leader election and control-plane scrapes stay out of it', () => {
    const values = (addon: string) => addonApps.find((a) => a.metadata.name === `${addon}-${name}`)!.spec.source.helm.valuesObject;
    // cert-manager's global.leaderElection.namespace defaults to kube-system.
    expect(values('cert-manager').global.leaderElection.namespace).toBe('cert-manager');
    // kube-prometheus-stack renders a Service into kube-system for each of these unless disabled.
    const kps = kubePrometheusStackValues(objects, name);
    for (const component of ['kubeControllerManager', 'kubeScheduler', 'kubeEtcd', 'kubeProxy', 'coreDns']) {
      expect(kps[component]?.enabled, component).toBe(false);
    }
    // Objects the charts install beside their own: in the add-on's namespace.
    for (const app of addonApps) {
      for (const extra of app.spec.source.helm.valuesObject.extraManifests ?? []) {
        expect(extra.metadata.namespace, `${app.metadata.name} ${extra.kind}`).toBe(app.spec.destination.namespace);
      }
    }
  });

  test("the add-on project admits each add-on's namespace in this cluster, and neither kube-system nor the platform's", () => {
    const project = objects.find((o) => o.kind === 'AppProject' && o.metadata.name === 'cluster-addons')!;
    const here = project.spec.destinations
      .filter((d: { server: string }) => d.server === env.cluster.server)
      .map((d: { namespace: string }) => d.namespace);
    expect(new Set(here).size).toBe(here.length);
    for (const app of addonApps) expect(here, app.metadata.name).toContain(app.spec.destination.namespace);
    expect(here).not.toContain('kube-system');
    expect(here).not.toContain(env.namespace);
    expect(here).not.toContain('*');
  });
});

test('a VerticalPodAutoscaler is rendered only where the settings say the cluster has one, and then only recommends', () => {
  const withVpa = settingsWith({ ...ENVIRONMENTS, dev: { ...ENVIRONMENTS.dev!, features: { verticalPodAutoscaler: true } } });
  const vpas = parse(renderPlatform(withVpa)).filter((o) => o.kind === 'VerticalPodAutoscaler');
  expect(vpas.map((v) => v.path)).toEqual(['dist/dev/app/verticalpodautoscaler-agent-api.yaml']);
  expect(vpas[0]!.spec.targetRef).toEqual({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'agent-api' });
  expect(vpas[0]!.spec.updatePolicy.updateMode).toBe('Off');
  expect(objects.filter((o) => o.kind === 'VerticalPodAutoscaler')).toEqual([]);
});
