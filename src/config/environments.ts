import type { EnvironmentDefinition } from './settings';

export type { EnvironmentDefinition } from './settings';

/** Where Argo CD finds this repository. */
export const REPOSITORY = {
  repoUrl: 'https://github.com/acme/agent-platform.git',
  targetRevision: 'main',
  argocdNamespace: 'argocd',
} as const;

/**
 * The environments, in promotion order. Each states what has no default (tier, cluster, ingress
 * host, secret-store identity, backup repositories, dead man's switch) and overrides any default
 * of the schema (settings.ts). Adding one is a settings change: an entry here and its image line
 * in images.json (README.md, "Add an environment").
 */
export const ENVIRONMENTS: Readonly<Record<string, EnvironmentDefinition>> = {
  dev: {
    tier: 'development',
    cluster: { name: 'dev', server: 'https://dev.k8s.acme.internal', podCidr: '10.10.0.0/16', apiServerCidr: '10.1.0.0/16' },
    app: {
      minReplicas: 1,
      maxReplicas: 3,
      logLevel: 'DEBUG',
      rollout: { autoPromotion: true, scaleDownDelaySeconds: 360 },
      resources: { cpuRequest: '100m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
    },
    ingress: { host: 'agent.dev.acme.example', loadBalancerCidrs: ['10.1.0.0/16'] },
    quota: { pods: 16, cpuRequests: '2500m', memoryRequests: '4Gi', memoryLimits: '8Gi' },
    monitoring: {
      deadMansSwitchUrl: 'https://deadman.acme.example/ping/agent-platform-dev',
      logRetentionHours: 336,
      securityLogRetentionHours: 720,
    },
    secrets: { keyPrefix: 'agent-platform/dev', roleArn: 'arn:aws:iam::111111111111:role/external-secrets-dev' },
    storage: { postgresSize: '5Gi', redisSize: '1Gi' },
    postgres: {
      replicas: 0,
      maxConnections: 100,
      sharedBuffers: '128Mi',
      resources: { cpuRequest: '250m', memoryRequest: '512Mi', memoryLimit: '512Mi' },
    },
    redis: {
      mode: 'standalone',
      replicas: 0,
      minReplicasToWrite: 0,
      maxmemory: '192Mi',
      resources: { cpuRequest: '50m', memoryRequest: '256Mi', memoryLimit: '256Mi' },
    },
    backup: {
      repositories: [
        { bucket: 'acme-agent-backups-euw1', endpoint: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1', path: '/agent-platform/dev' },
      ],
      rpoSeconds: 900,
      archiveTimeoutSeconds: 300,
      rtoMinutes: 480,
      retentionDays: 7,
    },
    addons: { ingressControllerReplicas: 1, prometheusStorage: '20Gi' },
    // One API pod, one PostgreSQL member and a standalone Redis per pull request.
    previews: {
      domain: 'preview.acme.example',
      keyPrefix: 'agent-platform/preview',
      app: {
        minReplicas: 1,
        maxReplicas: 1,
        logLevel: 'DEBUG',
        resources: { cpuRequest: '100m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
      },
      quota: { pods: 9, cpuRequests: '1500m', memoryRequests: '2Gi', memoryLimits: '4Gi' },
      storage: { postgresSize: '2Gi', redisSize: '1Gi' },
      postgres: {
        replicas: 0,
        maxConnections: 50,
        sharedBuffers: '128Mi',
        resources: { cpuRequest: '100m', memoryRequest: '384Mi', memoryLimit: '384Mi' },
      },
      redis: {
        mode: 'standalone',
        replicas: 0,
        minReplicasToWrite: 0,
        maxmemory: '64Mi',
        resources: { cpuRequest: '50m', memoryRequest: '128Mi', memoryLimit: '128Mi' },
      },
    },
  },
  staging: {
    tier: 'production',
    cluster: { name: 'staging', server: 'https://staging.k8s.acme.internal', podCidr: '10.20.0.0/16', apiServerCidr: '10.2.0.0/16' },
    ingress: { host: 'agent.staging.acme.example', loadBalancerCidrs: ['10.2.0.0/16'] },
    tls: { acmeServer: 'https://acme-v02.api.letsencrypt.org/directory' },
    monitoring: {
      deadMansSwitchUrl: 'https://deadman.acme.example/ping/agent-platform-staging',
      logRetentionHours: 720,
      securityLogRetentionHours: 2160,
    },
    // Game days run here (docs/game-days.md): the experiments stay paused until one is planned.
    chaos: { enabled: true },
    // Both API versions at full size during a release, plus the backup, drill and maintenance jobs (`npm run capacity`).
    quota: { pods: 36, cpuRequests: '9', memoryRequests: '20Gi', memoryLimits: '32Gi' },
    secrets: { keyPrefix: 'agent-platform/staging', roleArn: 'arn:aws:iam::222222222222:role/external-secrets-staging' },
    backup: {
      repositories: [
        { bucket: 'acme-agent-backups-euw1', endpoint: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1', path: '/agent-platform/staging' },
        {
          bucket: 'acme-agent-backups-euc1',
          endpoint: 's3.eu-central-1.amazonaws.com',
          region: 'eu-central-1',
          path: '/agent-platform/staging',
        },
      ],
      drill: { enabled: true, intervalDays: 1, hourUtc: 5 },
    },
    // The day before prod's window: a maintenance problem shows in staging first.
    maintenance: { window: { weekday: 5, start: '04:00', durationMinutes: 120, timeZone: 'Europe/Dublin' } },
  },
  prod: {
    tier: 'production',
    cluster: { name: 'prod', server: 'https://prod.k8s.acme.internal', podCidr: '10.30.0.0/16', apiServerCidr: '10.3.0.0/16' },
    app: {
      minReplicas: 3,
      maxReplicas: 20,
      resources: { cpuRequest: '500m', memoryRequest: '1Gi', memoryLimit: '2Gi' },
      zoneSpread: 'required',
    },
    ingress: { host: 'agent.acme.example', rateLimitRps: 50, loadBalancerCidrs: ['10.3.0.0/16'] },
    tls: { acmeServer: 'https://acme-v02.api.letsencrypt.org/directory' },
    quota: { pods: 72, cpuRequests: '36', memoryRequests: '80Gi', memoryLimits: '128Gi' },
    secrets: { keyPrefix: 'agent-platform/prod', roleArn: 'arn:aws:iam::333333333333:role/external-secrets-prod' },
    storage: { postgresSize: '100Gi', redisSize: '10Gi' },
    postgres: {
      replicas: 2,
      synchronousReplication: true,
      maxConnections: 400,
      sharedBuffers: '2Gi',
      resources: { cpuRequest: '2', memoryRequest: '8Gi', memoryLimit: '8Gi' },
    },
    redis: { maxmemory: '1536Mi', resources: { cpuRequest: '250m', memoryRequest: '2Gi', memoryLimit: '2Gi' } },
    backup: {
      repositories: [
        {
          bucket: 'acme-agent-backups-prod-euw1',
          endpoint: 's3.eu-west-1.amazonaws.com',
          region: 'eu-west-1',
          path: '/agent-platform/prod',
        },
        {
          bucket: 'acme-agent-backups-prod-euc1',
          endpoint: 's3.eu-central-1.amazonaws.com',
          region: 'eu-central-1',
          path: '/agent-platform/prod',
        },
      ],
      rpoSeconds: 120,
      archiveTimeoutSeconds: 60,
      rtoMinutes: 60,
      retentionDays: 35,
      // Weekly, the day after the full backup: prod's RPO and RTO are proven on prod's own backups.
      drill: { enabled: true, intervalDays: 7, hourUtc: 5 },
    },
    // Saturday before dawn in the primary region's time zone (eu-west-1, Dublin), clear of Sunday's
    // full backup; 04:00 local lies outside the hour daylight-saving changes skip or repeat there.
    maintenance: { window: { weekday: 6, start: '04:00', durationMinutes: 180, timeZone: 'Europe/Dublin' } },
    monitoring: {
      slo: {
        availabilityTarget: 0.999,
        latencyTarget: 0.99,
        latencyThresholdSeconds: 2.5,
        streamStartTarget: 0.99,
        streamStartThresholdSeconds: 5,
        periodDays: 28,
      },
      paging: true,
      pageWarnings: true,
      statusPageUrl: 'https://status.acme.example/api/v1/alertmanager',
      clusterAlerts: { chatChannel: '#platform-cluster-alerts', paging: true },
      deadMansSwitchUrl: 'https://deadman.acme.example/ping/agent-platform-prod',
      logRetentionHours: 2160,
      securityLogRetentionHours: 8760,
    },
    addons: { ingressControllerReplicas: 3, prometheusRetention: '30d', prometheusStorage: '200Gi' },
  },
};
