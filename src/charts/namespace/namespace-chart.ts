import { k8s } from '../../constructs/k8s';
import type { Construct } from 'constructs';
import { CHAOS_INJECT_ANNOTATION, CLUSTER_DNS } from '../../config/cluster-services';
import { Component, keepOnSync, objectMeta, SyncWave } from '../../constructs/identity';
import { NetworkPort, Peer, type NetworkFlows } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';

export interface NamespaceChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
}

/** Kubernetes version whose Pod Security Standards the namespace enforces. */
const POD_SECURITY_VERSION = 'v1.28';

const POLICY = new Component('agent-platform', 'policy');

/**
 * The environment's namespace and its guard rails: Pod Security "restricted", a quota, default
 * container resources, and a default deny of all traffic (allowed flows are added by the
 * network chart; DNS is declared here because every pod needs it).
 */
export class NamespaceChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: NamespaceChartProps) {
    super(scope, id, props);
    const env = this.env;
    const namespace = env.namespace;
    const meta = (
      name: string,
      extra: { namespaced?: boolean; labels?: Record<string, string>; annotations?: Record<string, string> } = {},
    ) =>
      objectMeta(env, {
        name,
        component: POLICY,
        wave: SyncWave.FOUNDATION,
        ...(extra.namespaced === false ? {} : { namespace }),
        ...(extra.labels ? { labels: extra.labels } : {}),
        ...(extra.annotations ? { annotations: extra.annotations } : {}),
      });

    const podSecurity = Object.fromEntries(
      ['enforce', 'audit', 'warn'].flatMap((mode) => [
        [`pod-security.kubernetes.io/${mode}`, 'restricted'],
        [`pod-security.kubernetes.io/${mode}-version`, POD_SECURITY_VERSION],
      ]),
    );
    // The namespace holds the database volumes: deleting it would delete them, whatever the StatefulSets say.
    new k8s.KubeNamespace(this, 'Namespace', {
      metadata: meta(namespace, {
        namespaced: false,
        // Chaos Mesh injects faults only into pods of annotated namespaces (docs/game-days.md).
        annotations: { ...keepOnSync(env.storage.volumeRetention), ...(env.chaos.enabled ? CHAOS_INJECT_ANNOTATION : {}) },
        labels: { ...podSecurity, ...(env.features.istioMtls ? { 'istio-injection': 'enabled' } : {}) },
      }),
    });

    const q = env.quota;
    new k8s.KubeResourceQuota(this, 'Quota', {
      metadata: meta('compute-quota'),
      spec: {
        hard: {
          pods: k8s.Quantity.fromNumber(q.pods),
          'requests.cpu': k8s.Quantity.fromString(q.cpuRequests),
          'requests.memory': k8s.Quantity.fromString(q.memoryRequests),
          'limits.memory': k8s.Quantity.fromString(q.memoryLimits),
        },
      },
    });

    // Containers that arrive without resources (injected sidecars, debug pods) still count
    // against the quota sensibly instead of being rejected.
    new k8s.KubeLimitRange(this, 'Limits', {
      metadata: meta('container-defaults'),
      spec: {
        limits: [
          {
            type: 'Container',
            defaultRequest: { cpu: k8s.Quantity.fromString('50m'), memory: k8s.Quantity.fromString('64Mi') },
            default: { memory: k8s.Quantity.fromString('256Mi') },
          },
        ],
      },
    });

    new k8s.KubeNetworkPolicy(this, 'DefaultDeny', {
      metadata: meta('default-deny-all'),
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });

    props.flows.allow(Peer.allPods(), CLUSTER_DNS, [NetworkPort.udp(53), NetworkPort.tcp(53)], 'DNS lookups');
  }
}
