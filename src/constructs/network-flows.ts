import { containsCidr, NON_PUBLIC_RANGES, nonPublicRangeOf } from '../config/cidr';
import { k8s } from './k8s';

/** A port a flow is allowed on. */
export class NetworkPort {
  static tcp(port: number): NetworkPort {
    return new NetworkPort('TCP', port);
  }
  static udp(port: number): NetworkPort {
    return new NetworkPort('UDP', port);
  }
  private constructor(
    readonly protocol: 'TCP' | 'UDP',
    readonly port: number,
  ) {}

  toPolicyPort(): k8s.NetworkPolicyPort {
    return { protocol: this.protocol, port: k8s.IntOrString.fromNumber(this.port) };
  }

  toString(): string {
    return `${this.port}/${this.protocol}`;
  }
}

/** One end of a flow. In-namespace peers get policies of their own; others are only matched. */
export class Peer {
  /** Pods of this environment's namespace selected by stable labels. */
  static pods(name: string, selector: Record<string, string>): Peer {
    return new Peer(name, true, { podSelector: { matchLabels: selector } });
  }

  /** Every pod of this environment's namespace. */
  static allPods(): Peer {
    return new Peer('all-pods', true, { podSelector: {} });
  }

  /** Pods of another namespace, e.g. the ingress controller. */
  static namespacePods(name: string, namespace: string, podLabels: Record<string, string>): Peer {
    return new Peer(name, false, {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
      podSelector: { matchLabels: podLabels },
    });
  }

  /** Addresses outside the cluster. Private, link-local and CGNAT ranges inside `cidr` are excluded. */
  static publicAddresses(name: string, cidr: string): Peer {
    const inside = nonPublicRangeOf(cidr);
    if (inside) throw new Error(`peer '${name}': ${cidr} lies within the non-public range ${inside}`);
    const except = NON_PUBLIC_RANGES.filter((range) => containsCidr(cidr, range));
    return new Peer(name, false, { ipBlock: { cidr, ...(except.length ? { except } : {}) } });
  }

  /** Private addresses outside the pod network, e.g. the Kubernetes API server's endpoints. */
  static privateAddresses(name: string, cidr: string): Peer {
    if (!nonPublicRangeOf(cidr)) throw new Error(`peer '${name}': ${cidr} is not inside a private range`);
    return new Peer(name, false, { ipBlock: { cidr } });
  }

  private constructor(
    /** Used in policy names and descriptions. */
    readonly name: string,
    /** True when the peer is a set of pods in this environment's namespace. */
    readonly inNamespace: boolean,
    private readonly peer: k8s.NetworkPolicyPeer,
  ) {}

  /** The pods a policy for this peer applies to. */
  get podSelector(): k8s.LabelSelector {
    if (!this.inNamespace || !this.peer.podSelector) throw new Error(`peer '${this.name}' is not in the namespace`);
    return this.peer.podSelector;
  }

  toPolicyPeer(): k8s.NetworkPolicyPeer {
    return this.peer;
  }
}

/** An allowed connection: `from` may open connections to `to` on `ports`. */
export interface NetworkFlow {
  readonly from: Peer;
  readonly to: Peer;
  readonly ports: readonly NetworkPort[];
  /** Why the flow exists; rendered into the policy's annotations. */
  readonly purpose: string;
}

/**
 * The environment's flows, declared once by the components that need them. The network
 * chart turns them into NetworkPolicies: an ingress policy for every in-namespace target and
 * an egress policy for every in-namespace source, on top of the default deny.
 */
export class NetworkFlows {
  private readonly declared: NetworkFlow[] = [];

  /** Allows `from` to reach `to` on `ports`. */
  allow(from: Peer, to: Peer, ports: readonly NetworkPort[], purpose: string): void {
    if (!from.inNamespace && !to.inNamespace) {
      throw new Error(`flow '${purpose}': neither '${from.name}' nor '${to.name}' is in the namespace`);
    }
    if (ports.length === 0) throw new Error(`flow '${purpose}' names no port`);
    this.declared.push({ from, to, ports, purpose });
  }

  get all(): readonly NetworkFlow[] {
    return this.declared;
  }
}
