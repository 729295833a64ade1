import type { EnvironmentSettings } from '../../config/settings';
import { PROGRESS_DEADLINE_SECONDS } from '../../constructs/hardened-rollout';
import type { RuleGroup } from './rules';

/**
 * Releases of the API as the Argo Rollouts controller reports them: `rollout_info` (v1.9.0
 * controller/metrics/prommetrics.go) is 1 for a Rollout's current `phase`, one of Healthy,
 * Progressing, Paused and Degraded. Degraded means aborted (a failed analysis, a new version that
 * never became ready within the progress deadline) or an invalid spec (CalculateRolloutPhase,
 * utils/rollout/rolloututil.go). The add-on's scrape keeps the Rollout's own `namespace`
 * (src/argocd/addons.ts), and both controller replicas may export it, hence `max by`.
 */
export function deliveryGroup(env: EnvironmentSettings): RuleGroup {
  const r = env.app.rollout;
  const rollout = `namespace="${env.namespace}",name="agent-api"`;
  const phase = (p: string) => `max by (namespace, name) (rollout_info{${rollout},phase="${p}"}) == 1`;
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
        expr: phase('Degraded'),
        for: '1m',
        severity: 'warning',
        summary: 'The API release was aborted; the previous version keeps serving',
        description:
          'The agent-api Rollout is Degraded: an analysis failed, the new pods did not become ready within the progress deadline, or the spec is invalid. The active Service points at the previous version.',
        // Both controller replicas export it: still one alert.
        fires: {
          series: { ...series('Degraded', '0x3 1x10'), ...series('Degraded', '0x3 1x10', 'argo-rollouts-6d5f8b7c9-fghij') },
          at: '6m',
          labels: { namespace: env.namespace, name: 'agent-api' },
        },
        quiet: [
          { series: { ...series('Healthy', '1x10'), ...series('Degraded', '0x10') }, at: '6m' },
          // Degraded for less than the minute `for` asks: a blip of one scrape.
          { series: series('Degraded', '0x4 1 0x5'), at: '5m' },
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
              ...series('Healthy', `0x${progressingMinutes - 2} 1x12`),
            },
            at: `${progressingMinutes + 5}m`,
          },
          // Waiting for a person to promote is Paused, not stuck.
          { series: series('Paused', `1x${progressingMinutes + 10}`), at: `${progressingMinutes + 5}m` },
        ],
      },
    ],
  };
}
