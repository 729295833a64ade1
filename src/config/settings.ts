/**
 * Typed settings of one environment (one cluster). Every value that differs between
 * environments lives here; constructs never branch on an environment's name.
 */

/** How strict an environment is: production tiers get the safety rules (digests, HA). */
export type Tier = 'development' | 'production';
export const TIERS: readonly Tier[] = ['development', 'production'];

/** A container image reference. Production tiers must pin a digest. */
export interface ImageRef {
  /** Registry and repository, e.g. `ghcr.io/acme/agent-service`. */
  readonly repository: string;
  /** Tag, e.g. `1.4.2`. Never `latest`. */
  readonly tag: string;
  /** `sha256:<64 hex>`; required in production tiers. */
  readonly digest?: string;
}

/** Image references per environment: the data file a bot edits (images.json). */
export interface EnvironmentImages {
  /** The FastAPI agent service (also runs the migrations). */
  readonly app: ImageRef;
  /** PostgreSQL with pgBackRest, built from docker/Dockerfile.postgres. */
  readonly postgres: ImageRef;
  /** prometheus-community postgres_exporter. */
  readonly postgresExporter: ImageRef;
  /** Redis (server, Sentinel and redis-cli). */
  readonly redis: ImageRef;
  /** oliver006 redis_exporter. */
  readonly redisExporter: ImageRef;
}

/** The image names every environment's images.json entry must have. */
export const IMAGE_NAMES: readonly (keyof EnvironmentImages)[] = ['app', 'postgres', 'postgresExporter', 'redis', 'redisExporter'];

/** The cluster an environment is deployed to, as Argo CD knows it. */
export interface ClusterSettings {
  /** Argo CD cluster name. */
  readonly name: string;
  /** Kubernetes API server URL registered in Argo CD. */
  readonly server: string;
  /** CIDR pod addresses come from: the only network PostgreSQL accepts connections from. */
  readonly podCidr: string;
  /**
   * Private CIDR holding the Kubernetes API server's endpoints (on EKS, the control plane's
   * network interfaces in the VPC subnets): Patroni keeps its cluster state there, on 443.
   */
  readonly apiServerCidr: string;
}

/** CPU/memory for one container. Requests are what the scheduler and quota count. */
export interface ContainerResources {
  /** Kubernetes quantity, e.g. `250m`. */
  readonly cpuRequest: string;
  /** Kubernetes quantity, e.g. `512Mi`. */
  readonly memoryRequest: string;
  /** Kubernetes quantity; no CPU limit is set on purpose (throttling hurts latency). */
  readonly memoryLimit: string;
}

/** The FastAPI agent service. */
export interface AppSettings {
  /** Lower bound of the HorizontalPodAutoscaler. */
  readonly minReplicas: number;
  /** Upper bound of the HorizontalPodAutoscaler. */
  readonly maxReplicas: number;
  /** Average CPU utilisation (percent of request) the HPA aims for. */
  readonly targetCpuUtilization: number;
  /** Extra pods a rolling update may start above the desired count. */
  readonly maxSurge: number;
  readonly resources: ContainerResources;
  /** Python log level passed to the service. */
  readonly logLevel: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';
  /** CIDRs the agent may call on 443 (LLM providers, tool APIs); private ranges are excluded. */
  readonly egressCidrs: readonly string[];
  /** Pods spread across zones must be spread (`required`) or only preferably (`preferred`). */
  readonly zoneSpread: 'required' | 'preferred';
}

/**
 * How client addresses survive the cloud's load balancer in front of the NGINX data plane
 * (docs/architecture.md, "Client addresses"):
 * - `aws-nlb-proxy-protocol`: an AWS Network Load Balancer (AWS Load Balancer Controller) with
 *   IP targets sends a PROXY protocol v2 header, which NGINX trusts from `loadBalancerCidrs` only;
 * - `local-traffic-policy`: a pass-through load balancer (GKE, AKS, MetalLB) keeps the source
 *   address, and `externalTrafficPolicy: Local` stops kube-proxy from replacing it.
 */
export type LoadBalancerMode = 'aws-nlb-proxy-protocol' | 'local-traffic-policy';

