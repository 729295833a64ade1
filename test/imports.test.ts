import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from './support/rendered';

/** Every custom kind the platform uses, by the cdk8s import module that must export it. */
const REQUIRED: Record<string, string[]> = {
  'servicemonitor-monitoring.coreos.com': ['ServiceMonitor'],
  'podmonitor-monitoring.coreos.com': ['PodMonitor'],
  'prometheusrule-monitoring.coreos.com': ['PrometheusRule'],
  'alertmanagerconfig-monitoring.coreos.com': ['AlertmanagerConfig'],
  'application-argoproj.io': ['Application'],
  'appproject-argoproj.io': ['AppProject'],
  'applicationset-argoproj.io': ['ApplicationSet'],
  'rollout-argoproj.io': ['Rollout'],
  'analysistemplate-argoproj.io': ['AnalysisTemplate'],
  'externalsecret-external-secrets.io': ['ExternalSecret'],
  'secretstore-external-secrets.io': ['SecretStore'],
  'clustersecretstore-external-secrets.io': ['ClusterSecretStore'],
  'certificate-cert-manager.io': ['Certificate'],
  'clusterissuer-cert-manager.io': ['ClusterIssuer'],
  'issuer-cert-manager.io': ['Issuer'],
  'vpa-autoscaling.k8s.io': ['VerticalPodAutoscaler'],
  'gateway-gateway.networking.k8s.io': ['Gateway'],
  'httproute-gateway.networking.k8s.io': ['HTTPRoute'],
  'nginxproxy-gateway.nginx.org': ['NginxProxy'],
  'clientsettingspolicy-gateway.nginx.org': ['ClientSettingsPolicy'],
  'proxysettingspolicy-gateway.nginx.org': ['ProxySettingsPolicy'],
  'ratelimitpolicy-gateway.nginx.org': ['RateLimitPolicy'],
  'snippetspolicy-gateway.nginx.org': ['SnippetsPolicy'],
  'schedule-chaos-mesh.org': ['Schedule'],
};

test('imports/ exports every custom kind the platform uses, each with its GVK', async () => {
  for (const [module, kinds] of Object.entries(REQUIRED)) {
    const exported = (await import(`../imports/${module}`)) as Record<string, { GVK?: { kind: string } }>;
    for (const kind of kinds) {
      // cdk8s names classes after the kind, camel-cased (HTTPRoute -> HttpRoute).
      const classes = Object.values(exported).filter((e) => e?.GVK?.kind === kind);
      expect(classes.length, `${module} exports ${kind}`).toBeGreaterThan(0);
    }
  }
});

test('every generated import module is accounted for', () => {
  const modules = readdirSync(join(REPO_ROOT, 'imports'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''));
  expect(modules.sort()).toEqual(Object.keys(REQUIRED).sort());
});
