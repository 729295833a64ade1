import type { EnvironmentSettings } from '../../config/settings';
import { EDGE_RESPONSES } from '../edge/edge-monitoring';
import type { Dashboard } from './dashboards';
import { apiErrorLines, LOG_SERIES, securityEventLines } from './log-rules';

/**
 * The logs dashboard: the series Loki's ruler records (volume, errors by logger, security
 * events) beside the lines behind them, read from Loki with the rules' own queries.
 */
export function logsDashboard(env: EnvironmentSettings): Dashboard {
  const ns = `namespace="${env.namespace}"`;
  return {
    uid: 'agent-logs',
    title: 'Logs',
    panels: [
      {
        title: 'Log lines per second by container',
        unit: 'short',
        queries: [{ expr: `sum by (container_name) (${LOG_SERIES.lines}{${ns}})`, legend: '{{container_name}}' }],
      },
      {
        title: 'Log lines per second: now and a day earlier',
        unit: 'short',
        queries: [
          { expr: `sum(${LOG_SERIES.lines}{${ns}})`, legend: 'now' },
          { expr: `sum(${LOG_SERIES.lines}{${ns}} offset 1d)`, legend: 'a day earlier' },
        ],
      },
      {
        title: 'API error lines per second by logger',
        unit: 'short',
        queries: [{ expr: `sum by (logger) (${LOG_SERIES.apiErrors}{${ns}})`, legend: '{{logger}}' }],
      },
      {
        title: 'Security events per second: API and edge',
        unit: 'short',
        queries: [
          { expr: `sum by (security_event) (${LOG_SERIES.securityEvents}{${ns}})`, legend: 'API {{security_event}}' },
          { expr: `sum by (status) (${EDGE_RESPONSES}{${ns},status=~"401|403|429"})`, legend: 'edge {{status}}' },
        ],
      },
      { title: 'API errors', unit: 'short', logs: true, queries: [{ expr: apiErrorLines(env), legend: '' }] },
      { title: 'API security events', unit: 'short', logs: true, queries: [{ expr: securityEventLines(env), legend: '' }] },
    ],
  };
}
