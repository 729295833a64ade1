import { Construct } from 'constructs';
import {
  AnalysisTemplate,
  AnalysisTemplateSpecMetricsCount,
  AnalysisTemplateSpecMetricsFailureLimit,
  AnalysisTemplateSpecMetricsInconclusiveLimit,
} from '../../../imports/analysistemplate-argoproj.io';
import type {
  RolloutSpecStrategyBlueGreenPostPromotionAnalysis,
  RolloutSpecStrategyBlueGreenPrePromotionAnalysis,
} from '../../../imports/rollout-argoproj.io';
import { PROMETHEUS_URL } from '../../config/cluster-services';
import type { EnvironmentSettings } from '../../config/settings';
import { objectMeta, SyncWave, type Component } from '../../constructs/identity';
import { NOT_USER_REQUESTS } from '../monitoring/slo';

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
  /** The new version's p95 divided by the stable version's (both with enough requests). */
  readonly latencyRegression: string;
}

/** Analysis argument names; the templates declare them and the Rollout fills them. */
export const ANALYSIS_ARGS = { namespace: 'namespace', newHash: 'new-hash', stableHash: 'stable-hash' } as const;

/**
 * `valueFrom.podTemplateHashValue` choices: the hash of the stable or of the latest ReplicaSet
 * (argo-rollouts v1.9.0 pkg/apis/rollouts/v1alpha1/types.go, `ValueFromPodTemplateHash`).
 */
const HASH_OF = { stable: 'Stable', latest: 'Latest' } as const;

/** Window each measurement looks back over: ten scrapes at the platform's 30 s interval. */
const WINDOW = '5m';

export function analysisQueries(job: string, minRequests: number): AnalysisQueries {
  const arg = (name: string) => `{{args.${name}}}`;
  const version = (hash: string) => `namespace="${arg(ANALYSIS_ARGS.namespace)}",job="${job}",rollouts_pod_template_hash="${arg(hash)}"`;
  const users = (hash: string) => `${version(hash)},handler!~"${NOT_USER_REQUESTS}"`;
  const enoughRequests = (hash: string) => `sum(increase(http_requests_total{${users(hash)}}[${WINDOW}])) >= ${minRequests}`;
  const enoughTimings = (hash: string) =>
    `sum(increase(http_request_duration_highr_seconds_count{${version(hash)}}[${WINDOW}])) >= ${minRequests}`;
  const p95 = (hash: string) =>
    `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_highr_seconds_bucket{${version(hash)}}[${WINDOW}])))`;
  const { newHash, stableHash } = ANALYSIS_ARGS;
  return {
    // No 5xx series yet means no failures, not no data: the request count decides that.
    errorRatio:
      `(sum(rate(http_requests_total{${users(newHash)},status="5xx"}[${WINDOW}])) or vector(0))` +
      ` / sum(rate(http_requests_total{${users(newHash)}}[${WINDOW}]))` +
      ` and on () (${enoughRequests(newHash)})`,
    latencyP95: `${p95(newHash)} and on () (${enoughTimings(newHash)})`,
    latencyRegression: `${p95(newHash)} / ${p95(stableHash)} and on () (${enoughTimings(newHash)}) and on () (${enoughTimings(stableHash)})`,
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
}

/**
 * The AnalysisTemplates of a blue-green release, from `app.rollout` and the latency objective:
 *
 * - pre-promotion, on the new version behind the preview Service: its error ratio, its p95
 *   against the objective's threshold, and its p95 against the serving version's (a performance
 *   regression under the absolute threshold still fails);
 * - post-promotion, on the new version now behind the active Service: error ratio and p95 again,
 *   on the users' traffic. A failure aborts, and the active Service returns to the previous
 *   version, still running for the scale-down delay.
 *
 * The controller runs the queries itself (no pod, so no network flow from the namespace).
 */
export class ReleaseAnalysis extends Construct {
  readonly prePromotion: RolloutSpecStrategyBlueGreenPrePromotionAnalysis;
  readonly postPromotion: RolloutSpecStrategyBlueGreenPostPromotionAnalysis;

  constructor(scope: Construct, id: string, props: ReleaseAnalysisProps) {
    super(scope, id);
    const { env, component } = props;
    const r = env.app.rollout;
    const q = analysisQueries(props.job, r.minRequests);
    const metric = (name: string, query: string, max: number, count: number) => ({
      name,
      interval: `${r.analysisIntervalSeconds}s`,
      count: AnalysisTemplateSpecMetricsCount.fromNumber(count),
      failureLimit: AnalysisTemplateSpecMetricsFailureLimit.fromNumber(r.failureLimit),
      inconclusiveLimit: AnalysisTemplateSpecMetricsInconclusiveLimit.fromNumber(r.inconclusiveLimit),
      ...atMost(max),
      provider: { prometheus: { address: PROMETHEUS_URL, query } },
    });
    const latency = env.monitoring.slo.latencyThresholdSeconds;
    const args = (names: readonly string[]) => names.map((name) => ({ name }));
    const template = (suffix: string, names: readonly string[], metrics: ReturnType<typeof metric>[]) => {
      const name = `${props.name}-${suffix}`;
      new AnalysisTemplate(this, suffix, {
        metadata: objectMeta(env, { name, namespace: env.namespace, component, wave: SyncWave.APP }),
        spec: { args: args(names), metrics },
      });
      return name;
    };
    const { namespace, newHash, stableHash } = ANALYSIS_ARGS;

    const pre = r.prePromotionMeasurements;
    const preName = template(
      'pre-promotion',
      [namespace, newHash, stableHash],
      [
        metric('error-ratio', q.errorRatio, r.maxErrorRatio, pre),
        metric('latency-p95', q.latencyP95, latency, pre),
        metric('latency-regression', q.latencyRegression, r.maxLatencyRegression, pre),
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
