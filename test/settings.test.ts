import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENVIRONMENTS, type EnvironmentDefinition } from '../src/config/environments';
import { SettingsError } from '../src/config/validate';
import { renderPlatform } from '../src/platform';
import { planEnvironment } from '../src/capacity/plan';
import { committedImages, envObjects, parse, REPO_ROOT, settingsWith } from './support/rendered';

type Definitions = Record<string, EnvironmentDefinition>;
const images = committedImages() as Record<string, Record<string, Record<string, string>>>;

/** The committed environments with `patch` merged into one of them. */
function withOverride(
  env: string,
  patch: Partial<EnvironmentDefinition> | ((d: EnvironmentDefinition) => EnvironmentDefinition),
): Definitions {
  const current = ENVIRONMENTS[env]!;
  return { ...ENVIRONMENTS, [env]: typeof patch === 'function' ? patch(current) : { ...current, ...patch } };
}

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as SettingsError).problems;
  }
  throw new Error('expected a SettingsError');
}

/**
 * The committed environments with one of them edited as plain data, past the types: what a
 * typo in environments.ts amounts to, since synth bundles without type-checking.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function edited(env: string, edit: (d: any) => void): Definitions {
  const copy = structuredClone(ENVIRONMENTS) as Definitions;
  edit(copy[env]);
  return copy;
}

const withImage = (env: string, app: Record<string, unknown>) => ({
  ...images,
  [env]: { ...images[env], app: { ...images[env]!.app, ...app } },
});

describe('settings validation names the environment, field, value and what is allowed', () => {
  const cases: [string, () => unknown, { environment: string; field: string; value: unknown; allowed: RegExp }][] = [
    [
      'fails on an image tagged latest',
      () => settingsWith(undefined, withImage('dev', { tag: 'latest' })),
      { environment: 'dev', field: 'images.app.tag', value: 'latest', allowed: /never allowed/ },
    ],
    [
      'fails on a production image without a digest',
      () =>
        settingsWith(undefined, {
          ...images,
          prod: { ...images.prod, postgresExporter: { repository: 'quay.io/prometheuscommunity/postgres-exporter', tag: 'v0.17.1' } },
        }),
      { environment: 'prod', field: 'images.postgresExporter.digest', value: undefined, allowed: /required in the production tier/ },
    ],
    [
      'fails on a malformed digest',
      () => settingsWith(undefined, withImage('staging', { digest: 'sha256:abc' })),
      { environment: 'staging', field: 'images.app.digest', value: 'sha256:abc', allowed: /64 hex/ },
    ],
    [
      'fails on an uppercase repository',
      () => settingsWith(undefined, withImage('dev', { repository: 'GHCR.io/Acme/x' })),
      { environment: 'dev', field: 'images.app.repository', value: 'GHCR.io/Acme/x', allowed: /lowercase/ },
    ],
    [
      'fails on fewer than 2 replicas in production',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, app: { ...d.app, minReplicas: 1 } }))),
      { environment: 'prod', field: 'app.minReplicas', value: 1, allowed: /at least 2 in the production tier/ },
    ],
    [
      'fails when maxReplicas is below minReplicas',
      () => settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, minReplicas: 3, maxReplicas: 2 } }))),
      { environment: 'dev', field: 'app.maxReplicas', value: 2, allowed: /from 3 to 200/ },
    ],
    [
      'fails on a malformed quantity',
      () => settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, resources: { cpuRequest: 'lots' } } }))),
      { environment: 'dev', field: 'app.resources.cpuRequest', value: 'lots', allowed: /Kubernetes quantity/ },
    ],
    [
      'fails when the memory limit is below the request',
      () =>
        settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, resources: { memoryRequest: '1Gi', memoryLimit: '512Mi' } } }))),
      { environment: 'dev', field: 'app.resources.memoryLimit', value: '512Mi', allowed: />= app.resources.memoryRequest/ },
    ],
    [
      'fails when the quota cannot hold every workload at its peak',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, quota: { ...d.quota, pods: 10 } }))),
      {
        environment: 'prod',
        field: 'quota.pods',
        value: 10,
        allowed:
          /at least 58 \(peak: agent-api 40, postgres 3, redis 3, redis-sentinel 3, edge \(NGINX data plane\) 4, one job 1, release traffic 1, backup 1, maintenance 1, restore drill 1\)/,
      },
    ],
    [
      'fails on a PROXY protocol load balancer without the subnets to trust',
      () => settingsWith(withOverride('dev', { ingress: { host: 'agent.dev.acme.example', loadBalancerCidrs: [] } })),
      { environment: 'dev', field: 'ingress.loadBalancerCidrs', value: [], allowed: /at least one private CIDR/ },
    ],
    [
      'fails on a public range trusted to name clients',
      () => settingsWith(withOverride('dev', { ingress: { host: 'agent.dev.acme.example', loadBalancerCidrs: ['0.0.0.0/0'] } })),
      { environment: 'dev', field: 'ingress.loadBalancerCidrs[0]', value: '0.0.0.0/0', allowed: /a private IPv4 CIDR/ },
    ],
    [
      'fails on DNS-01 without a hosted zone',
      () =>
        settingsWith(
          withOverride('dev', { tls: { solver: 'dns01-route53', route53RoleArn: 'arn:aws:iam::123456789012:role/cert-manager' } }),
        ),
      { environment: 'dev', field: 'tls.route53HostedZoneId', value: '', allowed: /Route 53 hosted zone ID/ },
    ],
    [
      'fails on an invalid host',
      () => settingsWith(withOverride('dev', { ingress: { host: 'Not A Host' } })),
      { environment: 'dev', field: 'ingress.host', value: 'Not A Host', allowed: /fully qualified DNS name/ },
    ],
    [
      'fails on the staging ACME directory in production',
      () => settingsWith(withOverride('prod', { tls: { acmeServer: 'https://acme-staging-v02.api.letsencrypt.org/directory' } })),
      {
        environment: 'prod',
        field: 'tls.acmeServer',
        value: 'https://acme-staging-v02.api.letsencrypt.org/directory',
        allowed: /production ACME directory/,
      },
    ],
    [
      'fails on a malformed egress CIDR',
      () => settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, egressCidrs: ['300.0.0.0/8'] } }))),
      { environment: 'dev', field: 'app.egressCidrs[0]', value: '300.0.0.0/8', allowed: /IPv4 CIDR/ },
    ],
    [
      'fails when two environments share a host',
      () => settingsWith(withOverride('staging', { ingress: { host: 'agent.acme.example' } })),
      { environment: 'prod', field: 'ingress.host', value: 'agent.acme.example', allowed: /not already used by environment 'staging'/ },
    ],
    [
      'fails on a cluster server that is not https',
      () =>
        settingsWith(
          withOverride('dev', {
            cluster: { name: 'dev', server: 'http://dev:6443', podCidr: '10.10.0.0/16', apiServerCidr: '10.1.0.0/16' },
          }),
        ),
      { environment: 'dev', field: 'cluster.server', value: 'http://dev:6443', allowed: /https:\/\// },
    ],
    [
      'fails on a bad IAM role',
      () => settingsWith(withOverride('dev', { secrets: { keyPrefix: 'agent-platform/dev', roleArn: 'admin' } })),
      { environment: 'dev', field: 'secrets.roleArn', value: 'admin', allowed: /IAM role ARN/ },
    ],
    [
      'fails on a single ingress controller in production',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, addons: { ...d.addons, ingressControllerReplicas: 1 } }))),
      { environment: 'prod', field: 'addons.ingressControllerReplicas', value: 1, allowed: /at least 2 in the production tier/ },
    ],
    [
      'fails on a public pod network',
      () =>
        settingsWith(
          withOverride('dev', {
            cluster: { name: 'dev', server: 'https://dev.k8s.acme.internal', podCidr: '0.0.0.0/0', apiServerCidr: '10.1.0.0/16' },
          }),
        ),
      { environment: 'dev', field: 'cluster.podCidr', value: '0.0.0.0/0', allowed: /private IPv4 CIDR/ },
    ],
    [
      "fails on a dead man's switch that is not an https URL (Watchdog would feed nothing)",
      () => settingsWith(withOverride('staging', (d) => ({ ...d, monitoring: { ...d.monitoring, deadMansSwitchUrl: '' } }))),
      { environment: 'staging', field: 'monitoring.deadMansSwitchUrl', value: '', allowed: /https URL/ },
    ],
  ];

  /** Unsafe data-tier settings: each would lose data, block writes or remove a safety net. */
  const dataTier: typeof cases = [
    [
      'fails on synchronous replication with a single replica (its outage would block writes)',
      () => settingsWith(withOverride('staging', (d) => ({ ...d, postgres: { ...d.postgres, synchronousReplication: true } }))),
      { environment: 'staging', field: 'postgres.synchronousReplication', value: true, allowed: /need at least 2 replicas/ },
    ],
    [
      'fails on a production database without a replica',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, postgres: { ...d.postgres, replicas: 0, synchronousReplication: false } }))),
      { environment: 'prod', field: 'postgres.replicas', value: 0, allowed: /at least 1 in the production tier/ },
    ],
    [
      'fails on shared buffers that leave no memory for connections',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, postgres: { ...d.postgres, sharedBuffers: '6Gi' } }))),
      {
        environment: 'prod',
        field: 'postgres.sharedBuffers',
        value: '6Gi',
        allowed: /at most 40% of postgres.resources.memoryLimit \(8Gi\)/,
      },
    ],
    [
      'fails on paging warnings where criticals do not page',
      () => settingsWith(withOverride('staging', (d) => ({ ...d, monitoring: { ...d.monitoring, pageWarnings: true } }))),
      { environment: 'staging', field: 'monitoring.pageWarnings', value: true, allowed: /false while monitoring.paging is false/ },
    ],
    [
      'fails on a status page URL that is not https',
      () =>
        settingsWith(
          withOverride('prod', (d) => ({ ...d, monitoring: { ...d.monitoring, statusPageUrl: 'http://status.acme.example/hook' } })),
        ),
      { environment: 'prod', field: 'monitoring.statusPageUrl', value: 'http://status.acme.example/hook', allowed: /https:\/\/ URL/ },
    ],
    [
      'fails on chaos experiments where alerts page and reach the status page',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, chaos: { enabled: true } }))),
      { environment: 'prod', field: 'chaos.enabled', value: true, allowed: /false where alerts page or reach the status page/ },
    ],
    [
      'fails on a game day starting too late for its experiments to end the same day',
      () => settingsWith(withOverride('staging', (d) => ({ ...d, chaos: { enabled: true, hourUtc: 22 } }))),
      { environment: 'staging', field: 'chaos.hourUtc', value: 22, allowed: /from 0 to 21/ },
    ],
    [
      'fails on strict synchronous mode without synchronous replication',
      () => settingsWith(withOverride('staging', (d) => ({ ...d, postgres: { ...d.postgres, synchronousModeStrict: true } }))),
      {
        environment: 'staging',
        field: 'postgres.synchronousModeStrict',
        value: true,
        allowed: /false while postgres.synchronousReplication is false/,
      },
    ],
    [
      'fails on a Patroni ttl the leader could lose while retrying (loop_wait + 2 × retry_timeout > ttl)',
      () =>
        settingsWith(
          withOverride('prod', (d) => ({
            ...d,
            postgres: {
              ...d.postgres,
              patroni: { ttlSeconds: 28, loopWaitSeconds: 9, retryTimeoutSeconds: 10, maximumLagOnFailoverBytes: 1048576 },
            },
          })),
        ),
      {
        environment: 'prod',
        field: 'postgres.patroni.ttlSeconds',
        value: 28,
        allowed: /at least loopWaitSeconds \+ 2 × retryTimeoutSeconds \(29\)/,
      },
    ],
    [
      'fails on a restore from a repository that is not configured',
      () =>
        settingsWith(
          withOverride('dev', (d) => ({
            ...d,
            postgres: { ...d.postgres, restore: { repository: 2, targetTime: '2026-05-04 13:37:00+00' } },
          })),
        ),
      { environment: 'dev', field: 'postgres.restore.repository', value: 2, allowed: /from 1 to 1/ },
    ],
    [
      'fails on a restore target without a time zone',
      () =>
        settingsWith(
          withOverride('prod', (d) => ({
            ...d,
            postgres: { ...d.postgres, restore: { repository: 1, targetTime: '2026-05-04 13:37:00' } },
          })),
        ),
      { environment: 'prod', field: 'postgres.restore.targetTime', value: '2026-05-04 13:37:00', allowed: /timestamp with time zone/ },
    ],
    [
      'fails on volumes deleted with their StatefulSet in production',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, storage: { ...d.storage, volumeRetention: 'Delete' } }))),
      { environment: 'prod', field: 'storage.volumeRetention', value: 'Delete', allowed: /'Retain' in the production tier/ },
    ],
    [
      'fails on a standalone Redis in production',
      () =>
        settingsWith(
          withOverride('staging', (d) => ({ ...d, redis: { ...d.redis, mode: 'standalone', replicas: 0, minReplicasToWrite: 0 } })),
        ),
      { environment: 'staging', field: 'redis.mode', value: 'standalone', allowed: /no failover/ },
    ],
    [
      'fails when writes would need every Redis replica',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, redis: { ...d.redis, minReplicasToWrite: 2 } }))),
      { environment: 'prod', field: 'redis.minReplicasToWrite', value: 2, allowed: /below redis.replicas = 2/ },
    ],
    [
      'fails on Sentinel mode without a replica to promote',
      () => settingsWith(withOverride('staging', (d) => ({ ...d, redis: { ...d.redis, replicas: 0, minReplicasToWrite: 0 } }))),
      { environment: 'staging', field: 'redis.replicas', value: 0, allowed: /Sentinel needs a replica to promote/ },
    ],
    [
      'fails on a Redis cluster without a majority of masters',
      () =>
        settingsWith(
          withOverride('prod', (d) => ({
            ...d,
            redis: { ...d.redis, mode: 'cluster', clusterMasters: 2, replicas: 1, minReplicasToWrite: 0 },
          })),
        ),
      { environment: 'prod', field: 'redis.clusterMasters', value: 2, allowed: /3 masters for a majority/ },
    ],
    [
      'fails on maxmemory without headroom for persistence',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, redis: { ...d.redis, maxmemory: '2Gi' } }))),
      { environment: 'prod', field: 'redis.maxmemory', value: '2Gi', allowed: /at most 75% of redis.resources.memoryLimit \(2Gi\)/ },
    ],
    [
      'fails on a production tier with a single backup repository',
      () =>
        settingsWith(withOverride('prod', (d) => ({ ...d, backup: { ...d.backup!, repositories: d.backup!.repositories!.slice(0, 1) } }))),
      { environment: 'prod', field: 'backup.repositories', value: 1, allowed: /two repositories in different regions/ },
    ],
    [
      'fails on a second repository in the same region',
      () =>
        settingsWith(
          withOverride('prod', (d) => ({
            ...d,
            backup: { ...d.backup!, repositories: [d.backup!.repositories![0]!, { ...d.backup!.repositories![1]!, region: 'eu-west-1' }] },
          })),
        ),
      { environment: 'prod', field: 'backup.repositories[1].region', value: 'eu-west-1', allowed: /other than repo1's/ },
    ],
    [
      'fails on an RPO shorter than the archive timeout allows',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, backup: { ...d.backup!, rpoSeconds: 60, archiveTimeoutSeconds: 60 } }))),
      {
        environment: 'prod',
        field: 'backup.rpoSeconds',
        value: 60,
        allowed: /not below backup.archiveTimeoutSeconds \+ the 15 s heartbeat/,
      },
    ],
    [
      'fails on retention shorter than the drill interval',
      () =>
        settingsWith(
          withOverride('staging', (d) => ({
            ...d,
            backup: { ...d.backup!, retentionDays: 14, drill: { enabled: true, intervalDays: 30, hourUtc: 5 } },
          })),
        ),
      { environment: 'staging', field: 'backup.retentionDays', value: 14, allowed: /a backup must live until a drill has restored it/ },
    ],
    [
      'fails when two environments would share a repository path',
      () =>
        settingsWith(
          withOverride('staging', (d) => ({
            ...d,
            backup: {
              ...d.backup!,
              repositories: [{ ...d.backup!.repositories![0]!, path: '/agent-platform/dev' }, d.backup!.repositories![1]!],
            },
          })),
        ),
      {
        environment: 'staging',
        field: 'backup.repositories[0].path',
        value: '/agent-platform/dev',
        allowed: /already used in bucket acme-agent-backups-euw1 by environment 'dev'/,
      },
    ],
    [
      'fails on an SLO period longer than Prometheus keeps data',
      () =>
        settingsWith(
          withOverride('staging', (d) => ({ ...d, monitoring: { ...d.monitoring, slo: { ...d.monitoring?.slo, periodDays: 28 } } })),
        ),
      { environment: 'staging', field: 'monitoring.slo.periodDays', value: 28, allowed: /at most addons.prometheusRetention \(7d\)/ },
    ],
    [
      'fails on security-relevant logs kept shorter than the rest',
      () =>
        settingsWith(
          withOverride('prod', (d) => ({
            ...d,
            monitoring: { ...d.monitoring, logRetentionHours: 2160, securityLogRetentionHours: 2159 },
          })),
        ),
      {
        environment: 'prod',
        field: 'monitoring.securityLogRetentionHours',
        value: 2159,
        allowed: /at least monitoring.logRetentionHours \(2160\)/,
      },
    ],
    [
      'fails on a Prometheus retention too short to compare log volume with a day earlier',
      () => settingsWith(withOverride('dev', (d) => ({ ...d, addons: { ...d.addons, prometheusRetention: '36h' } }))),
      { environment: 'dev', field: 'addons.prometheusRetention', value: '36h', allowed: /at least 2d/ },
    ],
    [
      'fails on a latency threshold that is no histogram bucket',
      () =>
        settingsWith(
          withOverride('prod', (d) => ({
            ...d,
            monitoring: { ...d.monitoring, slo: { ...d.monitoring?.slo, latencyThresholdSeconds: 0.3 } },
          })),
        ),
      { environment: 'prod', field: 'monitoring.slo.latencyThresholdSeconds', value: 0.3, allowed: /one of 0.01, 0.025/ },
    ],
    [
      'fails on a CPU request of zero millicores',
      () => settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, resources: { ...d.app!.resources, cpuRequest: '0m' } } }))),
      { environment: 'dev', field: 'app.resources.cpuRequest', value: '0m', allowed: /CPU quantity above zero/ },
    ],
    [
      'fails on a CPU quantity with text before it',
      () =>
        settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, resources: { ...d.app!.resources, cpuRequest: 'x250m' } } }))),
      { environment: 'dev', field: 'app.resources.cpuRequest', value: 'x250m', allowed: /CPU quantity above zero/ },
    ],
    [
      'fails on a CPU quantity with text after it',
      () =>
        settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, resources: { ...d.app!.resources, cpuRequest: '250mx' } } }))),
      { environment: 'dev', field: 'app.resources.cpuRequest', value: '250mx', allowed: /CPU quantity above zero/ },
    ],
    [
      'fails on a memory quantity with text before it',
      () =>
        settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, resources: { ...d.app!.resources, memoryLimit: 'x512Mi' } } }))),
      { environment: 'dev', field: 'app.resources.memoryLimit', value: 'x512Mi', allowed: /byte suffix/ },
    ],
    [
      'fails on a memory quantity with text after it',
      () =>
        settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, resources: { ...d.app!.resources, memoryLimit: '512Mix' } } }))),
      { environment: 'dev', field: 'app.resources.memoryLimit', value: '512Mix', allowed: /byte suffix/ },
    ],
    [
      'fails on a volume of zero bytes',
      () => settingsWith(withOverride('dev', (d) => ({ ...d, storage: { ...d.storage, redisSize: '0Gi' } }))),
      { environment: 'dev', field: 'storage.redisSize', value: '0Gi', allowed: /quantity above zero/ },
    ],
    [
      'fails on a pod CIDR with host bits set, naming its network address',
      () => settingsWith(withOverride('prod', (d) => ({ ...d, cluster: { ...d.cluster, podCidr: '10.30.1.0/16' } }))),
      { environment: 'prod', field: 'cluster.podCidr', value: '10.30.1.0/16', allowed: /the network address '10\.30\.0\.0\/16'/ },
    ],
    [
      'fails on a memory quantity in millibytes',
      () => settingsWith(withOverride('dev', (d) => ({ ...d, postgres: { ...d.postgres, sharedBuffers: '128m' } }))),
      { environment: 'dev', field: 'postgres.sharedBuffers', value: '128m', allowed: /byte suffix/ },
    ],
    [
      'fails on a host with an empty label',
      () => settingsWith(withOverride('dev', { ingress: { host: 'agent..acme.example' } })),
      { environment: 'dev', field: 'ingress.host', value: 'agent..acme.example', allowed: /fully qualified DNS name/ },
    ],
    [
      'fails on a digest in upper case',
      () => settingsWith(undefined, withImage('staging', { digest: `sha256:${'A'.repeat(64)}` })),
      { environment: 'staging', field: 'images.app.digest', value: `sha256:${'A'.repeat(64)}`, allowed: /64 hex/ },
    ],
  ];
  cases.push(...dataTier);

  test.each(cases)('%s', (_name, run, expected) => {
    const problems = problemsOf(run);
    const problem = problems.find((p) => p.field === expected.field);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.environment).toBe(expected.environment);
    expect(problem!.value).toEqual(expected.value);
    expect(problem!.allowed).toMatch(expected.allowed);
  });

  test('fails listing the known environments when images.json names an unknown one', () => {
    const problems = problemsOf(() => settingsWith(undefined, { ...images, sandbox: images.dev }));
    expect(problems).toEqual([
      { environment: 'sandbox', field: 'images.json', value: 'sandbox', allowed: "a known environment: 'dev', 'staging', 'prod'" },
    ]);
  });

  test('fails on a misspelt environment in images.json, suggesting the known one', () => {
    const { staging, ...rest } = images;
    const problems = problemsOf(() => settingsWith(undefined, { ...rest, stagign: staging }));
    expect(problems[0]).toEqual({
      environment: 'stagign',
      field: 'images.json',
      value: 'stagign',
      allowed: "a known environment (did you mean 'staging'?)",
    });
  });

  test('fails when an environment has no image entry', () => {
    const { staging: _, ...rest } = images;
    const problems = problemsOf(() => settingsWith(undefined, rest));
    expect(problems[0]).toMatchObject({ environment: 'staging', field: 'images' });
  });

  test('fails on an unknown image field, suggesting the known one, beside the problems of the known fields', () => {
    const problems = problemsOf(() => settingsWith(undefined, withImage('dev', { tags: '1.0', tag: 'latest' })));
    expect(problems.map((p) => p.field)).toEqual(['images.app.tag', 'images.app.tags']);
    expect(problems[1]!.allowed).toBe("a known field (did you mean 'tag'?)");
  });

  test('the message is one readable line per problem', () => {
    try {
      settingsWith(undefined, withImage('dev', { tag: 'latest' }));
    } catch (error) {
      expect((error as Error).message).toBe(
        "invalid settings (1 problem):\n  - environment 'dev', field 'images.app.tag': got \"latest\"; allowed: a fixed version; 'latest' is never allowed",
      );
    }
    expect.assertions(1);
  });
});

