/**
 * The smoke traffic of a release's pre-promotion analysis (docs/releases.md), derived from
 * `app.rollout`: how fast and how long the traffic Job sends the app contract's smoke request to
 * each of the preview and active Services, and when the analysis's Prometheus metrics may first
 * measure it.
 */
import { PROMETHEUS_SCRAPE_INTERVAL_SECONDS as SCRAPE } from './cluster-services';
import type { RolloutSettings } from './settings';

/** The window each analysis measurement looks back over: ten scrapes. */
export const ANALYSIS_WINDOW_SECONDS = 10 * SCRAPE;

/**
 * The longest analysis interval the traffic can fill: a measurement's window, less a scrape at
 * each end (the first and last samples it reads), must hold the `minRequests` of one interval.
 */
export const LONGEST_TRAFFIC_INTERVAL_SECONDS = ANALYSIS_WINDOW_SECONDS - 2 * SCRAPE;

/** Requests a second to each Service at most: smoke traffic, not a load test of one preview pod. */
export const MAX_TRAFFIC_RATE = 5;

/**
 * How long a failed Job may exist before kube-prometheus-stack's `KubeJobFailed` (warning) fires:
 * `for: 15m` in chart 88.0.0 (templates/prometheus/rules-1.14/kubernetes-apps.yaml, the chart
 * the kube-prometheus-stack add-on pins).
 */
const KUBE_JOB_FAILED_FOR_SECONDS = 15 * 60;

/**
 * Seconds a finished traffic Job stays: enough to read its pod's log right after a verdict, and
 * gone, with its `kube_job_failed` series, five minutes before `KubeJobFailed` would fire. The
 * log stays in Loki (docs/releases.md).
 */
export const TRAFFIC_JOB_TTL_SECONDS = KUBE_JOB_FAILED_FOR_SECONDS - 5 * 60;

/** Time for the traffic pod to be scheduled and started: it runs the release's image, already pulled for the preview. */
const POD_START_SECONDS = 30;

export interface ReleaseTraffic {
  /** Seconds between two rounds (one request to each Service); whole milliseconds. */
  readonly intervalSeconds: number;
  /** Rounds: requests to each Service. */
  readonly requests: number;
  /** How long the rounds take, from the first. */
  readonly durationSeconds: number;
  /** From the analysis's start to the first measurement of its Prometheus metrics. */
  readonly initialDelaySeconds: number;
  /**
   * Seconds the Job may run in all: the pod's start, the rounds, and two minutes for the
   * preview's slow answers and the serving version's last ones (at most one timeout).
   */
  readonly deadlineSeconds: number;
}

export function releaseTraffic(r: RolloutSettings): ReleaseTraffic {
  // `minRequests` per analysis interval, rounded to a shorter pause: each measurement finds at least
  // `minRequests` more requests than the previous one did.
  const intervalMs = Math.floor((1000 * r.analysisIntervalSeconds) / r.minRequests);
  // The pod starts; Prometheus first scrapes the preview's new series (requests before that sample
  // count only by extrapolation); one interval sends `minRequests`; a scrape later Prometheus has them.
  const initialDelaySeconds = POD_START_SECONDS + SCRAPE + r.analysisIntervalSeconds + SCRAPE;
  // The traffic lasts until the last measurement, which is still judged on a full window of it.
  const durationSeconds = initialDelaySeconds + (r.prePromotionMeasurements - 1) * r.analysisIntervalSeconds;
  return {
    intervalSeconds: intervalMs / 1000,
    // Rounds at 0, 1, ... intervals: the last one no earlier than the duration.
    requests: Math.ceil((1000 * durationSeconds) / intervalMs) + 1,
    durationSeconds,
    initialDelaySeconds,
    deadlineSeconds: POD_START_SECONDS + durationSeconds + 120,
  };
}
