/**
 * VerticalPodAutoscaler recommendations next to the requests the rendered tree configures. The
 * VPA objects come from the cluster (`kubectl get vpa -o yaml`): their `status.recommendation`
 * (autoscaling.k8s.io/v1, imports/crds/vpa-v1-crd-gen.yaml) holds, per container, the `target`
 * the recommender would set and the `lowerBound`/`upperBound` it considers safe.
 */
import { parseQuantity } from '../config/quantity';
import { PlanError } from './plan-error';
import { formatBytes, formatCores, table } from './report';
import type { Manifest, Workload } from './workloads';

type Amounts = Readonly<Partial<Record<'cpu' | 'memory', string | number>>>;

interface ContainerRecommendation {
  readonly containerName: string;
  readonly target?: Amounts;
  readonly lowerBound?: Amounts;
  readonly upperBound?: Amounts;
}

export interface RecommendationRow {
  readonly vpa: string;
  readonly workload: string;
  readonly container: string;
  readonly resource: 'cpu' | 'memory';
  /** Configured request, in cores or bytes. */
  readonly requested: number;
  readonly target?: number;
  readonly lowerBound?: number;
  readonly upperBound?: number;
}

const amount = (a: Amounts | undefined, r: 'cpu' | 'memory') => {
  const v = a?.[r];
  return v === undefined ? undefined : typeof v === 'number' ? v : parseQuantity(v);
};

/** VPA objects from a file's documents: single objects or a `kind: List` of them. */
export function vpaObjects(documents: readonly Manifest[]): Manifest[] {
  return documents
    .flatMap((d) => ((d as { items?: Manifest[] }).items ?? [d]) as Manifest[])
    .filter((d) => d?.kind === 'VerticalPodAutoscaler');
}

/** One row per recommended container and resource, beside the container's configured request. */
export function recommendations(vpas: readonly Manifest[], workloads: readonly Workload[]): RecommendationRow[] {
  return vpas.flatMap((vpa) => {
    const where = `VerticalPodAutoscaler ${vpa.metadata.name}`;
    const ref = vpa.spec?.targetRef as { kind: string; name: string } | undefined;
    const workload = workloads.find((w) => ref && w.kind === ref.kind && w.name === ref.name);
    if (!workload) throw new PlanError(`${where}: its target ${ref?.kind} ${ref?.name} is not in the rendered tree`);
    const recs = ((vpa as { status?: { recommendation?: { containerRecommendations?: ContainerRecommendation[] } } }).status?.recommendation
      ?.containerRecommendations ?? []) as ContainerRecommendation[];
    return recs.flatMap((rec) => {
      const container = workload.containers.find((c) => c.name === rec.containerName);
      if (!container) throw new PlanError(`${where}: container '${rec.containerName}' is not in ${workload.kind} ${workload.name}`);
      return (['cpu', 'memory'] as const).map((resource) => ({
        vpa: vpa.metadata.name,
        workload: `${workload.kind} ${workload.name}`,
        container: rec.containerName,
        resource,
        requested: container.resources[`requests.${resource}`]!,
        ...(amount(rec.target, resource) === undefined ? {} : { target: amount(rec.target, resource) }),
        ...(amount(rec.lowerBound, resource) === undefined ? {} : { lowerBound: amount(rec.lowerBound, resource) }),
        ...(amount(rec.upperBound, resource) === undefined ? {} : { upperBound: amount(rec.upperBound, resource) }),
      }));
    });
  });
}

export function formatRecommendations(environment: string, rows: readonly RecommendationRow[]): string {
  const fmt = (r: RecommendationRow, v: number | undefined) =>
    v === undefined ? '-' : r.resource === 'cpu' ? formatCores(v) : formatBytes(v);
  return [
    `== ${environment}: VPA recommendations next to the configured requests ==`,
    rows.length === 0
      ? 'no recommendation yet (the recommender needs some hours of usage)'
      : table([
          ['workload', 'container', 'resource', 'requested', 'VPA target', 'lower bound', 'upper bound'],
          ...rows.map((r) => [
            r.workload,
            r.container,
            r.resource,
            fmt(r, r.requested),
            fmt(r, r.target),
            fmt(r, r.lowerBound),
            fmt(r, r.upperBound),
          ]),
        ]),
    '',
  ].join('\n');
}