test('decimal quantities as Kubernetes writes them reach the rendered API containers unchanged', () => {
  // Kubernetes quantities allow a decimal fraction of any length (https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/).
  const resources = { cpuRequest: '0.125', memoryRequest: '0.25Gi', memoryLimit: '0.375Gi' };
  const objects = parse(renderPlatform(settingsWith(withOverride('dev', (d) => ({ ...d, app: { ...d.app, resources } })))));
  const rollout = objects.find((o) => o.path === 'dist/dev/app/rollout-agent-api.yaml')!;
  expect(rollout.spec.template.spec.containers[0].resources).toEqual({
    requests: { cpu: '0.125', memory: '0.25Gi' },
    limits: { memory: '0.375Gi' },
  });
});

describe.each(['dev', 'staging', 'prod'])('%s: a quota below what the rendered workloads always request is refused', (env) => {
  // The oracle is the capacity planner reading the rendered tree at its minimum (every workload at
  // its fewest pods, no rollout or job running), which any peak the rule computes exceeds.
  const [plan] = planEnvironment(env, envObjects(env));
  const minimum = plan!.minimum;
  const cases: ['pods' | 'cpuRequests' | 'memoryRequests' | 'memoryLimits', string | number][] = [
    ['pods', minimum.pods! - 1],
    ['cpuRequests', `${Math.floor(minimum['requests.cpu']! * 1000) - 1}m`],
    ['memoryRequests', `${Math.floor(minimum['requests.memory']! / 2 ** 20) - 1}Mi`],
    ['memoryLimits', `${Math.floor(minimum['limits.memory']! / 2 ** 20) - 1}Mi`],
  ];
  test.each(cases)('quota.%s: %s', (field, short) => {
    const run = () => settingsWith(withOverride(env, (d) => ({ ...d, quota: { ...d.quota!, [field]: short } })));
    expect(problemsOf(run)).toEqual([
      { environment: env, field: `quota.${field}`, value: short, allowed: expect.stringMatching(/^at least \S+ \(peak: /) },
    ]);
  });
});

describe('a mistake is one problem, never a silent default or a follow-on', () => {
  test('fails on a misspelt key instead of giving dev the default replica (replicsa: 0)', () => {
    const problems = problemsOf(() =>
      settingsWith(
        edited('dev', (d) => {
          delete d.postgres.replicas;
          d.postgres.replicsa = 0;
        }),
      ),
    );
    expect(problems).toEqual([
      { environment: 'dev', field: 'postgres.replicsa', value: 'replicsa', allowed: "a known field (did you mean 'replicas'?)" },
    ]);
  });

  test('fails on an unknown section, suggesting the known one (ingres)', () => {
    const problems = problemsOf(() =>
      settingsWith(
        edited('dev', (d) => {
          d.ingres = d.ingress;
          delete d.ingress;
        }),
      ),
    );
    expect(problems).toEqual([
      { environment: 'dev', field: 'ingress', value: undefined, allowed: expect.stringMatching(/host is required/) },
      { environment: 'dev', field: 'ingres', value: 'ingres', allowed: "a known field (did you mean 'ingress'?)" },
    ]);
  });

  test('fails once on a number given as a string, with no rule computing on it', () => {
    const problems = problemsOf(() => settingsWith(edited('dev', (d) => (d.app.maxReplicas = '3'))));
    expect(problems).toEqual([{ environment: 'dev', field: 'app.maxReplicas', value: '3', allowed: 'an integer from 1 to 200' }]);
  });

  test('fails on a key given as undefined instead of quietly taking the default', () => {
    const problems = problemsOf(() => settingsWith(edited('dev', (d) => (d.app.minReplicas = undefined))));
    expect(problems).toEqual([{ environment: 'dev', field: 'app.minReplicas', value: undefined, allowed: 'an integer from 1 to 100' }]);
  });

  test('fails on NaN, reported as NaN', () => {
    const run = () => settingsWith(edited('prod', (d) => (d.app.targetCpuUtilization = NaN)));
    expect(problemsOf(run)).toEqual([
      { environment: 'prod', field: 'app.targetCpuUtilization', value: NaN, allowed: 'an integer from 10 to 100' },
    ]);
    expect(run).toThrow("environment 'prod', field 'app.targetCpuUtilization': got NaN; allowed: an integer from 10 to 100");
  });
});

describe('images.json problems name their line and column', () => {
  const synthWith = (imagesText: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'images-'));
    try {
      mkdirSync(join(dir, 'src', 'config'), { recursive: true });
      writeFileSync(join(dir, 'src', 'config', 'images.json'), imagesText);
      return spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'synth.mjs'), '--check'], { cwd: dir, encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const committed = readFileSync(join(REPO_ROOT, 'src', 'config', 'images.json'), 'utf8');

  test('fails on malformed JSON with the line and column of the error', () => {
    // Line 4 loses its comma: the parser stops at the next key, line 5 column 7.
    const broken = committed.replace('"repository": "ghcr.io/acme/agent-service",', '"repository": "ghcr.io/acme/agent-service"');
    expect(broken.split('\n')[3]).toBe('      "repository": "ghcr.io/acme/agent-service"');
    const run = synthWith(broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ {2}- src\/config\/images\.json:5:7: field 'images\.json': got .*; allowed: well-formed JSON \(.+\)$/m);
  });

  test('fails on a bad value with the line and column of its key', () => {
    const run = synthWith(committed.replace('"tag": "1.5.0-rc.2"', '"tag": "latest"'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `src/config/images.json:5:7: environment 'dev', field 'images.app.tag': got "latest"; allowed: a fixed version; 'latest' is never allowed`,
    );
  });
});

/** The fenced block of `language` in the README's "Add an environment" recipe. */
function recipeBlock(language: string): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const recipe = readme.slice(readme.indexOf('**Add an environment**'), readme.indexOf('**Bump an image**'));
  const block = new RegExp('```' + language + '\n([\\s\\S]*?)```').exec(recipe);
  if (!block) throw new Error(`no \`\`\`${language} block in the README's "Add an environment" recipe`);
  return block[1]!;
}

