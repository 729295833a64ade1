/**
 * The runtime contract between the manifests and the service image (docs/app-contract.md).
 * Changing a value here changes what every image must do.
 */
export const APP_CONTRACT = {
  /** Port uvicorn listens on; also serves /metrics. */
  port: 8000,
  portName: 'http',
  /** Numeric user and group the image runs as (its USER). */
  uid: 10001,
  /** Process is alive: restart it when this fails. */
  livenessPath: '/healthz',
  /** The pod itself can serve (started, not shutting down); dependencies are not checked here. */
  readinessPath: '/readyz',
  metricsPath: '/metrics',
  /** Every user request's path starts here; the edge publishes nothing else (probes, /metrics). */
  publicPathPrefix: '/v1',
  /**
   * A user request the platform sends to both versions during a release (the release traffic):
   * read-only, answered 2xx by a working version, and counted as a user request under its path
   * (the `handler` label). Its query bounds its cost: the same whatever the service stores, so
   * the analysis's latency gates judge the version, not the size of a table.
   */
  smokeRequest: { method: 'GET', path: '/v1/notes', query: 'limit=10' },
  /** Seconds between SIGTERM-preceding endpoint removal and SIGTERM (lets load balancers catch up). */
  preStopSleepSeconds: 5,
  /** Brings the schema to the release's head; run by the migrations Job before new pods start. */
  migrateCommand: ['alembic', 'upgrade', 'head'],
} as const;