/** Public entry through NGINX Gateway Fabric (Gateway API). */
export interface IngressSettings {
  /** Public host name of the API. */
  readonly host: string;
  /** Largest request body accepted, in MiB. */
  readonly bodySizeMib: number;
  /**
   * The longest a streamed (server-sent events) response may last, in seconds: the service
   * ends a stream at this age (`STREAM_TIMEOUT_SECONDS`), NGINX's idle timeouts equal it, and a
   * stopping pod drains for this long, so no rollout, scale-down or node drain cuts a stream.
   * Keep it within what node drains allow (cluster-autoscaler waits 600 s by default).
   */
  readonly streamTimeoutSeconds: number;
  /** Requests per second per client IP before 429. */
  readonly rateLimitRps: number;
  /** Burst allowed above the rate, as a multiple of it. */
  readonly rateLimitBurstMultiplier: number;
  /** Concurrent connections per client IP (streams hold one each). */
  readonly connectionsPerClient: number;
  /** How the client address reaches NGINX through the cloud's load balancer. */
  readonly loadBalancer: LoadBalancerMode;
  /**
   * Private ranges the load balancer connects from (the VPC's subnets). With
   * `aws-nlb-proxy-protocol`, NGINX takes the client address from the PROXY protocol header of
   * these peers only, and only they may reach the data plane's listeners.
   */
  readonly loadBalancerCidrs: readonly string[];
}

/** cert-manager ACME issuer for the environment's cluster. */
export interface TlsSettings {
  /** ClusterIssuer name. */
  readonly issuerName: string;
  /** ACME directory URL (Let's Encrypt staging for non-production). */
  readonly acmeServer: string;
  /** Contact address registered with the ACME account. */
  readonly acmeEmail: string;
  /**
   * How the ACME server checks control of the host: `http01` through the Gateway's HTTP
   * listener, or `dns01-route53` (a TXT record in Route 53; needs no inbound HTTP).
   */
  readonly solver: 'http01' | 'dns01-route53';
  /** Route 53 hosted zone of the host, for `dns01-route53`. */
  readonly route53HostedZoneId: string;
  /** IAM role cert-manager assumes (IRSA) to write the TXT records, for `dns01-route53`. */
  readonly route53RoleArn: string;
}

/** Namespace budget: the ResourceQuota. */
export interface QuotaSettings {
  readonly pods: number;
  /** Sum of CPU requests, Kubernetes quantity. */
  readonly cpuRequests: string;
  /** Sum of memory requests, Kubernetes quantity. */
  readonly memoryRequests: string;
  /** Sum of memory limits, Kubernetes quantity. */
  readonly memoryLimits: string;
}

/** Where External Secrets Operator reads secret values from (AWS Secrets Manager). */
export interface SecretStoreSettings {
  /** ClusterSecretStore name. */
  readonly storeName: string;
  /** AWS region of Secrets Manager. */
  readonly region: string;
  /** Key prefix of this environment's secrets, e.g. `agent-platform/prod`. */
  readonly keyPrefix: string;
  /** IAM role assumed by the operator's service account (IRSA). */
  readonly roleArn: string;
}

/** What happens to a StatefulSet's volumes when it is deleted or scaled down. */
export type VolumeRetention = 'Retain' | 'Delete';

/** Persistent storage used by the data tier. */
export interface StorageSettings {
  /** StorageClass for every PersistentVolumeClaim. */
  readonly className: string;
  /** PostgreSQL data volume per instance, Kubernetes quantity. */
  readonly postgresSize: string;
  /** Redis data volume per instance, Kubernetes quantity. */
  readonly redisSize: string;
  /** `Delete` frees volumes of removed pods; refused in the production tier. */
  readonly volumeRetention: VolumeRetention;
}

/** Patroni's timing: how fast a lost leader is noticed and replaced (Patroni's dynamic configuration). */
export interface PatroniSettings {
  /** Leader key lifetime: a leader that has not renewed it for this long loses it (failover starts). */
  readonly ttlSeconds: number;
  /** Seconds between two runs of Patroni's loop on each member. */
  readonly loopWaitSeconds: number;
  /** How long Patroni retries the Kubernetes API or PostgreSQL before giving up on a loop. */
  readonly retryTimeoutSeconds: number;
  /** A replica further behind the leader than this (bytes of WAL) is never promoted. */
  readonly maximumLagOnFailoverBytes: number;
}

/** Bootstrap the cluster from a backup instead of an empty database (the point-in-time restore). */
export interface PostgresRestore {
  /** Repository number to restore from (1 or 2, as in backup.repositories). */
  readonly repository: number;
  /** Recovery target, a timestamp with time zone, e.g. `2026-05-04 13:37:00+00`. */
  readonly targetTime: string;
}

