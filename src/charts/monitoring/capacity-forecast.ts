import type { EnvironmentSettings } from '../../config/settings';
import type { Dashboard } from './dashboards';
import type { AlertRule, RecordingRule, RuleGroup, RuleTestInput } from './rules';

/**
 * Capacity forecasts: what each finite resource uses as a share of its ceiling (volume
 * capacity, container memory limit, the namespace quota, max_connections, maxmemory), recorded
 * per namespace, and alerts when its trend over the last week reaches the ceiling within two
 * weeks: time to resize through a settings change (docs/capacity.md) before anything is refused.
 * The shorter-term alerts (PersistentVolumeFillingUp, NamespaceQuotaNearLimit,
 * PostgresConnectionsNearMax, RedisMemoryNearMax) stay: they catch fast growth this misses.
 */

/** How far ahead the alerts look: two weeks leave a sprint to resize. */
const FORECAST_DAYS = 14;
/** The trend predict_linear fits: a week, so weekday and weekend load both count. */
const TREND = '7d';

/** Recorded shares of a ceiling; 1 is exhausted. */
export const CAPACITY_RATIOS = {
  volume: 'namespace_persistentvolumeclaim:kubelet_volume_stats_used_bytes:ratio',
  memory: 'namespace_container:container_memory_working_set_bytes:max_ratio_limit',
  quota: 'namespace_resourcequota_resource:kube_resourcequota_used:ratio_hard',
  postgresConnections: 'namespace_pod:pg_stat_activity_count:ratio_max_connections',
  redisMemory: 'namespace_pod:redis_memory_used_bytes:ratio_maxmemory',
} as const;
/** The namespace's CPU use in cores, for the dashboard's forecast against the quota. */
const CPU_USAGE = 'namespace:container_cpu_usage_seconds:sum_rate5m';

const forecast = (series: string) => `predict_linear(${series}[${TREND}], ${FORECAST_DAYS} * 86400)`;

/** The recording rules, over the pinned exporters' metrics (metrics.ts). */
function recordingRules(env: EnvironmentSettings): RecordingRule[] {
  const ns = `namespace="${env.namespace}"`;
  // cAdvisor also reports the pod's cgroup (container="") and the pause container ("POD").
  const containers = `${ns},container!="",container!="POD"`;
  return [
    {
      record: CAPACITY_RATIOS.volume,
      expr: `max by (namespace, persistentvolumeclaim) (1 - kubelet_volume_stats_available_bytes{${ns}} / kubelet_volume_stats_capacity_bytes{${ns}})`,
    },
    {
      // The busiest pod per container name: API pods come and go, the container name stays.
      record: CAPACITY_RATIOS.memory,
      expr: `max by (namespace, container) (max by (namespace, pod, container) (container_memory_working_set_bytes{${containers}}) / on (namespace, pod, container) max by (namespace, pod, container) (kube_pod_container_resource_limits{${ns},resource="memory"}))`,
    },
    {
      record: CAPACITY_RATIOS.quota,
      expr: `max by (namespace, resourcequota, resource) (kube_resourcequota{${ns},type="used"}) / on (namespace, resourcequota, resource) max by (namespace, resourcequota, resource) (kube_resourcequota{${ns},type="hard"} > 0)`,
    },
    {
      record: CAPACITY_RATIOS.postgresConnections,
      expr: `sum by (namespace, pod) (pg_stat_activity_count{${ns}}) / on (namespace, pod) max by (namespace, pod) (pg_settings_max_connections{${ns}})`,
    },
    {
      // maxmemory 0 means no limit: no ratio.
      record: CAPACITY_RATIOS.redisMemory,
      expr: `max by (namespace, pod) (redis_memory_used_bytes{${ns}}) / on (namespace, pod) max by (namespace, pod) (redis_memory_max_bytes{${ns}} > 0)`,
    },
    { record: CPU_USAGE, expr: `sum by (namespace) (rate(container_cpu_usage_seconds_total{${containers}}[5m]))` },
  ];
}

