/** The capacity plan as plain-text tables, and the messages for a plan that does not fit. */
import type { NamespacePlan, PlanKey, Shortfall, Totals } from './plan';
import { PLAN_KEYS } from './plan';

const GI = 2 ** 30;
const MI = 2 ** 20;
const trim = (n: number, digits: number) => n.toFixed(digits).replace(/\.?0+$/, '');

/** Bytes in Gi (or Mi below 1Gi), to two decimals. */
export const formatBytes = (b: number) => (b >= GI ? `${trim(b / GI, 2)}Gi` : `${trim(b / MI, 2)}Mi`);
/** Cores, to the millicore. */
export const formatCores = (c: number) => trim(c, 3);

export function formatValue(key: PlanKey, value: number | null): string {
  if (value === null) return 'unbounded';
  if (key.endsWith('.cpu')) return formatCores(value);
  if (key.endsWith('.memory') || key === 'requests.storage') return formatBytes(value);
  return String(value);
}

/** Rows of cells as aligned columns: the first left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const growthLabel = (g: number) => `${trim(g, 2)}x`;

/** Keys the tables show: every quota key, else the compute keys and pods. */
function shownKeys(plan: NamespacePlan): PlanKey[] {
  const limited = new Set(plan.quotas.flatMap((q) => Object.keys(q.hard)));
  return PLAN_KEYS.filter((k) => limited.has(k) || (limited.size === 0 && !k.includes('storage') && k !== 'persistentvolumeclaims'));
}

export function formatPlan(plan: NamespacePlan): string {
  const out: string[] = [`== ${plan.environment}: namespace ${plan.namespace} ==`, ''];
  const g = plan.grown?.growth;

  out.push(
    table([
      ['workload', 'pods', 'rollout surge', 'cpu req/pod', 'mem req/pod', 'cpu lim/pod', 'mem lim/pod'],
      ...plan.workloads.map((w) => [
        `${w.kind} ${w.name}`,
        w.lifetime === 'running'
          ? w.minPods === w.maxPods
            ? String(w.maxPods)
            : `${w.minPods}..${w.maxPods} (HPA)`
          : `${w.maxPods} (${w.lifetime})`,
        w.surgeRule,
        formatValue('requests.cpu', w.pod['requests.cpu']),
        formatValue('requests.memory', w.pod['requests.memory']),
        formatValue('limits.cpu', w.pod['limits.cpu']),
        formatValue('limits.memory', w.pod['limits.memory']),
      ]),
    ]),
    '',
  );

  const keys = shownKeys(plan);
  const totalsCols: [string, Totals][] = [
    ['minimum', plan.minimum],
    ['maximum', plan.maximum],
    ['peak', plan.peak],
    ...(plan.grown ? ([[`peak at ${growthLabel(plan.grown.growth)}`, plan.grown.peak]] as [string, Totals][]) : []),
  ];
  for (const quota of plan.quotas.length ? plan.quotas : [undefined]) {
    const headroom = (t: Totals, k: PlanKey) => {
      const allowed = quota?.hard[k];
      const need = t[k];
      if (allowed === undefined) return '-';
      if (need === null) return 'refused: no limit';
      return (need > allowed ? '-' : '') + formatValue(k, Math.abs(allowed - need));
    };
    out.push(
      quota ? `ResourceQuota ${quota.name}` : 'no ResourceQuota',
      table([
        ['resource', ...totalsCols.map(([label]) => label), 'quota', 'headroom at peak', ...(g ? [`headroom at ${growthLabel(g)}`] : [])],
        ...keys.map((k) => [
          k,
          ...totalsCols.map(([, t]) => formatValue(k, t[k])),
          quota?.hard[k] === undefined ? '-' : formatValue(k, quota.hard[k]!),
          headroom(plan.peak, k),
          ...(plan.grown ? [headroom(plan.grown.peak, k)] : []),
        ]),
      ]),
      '',
    );
  }

  const volumes = plan.workloads.flatMap((w) => w.volumes.map((v) => ({ w, v })));
  if (volumes.length > 0) {
    out.push(
      'storage',
      table([
        ['volume', 'storage class', 'per pod', 'claims at maximum', 'total', ...(g ? [`per pod at ${growthLabel(g)}`] : [])],
        ...volumes.map(({ w, v }) => [
          `${w.kind} ${w.name}: ${v.name}`,
          v.storageClass,
          formatBytes(v.bytes),
          String(w.maxPods),
          formatBytes(v.bytes * w.maxPods),
          ...(g ? [formatBytes(v.bytes * g)] : []),
        ]),
      ]),
      '',
    );
  }
  return out.join('\n');
}

/** One line per shortfall: environment, quota key, what the peak needs and what the quota allows. */
export function formatShortfall(plan: NamespacePlan, s: Shortfall): string {
  const when = s.growth === 1 ? 'at its peak' : `at its peak after ${growthLabel(s.growth)} growth`;
  const need = s.need === null ? 'pods without a limit (refused by the quota)' : formatValue(s.key, s.need);
  return `${plan.environment}: ${s.key} needs ${need} ${when} (maximum replicas, rollout surge, jobs) but ResourceQuota ${s.quota} in ${plan.namespace} allows ${formatValue(s.key, s.allowed)}`;
}