/** PostgreSQL under Patroni: one StatefulSet of members, a leader and streaming replicas. */
export interface PostgresSettings {
  /** Streaming replicas besides the leader (members = replicas + 1; 0: reads go to the leader). */
  readonly replicas: number;
  /**
   * Patroni's `synchronous_mode`: a commit is acknowledged once one replica has it, and only
   * that synchronous standby may be promoted. Needs at least 2 replicas.
   */
  readonly synchronousReplication: boolean;
  /**
   * Patroni's `synchronous_mode_strict`: with no synchronous standby left, writes block
   * instead of continuing on the leader alone (docs/data-tier.md weighs the two).
   */
  readonly synchronousModeStrict: boolean;
  readonly patroni: PatroniSettings;
  readonly maxConnections: number;
  /** shared_buffers, Kubernetes quantity; at most 40% of the memory limit. */
  readonly sharedBuffers: string;
  readonly resources: ContainerResources;
  /** Stop every member (volumes kept), e.g. before a point-in-time restore. */
  readonly stopped: boolean;
  /** Present only while the cluster is being rebuilt from a backup (docs/disaster-recovery.md). */
  readonly restore?: PostgresRestore;
}

/** Seconds between heartbeat writes on the primary; restore drills measure the recovery point by them. */
export const HEARTBEAT_INTERVAL_SECONDS = 15;

/** Restore drill intervals that map onto a cron schedule. */
export const DRILL_INTERVALS_DAYS = [1, 7, 14, 30] as const;

/** One pgBackRest repository: S3-compatible object storage. */
export interface BackupRepository {
  readonly bucket: string;
  /** S3 endpoint host, e.g. `s3.eu-west-1.amazonaws.com`. */
  readonly endpoint: string;
  readonly region: string;
  /** Path inside the bucket; one per environment. */
  readonly path: string;
}

/** Restore drills: restore the latest backup into scratch storage and check it. */
export interface RestoreDrillSettings {
  readonly enabled: boolean;
  /** 1 (daily), 7 (weekly, the day after the full backup), 14 or 30 (1st and 15th, or 1st of the month). */
  readonly intervalDays: (typeof DRILL_INTERVALS_DAYS)[number];
  readonly hourUtc: number;
}

/** pgBackRest: continuous WAL archiving and scheduled backups to one or two regions. */
export interface BackupSettings {
  /** repo1 in the primary region, repo2 in another; production tiers need both. */
  readonly repositories: readonly BackupRepository[];
  /** Recovery point objective promised in docs/disaster-recovery.md, in seconds. */
  readonly rpoSeconds: number;
  /** `archive_timeout`: a WAL segment is shipped at least this often. */
  readonly archiveTimeoutSeconds: number;
  /** Recovery time objective promised in docs/disaster-recovery.md, in minutes. */
  readonly rtoMinutes: number;
  /** Weekday of the full backup (0 = Sunday); differentials run the other days. */
  readonly fullBackupWeekday: number;
  readonly backupHourUtc: number;
  /** Point-in-time recovery window: full backups (and their WAL) are kept this many days. */
  readonly retentionDays: number;
  /** Differential backups kept per full backup. */
  readonly retentionDifferentials: number;
  readonly drill: RestoreDrillSettings;
}

/** How Redis runs: one instance, master and replicas under Sentinel, or a sharded cluster. */
export type RedisMode = 'standalone' | 'sentinel' | 'cluster';
export const REDIS_MODES: readonly RedisMode[] = ['standalone', 'sentinel', 'cluster'];
export type RedisEvictionPolicy = 'noeviction' | 'allkeys-lru' | 'volatile-lru' | 'allkeys-lfu' | 'volatile-lfu';
export const REDIS_EVICTION_POLICIES: readonly RedisEvictionPolicy[] = [
  'noeviction',
  'allkeys-lru',
  'volatile-lru',
  'allkeys-lfu',
  'volatile-lfu',
];

/** Redis, the agent's cache and session store. */
export interface RedisSettings {
  readonly mode: RedisMode;
  /** Replicas of the master (sentinel mode) or of each master (cluster mode); 0 in standalone mode. */
  readonly replicas: number;
  /** Writes need this many connected replicas (`min-replicas-to-write`); below `replicas`. */
  readonly minReplicasToWrite: number;
  /** Cluster mode: masters the key slots are split across (at least 3). */
  readonly clusterMasters: number;
  /** maxmemory, Kubernetes quantity; at most 75% of the memory limit (forks for persistence). */
  readonly maxmemory: string;
  readonly maxmemoryPolicy: RedisEvictionPolicy;
  readonly resources: ContainerResources;
}

/**
 * Bucket boundaries of `http_request_duration_highr_seconds`, the latency histogram of
 * prometheus-fastapi-instrumentator 7 (docs/app-contract.md). A latency objective's threshold
 * must be one of them, or its SLI could not be computed exactly.
 */
export const LATENCY_BUCKETS_SECONDS = [
  0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 7.5, 10, 30, 60,
] as const;

