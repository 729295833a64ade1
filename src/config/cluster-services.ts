import { Peer } from '../constructs/network-flows';

/**
 * Cluster services the platform talks to, as installed by the add-on Applications in
 * argocd/. Namespaces and pod labels here must match the add-ons' Helm values.
 */
export const ADDON_NAMESPACES = {
  ingressNginx: 'ingress-nginx',
  certManager: 'cert-manager',
  monitoring: 'monitoring',
  externalSecrets: 'external-secrets',
  argoRollouts: 'argo-rollouts',
  logging: 'logging',
} as const;

/** Name of the IngressClass the ingress-nginx add-on creates. */
export const INGRESS_CLASS = 'nginx';

/** ingress-nginx controller pods (chart labels). */
export const INGRESS_CONTROLLER = Peer.namespacePods('ingress-nginx', ADDON_NAMESPACES.ingressNginx, {
  'app.kubernetes.io/name': 'ingress-nginx',
  'app.kubernetes.io/component': 'controller',
});

/** Prometheus server pods of kube-prometheus-stack (the operator labels them). */
export const PROMETHEUS = Peer.namespacePods('prometheus', ADDON_NAMESPACES.monitoring, { 'app.kubernetes.io/name': 'prometheus' });

/** Cluster DNS (CoreDNS keeps the historical kube-dns label). */
export const CLUSTER_DNS = Peer.namespacePods('cluster-dns', 'kube-system', { 'k8s-app': 'kube-dns' });

/** Istio control plane, for sidecars fetching configuration and certificates (xDS on 15012). */
export const ISTIOD = Peer.namespacePods('istiod', 'istio-system', { app: 'istiod' });

/** Pods cert-manager starts to answer ACME HTTP-01 challenges in the Certificate's namespace. */
export const ACME_SOLVER_SELECTOR = { 'acme.cert-manager.io/http01-solver': 'true' };
