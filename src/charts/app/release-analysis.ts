import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import {
  AnalysisTemplate,
  AnalysisTemplateSpecMetricsCount,
  AnalysisTemplateSpecMetricsFailureLimit,
  AnalysisTemplateSpecMetricsInconclusiveLimit,
  toJson_AnalysisTemplateSpecMetrics,
} from '../../../imports/analysistemplate-argoproj.io';
import type {
  RolloutSpecStrategyBlueGreenPostPromotionAnalysis,
  RolloutSpecStrategyBlueGreenPrePromotionAnalysis,
} from '../../../imports/rollout-argoproj.io';
import { PROMETHEUS_URL } from '../../config/cluster-services';
import { HELPER_RESOURCES } from '../../config/capacity';
import { ANALYSIS_WINDOW_SECONDS, releaseTraffic, TRAFFIC_JOB_TTL_SECONDS } from '../../config/release-traffic';
import type { EnvironmentSettings } from '../../config/settings';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { AnalysisJob } from '../../constructs/jobs';
import { k8s } from '../../constructs/k8s';
import { NOT_USER_REQUESTS } from '../monitoring/slo';
import trafficScript from './scripts/release-traffic.py';

/**
 * The PromQL of the release analyses. `{{args.<name>}}` are the AnalysisRun's arguments, which
 * Argo Rollouts substitutes before querying. The API's series carry the pod's
 * `rollouts-pod-template-hash` label as `rollouts_pod_template_hash` (the scrape's
 * `podTargetLabels`), so each query reads one version's pods exactly, whichever Service reaches them.
 *
 * A query returns one sample, or none when the version served fewer than `minRequests` requests
 * in the window: the measurement is then inconclusive rather than judged on a handful of requests.
 */
export interface AnalysisQueries {
  /** Share of the new version's user requests answered 5xx. */
  readonly errorRatio: string;
  /** The new version's p95 request duration, in seconds. */
  readonly latencyP95: string;
  /**
   * The new version's mean latency of the smoke request divided by the stable version's (both
   * with enough of them). Before promotion the preview serves only the release traffic while the
   * serving version serves every kind of user request: only the same request compares like with
   * like. `http_request_duration_seconds` is the histogram with a `handler` label; its three
   * buckets (0.1, 0.5, 1 s) put any fast request's p95 at the same interpolated 0.095 s, so the
   * comparison uses its exact sum and count. The other metrics judge every user request against
   * absolute limits, and after promotion the users' traffic, so they stay unrestricted.
   */
  readonly latencyRegression: string;
}

/** A request the platform may send to any version of the service (app contract). */
export interface SmokeRequest {
  readonly method: string;
  /** The route, as the service's metrics name it (`handler`). */
  readonly path: string;
  /** The query string sent with it, without `?`. */
  readonly query: string;
}

/** Analysis argument names; the templates declare them and the Rollout fills them. */
export const ANALYSIS_ARGS = { namespace: 'namespace', newHash: 'new-hash', stableHash: 'stable-hash' } as const;

/**
 * `valueFrom.podTemplateHashValue` choices: the hash of the stable or of the latest ReplicaSet
 * (argo-rollouts v1.9.0 pkg/apis/rollouts/v1alpha1/types.go, `ValueFromPodTemplateHash`).
 */
const HASH_OF = { stable: 'Stable', latest: 'Latest' } as const;

/** Window each measurement looks back over. */
const WINDOW = `${ANALYSIS_WINDOW_SECONDS / 60}m`;

export function analysisQueries(job: string, minRequests: number, smoke: SmokeRequest): AnalysisQueries {
  const arg = (name: string) => `{{args.${name}}}`;
  const version = (hash: string) => `namespace="${arg(ANALYSIS_ARGS.namespace)}",job="${job}",rollouts_pod_template_hash="${arg(hash)}"`;
  const users = (hash: string) => `${version(hash)},handler!~"${NOT_USER_REQUESTS}"`;
  const enoughRequests = (hash: string) => `sum(increase(http_requests_total{${users(hash)}}[${WINDOW}])) >= ${minRequests}`;
  const enoughTimings = (hash: string) =>
    `sum(increase(http_request_duration_highr_seconds_count{${version(hash)}}[${WINDOW}])) >= ${minRequests}`;
  const p95 = (hash: string) =>
    `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_highr_seconds_bucket{${version(hash)}}[${WINDOW}])))`;
  const smokeOf = (hash: string) => `${version(hash)},handler="${smoke.path}",method="${smoke.method}"`;
  const enoughSmoke = (hash: string) => `sum(increase(http_request_duration_seconds_count{${smokeOf(hash)}}[${WINDOW}])) >= ${minRequests}`;
  const mean = (hash: string) =>
    `sum(rate(http_request_duration_seconds_sum{${smokeOf(hash)}}[${WINDOW}])) / sum(rate(http_request_duration_seconds_count{${smokeOf(hash)}}[${WINDOW}]))`;
  const { newHash, stableHash } = ANALYSIS_ARGS;
  return {
    // No 5xx series yet means no failures, not no data: the request count decides that.
    errorRatio:
      `(sum(rate(http_requests_total{${users(newHash)},status="5xx"}[${WINDOW}])) or vector(0))` +
      ` / sum(rate(http_requests_total{${users(newHash)}}[${WINDOW}]))` +
      ` and on () (${enoughRequests(newHash)})`,
    latencyP95: `${p95(newHash)} and on () (${enoughTimings(newHash)})`,
    latencyRegression: `(${mean(newHash)}) / (${mean(stableHash)}) and on () (${enoughSmoke(newHash)}) and on () (${enoughSmoke(stableHash)})`,
  };
}

