import type { EnvironmentSettings } from '../../config/settings';
import { pythonFloat, type AlertRule, type RecordingRule, type RuleGroup } from './rules';

/** Burn-rate windows: the multi-window, multi-burn-rate scheme of the SRE workbook. */
const BURN = [
  { factor: 14.4, long: '1h', short: '5m', severity: 'critical' }, // 2% of a 30-day budget in an hour: page
  { factor: 6, long: '6h', short: '30m', severity: 'critical' }, // 5% in six hours: page
  { factor: 3, long: '1d', short: '2h', severity: 'warning' }, // 10% in a day: ticket
  { factor: 1, long: '3d', short: '6h', severity: 'warning' }, // 10% in three days: ticket
] as const;
/** Windows computed from the raw counters. */
const RAW_WINDOWS = ['5m', '30m', '1h', '2h'] as const;
/**
 * Windows summed from the recorded 30-minute rates instead: a `[28d]` rate over every raw
 * series would reload weeks of samples at each evaluation.
 */
const DERIVED_WINDOWS = ['6h', '1d', '3d'] as const;
const BASE = '30m';

/** Request handlers that are not user requests; the service excludes them too (docs/app-contract.md). */
/** Handlers that are not user requests (probes, dependency checks, scrapes). */
export const NOT_USER_REQUESTS = '/healthz|/readyz|/dependencies|/metrics';

interface Objective {
  readonly slo: 'availability' | 'latency' | 'stream-start';
  readonly title: string;
  readonly target: number;
  /** Events counted, and the bad ones among them, as rates over a window. */
  readonly total: (window: string) => string;
  readonly bad: (window: string) => string;
  /** promtool input: the `bad` share of events fails the objective. */
  readonly series: (bad: number, steps: number) => Record<string, string>;
}

/**
 * SLOs as code: for each objective, error-ratio recording rules over every burn-rate window
 * and the budget period, the remaining error budget, and two alerts — a fast burn that pages
 * (14.4x over 1h and 5m, or 6x over 6h and 30m) and a slow burn that opens a ticket (3x over
 * 1d and 2h, or 1x over 3d and 6h). A window pair fires only when both windows burn, so an
 * alert stops soon after the burning stops.
 *
 * The SLIs count user requests only: availability excludes probes and scrapes; latency times
 * non-streamed responses; a stream counts by the time to its first byte (its own objective),
 * since its length is the answer's.
 */