/** Service level objectives of the API, alerted on by multi-window burn rates. */
export interface SloSettings {
  /** Share of requests that must not fail (5xx), e.g. 0.995. */
  readonly availabilityTarget: number;
  /** Share of (non-streamed) requests that must finish within `latencyThresholdSeconds`, e.g. 0.99. */
  readonly latencyTarget: number;
  /** A histogram bucket boundary of the instrumentation (`LATENCY_BUCKETS_SECONDS`). */
  readonly latencyThresholdSeconds: number;
  /**
   * Share of streamed responses (server-sent events) whose first byte leaves within
   * `streamStartThresholdSeconds`, e.g. 0.99: a stream's length is the answer's, not the service's.
   */
  readonly streamStartTarget: number;
  /** A histogram bucket boundary of the instrumentation (`LATENCY_BUCKETS_SECONDS`). */
  readonly streamStartThresholdSeconds: number;
  /** The period the error budget is counted over; Prometheus must retain at least this much. */
  readonly periodDays: number;
}

/** Alerts, dashboards and logs. */
export interface MonitoringSettings {
  /** `release` label kube-prometheus-stack's Prometheus selects ServiceMonitors and rules by. */
  readonly releaseLabel: string;
  readonly slo: SloSettings;
  /** Chat channel warnings and pages are posted to. */
  readonly chatChannel: string;
  /** Whether critical alerts page the on-call engineer (PagerDuty). */
  readonly paging: boolean;
  /**
   * The cluster's own alerts (kube-prometheus-stack's default rules for nodes, kubelet,
   * volumes and the operators, in every namespace but the platform's): the platform team's
   * channel, and whether their criticals page.
   */
  readonly clusterAlerts: { readonly chatChannel: string; readonly paging: boolean };
  /**
   * Dead man's switch: Alertmanager posts the always-firing `Watchdog` alert here every
   * minute, and the service behind it alerts when the posts stop (Prometheus or Alertmanager
   * down, or their path to the internet broken). Its bearer token is the
   * `dead-mans-switch-token` property of `<keyPrefix>/alertmanager-platform`.
   */
  readonly deadMansSwitchUrl: string;
  /** Loki retention, in hours. */
  readonly logRetentionHours: number;
}

/** Versions and sizing of the cluster add-ons Argo CD installs in this cluster. */
export interface AddonSettings {
  /** NGINX data-plane replicas of the environment's Gateway (NGINX Gateway Fabric). */
  readonly ingressControllerReplicas: number;
  /** Prometheus retention, e.g. `15d`. */
  readonly prometheusRetention: string;
  /** Prometheus volume size, Kubernetes quantity. */
  readonly prometheusStorage: string;
}

export interface FeatureToggles {
  /** Istio sidecars with STRICT mTLS for the namespace (needs Istio >= 1.19 with its CNI plugin). */
  readonly istioMtls: boolean;
  /**
   * The cluster runs the Vertical Pod Autoscaler (its CRDs and recommender; the add-ons do not
   * install it): the API gets a recommendation-only VerticalPodAutoscaler. Off, no VPA object is
   * rendered, since one without its CRD fails the whole environment's sync.
   */
  readonly verticalPodAutoscaler: boolean;
}

/** Everything that defines one environment. */
export interface EnvironmentSettings {
  /** Environment name: the folder under dist/ and part of Argo CD names. */
  readonly name: string;
  readonly tier: Tier;
  readonly cluster: ClusterSettings;
  /** Namespace of the platform's workloads. */
  readonly namespace: string;
  readonly images: EnvironmentImages;
  readonly app: AppSettings;
  readonly ingress: IngressSettings;
  readonly tls: TlsSettings;
  readonly quota: QuotaSettings;
  readonly secrets: SecretStoreSettings;
  readonly storage: StorageSettings;
  readonly postgres: PostgresSettings;
  readonly redis: RedisSettings;
  readonly backup: BackupSettings;
  readonly monitoring: MonitoringSettings;
  readonly addons: AddonSettings;
  readonly features: FeatureToggles;
}

/** Settings shared by all environments: where Argo CD finds this repository. */
export interface PlatformSettings {
  /** Git URL of this repository, the only source Argo CD may read for the platform. */
  readonly repoUrl: string;
  /** Branch Argo CD tracks. */
  readonly targetRevision: string;
  /** Namespace Argo CD runs in (management cluster). */
  readonly argocdNamespace: string;
  readonly environments: readonly EnvironmentSettings[];
}

/** Recursively optional, for per-environment overrides of the shared defaults. */
export type Overrides<T> = {
  readonly [K in keyof T]?: T[K] extends readonly (infer _U)[] ? T[K] : T[K] extends object ? Overrides<T[K]> : T[K];
};
