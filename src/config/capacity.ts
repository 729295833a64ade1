import type { ContainerResources, EnvironmentSettings, RedisSettings } from './settings';

/** Fixed sizes of the data tier's helper containers; they do not grow with the data. */
export const HELPER_RESOURCES = {
  /** postgres_exporter and redis_exporter sidecars. */
  exporter: { cpuRequest: '50m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
  /** Redis Sentinel. */
  sentinel: { cpuRequest: '50m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
  /** One-shot jobs running psql or redis-cli. */
  job: { cpuRequest: '100m', memoryRequest: '128Mi', memoryLimit: '256Mi' },
  /** pgBackRest TLS server and heartbeat sidecars of the PostgreSQL pods. */
  databaseSidecar: { cpuRequest: '20m', memoryRequest: '32Mi', memoryLimit: '128Mi' },
  /** Backup jobs: pgBackRest reading the primary over TLS and writing to object storage. */
  backup: { cpuRequest: '500m', memoryRequest: '512Mi', memoryLimit: '1Gi' },
  /** NGINX containers of the edge's data plane (NGINX Gateway Fabric runs them in the namespace). */
  edge: { cpuRequest: '100m', memoryRequest: '128Mi', memoryLimit: '256Mi' },
  /** Restore drills: pgBackRest restore plus a small PostgreSQL checking the copy. */
  drill: { cpuRequest: '500m', memoryRequest: '1Gi', memoryLimit: '2Gi' },
  /** A release's smoke traffic: one Python process sending a few requests a second, one at a time. */
  releaseTraffic: { cpuRequest: '50m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
} as const satisfies Record<string, ContainerResources>;

/** Pods of one workload at their peak, each with the given containers. */
export interface WorkloadDemand {
  readonly workload: string;
  readonly pods: number;
  readonly containers: readonly ContainerResources[];
}

/** Redis server pods (Sentinels not counted): standalone 1, sentinel master + replicas, cluster masters x (1 + replicas). */
export function redisServerCount(redis: RedisSettings): number {
  return redis.mode === 'cluster' ? redis.clusterMasters * (1 + redis.replicas) : redis.mode === 'sentinel' ? 1 + redis.replicas : 1;
}

/**
 * What the namespace must admit at its peak: the API at its HPA maximum twice (a blue-green
 * release runs the new version at full size beside the serving one until the scale-down delay
 * ends), every data-tier pod, one running Job (init or migrations run one at a time), and the
 * release's traffic pod (its pre-promotion analysis runs while both versions do).
 */
export function namespaceDemand(env: EnvironmentSettings): WorkloadDemand[] {
  const { app, postgres, redis } = env;
  const exporter = HELPER_RESOURCES.exporter;
  const demand: WorkloadDemand[] = [
    { workload: 'agent-api', pods: 2 * app.maxReplicas, containers: [app.resources] },
    {
      workload: 'postgres',
      pods: 1 + postgres.replicas,
      containers: [postgres.resources, exporter, HELPER_RESOURCES.databaseSidecar, HELPER_RESOURCES.databaseSidecar],
    },
  ];
  switch (redis.mode) {
    case 'standalone':
      demand.push({ workload: 'redis', pods: 1, containers: [redis.resources, exporter] });
      break;
    case 'sentinel':
      demand.push({ workload: 'redis', pods: redisServerCount(redis), containers: [redis.resources, exporter] });
      demand.push({ workload: 'redis-sentinel', pods: SENTINELS, containers: [HELPER_RESOURCES.sentinel, exporter] });
      break;
    case 'cluster':
      demand.push({
        workload: 'redis-cluster',
        pods: redisServerCount(redis),
        containers: [redis.resources, exporter],
      });
      break;
  }
  // The edge's NGINX pods, one more while a rollout surges.
  demand.push({ workload: 'edge (NGINX data plane)', pods: env.addons.ingressControllerReplicas + 1, containers: [HELPER_RESOURCES.edge] });
  // The migrations Job runs the API image with the API's resources, the largest of the sync jobs;
  // a scheduled backup, a maintenance job and a restore drill may run at the same time.
  demand.push({ workload: 'one job', pods: 1, containers: [app.resources] });
  demand.push({ workload: 'release traffic', pods: 1, containers: [HELPER_RESOURCES.releaseTraffic] });
  if (env.backup.enabled) demand.push({ workload: 'backup', pods: 1, containers: [HELPER_RESOURCES.backup] });
  // The maintenance jobs run one after the other, each in its slot of the window.
  demand.push({ workload: 'maintenance', pods: 1, containers: [HELPER_RESOURCES.job] });
  if (env.backup.enabled && env.backup.drill.enabled)
    demand.push({ workload: 'restore drill', pods: 1, containers: [HELPER_RESOURCES.drill] });
  return demand;
}

/** Sentinels per environment: three, so a quorum of two survives the loss of one. */
export const SENTINELS = 3;
export const SENTINEL_QUORUM = 2;
