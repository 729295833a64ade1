import type { EnvironmentSettings } from '../../config/settings';
import { PROGRESS_DEADLINE_SECONDS } from '../../constructs/hardened-rollout';
import type { RuleGroup } from './rules';

/** How long a release may wait for a person to promote it (docs/runbooks/AgentApiRolloutPaused.md). */
const PROMOTION_WAIT_MINUTES = 240;
/** How long a release that promotes itself may stay paused (same runbook). */
const UNEXPECTED_PAUSE_MINUTES = 15;

/**
 * Releases of the API as the Argo Rollouts controller reports them: `rollout_info` (v1.9.0
 * controller/metrics/prommetrics.go) carries the Rollout's `phase` as `calculatePhase`
 * (controller/metrics/rollouts.go) derives it from the Progressing condition's reason: Completed,
 * Progressing, Paused, Timeout (progress deadline exceeded), Abort (aborted by a failed analysis,
 * by `progressDeadlineAbort` or by hand), Error (a ReplicaSet could not be created) or
 * InvalidSpec; not Argo CD's health names. The add-on's scrape keeps the Rollout's own
 * `namespace` (src/argocd/addons.ts), and both controller replicas may export it, hence `max by`.
 * Paused means paused by hand (`spec.paused`) or waiting on a pause condition, which a blue-green
 * release without auto-promotion holds from the moment its new pods are ready until a person
 * promotes it.
 */
export function deliveryGroup(env: EnvironmentSettings): RuleGroup {
  const r = env.app.rollout;
  // A release waits for a person for at most a working session; where releases promote
  // themselves, nothing but a person pauses one, and a quarter of an hour is enough to look.
  const pausedMinutes = r.autoPromotion ? UNEXPECTED_PAUSE_MINUTES : PROMOTION_WAIT_MINUTES;
  const rollout = `namespace="${env.namespace}",name="agent-api"`;
  const phase = (p: string) => `max by (namespace, name) (rollout_info{${rollout},phase=~"${p}"}) == 1`;
  const series = (p: string, values: string, pod = 'argo-rollouts-6d5f8b7c9-abcde') => ({
    [`rollout_info{${rollout},phase="${p}",strategy="blueGreen",traffic_router="",job="argo-rollouts-metrics",pod="${pod}"}`]: values,
  });
  // The longest a healthy release stays Progressing: the progress deadline of the new pods and
  // both analyses, plus ten minutes of slack.
  const progressingMinutes =
    Math.ceil((PROGRESS_DEADLINE_SECONDS + r.analysisIntervalSeconds * (r.prePromotionMeasurements + r.postPromotionMeasurements)) / 60) +
    10;
  return {
    name: 'delivery',
    component: 'api',
    rules: [
      {
        alert: 'AgentApiRolloutAborted',
        expr: phase('Abort|Timeout|Error|InvalidSpec'),
        for: '1m',
        severity: 'warning',
        summary: 'The API release was aborted; the previous version keeps serving',
        description:
          'The agent-api Rollout failed: an analysis failed or the release was aborted (Abort), the new pods did not become ready within the progress deadline (Timeout), a ReplicaSet could not be created (Error), or the spec is invalid (InvalidSpec). The active Service points at the previous version.',
        // Both controller replicas export it: still one alert.
        fires: {
          series: { ...series('Abort', '0x3 1x10'), ...series('Abort', '0x3 1x10', 'argo-rollouts-6d5f8b7c9-fghij') },
          at: '6m',
          labels: { namespace: env.namespace, name: 'agent-api' },
        },
        quiet: [
          { series: { ...series('Completed', '1x10'), ...series('Abort', '0x10') }, at: '6m' },
          // Aborted for less than the minute `for` asks: a blip of one scrape.
          { series: series('Abort', '0x4 1 0x5'), at: '5m' },
        ],
      },
      {
        alert: 'AgentApiRolloutStuck',
        expr: phase('Progressing'),
        for: `${progressingMinutes}m`,
        severity: 'warning',
        summary: `The API release has been progressing for over ${progressingMinutes} minutes`,
        description:
          'The agent-api Rollout has stayed Progressing longer than its progress deadline and both analyses take: the controller may be down or unable to update the Services, or an analysis cannot reach Prometheus.',
        fires: {
          series: series('Progressing', `1x${progressingMinutes + 10}`),
          at: `${progressingMinutes + 5}m`,
          labels: { namespace: env.namespace, name: 'agent-api' },
        },
        quiet: [
          // A release that finishes within the time a healthy one may take.
          {
            series: {
              ...series('Progressing', `1x${progressingMinutes - 2} 0x12`),
              ...series('Completed', `0x${progressingMinutes - 2} 1x12`),
            },
            at: `${progressingMinutes + 5}m`,
          },
          // Waiting for a person to promote is Paused, not stuck.
          { series: series('Paused', `1x${progressingMinutes + 10}`), at: `${progressingMinutes + 5}m` },
        ],
      },
      {
        alert: 'AgentApiRolloutPaused',
        expr: phase('Paused'),
        for: pausedMinutes % 60 === 0 ? `${pausedMinutes / 60}h` : `${pausedMinutes}m`,
        severity: 'warning',
        summary: r.autoPromotion
          ? `The API release has been paused for over ${pausedMinutes} minutes, though releases here promote themselves`
          : `The API release has waited over ${pausedMinutes / 60} hours for a person to promote it`,
        description:
          'The agent-api Rollout is Paused: a release is neither promoted nor aborted, its new pods run beside the serving ones, and the next release queues behind it. Promote or resume it, or abort it.',
        fires: {
          series: series('Paused', `1x${pausedMinutes + 10}`),
          at: `${pausedMinutes + 5}m`,
          labels: { namespace: env.namespace, name: 'agent-api' },
        },
        quiet: [
          // Promoted in time.
          {
            series: { ...series('Paused', `1x${pausedMinutes - 2} 0x12`), ...series('Completed', `0x${pausedMinutes - 2} 1x12`) },
            at: `${pausedMinutes + 5}m`,
          },
          { series: series('Completed', `1x${pausedMinutes + 10}`), at: `${pausedMinutes + 5}m` },
        ],
      },
    ],
  };
}