export function sloGroups(env: EnvironmentSettings): RuleGroup[] {
  const s = env.monitoring.slo;
  const api = `namespace="${env.namespace}",job="agent-api"`;
  const users = `${api},handler!~"${NOT_USER_REQUESTS}"`;
  const histogram = (metric: string, threshold: number): Pick<Objective, 'total' | 'bad' | 'series'> => {
    const le = pythonFloat(threshold);
    return {
      total: (w) => `sum(rate(${metric}_count{${api}}[${w}]))`,
      bad: (w) => `(sum(rate(${metric}_count{${api}}[${w}])) - sum(rate(${metric}_bucket{${api},le="${le}"}[${w}])))`,
      series: (bad, steps) => ({
        [`${metric}_bucket{${api},le="${le}"}`]: `0+${100 - bad}x${steps}`,
        [`${metric}_count{${api}}`]: `0+100x${steps}`,
      }),
    };
  };
  const objectives: Objective[] = [
    {
      slo: 'availability',
      title: 'Availability',
      target: s.availabilityTarget,
      total: (w) => `sum(rate(http_requests_total{${users}}[${w}]))`,
      bad: (w) => `sum(rate(http_requests_total{${users},status="5xx"}[${w}]))`,
      // Probes and scrapes succeed all the time: counted, they would dilute the failures away.
      series: (bad, steps) => ({
        [`http_requests_total{${api},handler="/v1/notes",method="POST",status="2xx"}`]: `0+${100 - bad}x${steps}`,
        [`http_requests_total{${api},handler="/v1/notes",method="POST",status="5xx"}`]: `0+${bad}x${steps}`,
        [`http_requests_total{${api},handler="/readyz",method="GET",status="2xx"}`]: `0+100000x${steps}`,
        [`http_requests_total{${api},handler="/metrics",method="GET",status="2xx"}`]: `0+100000x${steps}`,
      }),
    },
    {
      slo: 'latency',
      title: 'Latency',
      target: s.latencyTarget,
      ...histogram('http_request_duration_highr_seconds', s.latencyThresholdSeconds),
    },
    {
      slo: 'stream-start',
      title: 'StreamStart',
      target: s.streamStartTarget,
      ...histogram('http_stream_first_byte_seconds', s.streamStartThresholdSeconds),
    },
  ];

  return objectives.map((o) => {
    const budget = 1 - o.target;
    const label = `slo="${o.slo}"`;
    const ratio = (w: string) => `slo:sli_error:ratio_rate${w}{${label}}`;
    const derived = (w: string) =>
      `sum_over_time(slo:sli_bad:rate${BASE}{${label}}[${w}]) / sum_over_time(slo:sli_total:rate${BASE}{${label}}[${w}])`;
    const recordings: RecordingRule[] = [
      { record: `slo:sli_total:rate${BASE}`, expr: o.total(BASE), labels: { slo: o.slo } },
      { record: `slo:sli_bad:rate${BASE}`, expr: o.bad(BASE), labels: { slo: o.slo } },
      ...RAW_WINDOWS.map((w) => ({ record: `slo:sli_error:ratio_rate${w}`, expr: `${o.bad(w)} / ${o.total(w)}`, labels: { slo: o.slo } })),
      ...[...DERIVED_WINDOWS, `${s.periodDays}d`].map((w) => ({
        record: `slo:sli_error:ratio_rate${w}`,
        expr: derived(w),
        labels: { slo: o.slo },
      })),
      {
        record: 'slo:error_budget_remaining:ratio',
        expr: `1 - ${ratio(`${s.periodDays}d`)} / ${budget.toFixed(6)}`,
        labels: { slo: o.slo },
      },
    ];
    const burn = (severity: 'critical' | 'warning') =>
      BURN.filter((b) => b.severity === severity)
        .map((b) => `(${ratio(b.long)} > ${(b.factor * budget).toFixed(6)} and ${ratio(b.short)} > ${(b.factor * budget).toFixed(6)})`)
        .join(' or ');
    const what = o.slo === 'stream-start' ? 'stream' : o.slo;
    // Half the events failing burns any budget at well over 14.4x; none failing burns nothing.
    const alerts: AlertRule[] = [
      {
        alert: `Slo${o.title}BudgetBurnFast`,
        expr: burn('critical'),
        for: '2m',
        severity: 'critical',
        // Users see the failures now: the status page tells them (a slow burn is ours to fix quietly).
        customerFacing: true,
        summary: `The ${what} SLO is burning its error budget fast`,
        description: `At this rate the ${(o.target * 100).toFixed(2)}% ${what} objective's ${s.periodDays}-day budget runs out within days.`,
        fires: { series: o.series(50, 90), at: '90m', labels: { namespace: env.namespace, slo: o.slo, customer_facing: 'true' } },
        quiet: { series: o.series(0, 90), at: '90m' },
      },
      {
        alert: `Slo${o.title}BudgetBurnSlow`,
        expr: burn('warning'),
        for: '15m',
        severity: 'warning',
        summary: `The ${what} SLO is burning its error budget`,
        description: `The ${(o.target * 100).toFixed(2)}% ${what} objective loses budget faster than the ${s.periodDays}-day period allows.`,
        fires: { series: o.series(50, 460), at: '75h', interval: '10m', labels: { namespace: env.namespace, slo: o.slo } },
        quiet: { series: o.series(0, 460), at: '75h', interval: '10m' },
      },
    ];
    return { name: `agent-api-slo-${o.slo}`, component: 'slo', rules: [...recordings, ...alerts] };
  });
}
