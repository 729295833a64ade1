import { namespaceDemand } from './capacity';
import { isCidr, nonPublicRangeOf } from './cidr';
import { isQuantity, parseQuantity } from './quantity';
import {
  DRILL_INTERVALS_DAYS,
  HEARTBEAT_INTERVAL_SECONDS,
  IMAGE_NAMES,
  LATENCY_BUCKETS_SECONDS,
  REDIS_EVICTION_POLICIES,
  REDIS_MODES,
  TIERS,
  type ContainerResources,
  type EnvironmentSettings,
  type PlatformSettings,
} from './settings';

/** One rejected setting. */
export interface SettingsProblem {
  readonly environment: string;
  readonly field: string;
  readonly value: unknown;
  readonly allowed: string;
}

/** Thrown before anything renders when a setting is wrong; lists every problem found. */
export class SettingsError extends Error {
  constructor(readonly problems: readonly SettingsProblem[]) {
    super(
      `invalid settings (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${describe(p)}`).join('\n'),
    );
    this.name = 'SettingsError';
  }
}

function describe(p: SettingsProblem): string {
  const where = p.environment ? `environment '${p.environment}', ` : '';
  return `${where}field '${p.field}': got ${JSON.stringify(p.value) ?? 'nothing'}; allowed: ${p.allowed}`;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/;
const IMAGE_REPOSITORY = /^[a-z0-9]+([._-][a-z0-9]+)*(\.[a-z0-9-]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;
const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]$/;
const ROUTE53_ZONE_ID = /^Z[A-Z0-9]{1,31}$/;
const IAM_ROLE_ARN = /^arn:aws:iam::[0-9]{12}:role\/[A-Za-z0-9+=,.@_/-]+$/;
const PROMETHEUS_DURATION = /^[0-9]+[hdwy]$/;
const KEY_PREFIX = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;
const LETSENCRYPT_STAGING = 'acme-staging';

/** Checks one environment's values, recording a problem per bad field. */
class EnvironmentChecker {
  constructor(
    private readonly environment: string,
    private readonly problems: SettingsProblem[],
  ) {}

  fail(field: string, value: unknown, allowed: string): void {
    this.problems.push({ environment: this.environment, field, value, allowed });
  }

  int(field: string, value: unknown, min: number, max: number, why = ''): value is number {
    const ok = Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
    if (!ok) this.fail(field, value, `an integer from ${min} to ${max}${why}`);
    return ok;
  }

  matches(field: string, value: unknown, pattern: RegExp, allowed: string): value is string {
    const ok = typeof value === 'string' && pattern.test(value);
    if (!ok) this.fail(field, value, allowed);
    return ok;
  }

  oneOf<T>(field: string, value: unknown, choices: readonly T[]): value is T {
    const ok = choices.includes(value as T);
    if (!ok) this.fail(field, value, `one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`);
    return ok;
  }

  quantity(field: string, value: unknown): value is string {
    const ok = isQuantity(value);
    if (!ok) this.fail(field, value, "a Kubernetes quantity such as '250m', '2', '512Mi' or '4Gi'");
    return ok;
  }

  /** Requests and memory limit of one container; true when all three are valid. */
  resources(field: string, r: ContainerResources): boolean {
    const valid = [
      this.quantity(`${field}.cpuRequest`, r.cpuRequest),
      this.quantity(`${field}.memoryRequest`, r.memoryRequest),
      this.quantity(`${field}.memoryLimit`, r.memoryLimit),
    ].every(Boolean);
    if (valid && parseQuantity(r.memoryLimit) < parseQuantity(r.memoryRequest)) {
      this.fail(`${field}.memoryLimit`, r.memoryLimit, `a quantity >= ${field}.memoryRequest (${r.memoryRequest})`);
      return false;
    }
    return valid;
  }

  /** A memory quantity that may take at most `share` of a container's memory limit. */
  memoryShare(field: string, value: unknown, limitField: string, limit: string, share: number, why: string): void {
    if (this.quantity(field, value) && parseQuantity(value) > parseQuantity(limit) * share) {
      this.fail(field, value, `at most ${share * 100}% of ${limitField} (${limit}): ${why}`);
    }
  }

  httpsUrl(field: string, value: unknown): value is string {
    let ok = false;
    try {
      ok = typeof value === 'string' && new URL(value).protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) this.fail(field, value, 'an https:// URL');
    return ok;
  }

  cidr(field: string, value: unknown): void {
    if (!isCidr(value)) {
      this.fail(field, value, "an IPv4 CIDR such as '0.0.0.0/0' or '203.0.113.0/24'");
      return;
    }
    const inside = nonPublicRangeOf(value);
    if (inside) this.fail(field, value, `a public range (this lies within ${inside}, which egress rules always exclude)`);
  }
}

/** Validates every environment; throws a SettingsError listing all problems. */
export function validateSettings(settings: PlatformSettings): void {
  const problems: SettingsProblem[] = [];
  const global = new EnvironmentChecker('', problems);
  global.matches('repoUrl', settings.repoUrl, /^(https:\/\/|git@)[^\s]+\.git$/, 'a git URL ending in .git');
  global.matches('argocdNamespace', settings.argocdNamespace, DNS_LABEL, 'a DNS label');
  if (settings.environments.length === 0) global.fail('environments', [], 'at least one environment');

  for (const env of settings.environments) checkEnvironment(env, new EnvironmentChecker(env.name, problems));
  checkUnique(settings.environments, (e) => e.cluster.server, 'cluster.server', problems);
  checkUnique(settings.environments, (e) => e.ingress.host, 'ingress.host', problems);
  // Two environments sharing a repository path would write into each other's stanza.
  const repoPaths = settings.environments.flatMap((env) => env.backup.repositories.map((r, i) => ({ env, r, i })));
  const seenPath = new Map<string, string>();
  for (const { env, r, i } of repoPaths) {
    const key = `s3://${r.bucket}${r.path}`;
    const other = seenPath.get(key);
    if (other !== undefined && other !== env.name) {
      problems.push({
        environment: env.name,
        field: `backup.repositories[${i}].path`,
        value: r.path,
        allowed: `a path not already used in bucket ${r.bucket} by environment '${other}'`,
      });
    } else seenPath.set(key, env.name);
  }

  if (problems.length > 0) throw new SettingsError(problems);
}

function checkUnique(
  envs: readonly EnvironmentSettings[],
  key: (e: EnvironmentSettings) => string,
  field: string,
  problems: SettingsProblem[],
): void {
  const seen = new Map<string, string>();
  for (const env of envs) {
    const value = key(env);
    const other = seen.get(value);
    if (other !== undefined) {
      problems.push({ environment: env.name, field, value, allowed: `a value not already used by environment '${other}'` });
    } else seen.set(value, env.name);
  }
}

function checkEnvironment(env: EnvironmentSettings, c: EnvironmentChecker): void {
  const production = env.tier === 'production';
  c.matches('name', env.name, DNS_LABEL, 'a DNS label (lowercase letters, digits, -)');
  c.oneOf('tier', env.tier, TIERS);
  c.matches('cluster.name', env.cluster.name, DNS_LABEL, 'a DNS label');
  c.httpsUrl('cluster.server', env.cluster.server);
  if (!isCidr(env.cluster.podCidr) || nonPublicRangeOf(env.cluster.podCidr) === undefined) {
    c.fail('cluster.podCidr', env.cluster.podCidr, 'a private IPv4 CIDR such as 10.10.0.0/16 (the pod network)');
  }
  if (!isCidr(env.cluster.apiServerCidr) || nonPublicRangeOf(env.cluster.apiServerCidr) === undefined) {
    c.fail('cluster.apiServerCidr', env.cluster.apiServerCidr, "a private IPv4 CIDR such as 10.1.0.0/16 (the API server's endpoints)");
  }
  c.matches('namespace', env.namespace, DNS_LABEL, 'a DNS label');

  for (const name of IMAGE_NAMES) {
    const image = env.images[name];
    const field = `images.${name}`;
    c.matches(`${field}.repository`, image.repository, IMAGE_REPOSITORY, 'a lowercase image repository such as ghcr.io/org/name');
    if (c.matches(`${field}.tag`, image.tag, IMAGE_TAG, 'an image tag (letters, digits, _ . -)') && image.tag === 'latest') {
      c.fail(`${field}.tag`, image.tag, "a fixed version; 'latest' is never allowed");
    }
    if (image.digest !== undefined || production) {
      c.matches(
        `${field}.digest`,
        image.digest,
        DIGEST,
        `'sha256:' and 64 hex digits${production ? ' (required in the production tier)' : ''}`,
      );
    }
  }

  const app = env.app;
  const minReplicasFloor = production ? 2 : 1;
  c.int('app.minReplicas', app.minReplicas, minReplicasFloor, 100, production ? ' (at least 2 in the production tier)' : '');
  c.int('app.maxReplicas', app.maxReplicas, Math.max(1, app.minReplicas), 200, ' (not below app.minReplicas)');
  c.int('app.targetCpuUtilization', app.targetCpuUtilization, 10, 100);
  c.int('app.maxSurge', app.maxSurge, 1, 50);
  c.oneOf('app.logLevel', app.logLevel, ['DEBUG', 'INFO', 'WARNING', 'ERROR'] as const);
  c.oneOf('app.zoneSpread', app.zoneSpread, ['required', 'preferred'] as const);
  if (app.egressCidrs.length === 0) c.fail('app.egressCidrs', app.egressCidrs, 'at least one CIDR');
  app.egressCidrs.forEach((cidr, i) => c.cidr(`app.egressCidrs[${i}]`, cidr));
  const resourcesValid = [
    c.resources('app.resources', app.resources),
    c.resources('postgres.resources', env.postgres.resources),
    c.resources('redis.resources', env.redis.resources),
  ].every(Boolean);

  const ing = env.ingress;
  c.matches('ingress.host', ing.host, DNS_NAME, 'a fully qualified DNS name');
  c.int('ingress.bodySizeMib', ing.bodySizeMib, 1, 1024);
  c.int('ingress.streamTimeoutSeconds', ing.streamTimeoutSeconds, 30, 3600);
  c.int('ingress.rateLimitRps', ing.rateLimitRps, 1, 10000);
  c.int('ingress.rateLimitBurstMultiplier', ing.rateLimitBurstMultiplier, 1, 100);
  c.int('ingress.connectionsPerClient', ing.connectionsPerClient, 1, 10000);
  if (c.oneOf('ingress.loadBalancer', ing.loadBalancer, ['aws-nlb-proxy-protocol', 'local-traffic-policy'] as const)) {
    if (ing.loadBalancer === 'aws-nlb-proxy-protocol' && ing.loadBalancerCidrs.length === 0) {
      c.fail(
        'ingress.loadBalancerCidrs',
        ing.loadBalancerCidrs,
        "at least one private CIDR (the load balancer's subnets) with 'aws-nlb-proxy-protocol'",
      );
    }
  }
  ing.loadBalancerCidrs.forEach((cidr, i) => {
    if (!isCidr(cidr) || nonPublicRangeOf(cidr) === undefined) {
      c.fail(`ingress.loadBalancerCidrs[${i}]`, cidr, "a private IPv4 CIDR such as 10.1.0.0/16 (the load balancer's subnets)");
    }
  });

  c.matches('tls.issuerName', env.tls.issuerName, DNS_LABEL, 'a DNS label');
  if (c.httpsUrl('tls.acmeServer', env.tls.acmeServer) && production && env.tls.acmeServer.includes(LETSENCRYPT_STAGING)) {
    c.fail(
      'tls.acmeServer',
      env.tls.acmeServer,
      'a production ACME directory (browsers reject staging certificates) in the production tier',
    );
  }
  c.matches('tls.acmeEmail', env.tls.acmeEmail, EMAIL, 'an e-mail address');
  if (c.oneOf('tls.solver', env.tls.solver, ['http01', 'dns01-route53'] as const) && env.tls.solver === 'dns01-route53') {
    c.matches(
      'tls.route53HostedZoneId',
      env.tls.route53HostedZoneId,
      ROUTE53_ZONE_ID,
      "a Route 53 hosted zone ID such as 'Z0123456789ABCDEFGHIJ' with 'dns01-route53'",
    );
    c.matches(
      'tls.route53RoleArn',
      env.tls.route53RoleArn,
      IAM_ROLE_ARN,
      "an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>) with 'dns01-route53'",
    );
  }

  const q = env.quota;
  c.int('quota.pods', q.pods, 1, 10000);
  const quotaValid = [
    c.quantity('quota.cpuRequests', q.cpuRequests),
    c.quantity('quota.memoryRequests', q.memoryRequests),
    c.quantity('quota.memoryLimits', q.memoryLimits),
  ].every(Boolean);
  if (quotaValid && resourcesValid) checkQuotaAdmitsWorkloads(env, c);

  c.matches('secrets.storeName', env.secrets.storeName, DNS_LABEL, 'a DNS label');
  c.matches('secrets.region', env.secrets.region, AWS_REGION, 'an AWS region such as eu-west-1');
  c.matches('secrets.keyPrefix', env.secrets.keyPrefix, KEY_PREFIX, "a key prefix such as 'agent-platform/prod'");
  c.matches('secrets.roleArn', env.secrets.roleArn, IAM_ROLE_ARN, 'an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)');

  c.matches('storage.className', env.storage.className, DNS_LABEL, 'a StorageClass name');
  c.quantity('storage.postgresSize', env.storage.postgresSize);
  c.quantity('storage.redisSize', env.storage.redisSize);
  if (c.oneOf('storage.volumeRetention', env.storage.volumeRetention, ['Retain', 'Delete'] as const)) {
    if (production && env.storage.volumeRetention !== 'Retain') {
      c.fail(
        'storage.volumeRetention',
        env.storage.volumeRetention,
        "'Retain' in the production tier (data volumes are never deleted by a sync)",
      );
    }
  }
  checkPostgres(env, c, resourcesValid);
  checkRedis(env, c, resourcesValid);
  checkBackup(env, c);
  checkMonitoring(env, c);

  c.int(
    'addons.ingressControllerReplicas',
    env.addons.ingressControllerReplicas,
    production ? 2 : 1,
    20,
    production ? ' (at least 2 in the production tier)' : '',
  );
  c.matches('addons.prometheusRetention', env.addons.prometheusRetention, PROMETHEUS_DURATION, "a Prometheus duration such as '15d'");
  c.quantity('addons.prometheusStorage', env.addons.prometheusStorage);

  c.oneOf('features.istioMtls', env.features.istioMtls, [true, false]);
  c.oneOf('features.verticalPodAutoscaler', env.features.verticalPodAutoscaler, [true, false]);
}

function checkPostgres(env: EnvironmentSettings, c: EnvironmentChecker, resourcesValid: boolean): void {
  const pg = env.postgres;
  const production = env.tier === 'production';
  const floor = production ? 1 : 0;
  c.int('postgres.replicas', pg.replicas, floor, 10, production ? ' (at least 1 in the production tier: a standby to fail over to)' : '');
  if (
    c.oneOf('postgres.synchronousReplication', pg.synchronousReplication, [true, false]) &&
    pg.synchronousReplication &&
    pg.replicas < 2
  ) {
    c.fail(
      'postgres.synchronousReplication',
      pg.synchronousReplication,
      `false while postgres.replicas is ${pg.replicas}: synchronous commits need at least 2 replicas, or one replica's outage blocks every write`,
    );
  }
  c.int('postgres.maxConnections', pg.maxConnections, 20, 5000);
  if (resourcesValid) {
    c.memoryShare(
      'postgres.sharedBuffers',
      pg.sharedBuffers,
      'postgres.resources.memoryLimit',
      pg.resources.memoryLimit,
      0.4,
      'the rest is for connections, sorts and the page cache',
    );
  }
  if (c.oneOf('postgres.synchronousModeStrict', pg.synchronousModeStrict, [true, false]) && pg.synchronousModeStrict) {
    if (!pg.synchronousReplication) {
      c.fail('postgres.synchronousModeStrict', pg.synchronousModeStrict, 'false while postgres.synchronousReplication is false');
    }
  }
  const t = pg.patroni;
  if (
    c.int('postgres.patroni.ttlSeconds', t.ttlSeconds, 20, 300) &&
    c.int('postgres.patroni.loopWaitSeconds', t.loopWaitSeconds, 1, 60) &&
    c.int('postgres.patroni.retryTimeoutSeconds', t.retryTimeoutSeconds, 1, 120) &&
    t.loopWaitSeconds + 2 * t.retryTimeoutSeconds > t.ttlSeconds
  ) {
    // Patroni's rule: a leader must be able to retry twice within one loop before its key expires.
    c.fail(
      'postgres.patroni.ttlSeconds',
      t.ttlSeconds,
      `at least loopWaitSeconds + 2 × retryTimeoutSeconds (${t.loopWaitSeconds + 2 * t.retryTimeoutSeconds}), or the leader loses its key while retrying`,
    );
  }
  c.int('postgres.patroni.maximumLagOnFailoverBytes', t.maximumLagOnFailoverBytes, 0, 2 ** 40);
  if (pg.restore !== undefined) {
    c.int('postgres.restore.repository', pg.restore.repository, 1, env.backup.repositories.length, ' (a configured backup repository)');
    if (
      typeof pg.restore.targetTime !== 'string' ||
      Number.isNaN(Date.parse(pg.restore.targetTime)) ||
      !/[+-]\d\d(:?\d\d)?$|Z$/.test(pg.restore.targetTime)
    ) {
      c.fail('postgres.restore.targetTime', pg.restore.targetTime, "a timestamp with time zone such as '2026-05-04 13:37:00+00'");
    }
  }
  c.oneOf('postgres.stopped', pg.stopped, [true, false]);
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REPO_PATH = /^\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

function checkBackup(env: EnvironmentSettings, c: EnvironmentChecker): void {
  const b = env.backup;
  const production = env.tier === 'production';
  const repos = b.repositories;
  if (repos.length < 1 || repos.length > 2) c.fail('backup.repositories', repos.length, 'one or two repositories (repo1, repo2)');
  if (production && repos.length < 2) {
    c.fail(
      'backup.repositories',
      repos.length,
      'two repositories in different regions in the production tier (a region loss must not take every backup)',
    );
  }
  repos.forEach((r, i) => {
    const field = `backup.repositories[${i}]`;
    c.matches(`${field}.bucket`, r.bucket, BUCKET, 'an S3 bucket name');
    c.matches(`${field}.endpoint`, r.endpoint, DNS_NAME, 'an endpoint host name such as s3.eu-west-1.amazonaws.com');
    c.matches(`${field}.region`, r.region, AWS_REGION, 'a region such as eu-west-1');
    c.matches(`${field}.path`, r.path, REPO_PATH, "an absolute path such as '/agent-platform/prod'");
  });
  if (repos.length === 2 && repos[0]!.region === repos[1]!.region) {
    c.fail('backup.repositories[1].region', repos[1]!.region, `a region other than repo1's (${repos[0]!.region})`);
  }
  c.int('backup.archiveTimeoutSeconds', b.archiveTimeoutSeconds, 30, 3600);
  const rpoFloor = b.archiveTimeoutSeconds + HEARTBEAT_INTERVAL_SECONDS;
  c.int(
    'backup.rpoSeconds',
    b.rpoSeconds,
    Number.isInteger(b.archiveTimeoutSeconds) ? rpoFloor : 45,
    86400,
    ` (not below backup.archiveTimeoutSeconds + the ${HEARTBEAT_INTERVAL_SECONDS} s heartbeat: WAL may wait that long before it is archived)`,
  );
  c.int('backup.rtoMinutes', b.rtoMinutes, 5, 10080);
  c.int('backup.fullBackupWeekday', b.fullBackupWeekday, 0, 6, ' (0 = Sunday)');
  c.int('backup.backupHourUtc', b.backupHourUtc, 0, 23);
  c.int('backup.retentionDays', b.retentionDays, 7, 3650, ' (full backups are weekly)');
  c.int('backup.retentionDifferentials', b.retentionDifferentials, 1, 30);
  c.oneOf('backup.drill.enabled', b.drill.enabled, [true, false]);
  if (
    c.oneOf('backup.drill.intervalDays', b.drill.intervalDays, DRILL_INTERVALS_DAYS) &&
    b.drill.enabled &&
    b.retentionDays < b.drill.intervalDays
  ) {
    c.fail(
      'backup.retentionDays',
      b.retentionDays,
      `at least backup.drill.intervalDays (${b.drill.intervalDays}): a backup must live until a drill has restored it`,
    );
  }
  c.int('backup.drill.hourUtc', b.drill.hourUtc, 0, 23);
}

function checkRedis(env: EnvironmentSettings, c: EnvironmentChecker, resourcesValid: boolean): void {
  const redis = env.redis;
  const production = env.tier === 'production';
  if (!c.oneOf('redis.mode', redis.mode, REDIS_MODES)) return;
  if (production && redis.mode === 'standalone') {
    c.fail('redis.mode', redis.mode, "'sentinel' or 'cluster' in the production tier (a standalone instance has no failover)");
  }
  if (redis.mode === 'standalone') {
    if (redis.replicas !== 0) c.fail('redis.replicas', redis.replicas, "0 in 'standalone' mode");
  } else {
    const floor = redis.mode === 'sentinel' || production ? 1 : 0;
    c.int(
      'redis.replicas',
      redis.replicas,
      floor,
      5,
      ` (${redis.mode === 'sentinel' ? 'Sentinel needs a replica to promote' : 'each master needs a replica to fail over to in the production tier'})`,
    );
  }
  if (redis.mode === 'cluster') c.int('redis.clusterMasters', redis.clusterMasters, 3, 16, ' (a cluster needs 3 masters for a majority)');
  const maxToWrite = redis.mode === 'sentinel' ? Math.max(0, redis.replicas - 1) : 0;
  c.int(
    'redis.minReplicasToWrite',
    redis.minReplicasToWrite,
    0,
    maxToWrite,
    redis.mode === 'sentinel'
      ? ` (below redis.replicas = ${redis.replicas}, or one replica's outage stops every write)`
      : ` (only Sentinel mode waits for replicas)`,
  );
  c.oneOf('redis.maxmemoryPolicy', redis.maxmemoryPolicy, REDIS_EVICTION_POLICIES);
  if (resourcesValid) {
    c.memoryShare(
      'redis.maxmemory',
      redis.maxmemory,
      'redis.resources.memoryLimit',
      redis.resources.memoryLimit,
      0.75,
      'persistence forks need headroom',
    );
  }
}

/** The quota must admit every workload at its peak, or scale-ups, rollouts and failovers stall. */
function checkQuotaAdmitsWorkloads(env: EnvironmentSettings, c: EnvironmentChecker): void {
  const demand = namespaceDemand(env);
  const pods = demand.reduce((sum, d) => sum + d.pods, 0);
  const total = (key: 'cpuRequest' | 'memoryRequest' | 'memoryLimit') =>
    demand.reduce((sum, d) => sum + d.pods * d.containers.reduce((s, r) => s + parseQuantity(r[key]), 0), 0);
  const why = `(peak: ${demand.map((d) => `${d.workload} ${d.pods}`).join(', ')})`;
  const q = env.quota;
  if (q.pods < pods) c.fail('quota.pods', q.pods, `at least ${pods} ${why}`);
  const need = (field: string, have: string, key: 'cpuRequest' | 'memoryRequest' | 'memoryLimit', unit: (n: number) => string) => {
    const needed = total(key);
    if (parseQuantity(have) < needed) c.fail(field, have, `at least ${unit(needed)} ${why}`);
  };
  need('quota.cpuRequests', q.cpuRequests, 'cpuRequest', (n) => `${Math.ceil(n * 1000)}m`);
  need('quota.memoryRequests', q.memoryRequests, 'memoryRequest', (n) => `${Math.ceil(n / 2 ** 20)}Mi`);
  need('quota.memoryLimits', q.memoryLimits, 'memoryLimit', (n) => `${Math.ceil(n / 2 ** 20)}Mi`);
}

const DURATION_DAYS: Record<string, number> = { h: 1 / 24, d: 1, w: 7, y: 365 };

function checkMonitoring(env: EnvironmentSettings, c: EnvironmentChecker): void {
  const m = env.monitoring;
  c.matches('monitoring.releaseLabel', m.releaseLabel, DNS_LABEL, 'a Helm release name');
  c.matches('monitoring.chatChannel', m.chatChannel, /^#[a-z0-9_-]{1,79}$/, "a chat channel such as '#agent-platform-alerts'");
  c.oneOf('monitoring.paging', m.paging, [true, false]);
  c.matches(
    'monitoring.clusterAlerts.chatChannel',
    m.clusterAlerts.chatChannel,
    /^#[a-z0-9_-]{1,79}$/,
    "a chat channel such as '#platform-cluster-alerts'",
  );
  c.oneOf('monitoring.clusterAlerts.paging', m.clusterAlerts.paging, [true, false]);
  c.matches(
    'monitoring.deadMansSwitchUrl',
    m.deadMansSwitchUrl,
    /^https:\/\/[a-z0-9.-]+(:\d+)?\/\S*$/,
    'the https URL the Watchdog alert is posted to',
  );
  c.int('monitoring.logRetentionHours', m.logRetentionHours, 24, 8760);
  const target = (field: string, value: number) => {
    if (!(typeof value === 'number' && value >= 0.9 && value < 1))
      c.fail(field, value, 'a ratio from 0.9 up to (not including) 1, e.g. 0.995');
  };
  target('monitoring.slo.availabilityTarget', m.slo.availabilityTarget);
  target('monitoring.slo.latencyTarget', m.slo.latencyTarget);
  c.oneOf('monitoring.slo.latencyThresholdSeconds', m.slo.latencyThresholdSeconds, LATENCY_BUCKETS_SECONDS);
  target('monitoring.slo.streamStartTarget', m.slo.streamStartTarget);
  c.oneOf('monitoring.slo.streamStartThresholdSeconds', m.slo.streamStartThresholdSeconds, LATENCY_BUCKETS_SECONDS);
  if (c.int('monitoring.slo.periodDays', m.slo.periodDays, 1, 90) && PROMETHEUS_DURATION.test(env.addons.prometheusRetention)) {
    const retention = env.addons.prometheusRetention;
    const days = Number(retention.slice(0, -1)) * DURATION_DAYS[retention.slice(-1)]!;
    if (m.slo.periodDays > days) {
      c.fail(
        'monitoring.slo.periodDays',
        m.slo.periodDays,
        `at most addons.prometheusRetention (${retention}): the error budget is counted over data Prometheus keeps`,
      );
    }
  }
}
