import type { EnvironmentSettings } from '../../config/settings';
import { logsDashboard } from './logs-dashboard';
import { capacityDashboard } from './capacity-forecast';

/** One time-series panel: queries with their legends, and the unit Grafana formats values in. */
export interface Panel {
  readonly title: string;
  readonly unit: string;
  readonly queries: readonly { readonly expr: string; readonly legend: string }[];
  /** A logs panel: the queries are LogQL log queries to Loki, shown as lines. @default false */
  readonly logs?: boolean;
}

export interface Dashboard {
  readonly uid: string;
  readonly title: string;
  readonly panels: readonly Panel[];
}

/** Grafana dashboard JSON: panels two per row, a Prometheus (and Loki) datasource variable, 30 s refresh. */
export function dashboardJson(d: Dashboard, env: EnvironmentSettings): object {
  return {
    uid: d.uid,
    title: `${d.title} (${env.name})`,
    tags: ['agent-platform', env.name],
    timezone: 'utc',
    refresh: '30s',
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', current: {} },
        ...(d.panels.some((p) => p.logs) ? [{ name: 'loki', type: 'datasource', query: 'loki', current: {} }] : []),
      ],
    },
    panels: d.panels.map((p, i) => ({
      id: i + 1,
      type: p.logs ? 'logs' : 'timeseries',
      title: p.title,
      datasource: p.logs ? { type: 'loki', uid: '${loki}' } : { type: 'prometheus', uid: '${datasource}' },
      gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
      fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
      targets: p.queries.map((q, j) => ({ refId: String.fromCharCode(65 + j), expr: q.expr, legendFormat: q.legend })),
    })),
  };
}

