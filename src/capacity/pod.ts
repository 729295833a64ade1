/**
 * What one pod counts against a ResourceQuota, computed from its containers the way Kubernetes
 * does (https://kubernetes.io/docs/concepts/resource-management/effective-pod-requests-limits/):
 * init containers run one at a time beside the sidecars started before them, sidecars (init
 * containers with `restartPolicy: Always`) keep running beside the app containers, and the pod's
 * effective request or limit is the larger of the two phases. Missing values are first filled in
 * as the API server does: a request defaults to the container's limit, then the namespace's
 * LimitRange supplies `defaultRequest` and `default`
 * (https://kubernetes.io/docs/concepts/policy/limit-range/).
 */
import { parseQuantity } from '../config/quantity';

/** The compute keys a ResourceQuota may limit, as it names them in `spec.hard`. */
export const COMPUTE = ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'] as const;
export type ComputeKey = (typeof COMPUTE)[number];

/** Cores or bytes per compute key; `null` where a limit is unset (unbounded). */
export type PodResources = Readonly<Record<ComputeKey, number | null>>;

/** The rendered shape of a container, as far as resources go. */
export interface ContainerSpec {
  readonly name: string;
  readonly restartPolicy?: string;
  readonly resources?: {
    readonly requests?: Readonly<Record<string, string | number>>;
    readonly limits?: Readonly<Record<string, string | number>>;
  };
}

export interface PodSpec {
  readonly containers: readonly ContainerSpec[];
  readonly initContainers?: readonly ContainerSpec[];
  readonly volumes?: readonly Record<string, unknown>[];
}

/** Per-container defaults of a namespace's LimitRange (`type: Container`). */
export interface ContainerDefaults {
  readonly defaultRequest: Readonly<Record<string, string | number>>;
  readonly default: Readonly<Record<string, string | number>>;
}

export const NO_DEFAULTS: ContainerDefaults = { defaultRequest: {}, default: {} };

const quantity = (value: string | number | undefined): number | null =>
  value === undefined ? null : typeof value === 'number' ? value : parseQuantity(value);

/** One container's requests and limits after the API server's and the LimitRange's defaults. */
export function containerResources(c: ContainerSpec, defaults: ContainerDefaults): PodResources {
  const limit = (r: 'cpu' | 'memory') => quantity(c.resources?.limits?.[r] ?? defaults.default[r]);
  const request = (r: 'cpu' | 'memory') =>
    quantity(c.resources?.requests?.[r] ?? c.resources?.limits?.[r] ?? defaults.defaultRequest[r] ?? defaults.default[r]) ?? 0;
  return {
    'requests.cpu': request('cpu'),
    'requests.memory': request('memory'),
    'limits.cpu': limit('cpu'),
    'limits.memory': limit('memory'),
  };
}

/** Sum with unbounded (`null`) absorbing: one container without a limit leaves the pod without one. */
const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
const larger = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.max(a, b));

function combine(items: readonly PodResources[], op: typeof add, start: number): PodResources {
  const out = {} as Record<ComputeKey, number | null>;
  for (const key of COMPUTE) out[key] = items.reduce<number | null>((acc, r) => op(acc, r[key]), start);
  return out;
}

/** The pod's effective requests and limits: max(effective init, app containers + sidecars). */
export function podResources(pod: PodSpec, defaults: ContainerDefaults = NO_DEFAULTS): PodResources {
  const sidecars: PodResources[] = [];
  // Each init container runs beside the sidecars listed before it (a sidecar beside itself and those before).
  const initPhase: PodResources[] = [];
  for (const c of pod.initContainers ?? []) {
    const r = containerResources(c, defaults);
    if (c.restartPolicy === 'Always') {
      sidecars.push(r);
      initPhase.push(combine(sidecars, add, 0));
    } else {
      initPhase.push(combine([...sidecars, r], add, 0));
    }
  }
  const running = combine([...pod.containers.map((c) => containerResources(c, defaults)), ...sidecars], add, 0);
  return combine([running, ...initPhase], larger, 0);
}