/**
 * Argo Rollouts conditions (expr-lang, `result` is the query's samples) for "at most `max`": an
 * empty result satisfies neither, so the measurement is inconclusive.
 */
export function atMost(max: number): { successCondition: string; failureCondition: string } {
  return {
    successCondition: `len(result) > 0 && result[0] <= ${max}`,
    failureCondition: `len(result) > 0 && result[0] > ${max}`,
  };
}

export interface ReleaseAnalysisProps {
  readonly env: EnvironmentSettings;
  readonly component: Component;
  /** Name prefix of the templates: `<name>-pre-promotion` and `<name>-post-promotion`. */
  readonly name: string;
  /** `job` label of the workload's scraped series. */
  readonly job: string;
  /** The Services of both versions and their port, which the release traffic calls. */
  readonly services: { readonly active: string; readonly preview: string; readonly port: number };
  /** The request the release traffic sends: read-only, cheap, a user request to the analysis. */
  readonly smoke: SmokeRequest;
  /** Image of the release traffic's pod: the release's own, which has Python. */
  readonly image: string;
  /** Numeric user the release traffic runs as. */
  readonly uid: number;
}

/** The release traffic's identity: its pods' labels are its own, selected by nothing of the API's. */
const RELEASE_TRAFFIC = new Component('agent-api-release-traffic', 'release-traffic');
const TRAFFIC_SCRIPT = 'release-traffic.py';
const SCRIPT_DIR = '/opt/release-traffic';
/**
 * Seconds the release traffic waits for an answer: 10, or four times the latency objective's
 * threshold where that is longer, so a slow answer is the latency metrics' to judge, not a failure.
 */
const trafficTimeoutSeconds = (latencyThresholdSeconds: number) => Math.max(10, 4 * latencyThresholdSeconds);

/**
 * The AnalysisTemplates of a blue-green release, from `app.rollout` and the latency objective:
 *
 * - pre-promotion, on the new version behind the preview Service: the release traffic (a Job
 *   sending the smoke request to the preview and active Services alike, failing when the preview
 *   fails beyond the error budget), and, once that traffic has been scraped, the new version's
 *   error ratio, its p95 against the objective's threshold, and its smoke request's latency
 *   against the serving version's (a performance regression under the absolute threshold still
 *   fails);
 * - post-promotion, on the new version now behind the active Service: error ratio and p95 again,
 *   on the users' traffic. A failure aborts, and the active Service returns to the previous
 *   version, still running for the scale-down delay.
 *
 * The controller runs the queries itself; the release traffic's pods reach the API through the
 * flow the app chart declares for `traffic.pods`.
 */
export class ReleaseAnalysis extends Construct {
  readonly prePromotion: RolloutSpecStrategyBlueGreenPrePromotionAnalysis;
  readonly postPromotion: RolloutSpecStrategyBlueGreenPostPromotionAnalysis;
  /** The release traffic's Job: its pods, as a flow peer. */
  readonly traffic: AnalysisJob;

