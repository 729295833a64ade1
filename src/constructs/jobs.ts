import { Construct } from 'constructs';
import type { EnvironmentSettings } from '../config/settings';
import { hardenedPodSpec, type HardenedContainerProps } from './hardened-pod';
import { objectMeta, type Component, type SyncWave } from './identity';
import { k8s } from './k8s';
import { Peer } from './network-flows';

/** A run-to-completion pod: one hardened container, its own ServiceAccount, bounded retries. */
export interface JobProps {
  readonly env: EnvironmentSettings;
  /** Name of the Job (or CronJob) and its ServiceAccount. */
  readonly name: string;
  readonly component: Component;
  readonly version: string;
  readonly wave: SyncWave;
  readonly container: HardenedContainerProps;
  readonly uid: number;
  readonly volumes?: readonly k8s.Volume[];
  /** Attempts after the first failure. */
  readonly backoffLimit: number;
  /** Seconds a run may take in all, retries included. */
  readonly deadlineSeconds: number;
}

/** A Job's construct: its pods as a flow peer. */
abstract class JobBase extends Construct {
  readonly pods: Peer;

  protected constructor(scope: Construct, id: string, props: JobProps) {
    super(scope, id);
    this.pods = Peer.pods(props.name, props.component.selectorLabels(props.env));
    new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: objectMeta(props.env, { name: props.name, namespace: props.env.namespace, component: props.component, wave: props.wave }),
      automountServiceAccountToken: false,
    });
  }

  protected meta(props: JobProps, annotations?: Record<string, string>) {
    const { env, name, component, wave, version } = props;
    return objectMeta(env, { name, namespace: env.namespace, component, wave, version, annotations });
  }

  protected jobSpec(props: JobProps): k8s.JobSpec {
    return {
      backoffLimit: props.backoffLimit,
      activeDeadlineSeconds: props.deadlineSeconds,
      template: {
        metadata: { labels: props.component.labels(props.env, props.version) },
        spec: hardenedPodSpec({
          containers: [props.container],
          serviceAccountName: props.name,
          uid: props.uid,
          restartPolicy: 'Never',
          volumes: props.volumes,
        }),
      },
    };
  }
}

/**
 * A run-to-completion step of every Argo CD sync. As a `Sync` hook (not `PreSync`, which runs
 * before anything exists, the database included) it runs inside the sync's wave order, on
 * the first install too; Argo CD deletes the previous run before creating the next, so a
 * changed image never meets an immutable Job template. The step itself must be idempotent.
 */
export class SyncHookJob extends JobBase {
  constructor(scope: Construct, id: string, props: JobProps) {
    super(scope, id, props);
    new k8s.KubeJob(this, 'Resource', {
      metadata: this.meta(props, { 'argocd.argoproj.io/hook': 'Sync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' }),
      spec: this.jobSpec(props),
    });
  }
}

export interface ScheduledJobProps extends JobProps {
  /** Cron schedule, in `timeZone`. */
  readonly schedule: string;
  /** IANA time zone of `schedule`. @default 'Etc/UTC' */
  readonly timeZone?: string;
  /** How late a run may still start; a run missed by more is skipped. @default 3600 */
  readonly startingDeadlineSeconds?: number;
}

/**
 * A CronJob that never overlaps itself, gives up on a run it missed by more than its starting
 * deadline (an hour unless set), and keeps the last runs of each outcome for inspection.
 */
export class ScheduledJob extends JobBase {
  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id, props);
    new k8s.KubeCronJob(this, 'Resource', {
      metadata: this.meta(props),
      spec: {
        schedule: props.schedule,
        timeZone: props.timeZone ?? 'Etc/UTC',
        concurrencyPolicy: 'Forbid',
        startingDeadlineSeconds: props.startingDeadlineSeconds ?? 3600,
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 3,
        jobTemplate: { metadata: { labels: props.component.labels(props.env, props.version) }, spec: this.jobSpec(props) },
      },
    });
  }
}

/**
 * The Job of an AnalysisTemplate's `job` metric, which Argo Rollouts creates for each measurement
 * in the AnalysisRun's namespace (the Rollout's), named `<run uid>.<metric>.<n>`, with the
 * metric's labels and annotations (argo-rollouts v1.9.0 metricproviders/job/job.go): rendered as
 * the metric's `metadata` and `spec`, never as a Job object. The measurement succeeds when the
 * Job completes and fails when it fails.
 */
export interface AnalysisJobProps extends JobProps {
  /**
   * Seconds a finished Job stays before Kubernetes deletes it with its pod. The controller deletes
   * only the Jobs of measurements still running when a run ends (`Terminate`, v1.9.0
   * analysis/analysis.go) or beyond its history limit: a failed one otherwise stays, failed.
   */
  readonly ttlSecondsAfterFinished: number;
}

export class AnalysisJob extends JobBase {
  /** `provider.job.metadata`: labels the controller copies onto the Job. */
  readonly metadata: { readonly labels: Readonly<Record<string, string>> };
  /** `provider.job.spec`: the Job's spec, as JSON. */
  readonly spec: Readonly<Record<string, unknown>>;

  constructor(scope: Construct, id: string, props: AnalysisJobProps) {
    super(scope, id, props);
    this.metadata = { labels: props.component.labels(props.env, props.version) };
    this.spec = k8s.toJson_JobSpec({
      ...this.jobSpec(props),
      ttlSecondsAfterFinished: props.ttlSecondsAfterFinished,
      // A pod evicted by a drain or preempted is replaced, not counted against `backoffLimit`: the
      // verdict is the version's, not the node's (Kubernetes 1.28: beta, on by default; needs
      // `restartPolicy: Never`, which every Job pod here has).
      podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] },
    })!;
  }
}
