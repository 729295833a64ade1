/**
 * A small NetworkPolicy evaluator (networking.k8s.io/v1 semantics) for the rendered policies.
 *
 * A connection is admitted when its source may send it (egress) and its destination may receive it
 * (ingress). A pod is isolated for a direction once any policy of its namespace selects it with that
 * policy type; an isolated pod needs a rule of one of those policies that matches the peer and the port.
 * Only the namespace whose policies are given is evaluated: pods elsewhere (Prometheus, the ingress
 * controller, DNS) are treated as not isolated by policies of their own namespace.
 *
 * Every allowance is an "atom": one peer of one rule on one port of that rule. The evaluator reports the
 * atoms that admit each connection, so a test can ask which allowances no connection uses.
 */
import type { Rendered } from './rendered';

type Labels = Record<string, string>;

interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}

/** A pod: namespace (with its labels), labels and the ports its containers expose. */
export interface PodEndpoint {
  readonly kind: 'pod';
  readonly namespace: string;
  readonly namespaceLabels: Labels;
  readonly labels: Labels;
  readonly ports: readonly { name?: string; containerPort: number; protocol?: string }[];
}

/** A range of addresses outside the cluster's pods (e.g. the Kubernetes API server's endpoints). */
export interface AddressEndpoint {
  readonly kind: 'addresses';
  readonly cidr: string;
}

/** Some public address not known in advance (an S3 endpoint, an LLM provider). */
export interface PublicEndpoint {
  readonly kind: 'public';
}

export type Endpoint = PodEndpoint | AddressEndpoint | PublicEndpoint;

export interface Connection {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
}

export interface Atom {
  /** `<policy> <Ingress|Egress>[rule] peer[i] port[j]`. */
  readonly id: string;
  readonly policy: Rendered;
  readonly direction: 'Ingress' | 'Egress';
  // Rendered YAML: a NetworkPolicyPeer and NetworkPolicyPort, or undefined for "any".
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly peer: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly port: any;
}

export interface Side {
  /** False when no policy selects the pod for this direction (or the pod is outside the namespace). */
  readonly isolated: boolean;
  /** Names of the policies that isolate the pod for this direction. */
  readonly policies: readonly string[];
  /** The allowances that admit the connection in this direction. */
  readonly atoms: readonly Atom[];
  readonly admitted: boolean;
}

/**
 * Addresses that are not public (RFC 6890 special-purpose IPv4 blocks that matter here): "this network",
 * private, CGNAT, loopback, link-local, multicast and reserved. Written out here, not taken from src/.
 */
export const NON_PUBLIC_IPV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
];

/** [first, last] address of an IPv4 CIDR, as unsigned 32-bit numbers. */
export function cidrRange(cidr: string): [number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
  if (!m) throw new Error(`not an IPv4 CIDR: ${cidr}`);
  const address = m.slice(1, 5).reduce((a, octet) => a * 256 + Number(octet), 0);
  const size = 2 ** (32 - Number(m[5]));
  const first = address - (address % size);
  return [first, first + size - 1];
}

const within = (inner: string, outer: string) => {
  const [a, b] = cidrRange(inner);
  const [c, d] = cidrRange(outer);
  return c <= a && b <= d;
};
const overlaps = (x: string, y: string) => {
  const [a, b] = cidrRange(x);
  const [c, d] = cidrRange(y);
  return a <= d && c <= b;
};

export function selectorMatches(selector: LabelSelector | undefined, labels: Labels): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every((e) => {
    switch (e.operator) {
      case 'In':
        return k8sHas(labels, e.key) && (e.values ?? []).includes(labels[e.key]!);
      case 'NotIn':
        return !k8sHas(labels, e.key) || !(e.values ?? []).includes(labels[e.key]!);
      case 'Exists':
        return k8sHas(labels, e.key);
      case 'DoesNotExist':
        return !k8sHas(labels, e.key);
    }
    throw new Error(`unknown selector operator ${String(e.operator)}`);
  });
  return byLabels && byExpressions;
}
const k8sHas = (labels: Labels, key: string) => Object.prototype.hasOwnProperty.call(labels, key);

