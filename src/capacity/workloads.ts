/**
 * The pods a rendered tree asks for, workload by workload: how many at the minimum and the
 * maximum (an HPA's bounds where one targets the workload), how many more a rollout adds while
 * both versions run, what each pod counts against the quota, and the volumes each pod claims.
 */
import { parseQuantity } from '../config/quantity';
import { PlanError } from './plan-error';
import { containerResources, NO_DEFAULTS, podResources, type ContainerDefaults, type PodResources, type PodSpec } from './pod';
import { weeklyActivity } from './schedule';

/** A rendered object, as far as the planner reads it. */
export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly annotations?: Readonly<Record<string, string>> };
  // The planner reads a handful of fields per kind; their shapes are those of the Kubernetes and CRD schemas.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly spec?: any;
}

/**
 * When a workload's pods exist. `running`: long-running, counted at the minimum, the maximum and
 * the peak. `hook`: an Argo CD sync hook Job; hooks of one phase and wave run together, waves one
 * after another. `job`: a CronJob's Job or a Job that is no hook, counted at the peak, all at once.
 */
export type Lifetime = 'running' | 'hook' | 'job';

/** A volume each pod claims: a StatefulSet's claim template, or a generic ephemeral volume. */
export interface Volume {
  readonly name: string;
  readonly storageClass: string;
  readonly bytes: number;
}

export interface Workload {
  readonly namespace: string;
  readonly kind: string;
  readonly name: string;
  readonly lifetime: Lifetime;
  /** `phase/wave` of a sync hook: hooks sharing it run at the same time. */
  readonly hookWave?: string;
  readonly pod: PodResources;
  /** Each container's own requests and limits, init containers and sidecars included. */
  readonly containers: readonly { readonly name: string; readonly resources: PodResources }[];
  readonly minPods: number;
  readonly maxPods: number;
  /** An HPA sets the pod count (growth scales it); otherwise it is fixed. */
  readonly autoscaled: boolean;
  /** Extra pods while a rollout replaces `pods` running pods. */
  readonly surge: (pods: number) => number;
  /** What the surge is, for the table. */
  readonly surgeRule: string;
  readonly volumes: readonly Volume[];
  /** A CronJob's minutes of the week at which a run may be going (schedule.ts). */
  readonly activity?: readonly boolean[];
}

/**
 * `maxSurge` as an absolute pod count: a percentage of the desired pods rounded up, as the
 * Deployment controller and Argo Rollouts' canary do (both default to 25%,
 * https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#max-surge).
 */
function surgeOf(maxSurge: string | number | undefined): { rule: string; surge: (pods: number) => number } {
  const value = maxSurge ?? '25%';
  if (typeof value === 'number') return { rule: `rolling +${value}`, surge: () => value };
  const percent = /^(\d+)%$/.exec(value);
  if (!percent) throw new PlanError(`maxSurge '${value}' is neither a pod count nor a percentage`);
  const share = Number(percent[1]) / 100;
  return { rule: `rolling +${value}`, surge: (pods) => Math.ceil(pods * share) };
}

/** The rollout surge of each kind that replaces pods by creating new ones first. */
function rolloutSurge(o: Manifest): { rule: string; surge: (pods: number) => number } {
  const none = { rule: 'none', surge: () => 0 };
  switch (o.kind) {
    case 'Deployment':
      return o.spec.strategy?.type === 'Recreate' ? none : surgeOf(o.spec.strategy?.rollingUpdate?.maxSurge);
    case 'Rollout': {
      const blueGreen = o.spec.strategy?.blueGreen;
      if (blueGreen) {
        // Argo Rollouts runs the new ReplicaSet at previewReplicaCount (else the full count) before
        // promotion, scales it to the full count to promote, and keeps the old one until
        // scaleDownDelaySeconds after: at that point both versions run in full, preview count or not
        // (https://github.com/argoproj/argo-rollouts/blob/v1.9.0/docs/features/bluegreen.md).
        return { rule: 'blue-green: both versions', surge: (pods) => pods };
      }
      return surgeOf(o.spec.strategy?.canary?.maxSurge);
    }
    case 'NginxProxy':
      // NGINX Gateway Fabric renders the data plane as a Deployment with the default strategy.
      return surgeOf(undefined);
    default:
      // StatefulSets replace a pod after deleting it; Jobs do not roll out.
      return none;
  }
}

/** Claim templates of a StatefulSet and generic ephemeral volumes of the pod. */
function volumesOf(o: Manifest, pod: PodSpec): Volume[] {
  const claim = (name: string, spec: { storageClassName?: string; resources?: { requests?: { storage?: string } } }): Volume => {
    const size = spec.resources?.requests?.storage;
    if (size === undefined) throw new PlanError(`${o.kind} ${o.metadata.name}: volume '${name}' requests no storage`);
    return { name, storageClass: spec.storageClassName ?? '(default class)', bytes: parseQuantity(size) };
  };
  const templates = o.kind === 'StatefulSet' ? ((o.spec.volumeClaimTemplates ?? []) as Manifest[]) : [];
  const ephemeral = (pod.volumes ?? []).filter((v) => 'ephemeral' in v) as {
    name: string;
    ephemeral: { volumeClaimTemplate: { spec: Parameters<typeof claim>[1] } };
  }[];
  return [
    ...templates.map((t) => claim(t.metadata.name, t.spec)),
    ...ephemeral.map((v) => claim(v.name, v.ephemeral.volumeClaimTemplate.spec)),
  ];
}

