/**
 * A namespace's capacity plan: what its workloads count against the quota at the minimum, at the
 * maximum, and at the peak a quota must admit — maximum replicas, plus the pods a rollout adds
 * while both versions run, plus the Jobs that may run at the same time — and the same peak after
 * a growth of the load. ResourceQuota admission refuses any pod that would take a namespace past
 * `spec.hard` (https://kubernetes.io/docs/concepts/policy/resource-quotas/), so a peak above it
 * is a scale-up, rollout or Job that stalls.
 */
import { parseQuantity } from '../config/quantity';
import { COMPUTE } from './pod';
import { PlanError } from './plan-error';
import { WEEK_MINUTES } from './schedule';
import { workloadsOf, type Manifest, type Workload } from './workloads';

/** What the planner adds up and a quota may limit. */
export const PLAN_KEYS = [...COMPUTE, 'pods', 'requests.storage', 'persistentvolumeclaims'] as const;
export type PlanKey = (typeof PLAN_KEYS)[number];

/** Cores, bytes or counts per key; `null` where some pod sets no limit (unbounded). */
export type Totals = Readonly<Record<PlanKey, number | null>>;

export interface Quota {
  readonly name: string;
  readonly namespace: string;
  readonly hard: Readonly<Partial<Record<PlanKey, number>>>;
}

/** Quota keys that are other names of plan keys (the resource-quotas page: `cpu` is `requests.cpu`). */
const ALIASES: Readonly<Record<string, PlanKey>> = { cpu: 'requests.cpu', memory: 'requests.memory' };

/** The ResourceQuotas among the objects. A scoped quota, or one on a key the planner does not add up, is refused. */
export function quotasOf(objects: readonly Manifest[]): Quota[] {
  return objects
    .filter((o) => o.kind === 'ResourceQuota')
    .map((o) => {
      const where = `ResourceQuota ${o.metadata.name}`;
      if (o.spec.scopes || o.spec.scopeSelector) throw new PlanError(`${where}: scoped quotas are not planned`);
      const hard: Partial<Record<PlanKey, number>> = {};
      for (const [key, value] of Object.entries(o.spec.hard ?? {}) as [string, string | number][]) {
        const planKey = ALIASES[key] ?? (PLAN_KEYS as readonly string[]).find((k) => k === key);
        if (planKey === undefined) throw new PlanError(`${where}: cannot plan '${key}' (planned: ${PLAN_KEYS.join(', ')})`);
        hard[planKey as PlanKey] = typeof value === 'number' ? value : parseQuantity(value);
      }
      return { name: o.metadata.name, namespace: o.metadata.namespace ?? '', hard };
    });
}

export type Stage = 'minimum' | 'maximum' | 'peak';

/** Pods of a workload at a stage, autoscaled maxima multiplied by `growth` (rounded up). */
function podsAt(w: Workload, stage: Stage, growth: number): number {
  if (stage === 'minimum') return w.lifetime === 'running' ? w.minPods : 0;
  if (w.lifetime !== 'running') return 0;
  const max = w.autoscaled ? Math.ceil(w.maxPods * growth) : w.maxPods;
  return stage === 'peak' ? max + w.surge(max) : max;
}

function sum(parts: readonly { w: Workload; pods: number }[], growth: number): Totals {
  const out = Object.fromEntries(PLAN_KEYS.map((k) => [k, 0])) as Record<PlanKey, number | null>;
  for (const { w, pods } of parts) {
    if (pods === 0) continue;
    for (const key of COMPUTE) {
      const per = w.pod[key];
      out[key] = out[key] === null || per === null ? null : out[key]! + per * pods;
    }
    out.pods! += pods;
    out['persistentvolumeclaims']! += w.volumes.length * pods;
    out['requests.storage']! += w.volumes.reduce((s, v) => s + v.bytes * growth, 0) * pods;
  }
  return out;
}

const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
const larger = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.max(a, b));

/** Key by key, the larger of several totals. */
const keywiseMax = (totals: readonly Totals[]): Totals =>
  Object.fromEntries(PLAN_KEYS.map((k) => [k, totals.reduce<number | null>((m, t) => larger(m, t[k]), 0)])) as Totals;

/**
 * Totals at a stage. The peak is conservative where the tree cannot tell what overlaps: it adds
 * the rollout surge, the largest wave of sync hooks (Argo CD runs the hooks of one phase and
 * wave together and waits for them before the next,
 * https://argo-cd.readthedocs.io/en/stable/user-guide/sync-waves/), every Job that is no hook,
 * and the CronJobs whose runs may overlap at the busiest minute of the week (schedule.ts).
 */