interface ShareSeries {
  readonly used: string;
  /** The ceiling minus `used`. */
  readonly free: string;
  readonly ceiling: string;
}

/**
 * Samples every 10 minutes of a share rising by 0.01 a day that, three hours in, is `days` days
 * from 1: `used` grows by one per sample (144 a day) under a `ceiling` of 14400. A few hours of
 * a straight line predict what a week of it does, at a fraction of promtool's work.
 */
function exhaustedIn(days: number): ShareSeries {
  const perDay = 144;
  const ceiling = 100 * perDay;
  const start = ceiling - days * perDay - 18;
  return { used: `${start}+1x30`, free: `${ceiling - start}-1x30`, ceiling: `${ceiling}x30` };
}
const THREE_HOURS = { interval: '10m', at: '3h' } as const;

/**
 * One forecast alert: fires when the share runs out in 13 days, silent at 15 (the two days
 * around the two-week horizon), with the series `shape` turns a used/ceiling pair into.
 */
function forecastAlert(
  alert: string,
  ratio: string,
  what: { summary: string; description: string },
  shape: (s: ShareSeries) => Record<string, string>,
  labels: Record<string, string>,
): AlertRule {
  const at = (days: number): RuleTestInput => ({ series: shape(exhaustedIn(days)), ...THREE_HOURS });
  return {
    alert,
    expr: `${forecast(ratio)} > 1`,
    for: '1h',
    severity: 'warning',
    summary: what.summary,
    description: `${what.description} At the trend of the last ${TREND} it is exhausted within ${FORECAST_DAYS} days; docs/capacity.md turns that into a settings change.`,
    fires: { ...at(13), labels },
    quiet: at(15),
  };
}

function alerts(env: EnvironmentSettings): AlertRule[] {
  const ns = `namespace="${env.namespace}"`;
  const on = (labels: Record<string, string>) => ({ namespace: env.namespace, ...labels });
  const pod = 'postgres-0';
  return [
    forecastAlert(
      'CapacityVolumeExhaustionForecast',
      CAPACITY_RATIOS.volume,
      { summary: 'Volume {{ $labels.persistentvolumeclaim }} will be full within two weeks', description: 'The claim fills up.' },
      (s) => ({
        [`kubelet_volume_stats_available_bytes{${ns},persistentvolumeclaim="data-${pod}"}`]: s.free,
        [`kubelet_volume_stats_capacity_bytes{${ns},persistentvolumeclaim="data-${pod}"}`]: s.ceiling,
      }),
      on({ persistentvolumeclaim: `data-${pod}` }),
    ),
    forecastAlert(
      'CapacityContainerMemoryForecast',
      CAPACITY_RATIOS.memory,
      {
        summary: 'Container {{ $labels.container }} will reach its memory limit within two weeks',
        description: 'The busiest {{ $labels.container }} container grows towards its memory limit, where it is OOM-killed.',
      },
      (s) => ({
        [`container_memory_working_set_bytes{${ns},pod="${pod}",container="postgres"}`]: s.used,
        [`kube_pod_container_resource_limits{${ns},pod="${pod}",container="postgres",resource="memory",unit="byte"}`]: s.ceiling,
      }),
      on({ container: 'postgres' }),
    ),
    forecastAlert(
      'CapacityQuotaExhaustionForecast',
      CAPACITY_RATIOS.quota,
      {
        summary: 'The namespace will use all of its {{ $labels.resource }} quota within two weeks',
        description:
          'What the pods request of {{ $labels.resource }} grows towards ResourceQuota {{ $labels.resourcequota }}, which then refuses scale-ups, rollouts and jobs.',
      },
      (s) => ({
        [`kube_resourcequota{${ns},resourcequota="compute-quota",resource="requests.cpu",type="used"}`]: s.used,
        [`kube_resourcequota{${ns},resourcequota="compute-quota",resource="requests.cpu",type="hard"}`]: s.ceiling,
      }),
      on({ resourcequota: 'compute-quota', resource: 'requests.cpu' }),
    ),
    forecastAlert(
      'CapacityPostgresConnectionsForecast',
      CAPACITY_RATIOS.postgresConnections,
      {
        summary: 'PostgreSQL on {{ $labels.pod }} will run out of connections within two weeks',
        description: 'Connections to {{ $labels.pod }} grow towards max_connections, where new ones are refused.',
      },
      (s) => ({
        [`pg_stat_activity_count{${ns},pod="${pod}",datname="agent",state="active"}`]: s.used,
        [`pg_settings_max_connections{${ns},pod="${pod}"}`]: s.ceiling,
      }),
      on({ pod }),
    ),
    forecastAlert(
      'CapacityRedisMemoryForecast',
      CAPACITY_RATIOS.redisMemory,
      {
        summary: 'Redis on {{ $labels.pod }} will reach maxmemory within two weeks',
        description: `Redis memory on {{ $labels.pod }} grows towards maxmemory, where policy ${env.redis.maxmemoryPolicy} evicts keys or refuses writes.`,
      },
      (s) => ({ [`redis_memory_used_bytes{${ns},pod="redis-0"}`]: s.used, [`redis_memory_max_bytes{${ns},pod="redis-0"}`]: s.ceiling }),
      on({ pod: 'redis-0' }),
    ),
  ];
}