/** Does an ipBlock admit every address of the endpoint? */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function ipBlockAdmits(block: any, to: Endpoint): boolean {
  const except: string[] = block.except ?? [];
  if (to.kind === 'addresses') return within(to.cidr, block.cidr) && !except.some((e) => overlaps(e, to.cidr));
  if (to.kind === 'public') {
    // Every public address: the whole space, minus non-public ranges only.
    return block.cidr === '0.0.0.0/0' && except.every((e) => NON_PUBLIC_IPV4.some((n) => within(e, n)));
  }
  // Whether an ipBlock matches pod addresses is left to the network plugin; never count on it.
  return false;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function peerMatches(peer: any, policyNamespace: string, other: Endpoint): boolean {
  if (peer === undefined) return true; // a rule without from/to admits every peer
  if (peer.ipBlock) return ipBlockAdmits(peer.ipBlock, other);
  if (other.kind !== 'pod') return false;
  const namespaceOk = peer.namespaceSelector
    ? selectorMatches(peer.namespaceSelector, other.namespaceLabels)
    : other.namespace === policyNamespace;
  const podOk = peer.podSelector ? selectorMatches(peer.podSelector, other.labels) : true;
  return namespaceOk && podOk;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function portMatches(port: any, c: Connection): boolean {
  if (port === undefined) return true; // a rule without ports admits every port
  if ((port.protocol ?? 'TCP') !== c.protocol) return false;
  if (port.port === undefined) return true;
  if (typeof port.port === 'number')
    return port.endPort !== undefined ? port.port <= c.port && c.port <= port.endPort : port.port === c.port;
  // A named port is the destination container's port of that name.
  return (
    c.to.kind === 'pod' &&
    c.to.ports.some((p) => p.name === port.port && p.containerPort === c.port && (p.protocol ?? 'TCP') === c.protocol)
  );
}

export class PolicySet {
  readonly atoms: readonly Atom[];

  constructor(
    private readonly namespace: string,
    private readonly policies: readonly Rendered[],
  ) {
    const atoms: Atom[] = [];
    for (const np of policies) {
      for (const direction of ['Ingress', 'Egress'] as const) {
        const rules = (direction === 'Ingress' ? np.spec.ingress : np.spec.egress) ?? [];
        rules.forEach((rule: Record<string, unknown[] | undefined>, r: number) => {
          const peers = rule[direction === 'Ingress' ? 'from' : 'to'];
          const ports = rule.ports;
          (peers?.length ? peers : [undefined]).forEach((peer, i) =>
            (ports?.length ? ports : [undefined]).forEach((port, j) =>
              atoms.push({ id: `${np.metadata.name} ${direction}[${r}] peer[${i}] port[${j}]`, policy: np, direction, peer, port }),
            ),
          );
        });
      }
    }
    this.atoms = atoms;
  }

  private side(direction: 'Ingress' | 'Egress', pod: Endpoint, other: Endpoint, c: Connection): Side {
    if (pod.kind !== 'pod' || pod.namespace !== this.namespace) return { isolated: false, policies: [], atoms: [], admitted: true };
    const isolating = this.policies.filter((np) => selectorMatches(np.spec.podSelector, pod.labels) && policyTypes(np).includes(direction));
    if (isolating.length === 0) return { isolated: false, policies: [], atoms: [], admitted: true };
    const atoms = this.atoms.filter(
      (a) =>
        a.direction === direction && isolating.includes(a.policy) && peerMatches(a.peer, this.namespace, other) && portMatches(a.port, c),
    );
    return { isolated: true, policies: isolating.map((np) => np.metadata.name), atoms, admitted: atoms.length > 0 };
  }

  /** Egress of the source, ingress of the destination, each with the allowances that admit it. */
  evaluate(c: Connection): { egress: Side; ingress: Side; admitted: boolean } {
    const egress = this.side('Egress', c.from, c.to, c);
    const ingress = this.side('Ingress', c.to, c.from, c);
    return { egress, ingress, admitted: egress.admitted && ingress.admitted };
  }
}

/** An allowance in words: `<policy> Egress[1]: to pods{app.kubernetes.io/name=postgres} on 8008/TCP`. */
export function describeAtom(a: Atom): string {
  const labels = (sel: LabelSelector | undefined) => {
    const l = sel?.matchLabels ?? {};
    const shown = l['app.kubernetes.io/name'] !== undefined ? { 'app.kubernetes.io/name': l['app.kubernetes.io/name'] } : l;
    return `{${Object.entries(shown)
      .map(([k, v]) => `${k}=${v}`)
      .join(',')}}`;
  };
  const p = a.peer;
  const peer =
    p === undefined
      ? 'any peer'
      : p.ipBlock
        ? `${p.ipBlock.cidr}${p.ipBlock.except ? ` except ${p.ipBlock.except.join(',')}` : ''}`
        : `${p.namespaceSelector ? `namespace${labels(p.namespaceSelector)} ` : ''}pods${labels(p.podSelector)}`;
  const port = a.port === undefined ? 'any port' : `${a.port.port ?? 'any port'}/${a.port.protocol ?? 'TCP'}`;
  return `${a.id.split(' ').slice(0, 2).join(' ')}: ${a.direction === 'Egress' ? 'to' : 'from'} ${peer} on ${port}`;
}

/** policyTypes as the API server defaults them: Ingress always, Egress when the policy has egress rules. */
export function policyTypes(np: Rendered): string[] {
  return np.spec.policyTypes ?? ['Ingress', ...(np.spec.egress ? ['Egress'] : [])];
}
