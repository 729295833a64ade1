import type { EnvironmentSettings } from '../../config/settings';
import { redisServerCount } from '../../config/capacity';
import type { AlertRule, RuleGroup } from './rules';
import { sloGroups } from './slo';
import { capacityForecastGroup } from './capacity-forecast';
import { deliveryGroup } from './delivery';
import { EDGE_RESPONSES } from '../edge/edge-monitoring';
import { logAlertGroups } from './log-rules';
import { maintenanceAlertGroup } from './maintenance-alerts';

/**
 * The platform's alerts, grouped by what they watch. Metric names are those of the pinned
 * sources (src/charts/monitoring/metrics.ts): the API's prometheus-fastapi-instrumentator
 * metrics, postgres_exporter v0.17.1, Patroni 3.0.2, redis_exporter v1.67.0, kube-state-metrics and kubelet
 * from kube-prometheus-stack, and the edge's NGINX access log counted by Loki's ruler.
 */
export function alertGroups(env: EnvironmentSettings): RuleGroup[] {
  const ns = `namespace="${env.namespace}"`;
  const api = `${ns},job="agent-api"`;
  const on = (labels: Record<string, string>) => ({ namespace: env.namespace, ...labels });

  const app: AlertRule[] = [
    {
      alert: 'AgentApiHighErrorRate',
      expr: `sum(rate(http_requests_total{${api},status="5xx"}[5m])) / sum(rate(http_requests_total{${api}}[5m])) > 0.05`,
      for: '10m',
      severity: 'warning',
      summary: 'More than 5% of API requests fail',
      description: 'Over 5% of agent-api responses have been 5xx for 10 minutes.',
      fires: {
        series: { [`http_requests_total{${api},status="2xx"}`]: '0+90x30', [`http_requests_total{${api},status="5xx"}`]: '0+10x30' },
        at: '25m',
        labels: on({}),
      },
      quiet: {
        series: { [`http_requests_total{${api},status="2xx"}`]: '0+99x30', [`http_requests_total{${api},status="5xx"}`]: '0+1x30' },
        at: '25m',
      },
    },
    {
      alert: 'AgentApiHighLatency',
      expr: `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_highr_seconds_bucket{${api}}[5m]))) > 5`,
      for: '10m',
      severity: 'warning',
      summary: 'API p95 latency above 5 s',
      description: 'The 95th percentile of agent-api request duration has been above 5 seconds for 10 minutes.',
      fires: {
        series: {
          [`http_request_duration_highr_seconds_bucket{${api},le="1.0"}`]: '0+10x30',
          [`http_request_duration_highr_seconds_bucket{${api},le="5.0"}`]: '0+50x30',
          [`http_request_duration_highr_seconds_bucket{${api},le="10.0"}`]: '0+100x30',
          [`http_request_duration_highr_seconds_bucket{${api},le="+Inf"}`]: '0+100x30',
        },
        at: '25m',
        labels: on({}),
      },
      quiet: {
        series: {
          [`http_request_duration_highr_seconds_bucket{${api},le="1.0"}`]: '0+99x30',
          [`http_request_duration_highr_seconds_bucket{${api},le="5.0"}`]: '0+100x30',
          [`http_request_duration_highr_seconds_bucket{${api},le="10.0"}`]: '0+100x30',
          [`http_request_duration_highr_seconds_bucket{${api},le="+Inf"}`]: '0+100x30',
        },
        at: '25m',
      },
    },
    {
      alert: 'AgentApiPodNotReady',
      expr: `kube_pod_status_ready{${ns},condition="false",pod=~"agent-api-.+",pod!~"agent-api-migrate-.+"} == 1`,
      for: '10m',
      severity: 'warning',
      summary: 'API pod {{ $labels.pod }} is not ready',
      description:
        'Pod {{ $labels.pod }} has failed its readiness check for 10 minutes: it has not finished starting, or it hangs (readiness does not depend on PostgreSQL or Redis).',
      fires: {
        series: { [`kube_pod_status_ready{${ns},condition="false",pod="agent-api-6c9f7d8b4-x2x7q"}`]: '1x20' },
        at: '15m',
        labels: on({ condition: 'false', pod: 'agent-api-6c9f7d8b4-x2x7q' }),
      },
      quiet: {
        series: {
          [`kube_pod_status_ready{${ns},condition="false",pod="agent-api-6c9f7d8b4-x2x7q"}`]: '0x20',
          [`kube_pod_status_ready{${ns},condition="false",pod="agent-api-migrate-7hq2k"}`]: '1x20',
        },
        at: '15m',
      },
    },
    {
      alert: 'AgentApiAutoscalerAtMaximum',
      expr: `kube_horizontalpodautoscaler_status_current_replicas{${ns},horizontalpodautoscaler="agent-api"} >= kube_horizontalpodautoscaler_spec_max_replicas{${ns},horizontalpodautoscaler="agent-api"}`,
      for: '15m',
      severity: 'warning',
      summary: 'The API autoscaler has been at its maximum for 15 minutes',
      description: `agent-api runs at app.maxReplicas (${env.app.maxReplicas}) and cannot scale further; latency and errors may follow.`,
      fires: {
        series: {
          [`kube_horizontalpodautoscaler_status_current_replicas{${ns},horizontalpodautoscaler="agent-api"}`]: `${env.app.maxReplicas}x30`,
          [`kube_horizontalpodautoscaler_spec_max_replicas{${ns},horizontalpodautoscaler="agent-api"}`]: `${env.app.maxReplicas}x30`,
        },
        at: '20m',
        labels: on({ horizontalpodautoscaler: 'agent-api' }),
      },
      quiet: {
        series: {
          [`kube_horizontalpodautoscaler_status_current_replicas{${ns},horizontalpodautoscaler="agent-api"}`]: `${env.app.minReplicas}x30`,
          [`kube_horizontalpodautoscaler_spec_max_replicas{${ns},horizontalpodautoscaler="agent-api"}`]: `${env.app.maxReplicas}x30`,
        },
        at: '20m',
      },
    },
  ];

  // Alerts about any pod of the namespace take `component` from the pod's own label
  // (kube-state-metrics exports it, see the add-on values); a pod without it keeps the alert unlabelled.
  const podComponent = `max by (namespace, pod, component) (label_replace(kube_pod_labels{${ns}}, "component", "$1", "label_app_kubernetes_io_component", "(.+)"))`;
  const byPod = (expr: string) =>
    `(${expr}) * on (namespace, pod) group_left (component) ${podComponent} or ((${expr}) unless on (namespace, pod) ${podComponent})`;
  const podLabels = (pod: string, component: string) => ({
    [`kube_pod_labels{${ns},pod="${pod}",label_app_kubernetes_io_component="${component}"}`]: '1x70',
  });
  const crashLooping = `max_over_time(kube_pod_container_status_waiting_reason{${ns},reason="CrashLoopBackOff"}[5m]) >= 1`;
  // Whole restarts in the hour: the highest count seen minus the lowest. `increase` would
  // extrapolate to the window's edges, so exactly 3 restarts could read above 3. The count is the
  // pod's own (status.containerStatuses[].restartCount): it never goes down within one pod `uid`
  // (a replaced pod is a new uid), so no counter reset can inflate the difference. Series of one
  // container may churn (kube-state-metrics rescheduled changes `instance`), hence the
  // aggregation by the container's identity (namespace, pod, uid, container; kube-state-metrics
  // docs/metrics/workload/pod-metrics.md) before subtracting.
  const restartCount = (over: 'max' | 'min') =>
    `${over} by (namespace, pod, uid, container) (${over}_over_time(kube_pod_container_status_restarts_total{${ns}}[1h]))`;
  const restarts = `${restartCount('max')} - ${restartCount('min')} > 3`;
  const apiPod = 'agent-api-6c9f7d8b4-x2x7q';
  const pods: AlertRule[] = [
    {
      alert: 'PodCrashLooping',
      expr: byPod(crashLooping),
      for: '15m',
      severity: 'warning',
      summary: 'Container {{ $labels.container }} of {{ $labels.pod }} is crash-looping',
      description: 'Container {{ $labels.container }} in pod {{ $labels.pod }} has been in CrashLoopBackOff for 15 minutes.',
      fires: [
        {
          series: {
            [`kube_pod_container_status_waiting_reason{${ns},pod="redis-1",container="redis",reason="CrashLoopBackOff"}`]: '1x30',
            ...podLabels('redis-1', 'cache'),
            ...podLabels(apiPod, 'api'),
          },
          at: '25m',
          labels: on({ pod: 'redis-1', container: 'redis', reason: 'CrashLoopBackOff', component: 'cache' }),
        },
        // kube-state-metrics without the pod's labels (or a pod without the label) still alerts.
        {
          series: { [`kube_pod_container_status_waiting_reason{${ns},pod="redis-1",container="redis",reason="CrashLoopBackOff"}`]: '1x30' },
          at: '25m',
          labels: on({ pod: 'redis-1', container: 'redis', reason: 'CrashLoopBackOff' }),
        },
      ],
      quiet: {
        series: {
          [`kube_pod_container_status_waiting_reason{${ns},pod="redis-1",container="redis",reason="CrashLoopBackOff"}`]: '0x30',
          ...podLabels('redis-1', 'cache'),
        },
        at: '25m',
      },
    },
    {
      alert: 'PodRestartingOften',
      expr: byPod(restarts),
      for: '0m',
      severity: 'warning',
      summary: 'Container {{ $labels.container }} of {{ $labels.pod }} restarted more than 3 times in an hour',
      description:
        'Container {{ $labels.container }} in pod {{ $labels.pod }} keeps restarting (OOM kills, failed liveness probes or crashes).',
      fires: [
        {
          series: {
            [`kube_pod_container_status_restarts_total{${ns},pod="postgres-1",container="postgres"}`]: '0+1x60',
            ...podLabels('postgres-1', 'database'),
          },
          at: '60m',
          labels: on({ pod: 'postgres-1', container: 'postgres', component: 'database' }),
        },
        {
          series: {
            [`kube_pod_container_status_restarts_total{${ns},pod="${apiPod}",container="api"}`]: '0+1x60',
            ...podLabels(apiPod, 'api'),
          },
          at: '60m',
          labels: on({ pod: apiPod, container: 'api', component: 'api' }),
        },
      ],
      quiet: {
        series: {
          [`kube_pod_container_status_restarts_total{${ns},pod="${apiPod}",container="api"}`]: '2x60',
          ...podLabels(apiPod, 'api'),
        },
        at: '60m',
      },
    },
  ];

  const primary = 'postgres-0';
  const members = env.postgres.replicas + 1;
  const pgUp = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`pg_up{${ns},pod="postgres-${i}"}`, '1x10']));
  const postgres: AlertRule[] = [
    {
      alert: 'PostgresDown',
      // A pod that is gone reports nothing at all: count the members that answer as well.
      expr: `pg_up{${ns}} == 0 or (count(pg_up{${ns}}) or vector(0)) < ${members}`,
      for: '1m',
      severity: 'critical',
      summary: 'A PostgreSQL member is down or gone',
      description: `postgres_exporter in {{ $labels.pod }} cannot reach its PostgreSQL server, or fewer than ${members} members report at all (with no pod label: a pod is gone or its exporter does not report).`,
      fires: [
        { series: { ...pgUp(members), [`pg_up{${ns},pod="${primary}"}`]: '0x10' }, at: '5m', labels: on({ pod: primary }) },
        { series: pgUp(members - 1), at: '5m', labels: on({}) },
      ],
      quiet: { series: pgUp(members), at: '5m' },
    },
    {
      alert: 'PostgresReplicationLagHigh',
      expr: `pg_replication_lag_seconds{${ns}} > 120 and pg_replication_is_replica{${ns}} == 1`,
      for: '5m',
      severity: 'warning',
      summary: 'Replica {{ $labels.pod }} is more than 2 minutes behind',
      description:
        'Replica {{ $labels.pod }} replays WAL more than 120 s behind the primary (the heartbeat writes every 15 s, so this is real lag).',
      fires: {
        series: {
          [`pg_replication_lag_seconds{${ns},pod="postgres-1"}`]: '0+60x20',
          [`pg_replication_is_replica{${ns},pod="postgres-1"}`]: '1x20',
        },
        at: '15m',
        labels: on({ pod: 'postgres-1' }),
      },
      quiet: {
        series: {
          [`pg_replication_lag_seconds{${ns},pod="postgres-1"}`]: '5x20',
          [`pg_replication_is_replica{${ns},pod="postgres-1"}`]: '1x20',
        },
        at: '15m',
      },
    },
    {
      alert: 'PostgresConnectionsNearMax',
      expr: `sum by (namespace, pod) (pg_stat_activity_count{${ns}}) / max by (namespace, pod) (pg_settings_max_connections{${ns}}) > 0.85`,
      for: '5m',
      severity: 'warning',
      summary: 'PostgreSQL in {{ $labels.pod }} uses over 85% of max_connections',
      description: 'Connections on {{ $labels.pod }} approach max_connections; new connections will soon be refused.',
      fires: {
        series: {
          [`pg_stat_activity_count{${ns},pod="${primary}",datname="agent",state="active"}`]: '180x20',
          [`pg_settings_max_connections{${ns},pod="${primary}"}`]: '200x20',
        },
        at: '10m',
        labels: on({ pod: primary }),
      },
      quiet: {
        series: {
          [`pg_stat_activity_count{${ns},pod="${primary}",datname="agent",state="active"}`]: '20x20',
          [`pg_settings_max_connections{${ns},pod="${primary}"}`]: '200x20',
        },
        at: '10m',
      },
    },
    {
      alert: 'PostgresDeadlocks',
      expr: `increase(pg_stat_database_deadlocks{${ns}}[10m]) > 0`,
      for: '0m',
      severity: 'warning',
      summary: 'Deadlocks in database {{ $labels.datname }}',
      description: 'PostgreSQL aborted transactions in {{ $labels.datname }} on {{ $labels.pod }} to break deadlocks.',
      fires: {
        series: { [`pg_stat_database_deadlocks{${ns},pod="${primary}",datname="agent"}`]: '0+1x20' },
        at: '15m',
        labels: on({ pod: primary, datname: 'agent' }),
      },
      quiet: { series: { [`pg_stat_database_deadlocks{${ns},pod="${primary}",datname="agent"}`]: '3x20' }, at: '15m' },
    },
    {
      alert: 'PostgresLongRunningTransaction',
      expr: `max by (namespace, pod, datname) (pg_stat_activity_max_tx_duration{${ns},state!="idle"}) > 900`,
      for: '2m',
      severity: 'warning',
      summary: 'A transaction in {{ $labels.datname }} has run for over 15 minutes',
      description: 'A long transaction on {{ $labels.pod }} holds locks and keeps vacuum from cleaning up.',
      fires: {
        series: { [`pg_stat_activity_max_tx_duration{${ns},pod="${primary}",datname="agent",state="active"}`]: '1000+60x20' },
        at: '10m',
        labels: on({ pod: primary, datname: 'agent' }),
      },
      quiet: { series: { [`pg_stat_activity_max_tx_duration{${ns},pod="${primary}",datname="agent",state="active"}`]: '2x20' }, at: '10m' },
    },
    {
      alert: 'PostgresWalArchivingFailing',
      expr: `increase(pg_stat_archiver_failed_count{${ns}}[10m]) > 0`,
      for: '5m',
      severity: 'critical',
      summary: 'WAL archiving from {{ $labels.pod }} is failing',
      description: 'archive-push to a pgBackRest repository fails; point-in-time recovery and the RPO are at risk.',
      fires: { series: { [`pg_stat_archiver_failed_count{${ns},pod="${primary}"}`]: '0+1x30' }, at: '20m', labels: on({ pod: primary }) },
      quiet: { series: { [`pg_stat_archiver_failed_count{${ns},pod="${primary}"}`]: '2x30' }, at: '20m' },
    },
    {
      alert: 'PostgresWalArchivingStale',
      // The age is NaN while nothing was ever archived, and NaN compares false: `age != age` catches it.
      expr: `(pg_stat_archiver_last_archive_age{${ns}} > ${env.backup.archiveTimeoutSeconds * 3} or pg_stat_archiver_last_archive_age{${ns}} != pg_stat_archiver_last_archive_age{${ns}}) and on (namespace, pod) pg_replication_is_replica{${ns}} == 0`,
      for: '5m',
      severity: 'critical',
      summary: 'No WAL archived from the primary for a while',
      description: `The primary has archived nothing for over ${env.backup.archiveTimeoutSeconds * 3} s (three archive timeouts), or nothing ever; the RPO of ${env.backup.rpoSeconds} s is at risk.`,
      fires: [
        {
          series: {
            [`pg_stat_archiver_last_archive_age{${ns},pod="${primary}"}`]: '0+60x30',
            [`pg_replication_is_replica{${ns},pod="${primary}"}`]: '0x30',
          },
          at: '25m',
          labels: on({ pod: primary }),
        },
        {
          series: {
            [`pg_stat_archiver_last_archive_age{${ns},pod="${primary}"}`]: Array(31).fill('NaN').join(' '),
            [`pg_replication_is_replica{${ns},pod="${primary}"}`]: '0x30',
          },
          at: '25m',
          labels: on({ pod: primary }),
        },
      ],
      quiet: {
        series: {
          [`pg_stat_archiver_last_archive_age{${ns},pod="${primary}"}`]: '30x30',
          [`pg_replication_is_replica{${ns},pod="${primary}"}`]: '0x30',
          // Standbys do not archive: their age grows without meaning anything.
          [`pg_stat_archiver_last_archive_age{${ns},pod="postgres-1"}`]: '0+60x30',
          [`pg_replication_is_replica{${ns},pod="postgres-1"}`]: '1x30',
        },
        at: '25m',
      },
    },
  ];
  const streamingSeries = (count: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `pg_stat_replication_pg_wal_lsn_diff{${ns},pod="${primary}",application_name="postgres-${i + 1}",state="streaming"}`,
        '0x20',
      ]),
    );
  if (env.postgres.replicas > 0) {
    const streaming = `pg_stat_replication_pg_wal_lsn_diff{${ns},state="streaming"}`;
    postgres.push({
      alert: 'PostgresReplicaNotStreaming',
      expr: `(count(${streaming}) or vector(0)) < ${env.postgres.replicas}`,
      for: '5m',
      severity: env.postgres.synchronousReplication ? 'critical' : 'warning',
      summary: 'Fewer replicas stream from the primary than configured',
      description: `The primary has fewer than ${env.postgres.replicas} streaming replicas: a WAL receiver stalled or a replica is down${env.postgres.synchronousReplication ? '; with synchronous replication, commits wait once none is left' : ''}.`,
      // One replica short: the last one is not streaming.
      fires: {
        series: { [`pg_up{${ns},pod="${primary}"}`]: '1x20', ...streamingSeries(env.postgres.replicas - 1) },
        at: '10m',
        labels: on({}),
      },
      quiet: { series: streamingSeries(env.postgres.replicas), at: '10m' },
    });
  }

  const patroni = patroniAlerts(env);

  const redisPod = env.redis.mode === 'cluster' ? 'redis-cluster-0' : 'redis-0';
  const redisServers = `${ns},pod!~"redis-sentinel-.+"`;
  const redisCount = redisServerCount(env.redis);
  const redisUp = (count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`redis_up{${ns},pod="${redisPod.replace(/0$/, String(i))}"}`, '1x10']));
  // A Sentinel's exporter answering does not stand in for a missing server.
  const sentinelUp = env.redis.mode === 'sentinel' ? { [`redis_up{${ns},pod="redis-sentinel-0"}`]: '1x10' } : {};
  const redis: AlertRule[] = [
    {
      alert: 'RedisDown',
      // Servers only (Sentinels' exporters report redis_up too); a pod that is gone reports nothing: count them.
      expr: `redis_up{${redisServers}} == 0 or (count(redis_up{${redisServers}}) or vector(0)) < ${redisCount}`,
      for: '1m',
      severity: 'critical',
      summary: 'A Redis server is down or gone',
      description: `redis_exporter in {{ $labels.pod }} cannot reach its Redis server, or fewer than ${redisCount} servers report at all (with no pod label: a pod is gone or its exporter does not report).`,
      fires: [
        { series: { ...redisUp(redisCount), [`redis_up{${ns},pod="${redisPod}"}`]: '0x10' }, at: '5m', labels: on({ pod: redisPod }) },
        { series: { ...redisUp(redisCount - 1), ...sentinelUp }, at: '5m', labels: on({}) },
      ],
      quiet: { series: { ...redisUp(redisCount), ...sentinelUp }, at: '5m' },
    },
    {
      alert: 'RedisMemoryNearMax',
      expr: `redis_memory_used_bytes{${ns}} / redis_memory_max_bytes{${ns}} > 0.9 and redis_memory_max_bytes{${ns}} > 0`,
      for: '10m',
      severity: 'warning',
      summary: 'Redis in {{ $labels.pod }} uses over 90% of maxmemory',
      description: `Redis on {{ $labels.pod }} is close to maxmemory; with policy ${env.redis.maxmemoryPolicy} it evicts keys or refuses writes.`,
      fires: {
        series: {
          [`redis_memory_used_bytes{${ns},pod="${redisPod}"}`]: '950x20',
          [`redis_memory_max_bytes{${ns},pod="${redisPod}"}`]: '1000x20',
        },
        at: '15m',
        labels: on({ pod: redisPod }),
      },
      quiet: {
        series: {
          [`redis_memory_used_bytes{${ns},pod="${redisPod}"}`]: '500x20',
          [`redis_memory_max_bytes{${ns},pod="${redisPod}"}`]: '1000x20',
        },
        at: '15m',
      },
    },
    {
      alert: 'RedisRejectedConnections',
      expr: `increase(redis_rejected_connections_total{${ns}}[5m]) > 0`,
      for: '0m',
      severity: 'warning',
      summary: 'Redis in {{ $labels.pod }} rejects connections',
      description: 'Redis on {{ $labels.pod }} refused connections (maxclients reached).',
      fires: {
        series: { [`redis_rejected_connections_total{${ns},pod="${redisPod}"}`]: '0+2x20' },
        at: '10m',
        labels: on({ pod: redisPod }),
      },
      quiet: { series: { [`redis_rejected_connections_total{${ns},pod="${redisPod}"}`]: '4x20' }, at: '10m' },
    },
  ];
  if (env.redis.mode !== 'standalone' && env.redis.replicas > 0) {
    const replica = env.redis.mode === 'cluster' ? 'redis-cluster-3' : 'redis-1';
    redis.push({
      alert: 'RedisMasterLinkDown',
      expr: `redis_master_link_up{${ns}} == 0`,
      for: '2m',
      severity: 'warning',
      summary: 'Redis replica {{ $labels.pod }} lost its master',
      description: 'The replication link of {{ $labels.pod }} to its master is down; it serves stale data and cannot be promoted safely.',
      fires: { series: { [`redis_master_link_up{${ns},pod="${replica}"}`]: '0x10' }, at: '5m', labels: on({ pod: replica }) },
      quiet: { series: { [`redis_master_link_up{${ns},pod="${replica}"}`]: '1x10' }, at: '5m' },
    });
  }
  if (env.redis.mode === 'sentinel') {
    const info = (pod: string, role: string) => `redis_instance_info{${ns},pod="${pod}",role="${role}",redis_mode="standalone"}`;
    redis.push(
      {
        alert: 'RedisMultipleMasters',
        expr: `count(redis_instance_info{${ns},role="master",redis_mode!="sentinel"}) > 1`,
        for: '1m',
        severity: 'critical',
        summary: 'More than one Redis server reports itself master (split brain)',
        description: 'Two masters accept writes; writes to the wrong one are lost when the Sentinels reconfigure it.',
        fires: { series: { [info('redis-0', 'master')]: '1x10', [info('redis-1', 'master')]: '1x10' }, at: '5m', labels: on({}) },
        quiet: { series: { [info('redis-0', 'master')]: '1x10', [info('redis-1', 'slave')]: '1x10' }, at: '5m' },
      },
      {
        alert: 'RedisSentinelQuorumLost',
        expr: `redis_sentinel_master_ckquorum_status{${ns}} == 0`,
        for: '1m',
        severity: 'critical',
        summary: 'Sentinel {{ $labels.pod }} sees no quorum for {{ $labels.master_name }}',
        description: 'Fewer than two Sentinels agree: a failed master would not be replaced.',
        fires: {
          series: { [`redis_sentinel_master_ckquorum_status{${ns},pod="redis-sentinel-0",master_name="agent"}`]: '0x10' },
          at: '5m',
          labels: on({ pod: 'redis-sentinel-0', master_name: 'agent' }),
        },
        quiet: {
          series: { [`redis_sentinel_master_ckquorum_status{${ns},pod="redis-sentinel-0",master_name="agent"}`]: '1x10' },
          at: '5m',
        },
      },
    );
  }
  if (env.redis.mode === 'cluster') {
    redis.push({
      alert: 'RedisClusterStateNotOk',
      expr: `redis_cluster_state{${ns}} == 0`,
      for: '2m',
      severity: 'critical',
      summary: 'Redis cluster node {{ $labels.pod }} reports the cluster down',
      description: 'Some key slots have no reachable master.',
      fires: { series: { [`redis_cluster_state{${ns},pod="redis-cluster-0"}`]: '0x10' }, at: '5m', labels: on({ pod: 'redis-cluster-0' }) },
      quiet: { series: { [`redis_cluster_state{${ns},pod="redis-cluster-0"}`]: '1x10' }, at: '5m' },
    });
  }

  const capacity: AlertRule[] = [
    {
      alert: 'PersistentVolumeFillingUp',
      expr: `kubelet_volume_stats_available_bytes{${ns}} / kubelet_volume_stats_capacity_bytes{${ns}} < 0.2 and predict_linear(kubelet_volume_stats_available_bytes{${ns}}[6h], 4 * 86400) < 0`,
      for: '1h',
      severity: 'warning',
      summary: 'Volume {{ $labels.persistentvolumeclaim }} will fill up within 4 days',
      description: 'Less than 20% of {{ $labels.persistentvolumeclaim }} is free and at the current rate it is full within 4 days.',
      fires: {
        series: {
          [`kubelet_volume_stats_available_bytes{${ns},persistentvolumeclaim="data-postgres-0"}`]: '250-2x48',
          [`kubelet_volume_stats_capacity_bytes{${ns},persistentvolumeclaim="data-postgres-0"}`]: '1000x48',
        },
        interval: '10m',
        at: '7h',
        labels: on({ persistentvolumeclaim: 'data-postgres-0' }),
      },
      quiet: {
        series: {
          [`kubelet_volume_stats_available_bytes{${ns},persistentvolumeclaim="data-postgres-0"}`]: '150x48',
          [`kubelet_volume_stats_capacity_bytes{${ns},persistentvolumeclaim="data-postgres-0"}`]: '1000x48',
        },
        interval: '10m',
        at: '7h',
      },
    },
    {
      alert: 'NamespaceQuotaNearLimit',
      expr: `kube_resourcequota{${ns},type="used"} / ignoring (type) kube_resourcequota{${ns},type="hard"} > 0.9`,
      for: '15m',
      severity: 'warning',
      summary: 'Namespace uses over 90% of its {{ $labels.resource }} quota',
      description: 'Scale-ups, rollouts and jobs will be refused when the quota is full; raise quota.* in the settings.',
      fires: {
        series: {
          [`kube_resourcequota{${ns},resourcequota="compute-quota",resource="requests.memory",type="used"}`]: '95x30',
          [`kube_resourcequota{${ns},resourcequota="compute-quota",resource="requests.memory",type="hard"}`]: '100x30',
        },
        at: '20m',
        labels: on({ resourcequota: 'compute-quota', resource: 'requests.memory' }),
      },
      quiet: {
        series: {
          [`kube_resourcequota{${ns},resourcequota="compute-quota",resource="requests.memory",type="used"}`]: '50x30',
          [`kube_resourcequota{${ns},resourcequota="compute-quota",resource="requests.memory",type="hard"}`]: '100x30',
        },
        at: '20m',
      },
    },
  ];

  // Per-status counts of the edge come from its access log through Loki's ruler (src/charts/edge/edge-monitoring.ts).
  const edge = (alert: string, statuses: string, share: number, what: string): AlertRule => {
    const gw = `${ns},gateway="agent-edge"`;
    const responses = (extra: string) => `sum(${EDGE_RESPONSES}{${gw}${extra}})`;
    const bad = responses(`,status=~"${statuses}"`);
    // Recorded rates (per second), one sample a minute.
    const series = (badPerSecond: number) => ({
      [`${EDGE_RESPONSES}{${gw},status="200"}`]: `${10 - badPerSecond}x30`,
      [`${EDGE_RESPONSES}{${gw},status="${statuses.split('|')[0]}"}`]: `${badPerSecond}x30`,
    });
    return {
      alert,
      expr: `${bad} / ${responses('')} > ${share} and ${bad} > 0.1`,
      for: '10m',
      severity: 'warning',
      summary: `Spike of ${what} at the edge`,
      description: `Over ${share * 100}% of requests to the API are answered ${statuses.replace('|', ' or ')} (${what}); look for credential stuffing or a misbehaving client.`,
      fires: { series: series(5), at: '25m', labels: on({}) },
      quiet: { series: series(0.1), at: '25m' },
    };
  };

  const backupJobs = `${ns},cronjob=~"postgres-backup-(full|diff)"`;
  const backupCronJobs = {
    [`kube_cronjob_created{${ns},cronjob="postgres-backup-full"}`]: '0x200',
    [`kube_cronjob_created{${ns},cronjob="postgres-backup-diff"}`]: '0x200',
  };
  const drill = `${ns},cronjob="postgres-restore-drill"`;
  const backup: AlertRule[] = [
    {
      alert: 'PostgresBackupStale',
      // kube-state-metrics has no last-success series before the first success: then the CronJobs' age counts.
      expr: `time() - max(kube_cronjob_status_last_successful_time{${backupJobs}}) > 26 * 3600 or (time() - max(kube_cronjob_created{${backupJobs}}) > 26 * 3600 unless count(kube_cronjob_status_last_successful_time{${backupJobs}}) > 0)`,
      for: '15m',
      severity: 'critical',
      summary: 'No successful PostgreSQL backup for over 26 hours',
      description:
        'Neither the full nor the differential backup CronJob has succeeded for over a day (or ever, for CronJobs older than a day); restores would need more WAL replay and a repository may be unreachable.',
      // Samples every 10 minutes: sparser series would go stale (5 minutes) between evaluations.
      fires: [
        {
          series: { ...backupCronJobs, [`kube_cronjob_status_last_successful_time{${ns},cronjob="postgres-backup-diff"}`]: '0x200' },
          interval: '10m',
          at: '30h',
          labels: on({}),
        },
        // Never succeeded since the CronJobs were created.
        { series: backupCronJobs, interval: '10m', at: '30h', labels: on({}) },
      ],
      quiet: [
        {
          series: { ...backupCronJobs, [`kube_cronjob_status_last_successful_time{${ns},cronjob="postgres-backup-diff"}`]: '0+600x200' },
          interval: '10m',
          at: '30h',
        },
        // A fresh install: created hours ago, no success yet.
        { series: { [`kube_cronjob_created{${ns},cronjob="postgres-backup-full"}`]: '72000x200' }, interval: '10m', at: '30h' },
      ],
    },
  ];
  const drillState = (s: { scheduled: number; succeeded?: number; active: number }) => ({
    [`kube_cronjob_status_last_schedule_time{${drill}}`]: `${s.scheduled}x20`,
    ...(s.succeeded === undefined ? {} : { [`kube_cronjob_status_last_successful_time{${drill}}`]: `${s.succeeded}x20` }),
    [`kube_cronjob_status_active{${drill}}`]: `${s.active}x20`,
  });
  if (env.backup.drill.enabled) {
    const maxAge = env.backup.drill.intervalDays * 86400 * 1.5;
    const hours = Math.ceil(maxAge / 3600) + 2;
    backup.push(
      {
        alert: 'RestoreDrillFailed',
        // The latest run, not any Job left in history: scheduled after the last success (or with
        // none yet) and no longer running. A later successful drill clears it.
        expr: `(kube_cronjob_status_last_schedule_time{${drill}} > on (namespace, cronjob) kube_cronjob_status_last_successful_time{${drill}} or (kube_cronjob_status_last_schedule_time{${drill}} unless on (namespace, cronjob) kube_cronjob_status_last_successful_time{${drill}})) and on (namespace, cronjob) kube_cronjob_status_active{${drill}} == 0`,
        for: '10m',
        severity: 'warning',
        summary: 'The latest restore drill failed',
        description:
          'The latest restore drill could not restore a repository, found corruption, missed the RPO or the migration head; its log names the repository and check.',
        fires: [
          {
            series: drillState({ scheduled: 86400, succeeded: 0, active: 0 }),
            at: '15m',
            labels: on({ cronjob: 'postgres-restore-drill' }),
          },
          // The first drill ever failed.
          { series: drillState({ scheduled: 86400, active: 0 }), at: '15m', labels: on({ cronjob: 'postgres-restore-drill' }) },
        ],
        quiet: [
          // A failed drill stays in the Jobs' history, but a later one succeeded.
          {
            series: {
              ...drillState({ scheduled: 86400, succeeded: 87000, active: 0 }),
              [`kube_job_status_failed{${ns},job_name="postgres-restore-drill-29360700",reason="BackoffLimitExceeded"}`]: '1x20',
            },
            at: '15m',
          },
          // Still running.
          { series: drillState({ scheduled: 86400, succeeded: 0, active: 1 }), at: '15m' },
        ],
      },
      {
        alert: 'RestoreDrillStale',
        expr: `time() - kube_cronjob_status_last_successful_time{${ns},cronjob="postgres-restore-drill"} > ${maxAge}`,
        for: '15m',
        severity: 'warning',
        summary: 'No successful restore drill recently',
        description: `The restore drill has not succeeded for 1.5 drill intervals (${env.backup.drill.intervalDays} day(s) each): the backups are unproven.`,
        fires: {
          series: { [`kube_cronjob_status_last_successful_time{${ns},cronjob="postgres-restore-drill"}`]: `0x${(hours + 5) * 6}` },
          interval: '10m',
          at: `${hours}h`,
          labels: on({ cronjob: 'postgres-restore-drill' }),
        },
        quiet: {
          series: { [`kube_cronjob_status_last_successful_time{${ns},cronjob="postgres-restore-drill"}`]: `0+600x${(hours + 5) * 6}` },
          interval: '10m',
          at: `${hours}h`,
        },
      },
    );
  }

  return [
    { name: 'agent-api', component: 'api', rules: app },
    deliveryGroup(env),
    { name: 'pods', rules: pods },
    ...sloGroups(env),
    // Without backups nothing is archived, and the archive's alerts would fire for ever.
    {
      name: 'postgres',
      component: 'database',
      rules: env.backup.enabled ? postgres : postgres.filter((r) => !WAL_ARCHIVE_ALERTS.has(r.alert)),
    },
    { name: 'patroni', component: 'database', rules: patroni },
    { name: 'redis', component: 'cache', rules: redis },
    { name: 'capacity', component: 'capacity', rules: capacity },
    capacityForecastGroup(env),
    {
      name: 'edge',
      component: 'edge',
      rules: [
        edge('IngressAuthFailureSpike', '401|403', 0.2, 'authentication failures'),
        edge('IngressRateLimitedSpike', '429', 0.1, 'rate limiting'),
      ],
    },
    ...(env.backup.enabled ? [{ name: 'backups', component: 'backup', rules: backup }] : []),
    ...logAlertGroups(env),
    maintenanceAlertGroup(env),
  ];
}