export function capacityForecastGroup(env: EnvironmentSettings): RuleGroup {
  return { name: 'capacity-forecast', component: 'capacity', rules: [...recordingRules(env), ...alerts(env)] };
}

/**
 * The capacity dashboard: each recorded share with its forecast, CPU use against the quota, and
 * what every container requests next to what its busiest pod uses (the view a VPA recommendation
 * would add to; docs/capacity.md).
 */
export function capacityDashboard(env: EnvironmentSettings): Dashboard {
  const ns = `namespace="${env.namespace}"`;
  const containers = `${ns},container!="",container!="POD"`;
  const withForecast = (title: string, ratio: string, legend: string) => ({
    title: `${title} (forecast ${FORECAST_DAYS} days ahead)`,
    unit: 'percentunit',
    queries: [
      { expr: ratio, legend },
      { expr: forecast(ratio), legend: `${legend} in ${FORECAST_DAYS}d` },
    ],
  });
  return {
    uid: 'agent-capacity',
    title: 'Capacity',
    panels: [
      withForecast('Volumes used', CAPACITY_RATIOS.volume, '{{persistentvolumeclaim}}'),
      withForecast('Memory working set / limit, busiest pod', CAPACITY_RATIOS.memory, '{{container}}'),
      withForecast('Quota used / hard', CAPACITY_RATIOS.quota, '{{resource}}'),
      withForecast('PostgreSQL connections / max_connections', CAPACITY_RATIOS.postgresConnections, '{{pod}}'),
      withForecast('Redis memory / maxmemory', CAPACITY_RATIOS.redisMemory, '{{pod}}'),
      {
        title: `CPU used vs the quota's requests.cpu (forecast ${FORECAST_DAYS} days ahead)`,
        unit: 'short',
        queries: [
          { expr: CPU_USAGE, legend: 'cores used' },
          { expr: forecast(CPU_USAGE), legend: `cores used in ${FORECAST_DAYS}d` },
          { expr: `max(kube_resourcequota{${ns},resource="requests.cpu",type="hard"})`, legend: 'quota requests.cpu' },
        ],
      },
      {
        title: 'CPU per container: requested vs used by the busiest pod',
        unit: 'short',
        queries: [
          { expr: `max by (container) (kube_pod_container_resource_requests{${ns},resource="cpu"})`, legend: 'requested {{container}}' },
          { expr: `max by (container) (rate(container_cpu_usage_seconds_total{${containers}}[5m]))`, legend: 'used {{container}}' },
        ],
      },
      {
        title: 'Memory per container: requested vs working set of the busiest pod',
        unit: 'bytes',
        queries: [
          { expr: `max by (container) (kube_pod_container_resource_requests{${ns},resource="memory"})`, legend: 'requested {{container}}' },
          { expr: `max by (container) (container_memory_working_set_bytes{${containers}})`, legend: 'used {{container}}' },
        ],
      },
    ],
  };
}