/** The dashboards: service overview, SLOs and error budgets, PostgreSQL, Redis, logs, capacity. */
export function dashboards(env: EnvironmentSettings): Dashboard[] {
  const ns = `namespace="${env.namespace}"`;
  const api = `${ns},job="agent-api"`;
  const redisMetric = (m: string) => `${m}{${ns}}`;
  return [
    {
      uid: 'agent-api-overview',
      title: 'Agent API: overview',
      panels: [
        {
          title: 'Requests per second by status',
          unit: 'reqps',
          queries: [{ expr: `sum by (status) (rate(http_requests_total{${api}}[5m]))`, legend: '{{status}}' }],
        },
        {
          title: 'Error ratio (5xx)',
          unit: 'percentunit',
          queries: [
            { expr: `sum(rate(http_requests_total{${api},status="5xx"}[5m])) / sum(rate(http_requests_total{${api}}[5m]))`, legend: '5xx' },
          ],
        },
        {
          title: 'Latency percentiles',
          unit: 's',
          queries: [0.5, 0.95, 0.99].map((q) => ({
            expr: `histogram_quantile(${q}, sum by (le) (rate(http_request_duration_highr_seconds_bucket{${api}}[5m])))`,
            legend: `p${q * 100}`,
          })),
        },
        {
          title: 'Saturation: CPU and memory of API pods',
          unit: 'short',
          queries: [
            { expr: `sum(rate(container_cpu_usage_seconds_total{${ns},container="api"}[5m]))`, legend: 'CPU cores' },
            { expr: `sum(container_memory_working_set_bytes{${ns},container="api"}) / 2^30`, legend: 'memory GiB' },
          ],
        },
        {
          title: 'Replicas: current and autoscaler maximum',
          unit: 'short',
          queries: [
            { expr: `kube_horizontalpodautoscaler_status_current_replicas{${ns},horizontalpodautoscaler="agent-api"}`, legend: 'current' },
            { expr: `kube_horizontalpodautoscaler_spec_max_replicas{${ns},horizontalpodautoscaler="agent-api"}`, legend: 'maximum' },
          ],
        },
        {
          title: 'Edge: 401, 403 and 429 per second (NGINX access log)',
          unit: 'reqps',
          queries: [
            {
              expr: `sum by (status) (edge_http_responses:rate5m{${ns},gateway="agent-edge",status=~"401|403|429"})`,
              legend: '{{status}}',
            },
          ],
        },
      ],
    },
    {
      uid: 'agent-api-slo',
      title: 'Agent API: SLOs and error budget',
      panels: [
        {
          title: 'Error budget remaining',
          unit: 'percentunit',
          queries: [{ expr: 'slo:error_budget_remaining:ratio', legend: '{{slo}}' }],
        },
        {
          title: 'Burn rate, 1h window',
          unit: 'short',
          queries: [
            {
              expr: `slo:sli_error:ratio_rate1h{slo="availability"} / ${(1 - env.monitoring.slo.availabilityTarget).toFixed(6)}`,
              legend: 'availability',
            },
            { expr: `slo:sli_error:ratio_rate1h{slo="latency"} / ${(1 - env.monitoring.slo.latencyTarget).toFixed(6)}`, legend: 'latency' },
            {
              expr: `slo:sli_error:ratio_rate1h{slo="stream-start"} / ${(1 - env.monitoring.slo.streamStartTarget).toFixed(6)}`,
              legend: 'stream start',
            },
          ],
        },
        { title: 'Error ratio, 5m window', unit: 'percentunit', queries: [{ expr: 'slo:sli_error:ratio_rate5m', legend: '{{slo}}' }] },
        { title: 'Error ratio, 6h window', unit: 'percentunit', queries: [{ expr: 'slo:sli_error:ratio_rate6h', legend: '{{slo}}' }] },
      ],
    },
    {
      uid: 'agent-postgres',
      title: 'PostgreSQL',
      panels: [
        { title: 'Up', unit: 'short', queries: [{ expr: `pg_up{${ns}}`, legend: '{{pod}}' }] },
        {
          title: 'Patroni roles: leader, synchronous standby',
          unit: 'short',
          queries: [
            { expr: `patroni_primary{${ns}}`, legend: 'leader {{pod}}' },
            { expr: `patroni_sync_standby{${ns}}`, legend: 'sync standby {{pod}}' },
          ],
        },
        {
          title: 'Timeline (a step is a failover or switchover)',
          unit: 'short',
          queries: [{ expr: `max by (scope) (patroni_postgres_timeline{${ns}})`, legend: '{{scope}}' }],
        },
        {
          title: 'WAL not yet received by each replica (Patroni)',
          unit: 'bytes',
          queries: [
            {
              expr: `max by (namespace, scope) (patroni_xlog_location{${ns}}) - on (namespace, scope) group_right () (patroni_xlog_received_location{${ns}} and on (namespace, pod) patroni_replica{${ns}} == 1)`,
              legend: '{{pod}}',
            },
          ],
        },
        {
          title: 'Connections vs max_connections',
          unit: 'short',
          queries: [
            { expr: `sum by (pod) (pg_stat_activity_count{${ns}})`, legend: '{{pod}}' },
            { expr: `max(pg_settings_max_connections{${ns}})`, legend: 'max_connections' },
          ],
        },
        {
          title: 'Transactions per second',
          unit: 'ops',
          queries: [{ expr: `sum by (pod) (rate(pg_stat_database_xact_commit{${ns}}[5m]))`, legend: '{{pod}}' }],
        },
        {
          title: 'Replication lag',
          unit: 's',
          queries: [{ expr: `pg_replication_lag_seconds{${ns}} and pg_replication_is_replica{${ns}} == 1`, legend: '{{pod}}' }],
        },
        {
          title: 'Replication lag in bytes (primary view)',
          unit: 'bytes',
          queries: [{ expr: `pg_stat_replication_pg_wal_lsn_diff{${ns}}`, legend: '{{application_name}}' }],
        },
        {
          title: 'WAL archiving: seconds since last archive, failures',
          unit: 'short',
          queries: [
            {
              expr: `pg_stat_archiver_last_archive_age{${ns}} and on (namespace, pod) pg_replication_is_replica{${ns}} == 0`,
              legend: 'age {{pod}}',
            },
            { expr: `increase(pg_stat_archiver_failed_count{${ns}}[1h])`, legend: 'failures/h {{pod}}' },
          ],
        },
        {
          title: 'Backups and drills: hours since last success',
          unit: 'h',
          queries: [
            { expr: `(time() - kube_cronjob_status_last_successful_time{${ns},cronjob=~"postgres-.+"}) / 3600`, legend: '{{cronjob}}' },
          ],
        },
        {
          title: 'Backup and restore drill durations',
          unit: 's',
          queries: [
            {
              expr: `kube_job_status_completion_time{${ns},job_name=~"postgres-(backup|restore-drill)-.+"} - kube_job_status_start_time{${ns},job_name=~"postgres-(backup|restore-drill)-.+"}`,
              legend: '{{job_name}}',
            },
          ],
        },
        {
          title: 'Deadlocks per hour',
          unit: 'short',
          queries: [{ expr: `increase(pg_stat_database_deadlocks{${ns}}[1h])`, legend: '{{datname}}' }],
        },
      ],
    },
    {
      uid: 'agent-redis',
      title: 'Redis',
      panels: [
        { title: 'Up and role', unit: 'short', queries: [{ expr: `redis_instance_info{${ns}}`, legend: '{{pod}} {{role}}' }] },
        {
          title: 'Memory used vs maxmemory',
          unit: 'bytes',
          queries: [
            { expr: redisMetric('redis_memory_used_bytes'), legend: 'used {{pod}}' },
            { expr: redisMetric('redis_memory_max_bytes'), legend: 'max {{pod}}' },
          ],
        },
        {
          title: 'Commands per second',
          unit: 'ops',
          queries: [{ expr: `sum by (pod) (rate(redis_commands_processed_total{${ns}}[5m]))`, legend: '{{pod}}' }],
        },
        {
          title: 'Hit ratio',
          unit: 'percentunit',
          queries: [
            {
              expr: `sum(rate(redis_keyspace_hits_total{${ns}}[5m])) / (sum(rate(redis_keyspace_hits_total{${ns}}[5m])) + sum(rate(redis_keyspace_misses_total{${ns}}[5m])))`,
              legend: 'hits',
            },
          ],
        },
        {
          title: 'Clients, rejected connections, evictions',
          unit: 'short',
          queries: [
            { expr: `sum(redis_connected_clients{${ns}})`, legend: 'clients' },
            { expr: `sum(rate(redis_rejected_connections_total{${ns}}[5m]))`, legend: 'rejected/s' },
            { expr: `sum(rate(redis_evicted_keys_total{${ns}}[5m]))`, legend: 'evicted/s' },
          ],
        },
        {
          title: 'Replication and Sentinel',
          unit: 'short',
          queries: [
            { expr: `redis_connected_slaves{${ns}}`, legend: 'replicas of {{pod}}' },
            { expr: `redis_sentinel_master_ok_sentinels{${ns}}`, legend: 'Sentinels agreeing ({{pod}})' },
          ],
        },
      ],
    },
    logsDashboard(env),
    capacityDashboard(env),
  ];
}
