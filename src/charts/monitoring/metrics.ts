/**
 * Every metric the rules and dashboards may use, by the pinned source that exports it. A test
 * parses each expression with the PromQL grammar and refuses any other name, so a typo or a
 * metric an exporter version does not have fails before it reaches a cluster.
 */
export const METRIC_SOURCES: Readonly<Record<string, readonly string[]>> = {
  // The API: prometheus-fastapi-instrumentator 7.1's default names (status grouped as 2xx..5xx), probes
  // and /metrics excluded, plus the first-byte histogram of streamed responses (docs/app-contract.md).
  'agent-api (prometheus-fastapi-instrumentator 7.1)': [
    'http_requests_total',
    'http_request_duration_highr_seconds_bucket',
    'http_request_duration_highr_seconds_count',
    'http_request_duration_highr_seconds_sum',
    'http_stream_first_byte_seconds_bucket',
    'http_stream_first_byte_seconds_count',
    'http_request_duration_seconds_bucket',
    // The same histogram's sum and count, by handler and method: the release analysis's smoke request latency.
    'http_request_duration_seconds_count',
    'http_request_duration_seconds_sum',
    'http_request_size_bytes_sum',
    'http_response_size_bytes_sum',
  ],
  // Default metrics of postgres_exporter v0.17.1: the built-in pg_stat_* maps, pg_settings and the replication collector.
  'postgres_exporter v0.17.1': [
    'pg_up',
    'pg_settings_max_connections',
    'pg_stat_activity_count',
    'pg_stat_activity_max_tx_duration',
    'pg_stat_archiver_archived_count',
    'pg_stat_archiver_failed_count',
    'pg_stat_archiver_last_archive_age',
    'pg_stat_database_deadlocks',
    'pg_stat_database_xact_commit',
    'pg_stat_database_xact_rollback',
    'pg_stat_database_blks_hit',
    'pg_stat_database_blks_read',
    'pg_stat_replication_pg_wal_lsn_diff',
    'pg_replication_lag_seconds',
    'pg_replication_is_replica',
    'pg_database_size_bytes',
  ],
  // Patroni 3.0.2's REST API /metrics (patroni/api.py), labelled with the cluster's scope.
  'patroni 3.0.2': [
    'patroni_primary',
    'patroni_replica',
    'patroni_sync_standby',
    'patroni_postgres_running',
    'patroni_postgres_timeline',
    'patroni_cluster_unlocked',
    'patroni_xlog_location',
    'patroni_xlog_received_location',
    'patroni_xlog_replayed_location',
    'patroni_dcs_last_seen',
    'patroni_pending_restart',
  ],
  // Prometheus's own series per scrape target (with the ServiceMonitor's job and endpoint labels).
  prometheus: ['up'],
  'redis_exporter v1.67.0': [
    'redis_up',
    'redis_instance_info',
    'redis_memory_used_bytes',
    'redis_memory_max_bytes',
    'redis_connected_clients',
    'redis_rejected_connections_total',
    'redis_commands_processed_total',
    'redis_keyspace_hits_total',
    'redis_keyspace_misses_total',
    'redis_evicted_keys_total',
    'redis_connected_slaves',
    'redis_master_link_up',
    'redis_sentinel_master_ckquorum_status',
    'redis_sentinel_master_ok_sentinels',
    'redis_cluster_state',
  ],
  'kube-state-metrics (kube-prometheus-stack 88.0.0)': [
    'kube_pod_status_ready',
    'kube_pod_container_status_waiting_reason',
    'kube_pod_container_status_restarts_total',
    'kube_horizontalpodautoscaler_status_current_replicas',
    'kube_horizontalpodautoscaler_spec_max_replicas',
    'kube_resourcequota',
    // Stable pod metrics (docs/metrics/workload/pod-metrics.md), labelled resource and unit.
    'kube_pod_container_resource_requests',
    'kube_pod_container_resource_limits',
    'kube_pod_labels',
    'kube_cronjob_created',
    'kube_cronjob_status_last_schedule_time',
    'kube_cronjob_status_last_successful_time',
    'kube_cronjob_status_active',
    'kube_job_status_failed',
    'kube_job_status_start_time',
    'kube_job_status_completion_time',
  ],
  kubelet: [
    'kubelet_volume_stats_available_bytes',
    'kubelet_volume_stats_capacity_bytes',
    'container_cpu_usage_seconds_total',
    'container_memory_working_set_bytes',
  ],
  // The Argo Rollouts controller (v1.9.0 controller/metrics/prommetrics.go), scraped through its chart's ServiceMonitor.
  'argo-rollouts v1.9.0': ['rollout_info'],
  // Recorded by Loki's ruler from the NGINX access log and remote-written to Prometheus (src/charts/edge/edge-monitoring.ts).
  'Loki ruler: NGINX Gateway Fabric 2.6.7 access log': ['edge_http_responses:rate5m'],
  // Recorded by Loki's ruler from the namespace's logs (src/charts/monitoring/log-rules.ts, docs/logging.md).
  "Loki ruler: the namespace's logs": ['agent_log_lines:rate5m', 'agent_api_log_errors:rate5m', 'agent_api_security_events:rate5m'],
};

export const KNOWN_METRICS: ReadonlySet<string> = new Set(Object.values(METRIC_SOURCES).flat());
