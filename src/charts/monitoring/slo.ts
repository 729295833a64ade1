import type { EnvironmentSettings } from '../../config/settings';
import { pythonFloat, type AlertRule, type RecordingRule, type RuleGroup } from './rules';

/** Burn-rate windows: the multi-window, multi-burn-rate scheme of the SRE workbook. */
const WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'] as const;
type Window = (typeof WINDOWS)[number];
const BURN: readonly { factor: number; long: Window; short: Window; severity: 'critical' | 'warning' }[] = [
  { factor: 14.4, long: '1h', short: '5m', severity: 'critical' }, // 2% of a 30-day budget in an hour: page
  { factor: 6, long: '6h', short: '30m', severity: 'critical' }, // 5% in six hours: page
  { factor: 3, long: '1d', short: '2h', severity: 'warning' }, // 10% in a day: ticket
  { factor: 1, long: '3d', short: '6h', severity: 'warning' }, // 10% in three days: ticket
];

interface Objective {
  readonly slo: 'availability' | 'latency';
  readonly title: string;
  readonly target: number;
  /** Share of bad events over a window. */
  readonly errorRatio: (window: string) => string;
  /** promtool input: the `bad` share of requests fails the objective. */
  readonly series: (bad: number, steps: number) => Record<string, string>;
}

/**
 * SLOs as code: for each objective, error-ratio recording rules over every burn-rate window
 * and the budget period, the remaining error budget, and two alerts — a fast burn that pages
 * (14.4x over 1h and 5m, or 6x over 6h and 30m) and a slow burn that opens a ticket (3x over
 * 1d and 2h, or 1x over 3d and 6h). A window pair fires only when both windows burn, so an
 * alert stops soon after the burning stops.
 */
export function sloGroups(env: EnvironmentSettings): RuleGroup[] {
  const s = env.monitoring.slo;
  const api = `namespace="${env.namespace}",job="agent-api"`;
  const le = pythonFloat(s.latencyThresholdSeconds);
  const objectives: Objective[] = [
    {
      slo: 'availability',
      title: 'Availability',
      target: s.availabilityTarget,
      errorRatio: (w) => `sum(rate(http_requests_total{${api},status="5xx"}[${w}])) / sum(rate(http_requests_total{${api}}[${w}]))`,
      series: (bad, steps) => ({
        [`http_requests_total{${api},handler="/v1/chat",method="POST",status="2xx"}`]: `0+${100 - bad}x${steps}`,
        [`http_requests_total{${api},handler="/v1/chat",method="POST",status="5xx"}`]: `0+${bad}x${steps}`,
      }),
    },
    {
      slo: 'latency',
      title: 'Latency',
      target: s.latencyTarget,
      errorRatio: (w) =>
        `1 - sum(rate(http_request_duration_highr_seconds_bucket{${api},le="${le}"}[${w}])) / sum(rate(http_request_duration_highr_seconds_count{${api}}[${w}]))`,
      series: (bad, steps) => ({
        [`http_request_duration_highr_seconds_bucket{${api},le="${le}"}`]: `0+${100 - bad}x${steps}`,
        [`http_request_duration_highr_seconds_count{${api}}`]: `0+100x${steps}`,
      }),
    },
  ];

  return objectives.map((o) => {
    const budget = 1 - o.target;
    const ratio = (w: string) => `slo:sli_error:ratio_rate${w}{slo="${o.slo}"}`;
    const recordings: RecordingRule[] = [...WINDOWS, `${s.periodDays}d`].map((w) => ({
      record: `slo:sli_error:ratio_rate${w}`,
      expr: o.errorRatio(w),
      labels: { slo: o.slo },
    }));
    recordings.push({
      record: 'slo:error_budget_remaining:ratio',
      expr: `1 - ${ratio(`${s.periodDays}d`)} / ${budget.toFixed(6)}`,
      labels: { slo: o.slo },
    });
    const burn = (severity: 'critical' | 'warning') =>
      BURN.filter((b) => b.severity === severity)
        .map((b) => `(${ratio(b.long)} > ${(b.factor * budget).toFixed(6)} and ${ratio(b.short)} > ${(b.factor * budget).toFixed(6)})`)
        .join(' or ');
    // Half the requests failing burns any budget at well over 14.4x; none failing burns nothing.
    const alerts: AlertRule[] = [
      {
        alert: `Slo${o.title}BudgetBurnFast`,
        expr: burn('critical'),
        for: '2m',
        severity: 'critical',
        summary: `The ${o.slo} SLO is burning its error budget fast`,
        description: `At this rate the ${(o.target * 100).toFixed(2)}% ${o.slo} objective's ${s.periodDays}-day budget runs out within days.`,
        fires: { series: o.series(50, 90), at: '90m', labels: { namespace: env.namespace, slo: o.slo } },
        quiet: { series: o.series(0, 90), at: '90m' },
      },
      {
        alert: `Slo${o.title}BudgetBurnSlow`,
        expr: burn('warning'),
        for: '15m',
        severity: 'warning',
        summary: `The ${o.slo} SLO is burning its error budget`,
        description: `The ${(o.target * 100).toFixed(2)}% ${o.slo} objective loses budget faster than the ${s.periodDays}-day period allows.`,
        fires: { series: o.series(50, 460), at: '75h', interval: '10m', labels: { namespace: env.namespace, slo: o.slo } },
        quiet: { series: o.series(0, 460), at: '75h', interval: '10m' },
      },
    ];
    return { name: `agent-api-slo-${o.slo}`, component: 'slo', rules: [...recordings, ...alerts] };
  });
}
