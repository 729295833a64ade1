import { Peer } from '../constructs/network-flows';

/**
 * Cluster services the platform talks to, as installed by the add-on Applications in
 * argocd/. Namespaces and pod labels here must match the add-ons' Helm values.
 */
export const ADDON_NAMESPACES = {
  nginxGateway: 'nginx-gateway',
  certManager: 'cert-manager',
  monitoring: 'monitoring',
  externalSecrets: 'external-secrets',
  argoRollouts: 'argo-rollouts',
  logging: 'logging',
  chaosMesh: 'chaos-mesh',
} as const;

/**
 * Namespace annotation Chaos Mesh's `controllerManager.enableFilterNamespace` requires before it
 * injects a fault into a pod there (v2.8.3 pkg/selector/generic: `chaos-mesh.org/inject` = `enabled`).
 */
export const CHAOS_INJECT_ANNOTATION = { 'chaos-mesh.org/inject': 'enabled' } as const;

/** GatewayClass the NGINX Gateway Fabric add-on creates (its chart's `nginxGateway.gatewayClassName`). */
export const GATEWAY_CLASS = 'nginx';

/** Helm release (and chart) name of NGINX Gateway Fabric: its control plane is `<release>` in its namespace. */
export const NGINX_GATEWAY_RELEASE = 'nginx-gateway-fabric';

/**
 * NGINX Gateway Fabric's control plane (chart selector labels). The NGINX data-plane pods it
 * starts for a Gateway run in the Gateway's namespace and connect to it on this port (the
 * nginx-agent's gRPC, Service port 443 -> pod port 8443).
 */
export const NGINX_GATEWAY_CONTROL_PLANE = Peer.namespacePods('nginx-gateway', ADDON_NAMESPACES.nginxGateway, {
  'app.kubernetes.io/name': NGINX_GATEWAY_RELEASE,
  'app.kubernetes.io/instance': NGINX_GATEWAY_RELEASE,
});
export const NGINX_GATEWAY_AGENT_PORT = 8443;

/**
 * Prometheus's HTTP API: the `<release>-prometheus` Service kube-prometheus-stack creates in its
 * namespace, on Prometheus's port. Loki's ruler writes to it; release analyses query it.
 */
export const PROMETHEUS_URL = `http://kube-prometheus-stack-prometheus.${ADDON_NAMESPACES.monitoring}.svc.cluster.local:9090`;

/**
 * Grafana's HTTP API root: kube-prometheus-stack's Grafana subchart (grafana 12.10.0) names its
 * Service `<release>-grafana` (`grafana.fullname`) and serves on port 80 (`service.port`).
 */
export const GRAFANA_URL = `http://kube-prometheus-stack-grafana.${ADDON_NAMESPACES.monitoring}.svc.cluster.local`;

/** How often the platform's ServiceMonitors and PodMonitors have Prometheus scrape their targets. */
export const PROMETHEUS_SCRAPE_INTERVAL_SECONDS = 30;

/** Prometheus server pods of kube-prometheus-stack (the operator labels them). */
export const PROMETHEUS = Peer.namespacePods('prometheus', ADDON_NAMESPACES.monitoring, { 'app.kubernetes.io/name': 'prometheus' });

/** Cluster DNS (CoreDNS keeps the historical kube-dns label). */
export const CLUSTER_DNS = Peer.namespacePods('cluster-dns', 'kube-system', { 'k8s-app': 'kube-dns' });

/** Istio control plane, for sidecars fetching configuration and certificates (xDS on 15012). */
export const ISTIOD = Peer.namespacePods('istiod', 'istio-system', { app: 'istiod' });

/** Pods cert-manager starts to answer ACME HTTP-01 challenges in the Certificate's namespace. */
export const ACME_SOLVER_SELECTOR = { 'acme.cert-manager.io/http01-solver': 'true' };

/** Label of the ConfigMaps whose rules the Loki add-on's ruler loads (its rules sidecar). */
export const LOKI_RULE_LABEL = 'loki_rule';
