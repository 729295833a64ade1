import { k8s } from '../../constructs/k8s';
import type { Construct } from 'constructs';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import type { NetworkFlow, NetworkFlows, Peer } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';

export interface NetworkChartProps extends PlatformChartProps {
  /** Every flow of the environment; build this chart after all components declared theirs. */
  readonly flows: NetworkFlows;
}

const POLICY = new Component('agent-platform', 'policy');

/**
 * Turns the declared flows into NetworkPolicies: for each in-namespace peer, one policy
 * allowing its inbound flows and one allowing its outbound flows. With the namespace's
 * default deny, nothing else can connect.
 */
export class NetworkChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: NetworkChartProps) {
    super(scope, id, props);
    const flows = props.flows.all;
    for (const [peer, inbound] of groupBy(
      flows.filter((f) => f.to.inNamespace),
      (f) => f.to,
    )) {
      this.policy(peer, 'Ingress', inbound);
    }
    for (const [peer, outbound] of groupBy(
      flows.filter((f) => f.from.inNamespace),
      (f) => f.from,
    )) {
      this.policy(peer, 'Egress', outbound);
    }
  }

  private policy(peer: Peer, direction: 'Ingress' | 'Egress', flows: readonly NetworkFlow[]): void {
    const name = `allow-${direction.toLowerCase()}-${direction === 'Ingress' ? 'to' : 'from'}-${peer.name}`;
    const rules = flows.map((f) => ({
      ports: f.ports.map((p) => p.toPolicyPort()),
      peers: [(direction === 'Ingress' ? f.from : f.to).toPolicyPeer()],
    }));
    new k8s.KubeNetworkPolicy(this, name, {
      metadata: objectMeta(this.env, {
        name,
        namespace: this.env.namespace,
        component: POLICY,
        wave: SyncWave.FOUNDATION,
        annotations: {
          'agent-platform/flows': flows.map((f) => `${f.from.name} -> ${f.to.name} on ${f.ports.join(',')}: ${f.purpose}`).join('\n'),
        },
      }),
      spec: {
        podSelector: peer.podSelector,
        policyTypes: [direction],
        ...(direction === 'Ingress'
          ? { ingress: rules.map((r) => ({ from: r.peers, ports: r.ports })) }
          : { egress: rules.map((r) => ({ to: r.peers, ports: r.ports })) }),
      },
    });
  }
}

/** Groups flows by peer, in declaration order (peers are compared by name). */
function groupBy(flows: readonly NetworkFlow[], key: (f: NetworkFlow) => Peer): Map<Peer, NetworkFlow[]> {
  const byName = new Map<string, [Peer, NetworkFlow[]]>();
  for (const flow of flows) {
    const peer = key(flow);
    const entry = byName.get(peer.name) ?? [peer, []];
    entry[1].push(flow);
    byName.set(peer.name, entry);
  }
  return new Map([...byName.values()]);
}