export function totalsAt(workloads: readonly Workload[], stage: Stage, growth = 1): Totals {
  const parts = workloads.map((w) => ({ w, pods: podsAt(w, stage, growth) }));
  if (stage !== 'peak') return sum(parts, growth);
  parts.push(...workloads.filter((w) => w.lifetime === 'job' && !w.activity).map((w) => ({ w, pods: w.maxPods })));
  const waves = new Map<string, Workload[]>();
  for (const w of workloads.filter((x) => x.lifetime === 'hook')) waves.set(w.hookWave!, [...(waves.get(w.hookWave!) ?? []), w]);
  const hooks = keywiseMax(
    [...waves.values()].map((wave) =>
      sum(
        wave.map((w) => ({ w, pods: w.maxPods })),
        growth,
      ),
    ),
  );
  const crons = workloads.filter((w) => w.activity);
  const busiest = new Map<string, Totals>();
  for (let minute = 0; minute < WEEK_MINUTES && crons.length > 0; minute++) {
    const running = crons.filter((w) => w.activity![minute]);
    const key = running.map((w) => w.name).join(',');
    if (!busiest.has(key))
      busiest.set(
        key,
        sum(
          running.map((w) => ({ w, pods: w.maxPods })),
          growth,
        ),
      );
  }
  const cron = keywiseMax([...busiest.values()]);
  const base = sum(parts, growth);
  return Object.fromEntries(PLAN_KEYS.map((k) => [k, add(add(base[k], hooks[k]), cron[k])])) as Totals;
}

/** A quota key the planned peak exceeds. `need` is null where pods set no limit for a limited key. */
export interface Shortfall {
  readonly quota: string;
  readonly key: PlanKey;
  readonly need: number | null;
  readonly allowed: number;
  /** The growth factor of the peak that does not fit (1: as rendered). */
  readonly growth: number;
}

export function shortfalls(quotas: readonly Quota[], peak: Totals, growth: number): Shortfall[] {
  return quotas.flatMap((q) =>
    (Object.entries(q.hard) as [PlanKey, number][])
      .filter(([key, allowed]) => peak[key] === null || peak[key]! > allowed)
      .map(([key, allowed]) => ({ quota: q.name, key, need: peak[key], allowed, growth })),
  );
}

export interface NamespacePlan {
  readonly environment: string;
  readonly namespace: string;
  readonly workloads: readonly Workload[];
  readonly quotas: readonly Quota[];
  readonly minimum: Totals;
  readonly maximum: Totals;
  readonly peak: Totals;
  /** The peak after `growth`, when one was asked for. */
  readonly grown?: { readonly growth: number; readonly peak: Totals };
  readonly shortfalls: readonly Shortfall[];
}

export function planNamespace(
  environment: string,
  namespace: string,
  workloads: readonly Workload[],
  quotas: readonly Quota[],
  growth?: number,
): NamespacePlan {
  const peak = totalsAt(workloads, 'peak');
  const grown = growth === undefined ? undefined : { growth, peak: totalsAt(workloads, 'peak', growth) };
  return {
    environment,
    namespace,
    workloads,
    quotas,
    minimum: totalsAt(workloads, 'minimum'),
    maximum: totalsAt(workloads, 'maximum'),
    peak,
    ...(grown ? { grown } : {}),
    shortfalls: [...shortfalls(quotas, peak, 1), ...(grown ? shortfalls(quotas, grown.peak, grown.growth) : [])],
  };
}

/** The plans of one environment's tree, one per namespace that runs workloads or has a quota. */
export function planEnvironment(environment: string, objects: readonly Manifest[], growth?: number): NamespacePlan[] {
  const namespaces = [
    ...new Set(
      objects.filter((o) => o.kind === 'ResourceQuota' || o.spec?.template || o.spec?.jobTemplate).map((o) => o.metadata.namespace ?? ''),
    ),
  ].sort();
  return namespaces.map((ns) => {
    const own = objects.filter((o) => (o.metadata.namespace ?? '') === ns);
    try {
      return planNamespace(environment, ns, workloadsOf(own), quotasOf(own), growth);
    } catch (error) {
      if (error instanceof PlanError) throw new PlanError(`${environment}: ${error.message}`);
      throw error;
    }
  });
}
