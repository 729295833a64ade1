import type { EnvironmentSettings } from '../../config/settings';
import { API_CONTAINER } from '../app/app-chart';
import { edgeAccessLog } from '../edge/edge-monitoring';
import type { AlertRule, RecordingRule, RuleGroup } from './rules';

/**
 * Series Loki's ruler records from the namespace's logs and writes to Prometheus, where the
 * alerts below read them (promtool tests them like every other alert). The log schema each
 * expression relies on: docs/logging.md.
 */
export const LOG_SERIES = {
  /** Log lines per second of each container of the namespace (`container_name`). */
  lines: 'agent_log_lines:rate5m',
  /** The API's ERROR and CRITICAL lines per second, by Python logger (`logger`). */
  apiErrors: 'agent_api_log_errors:rate5m',
  /** The API's security events per second, by kind (`security_event`, docs/app-contract.md). */
  securityEvents: 'agent_api_security_events:rate5m',
} as const;

/** Security events the alerts count: the API's refusals of a caller (docs/app-contract.md). */
const AUTH_EVENTS = ['authentication_failed', 'access_denied'] as const;

/** Error lines per second of one logger above which it alerts: 6 a minute, for 10 minutes. */
const ERROR_LINES_PER_SECOND = 0.1;
/** Refused callers per second above which the API alerts: 60 a minute, for 5 minutes. */
const AUTH_FAILURES_PER_SECOND = 1;
/** A container's hourly log volume this many times that of the same hour yesterday is an anomaly. */
const VOLUME_FACTOR = 3;
/** Below this many lines per second a container's volume is too small to judge (a quiet dev pod doubling). */
const VOLUME_FLOOR_PER_SECOND = 1;

/** Every stream Fluent Bit ships from the environment's namespace. */
function namespaceLogs(env: EnvironmentSettings): string {
  return `{job="fluent-bit", namespace_name="${env.namespace}"}`;
}

/** The API's log: JSON lines (docs/app-contract.md), merged into the record by Fluent Bit. */
export function apiLog(env: EnvironmentSettings): string {
  return `{job="fluent-bit", namespace_name="${env.namespace}", container_name="${API_CONTAINER}"}`;
}

/** The API's ERROR and CRITICAL lines (Python's level names); lines that are not JSON have no level to judge. */
export function apiErrorLines(env: EnvironmentSettings): string {
  return `${apiLog(env)} | json level, logger | __error__="" | level=~"ERROR|CRITICAL"`;
}

/**
 * The API's security events (docs/app-contract.md): logger `agent.security`, kind in
 * `security_event`. The line filter first, so Loki parses only the lines that can match.
 */
export function securityEventLines(env: EnvironmentSettings): string {
  return `${apiLog(env)} |= "security_event" | json security_event, logger | __error__="" | logger="agent.security" | security_event!=""`;
}

/**
 * Streams kept for `monitoring.securityLogRetentionHours`: the edge's access log (every
 * request's client, path and status, 401, 403 and 429 included) and the API's log, where its
 * security events are (a stream is the finest unit Loki's retention selects).
 */
export function securityStreams(env: EnvironmentSettings): string[] {
  return [edgeAccessLog(env), apiLog(env)];
}

/** Loki ruler groups (Prometheus rule format, LogQL expressions) over the namespace's logs. */
export function logRecordingRules(env: EnvironmentSettings): { groups: { name: string; interval: string; rules: RecordingRule[] }[] } {
  const labels = { namespace: env.namespace };
  return {
    groups: [
      {
        name: 'agent-logs',
        interval: '1m',
        rules: [
          { record: LOG_SERIES.lines, expr: `sum by (container_name) (rate(${namespaceLogs(env)}[5m]))`, labels },
          { record: LOG_SERIES.apiErrors, expr: `sum by (logger) (rate(${apiErrorLines(env)} [5m]))`, labels },
          { record: LOG_SERIES.securityEvents, expr: `sum by (security_event) (rate(${securityEventLines(env)} [5m]))`, labels },
        ],
      },
    ],
  };
}