/**
 * The Jobs of an AnalysisTemplate's `job` metrics: Argo Rollouts creates one per measurement from
 * `provider.job` in the AnalysisRun's namespace, the template's for a Rollout's analysis
 * (argo-rollouts v1.9.0 metricproviders/job/job.go). A release's analysis runs while both versions
 * do, so each counts at the peak, as a Job that is no hook; named `<template>/<metric>`.
 */
function analysisJobs(template: Manifest): Manifest[] {
  const metrics: { name: string; provider: { job?: { spec: unknown } } }[] = template.spec.metrics ?? [];
  return metrics.flatMap((m) =>
    m.provider.job
      ? [
          {
            apiVersion: 'batch/v1',
            kind: 'Job',
            metadata: { name: `${template.metadata.name}/${m.name}`, namespace: template.metadata.namespace },
            spec: m.provider.job.spec,
          },
        ]
      : [],
  );
}

const POD_KINDS = ['Deployment', 'Rollout', 'StatefulSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod', 'NginxProxy'];

/**
 * The workloads of one namespace's objects. A kind that makes pods in numbers the tree does not
 * state (a DaemonSet runs one per node) is refused rather than left out.
 */
export function workloadsOf(objects: readonly Manifest[]): Workload[] {
  const defaults = new Map<string, ContainerDefaults>();
  for (const lr of objects.filter((o) => o.kind === 'LimitRange')) {
    const container = (lr.spec.limits ?? []).find((l: { type: string }) => l.type === 'Container');
    if (container)
      defaults.set(lr.metadata.namespace ?? '', { defaultRequest: container.defaultRequest ?? {}, default: container.default ?? {} });
  }
  const hpas = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler');
  // Schedules in different time zones do not share a clock: then every CronJob counts as always running.
  const zones = new Set(objects.filter((o) => o.kind === 'CronJob').map((o) => o.spec.timeZone ?? ''));
  const workloads: Workload[] = [];
  for (const o of objects.flatMap((x) => (x.kind === 'AnalysisTemplate' ? analysisJobs(x) : [x]))) {
    if (o.kind === 'DaemonSet')
      throw new PlanError(`DaemonSet ${o.metadata.name}: its pod count is the node count, which the tree does not state`);
    if (!POD_KINDS.includes(o.kind)) continue;
    const namespace = o.metadata.namespace ?? '';
    if (o.kind === 'Rollout' && !o.spec.template) {
      throw new PlanError(`Rollout ${o.metadata.name}: only Rollouts with their own spec.template are planned (workloadRef is not)`);
    }
    const template: PodSpec =
      o.kind === 'Pod'
        ? o.spec
        : o.kind === 'CronJob'
          ? o.spec.jobTemplate.spec.template.spec
          : o.kind === 'NginxProxy'
            ? { containers: [{ name: 'nginx', ...o.spec.kubernetes?.deployment?.container }] }
            : o.spec.template.spec;
    const containerDefaults = defaults.get(namespace) ?? NO_DEFAULTS;
    const pod = podResources(template, containerDefaults);
    const hpa = hpas.find(
      (h) =>
        (h.metadata.namespace ?? '') === namespace &&
        h.spec.scaleTargetRef.kind === o.kind &&
        h.spec.scaleTargetRef.name === o.metadata.name,
    );
    const annotations = o.metadata.annotations ?? {};
    const hook = annotations['argocd.argoproj.io/hook'];
    const isJob = o.kind === 'Job' || o.kind === 'CronJob';
    const jobSpec = o.kind === 'CronJob' ? o.spec.jobTemplate.spec : o.spec;
    const fixed: number = isJob
      ? (jobSpec.parallelism ?? 1)
      : o.kind === 'Pod'
        ? 1
        : o.kind === 'NginxProxy'
          ? (o.spec.kubernetes?.deployment?.replicas ?? 1)
          : (o.spec.replicas ?? 1);
    const { rule, surge } = rolloutSurge(o);
    workloads.push({
      namespace,
      kind: o.kind,
      name: o.metadata.name,
      lifetime: !isJob ? 'running' : o.kind === 'Job' && hook !== undefined ? 'hook' : 'job',
      ...(o.kind === 'Job' && hook !== undefined ? { hookWave: `${hook}/${annotations['argocd.argoproj.io/sync-wave'] ?? '0'}` } : {}),
      pod,
      containers: [...(template.initContainers ?? []), ...template.containers].map((c) => ({
        name: c.name,
        resources: containerResources(c, containerDefaults),
      })),
      // The HPA's minReplicas defaults to 1 (autoscaling/v2).
      minPods: hpa ? (hpa.spec.minReplicas ?? 1) : fixed,
      maxPods: hpa ? hpa.spec.maxReplicas : fixed,
      autoscaled: hpa !== undefined,
      surge,
      surgeRule: rule,
      volumes: volumesOf(o, template),
      ...(o.kind === 'CronJob'
        ? {
            activity:
              zones.size === 1
                ? weeklyActivity(o.metadata.name, o.spec.schedule, o.spec.startingDeadlineSeconds, jobSpec.activeDeadlineSeconds)
                : weeklyActivity(o.metadata.name, o.spec.schedule),
          }
        : {}),
    });
  }
  return workloads;
}
