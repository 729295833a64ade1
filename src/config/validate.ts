import { isCidr, nonPublicRangeOf } from './cidr';
import { isQuantity, parseQuantity } from './quantity';
import { TIERS, type EnvironmentSettings, type PlatformSettings } from './settings';

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
  c.matches('namespace', env.namespace, DNS_LABEL, 'a DNS label');

  const image = env.images.app;
  c.matches('images.app.repository', image.repository, IMAGE_REPOSITORY, 'a lowercase image repository such as ghcr.io/org/name');
  if (c.matches('images.app.tag', image.tag, IMAGE_TAG, 'an image tag (letters, digits, _ . -)') && image.tag === 'latest') {
    c.fail('images.app.tag', image.tag, "a fixed version; 'latest' is never allowed");
  }
  if (image.digest !== undefined || production) {
    c.matches(
      'images.app.digest',
      image.digest,
      DIGEST,
      `'sha256:' and 64 hex digits${production ? ' (required in the production tier)' : ''}`,
    );
  }

  const app = env.app;
  const minReplicasFloor = production ? 2 : 1;
  c.int('app.minReplicas', app.minReplicas, minReplicasFloor, 100, production ? ' (at least 2 in the production tier)' : '');
  c.int('app.maxReplicas', app.maxReplicas, Math.max(1, app.minReplicas), 200, ' (not below app.minReplicas)');
  c.int('app.targetCpuUtilization', app.targetCpuUtilization, 10, 100);
  c.int('app.maxSurge', app.maxSurge, 1, 50);
  c.int('app.shutdownDrainSeconds', app.shutdownDrainSeconds, 5, 3600);
  c.oneOf('app.logLevel', app.logLevel, ['DEBUG', 'INFO', 'WARNING', 'ERROR'] as const);
  c.oneOf('app.zoneSpread', app.zoneSpread, ['required', 'preferred'] as const);
  if (app.egressCidrs.length === 0) c.fail('app.egressCidrs', app.egressCidrs, 'at least one CIDR');
  app.egressCidrs.forEach((cidr, i) => c.cidr(`app.egressCidrs[${i}]`, cidr));
  const r = app.resources;
  const resourcesValid = [
    c.quantity('app.resources.cpuRequest', r.cpuRequest),
    c.quantity('app.resources.memoryRequest', r.memoryRequest),
    c.quantity('app.resources.memoryLimit', r.memoryLimit),
  ].every(Boolean);
  if (resourcesValid && parseQuantity(r.memoryLimit) < parseQuantity(r.memoryRequest)) {
    c.fail('app.resources.memoryLimit', r.memoryLimit, `a quantity >= app.resources.memoryRequest (${r.memoryRequest})`);
  }

  const ing = env.ingress;
  c.matches('ingress.host', ing.host, DNS_NAME, 'a fully qualified DNS name');
  c.int('ingress.bodySizeMib', ing.bodySizeMib, 1, 1024);
  c.int('ingress.streamTimeoutSeconds', ing.streamTimeoutSeconds, 30, 86400);
  c.int('ingress.rateLimitRps', ing.rateLimitRps, 1, 10000);
  c.int('ingress.rateLimitBurstMultiplier', ing.rateLimitBurstMultiplier, 1, 100);
  c.int('ingress.connectionsPerClient', ing.connectionsPerClient, 1, 10000);

  c.matches('tls.issuerName', env.tls.issuerName, DNS_LABEL, 'a DNS label');
  if (c.httpsUrl('tls.acmeServer', env.tls.acmeServer) && production && env.tls.acmeServer.includes(LETSENCRYPT_STAGING)) {
    c.fail(
      'tls.acmeServer',
      env.tls.acmeServer,
      'a production ACME directory (browsers reject staging certificates) in the production tier',
    );
  }
  c.matches('tls.acmeEmail', env.tls.acmeEmail, EMAIL, 'an e-mail address');

  const q = env.quota;
  c.int('quota.pods', q.pods, 1, 10000);
  const quotaValid = [
    c.quantity('quota.cpuRequests', q.cpuRequests),
    c.quantity('quota.memoryRequests', q.memoryRequests),
    c.quantity('quota.memoryLimits', q.memoryLimits),
  ].every(Boolean);
  if (quotaValid && resourcesValid) checkQuotaAdmitsApp(env, c);

  c.matches('secrets.storeName', env.secrets.storeName, DNS_LABEL, 'a DNS label');
  c.matches('secrets.region', env.secrets.region, AWS_REGION, 'an AWS region such as eu-west-1');
  c.matches('secrets.keyPrefix', env.secrets.keyPrefix, KEY_PREFIX, "a key prefix such as 'agent-platform/prod'");
  c.matches('secrets.roleArn', env.secrets.roleArn, IAM_ROLE_ARN, 'an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)');

  c.matches('storage.className', env.storage.className, DNS_LABEL, 'a StorageClass name');
  c.quantity('storage.postgresSize', env.storage.postgresSize);
  c.quantity('storage.redisSize', env.storage.redisSize);

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
}

/** The quota must admit the HPA maximum plus the rollout surge, or scale-ups and rollouts stall. */
function checkQuotaAdmitsApp(env: EnvironmentSettings, c: EnvironmentChecker): void {
  const pods = env.app.maxReplicas + env.app.maxSurge;
  const need = (perPod: string): number => pods * parseQuantity(perPod);
  const r = env.app.resources;
  const q = env.quota;
  const why = `(app.maxReplicas + app.maxSurge = ${pods} pods)`;
  if (q.pods < pods) c.fail('quota.pods', q.pods, `at least ${pods} ${why}`);
  if (parseQuantity(q.cpuRequests) < need(r.cpuRequest)) {
    c.fail('quota.cpuRequests', q.cpuRequests, `at least ${pods} x ${r.cpuRequest} ${why}`);
  }
  if (parseQuantity(q.memoryRequests) < need(r.memoryRequest)) {
    c.fail('quota.memoryRequests', q.memoryRequests, `at least ${pods} x ${r.memoryRequest} ${why}`);
  }
  if (parseQuantity(q.memoryLimits) < need(r.memoryLimit)) {
    c.fail('quota.memoryLimits', q.memoryLimits, `at least ${pods} x ${r.memoryLimit} ${why}`);
  }
}