/** Prometheus alerts over the recorded log series. */
export function logAlertGroups(env: EnvironmentSettings): RuleGroup[] {
  const ns = `namespace="${env.namespace}"`;
  const on = (labels: Record<string, string>) => ({ namespace: env.namespace, ...labels });
  const errors = (logger: string) => `${LOG_SERIES.apiErrors}{${ns},logger="${logger}"}`;
  const events = (event: string) => `${LOG_SERIES.securityEvents}{${ns},security_event="${event}"}`;
  const lines = (container: string) => `${LOG_SERIES.lines}{${ns},container_name="${container}"}`;
  const hourly = `avg_over_time(${LOG_SERIES.lines}{${ns}}[1h])`;

  const api: AlertRule[] = [
    {
      alert: 'AgentApiErrorLogsHigh',
      expr: `sum by (namespace, logger) (${LOG_SERIES.apiErrors}{${ns}}) > ${ERROR_LINES_PER_SECOND}`,
      for: '10m',
      severity: 'warning',
      summary: 'Logger {{ $labels.logger }} of the API logs errors',
      description: `The API's logger {{ $labels.logger }} has written more than ${ERROR_LINES_PER_SECOND * 60} ERROR or CRITICAL lines a minute for 10 minutes.`,
      fires: { series: { [errors('uvicorn.error')]: '0.2x20' }, at: '15m', labels: on({ logger: 'uvicorn.error' }) },
      // Exactly at the limit, and another logger well under it.
      quiet: { series: { [errors('uvicorn.error')]: `${ERROR_LINES_PER_SECOND}x20`, [errors('agent.api')]: '0.05x20' }, at: '15m' },
    },
    {
      alert: 'AgentApiAuthFailureSpike',
      expr: `sum by (namespace, security_event) (${LOG_SERIES.securityEvents}{${ns},security_event=~"${AUTH_EVENTS.join('|')}"}) > ${AUTH_FAILURES_PER_SECOND}`,
      for: '5m',
      severity: 'warning',
      summary: 'The API refuses many callers ({{ $labels.security_event }})',
      description: `The API has logged more than ${AUTH_FAILURES_PER_SECOND * 60} {{ $labels.security_event }} security events a minute for 5 minutes: credential stuffing, or a client with expired credentials.`,
      fires: [
        { series: { [events('authentication_failed')]: '1.5x10' }, at: '7m', labels: on({ security_event: 'authentication_failed' }) },
        { series: { [events('access_denied')]: '2x10' }, at: '7m', labels: on({ security_event: 'access_denied' }) },
      ],
      quiet: {
        series: { [events('authentication_failed')]: `${AUTH_FAILURES_PER_SECOND}x10`, [events('access_denied')]: '0.5x10' },
        at: '7m',
      },
    },
  ];

  // Samples every 10 minutes for a day at one volume, then for two hours at another: at 25h the
  // last hour is compared with the first.
  const day = (yesterday: number, today: number) => `${yesterday}x144 ${today}x12`;
  const volume: AlertRule[] = [
    {
      alert: 'LogVolumeAnomaly',
      expr: `${hourly} > ${VOLUME_FACTOR} * avg_over_time(${LOG_SERIES.lines}{${ns}}[1h] offset 1d) and ${hourly} > ${VOLUME_FLOOR_PER_SECOND}`,
      for: '15m',
      severity: 'warning',
      summary: 'Container {{ $labels.container_name }} logs far more than at this time yesterday',
      description: `For the last hour, the namespace's {{ $labels.container_name }} containers have written over ${VOLUME_FACTOR} times as many lines as in the same hour a day earlier (and over ${VOLUME_FLOOR_PER_SECOND} a second): a failure logged in a loop, a debug level left on, or an attack.`,
      fires: { series: { [lines('api')]: day(2, 10) }, interval: '10m', at: '25h', labels: on({ container_name: 'api' }) },
      quiet: [
        // Three times yesterday's volume: not over it.
        { series: { [lines('api')]: day(2, 6) }, interval: '10m', at: '25h' },
        // The same hour was as busy yesterday (a daily peak).
        { series: { [lines('nginx')]: '10x6 2x137 10x12' }, interval: '10m', at: '25h' },
        // Tenfold, but too few lines to matter.
        { series: { [lines('postgres')]: day(0.05, 0.5) }, interval: '10m', at: '25h' },
      ],
    },
  ];

  return [
    { name: 'agent-api-logs', component: 'api', rules: api },
    { name: 'log-volume', component: 'logs', rules: volume },
  ];
}