test("the README's recipe adds a fourth environment as written, as a settings change only", () => {
  // The entry as the README writes it, pasted into the ENVIRONMENTS object literal and images.json.
  const entry = new Function(`return {\n${recipeBlock('ts')}}`)() as Definitions;
  const entryImages = JSON.parse(`{\n${recipeBlock('json')}}`) as Record<string, unknown>;
  expect(Object.keys(entry)).toEqual(['qa']);
  expect(Object.keys(entryImages)).toEqual(['qa']);

  const files = renderPlatform(settingsWith({ ...ENVIRONMENTS, ...entry }, { ...images, ...entryImages }));
  const qaFiles = [...files.keys()].filter((p) => p.startsWith('dist/qa/'));
  expect(qaFiles).toContain('dist/qa/app/rollout-agent-api.yaml');
  expect(qaFiles).toContain('dist/qa/database/statefulset-postgres.yaml');
  expect(files.get('argocd/apps/environments/application-agent-platform-qa.yaml')).toContain('path: dist/qa');
  expect(files.get('argocd/apps/projects/appproject-agent-platform.yaml')).toContain('https://qa.k8s.acme.internal');
  // Nothing of the other environments changes.
  const before = renderPlatform(settingsWith());
  for (const [path, content] of before) {
    if (path.startsWith('dist/')) expect(files.get(path), path).toBe(content);
  }
});