  constructor(scope: Construct, id: string, props: ReleaseAnalysisProps) {
    super(scope, id);
    const { env, component, services } = props;
    const r = env.app.rollout;
    const q = analysisQueries(props.job, r.minRequests, props.smoke);
    const plan = releaseTraffic(r);
    const metric = (name: string, query: string, max: number, count: number, initialDelaySeconds?: number): object =>
      toJson_AnalysisTemplateSpecMetrics({
        name,
        ...(initialDelaySeconds === undefined ? {} : { initialDelay: `${initialDelaySeconds}s` }),
        interval: `${r.analysisIntervalSeconds}s`,
        count: AnalysisTemplateSpecMetricsCount.fromNumber(count),
        failureLimit: AnalysisTemplateSpecMetricsFailureLimit.fromNumber(r.failureLimit),
        inconclusiveLimit: AnalysisTemplateSpecMetricsInconclusiveLimit.fromNumber(r.inconclusiveLimit),
        ...atMost(max),
        provider: { prometheus: { address: PROMETHEUS_URL, query } },
      })!;
    const latency = env.monitoring.slo.latencyThresholdSeconds;
    const args = (names: readonly string[]) => names.map((name) => ({ name }));
    // The generated AnalysisTemplate class re-declares the Job's pod template and drops what it types
    // differently (quantities); the metrics are JSON of its types, the Job spec the hardened Kubernetes one.
    const template = (suffix: string, names: readonly string[], metrics: readonly object[]) => {
      const name = `${props.name}-${suffix}`;
      new ApiObject(this, suffix, {
        ...AnalysisTemplate.GVK,
        metadata: objectMeta(env, { name, namespace: env.namespace, component, wave: SyncWave.APP }),
        spec: { args: args(names), metrics },
      });
      return name;
    };
    const { namespace, newHash, stableHash } = ANALYSIS_ARGS;

    new k8s.KubeConfigMap(this, 'TrafficScript', {
      metadata: objectMeta(env, {
        name: RELEASE_TRAFFIC.name,
        namespace: env.namespace,
        component: RELEASE_TRAFFIC,
        wave: SyncWave.CONFIG,
      }),
      data: { [TRAFFIC_SCRIPT]: trafficScript },
    });
    const url = (service: string) =>
      `http://${service}.${env.namespace}.svc.cluster.local:${services.port}${props.smoke.path}?${props.smoke.query}`;
    this.traffic = new AnalysisJob(this, 'Traffic', {
      env,
      name: RELEASE_TRAFFIC.name,
      component: RELEASE_TRAFFIC,
      version: env.images.app.tag,
      wave: SyncWave.APP,
      uid: props.uid,
      // A retry would start the traffic over, past the measurements it is for.
      backoffLimit: 0,
      deadlineSeconds: plan.deadlineSeconds,
      ttlSecondsAfterFinished: TRAFFIC_JOB_TTL_SECONDS,
      volumes: [{ name: 'script', configMap: { name: RELEASE_TRAFFIC.name } }],
      container: {
        name: 'traffic',
        image: props.image,
        resources: HELPER_RESOURCES.releaseTraffic,
        command: ['python', `${SCRIPT_DIR}/${TRAFFIC_SCRIPT}`],
        env: [
          { name: 'PREVIEW_URL', value: url(services.preview) },
          { name: 'ACTIVE_URL', value: url(services.active) },
          { name: 'REQUESTS', value: String(plan.requests) },
          { name: 'INTERVAL_SECONDS', value: String(plan.intervalSeconds) },
          { name: 'TIMEOUT_SECONDS', value: String(trafficTimeoutSeconds(latency)) },
          { name: 'MAX_ERROR_RATIO', value: String(r.maxErrorRatio) },
        ],
        mounts: [{ name: 'script', mountPath: SCRIPT_DIR, readOnly: true }],
      },
    });

    const pre = r.prePromotionMeasurements;
    const delay = plan.initialDelaySeconds;
    const preName = template(
      'pre-promotion',
      [namespace, newHash, stableHash],
      [
        // Measured once: it succeeds when the Job does. The controller may create Jobs: argo-rollouts
        // chart 2.41.0 grants its ClusterRole batch/jobs (templates/_helpers.tpl, controller.roleRules).
        { name: 'release-traffic', provider: { job: { metadata: this.traffic.metadata, spec: this.traffic.spec } } },
        metric('error-ratio', q.errorRatio, r.maxErrorRatio, pre, delay),
        metric('latency-p95', q.latencyP95, latency, pre, delay),
        metric('latency-regression', q.latencyRegression, r.maxLatencyRegression, pre, delay),
      ],
    );
    // Before promotion the latest ReplicaSet is the preview, the stable one the serving version.
    this.prePromotion = {
      templates: [{ templateName: preName }],
      args: [
        { name: namespace, value: env.namespace },
        { name: newHash, valueFrom: { podTemplateHashValue: HASH_OF.latest } },
        { name: stableHash, valueFrom: { podTemplateHashValue: HASH_OF.stable } },
      ],
    };

    const post = r.postPromotionMeasurements;
    const postName = template(
      'post-promotion',
      [namespace, newHash],
      [metric('error-ratio', q.errorRatio, r.maxErrorRatio, post), metric('latency-p95', q.latencyP95, latency, post)],
    );
    // After promotion the latest ReplicaSet is the active one; it becomes stable only when this analysis passes.
    this.postPromotion = {
      templates: [{ templateName: postName }],
      args: [
        { name: namespace, value: env.namespace },
        { name: newHash, valueFrom: { podTemplateHashValue: HASH_OF.latest } },
      ],
    };
  }
}