/** The postgres group's alerts on WAL archiving (pgBackRest's archive-push), rendered only with backups on. */
const WAL_ARCHIVE_ALERTS: ReadonlySet<string> = new Set(['PostgresWalArchivingFailing', 'PostgresWalArchivingStale']);

/**
 * Patroni's view of the cluster (its /metrics, labelled `scope` and, through the ServiceMonitor,
 * `namespace` and `pod`): who leads, who is the synchronous standby, how far each replica is
 * behind, and whether a member can reach the Kubernetes API.
 */
function patroniAlerts(env: EnvironmentSettings): AlertRule[] {
  const ns = `namespace="${env.namespace}"`;
  const pg = env.postgres;
  const member = (pod: string) => `${ns},pod="${pod}",scope="postgres"`;
  const cluster = { namespace: env.namespace, scope: 'postgres' };
  const lag = pg.patroni.maximumLagOnFailoverBytes;
  const members = pg.replicas + 1;
  // Scrape health of the members' Patroni endpoints, `down` of them not answering.
  const upSeries = (count: number, down: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `up{${ns},job="postgres-members",endpoint="patroni",pod="postgres-${i}"}`,
        i < down ? '0x10' : '1x10',
      ]),
    );
  const rules: AlertRule[] = [
    {
      alert: 'PatroniNoLeader',
      expr: `max by (namespace, scope) (patroni_cluster_unlocked{${ns}}) == 1`,
      for: '1m',
      severity: 'critical',
      summary: 'The PostgreSQL cluster {{ $labels.scope }} has no leader',
      description:
        'No member holds the leader key: writes fail until Patroni elects one (every candidate too far behind, the synchronous standby gone, or the Kubernetes API unreachable).',
      fires: { series: { [`patroni_cluster_unlocked{${member('postgres-0')}}`]: '0 0 1x10' }, at: '4m', labels: cluster },
      quiet: { series: { [`patroni_cluster_unlocked{${member('postgres-0')}}`]: '0 0 1 0x10' }, at: '4m' },
    },
    {
      alert: 'PatroniLeaderChanged',
      expr: `max by (namespace, scope) (patroni_postgres_timeline{${ns}}) > max by (namespace, scope) (patroni_postgres_timeline{${ns}} offset 15m)`,
      for: '0m',
      severity: 'warning',
      summary: 'PostgreSQL cluster {{ $labels.scope }} failed over or switched over',
      description:
        'A member was promoted in the last 15 minutes (the timeline advanced). Check that it was planned (a drain, a switchover) and that every member streams again.',
      fires: { series: { [`patroni_postgres_timeline{${member('postgres-1')}}`]: '1x10 2x10' }, at: '15m', labels: cluster },
      // The same promotion 17 minutes earlier: past the 15-minute window.
      quiet: { series: { [`patroni_postgres_timeline{${member('postgres-1')}}`]: '1x10 2x30' }, at: '27m' },
    },
    {
      alert: 'PatroniMemberNotRunning',
      expr: `patroni_postgres_running{${ns}} == 0`,
      for: '5m',
      severity: 'warning',
      summary: 'Patroni runs on {{ $labels.pod }} but PostgreSQL does not',
      description: 'The member is up but its server is not: a replica copy in progress, a failed rewind or a server that cannot start.',
      fires: {
        series: { [`patroni_postgres_running{${member('postgres-2')}}`]: '0x10' },
        at: '6m',
        labels: { ...cluster, pod: 'postgres-2' },
      },
      quiet: { series: { [`patroni_postgres_running{${member('postgres-2')}}`]: '0 0 0 1x10' }, at: '6m' },
    },
    {
      alert: 'PatroniReplicaBehindFailoverLimit',
      // Patroni judges a replica by the further of the WAL it received and the WAL it replayed (from the archive).
      expr: `max by (namespace, scope) (patroni_xlog_location{${ns}}) - on (namespace, scope) group_right () ((patroni_xlog_received_location{${ns}} > patroni_xlog_replayed_location{${ns}} or patroni_xlog_replayed_location{${ns}}) and on (namespace, pod) patroni_replica{${ns}} == 1) > ${lag}`,
      for: '5m',
      severity: 'warning',
      summary: 'Replica {{ $labels.pod }} is too far behind to be promoted',
      description: `Replica {{ $labels.pod }} has received more than postgres.patroni.maximumLagOnFailoverBytes (${lag} bytes) less WAL than the leader: Patroni will not fail over to it.`,
      fires: {
        series: {
          [`patroni_xlog_location{${member('postgres-0')}}`]: `${lag * 3}x10`,
          [`patroni_xlog_received_location{${member('postgres-1')}}`]: `${lag * 2 - 1}x10`,
          [`patroni_xlog_replayed_location{${member('postgres-1')}}`]: `${lag * 2 - 2}x10`,
          [`patroni_replica{${member('postgres-1')}}`]: '1x10',
        },
        at: '6m',
        labels: { ...cluster, pod: 'postgres-1' },
      },
      // Exactly at the limit by the WAL it replayed from the archive (nothing received by streaming): still eligible.
      quiet: {
        series: {
          [`patroni_xlog_location{${member('postgres-0')}}`]: `${lag * 3}x10`,
          [`patroni_xlog_received_location{${member('postgres-1')}}`]: '0x10',
          [`patroni_xlog_replayed_location{${member('postgres-1')}}`]: `${lag * 2}x10`,
          [`patroni_replica{${member('postgres-1')}}`]: '1x10',
        },
        at: '6m',
      },
    },
    {
      alert: 'PatroniKubernetesApiUnreachable',
      // Measured at the scrape, so the scrape interval does not add to the age.
      expr: `timestamp(patroni_dcs_last_seen{${ns}}) - patroni_dcs_last_seen{${ns}} > ${pg.patroni.ttlSeconds}`,
      for: '1m',
      severity: 'warning',
      summary: 'Patroni on {{ $labels.pod }} has not reached the Kubernetes API for longer than the leader ttl',
      description: `A leader that cannot renew its key for ${pg.patroni.ttlSeconds} s demotes itself; a replica cannot be promoted. Check the API server and the network policy to it.`,
      // Last seen 31 s before each scrape: just past the ttl of 30 s; 30 s before: still within it.
      fires: {
        series: { [`patroni_dcs_last_seen{${member('postgres-0')}}`]: `${-pg.patroni.ttlSeconds - 1}+60x10` },
        at: '5m',
        labels: { ...cluster, pod: 'postgres-0' },
      },
      quiet: { series: { [`patroni_dcs_last_seen{${member('postgres-0')}}`]: `${-pg.patroni.ttlSeconds}+60x10` }, at: '5m' },
    },
    {
      alert: 'PatroniMembersMissing',
      // A member whose Patroni does not answer at all (pod gone, crash-looping, e.g. after a refused bootstrap) exports nothing.
      expr: `(count by (namespace) (up{${ns},job="postgres-members",endpoint="patroni"} == 1) or on () label_replace(vector(0), "namespace", "${env.namespace}", "", "")) < ${members}`,
      for: '5m',
      severity: 'warning',
      summary: `Fewer database members answer than the ${members} configured`,
      description: `Fewer than ${members} Patroni members have answered Prometheus for 5 minutes: a member's pod is gone, pending or crash-looping (a refused bootstrap exits). With none, the database is down.`,
      // One member's series vanished (its pod is gone): the others answer, one short of the settings.
      fires: { series: upSeries(members - 1, 0), at: '6m', labels: { namespace: env.namespace } },
      quiet: { series: upSeries(members, 0), at: '6m' },
    },
    {
      alert: 'PatroniPendingRestart',
      expr: `patroni_pending_restart{${ns}} == 1`,
      for: '1h',
      severity: 'warning',
      summary: 'PostgreSQL on {{ $labels.pod }} waits for a restart to apply a setting',
      description:
        'A setting that needs a restart (e.g. max_connections) reached the cluster through the init Job; restart the members one by one (runbook).',
      fires: {
        series: { [`patroni_pending_restart{${member('postgres-1')}}`]: '1x70' },
        at: '65m',
        labels: { ...cluster, pod: 'postgres-1' },
      },
      quiet: { series: { [`patroni_pending_restart{${member('postgres-1')}}`]: '1x50 0x20' }, at: '65m' },
    },
  ];
  if (pg.synchronousReplication) {
    rules.push({
      alert: 'PatroniSyncStandbyMissing',
      expr: `sum by (namespace, scope) (patroni_sync_standby{${ns}}) == 0 and on (namespace, scope) sum by (namespace, scope) (patroni_primary{${ns}}) == 1`,
      for: '5m',
      severity: 'warning',
      summary: 'PostgreSQL cluster {{ $labels.scope }} has no synchronous standby',
      description: pg.synchronousModeStrict
        ? 'Strict synchronous mode: every write blocks until a replica streams again.'
        : 'Commits are acknowledged by the leader alone: a leader crash now can lose acknowledged writes. Bring a replica back.',
      fires: {
        series: {
          [`patroni_primary{${member('postgres-0')}}`]: '1x10',
          [`patroni_sync_standby{${member('postgres-1')}}`]: '0x10',
          [`patroni_sync_standby{${member('postgres-2')}}`]: '0x10',
        },
        at: '6m',
        labels: cluster,
      },
      quiet: {
        series: {
          [`patroni_primary{${member('postgres-0')}}`]: '1x10',
          [`patroni_sync_standby{${member('postgres-1')}}`]: '1x10',
          [`patroni_sync_standby{${member('postgres-2')}}`]: '0x10',
        },
        at: '6m',
      },
    });
  }
  return rules;
}
