/**
 * Every host a rendered script, configuration or secret template names is the one the design
 * names (docs/data-tier.md, docs/disaster-recovery.md, docs/maintenance.md, docs/app-contract.md),
 * not merely some Service that resolves: writes go to the read-write Service that follows the
 * Patroni leader, reads and the drill's live comparison to the replicas' Service, pgBackRest, the
 * init Job and database maintenance to the leader, each Redis server and Sentinel announces its
 * own pod, and clients list every Sentinel. The table below is written from those documents, not
 * from the code's constants; a host the table does not cover fails the test, so a new host must
 * be pinned here.
 */
import { describe, expect, test } from 'vitest';
import { envObjects, podTemplate, rendered, type Rendered } from './support/rendered';

const DOMAIN = 'svc.cluster.local';

/** Where a host is written in an object. */
type Source =
  | { readonly configMapKey: string }
  | { readonly templateKey: string }
  | { readonly container: string; readonly env: string }
  | { readonly dnsNames: true }
  /** The Prometheus address every Prometheus metric of an AnalysisTemplate queries. */
  | { readonly prometheusAddress: true }
  /** An environment variable of the Job an AnalysisTemplate's job metric starts. */
  | { readonly jobMetric: string; readonly container: string; readonly env: string };

/** What the host must be. */
type Target =
  /** A cluster add-on's Service, in the add-on's namespace. */
  | { readonly addonService: { readonly name: string; readonly namespace: string; readonly port: number } }
  /** One Service by name, on one port (or no port, for a bare host). */
  | { readonly service: string; readonly port?: number }
  /** The pod running the object itself, by its StatefulSet's governing Service. */
  | { readonly ownPod: string }
  /** Ordinal `ordinal` of StatefulSet `statefulSet`. */
  | { readonly pod: { readonly statefulSet: string; readonly ordinal: number; readonly port?: number } }
  /** Every pod of StatefulSet `statefulSet`, in order, separated by `separator`. */
  | { readonly everyPod: { readonly statefulSet: string; readonly count: number; readonly port: number; readonly separator: string } };

interface Pin {
  readonly object: string;
  readonly source: Source;
  /** The value is a URL of this scheme: its host and port are pinned, credentials and path are not. */
  readonly url?: string;
  readonly target: Target;
  readonly why: string;
}

/** Sentinels per environment: the README's "three Sentinels" where Redis runs replicas. */
const SENTINELS: Record<string, number> = { staging: 3, prod: 3 };

function pins(env: string): Pin[] {
  const sentinels = SENTINELS[env];
  const database: Pin[] = [
    {
      object: 'ExternalSecret/agent-api-database',
      source: { templateKey: 'DATABASE_URL' },
      url: 'postgresql',
      target: { service: 'postgres', port: 5432 },
      why: 'the API writes through the read-write Service, which follows the leader',
    },
    {
      object: 'ExternalSecret/agent-api-database',
      source: { templateKey: 'DATABASE_READONLY_URL' },
      url: 'postgresql',
      target: { service: 'postgres-ro', port: 5432 },
      why: 'read-only queries go to the replicas',
    },
    {
      object: 'Job/postgres-init',
      source: { container: 'init', env: 'PGHOST' },
      target: { service: 'postgres' },
      why: 'roles and the database are created on the leader',
    },
    {
      object: 'Job/postgres-init',
      source: { container: 'init', env: 'PATRONI_API_URL' },
      url: 'http',
      target: { service: 'postgres', port: 8008 },
      why: "the dynamic configuration is applied through the leader's Patroni API",
    },
  ];
  const backups: Pin[] = [
    ...[
      ['CronJob/postgres-backup-full', 'backup'],
      ['CronJob/postgres-backup-diff', 'backup'],
      ['Job/postgres-stanza', 'stanza'],
    ].map(([object, container]) => ({
      object: object!,
      source: { container: container!, env: 'PGBACKREST_PG1_HOST' },
      target: { service: 'postgres' },
      why: "backups and the stanza are taken through the leader's pgBackRest server",
    })),
    {
      object: 'Certificate/pgbackrest-server',
      source: { dnsNames: true },
      target: { service: 'postgres' },
      why: 'the pgBackRest server certificate is valid for the name the clients dial',
    },
  ];
  const releases: Pin[] = ['pre', 'post'].map((phase) => ({
    object: `AnalysisTemplate/agent-api-${phase}-promotion`,
    source: { prometheusAddress: true },
    url: 'http',
    target: { addonService: { name: 'kube-prometheus-stack-prometheus', namespace: 'monitoring', port: 9090 } },
    why: "release analysis queries the cluster's Prometheus, kube-prometheus-stack's (docs/releases.md)",
  }));
  const releaseTraffic: Pin[] = [
    ['PREVIEW_URL', 'agent-api-preview', 'the new version, through the preview Service'],
    ['ACTIVE_URL', 'agent-api', 'the serving version, through the active Service, for the latency comparison'],
  ].map(([variable, service, what]) => ({
    object: 'AnalysisTemplate/agent-api-pre-promotion',
    source: { jobMetric: 'release-traffic', container: 'traffic', env: variable! },
    url: 'http',
    target: { service: service!, port: 8000 },
    why: `the release traffic reaches ${what} on the API port (docs/releases.md, docs/app-contract.md)`,
  }));
  const maintenance: Pin[] = ['analyze', 'reindex', 'report'].map((task) => ({
    object: `CronJob/postgres-maintenance-${task}`,
    source: { container: task, env: 'PGHOST' },
    target: { service: 'postgres' },
    why: 'maintenance (ANALYZE, REINDEX, the statistics reset) runs on the leader, through the read-write Service',
  }));
  const drill: Pin[] =
    env === 'dev'
      ? []
      : [
          {
            object: 'CronJob/postgres-restore-drill',
            source: { container: 'drill', env: 'DRILL_LIVE_HOST' },
            target: { service: 'postgres-ro' },
            why: 'the drill measures its data loss against the live replicas, never loading the leader',
          },
        ];
  const cache: Pin[] =
    sentinels === undefined
      ? [
          {
            object: 'ConfigMap/agent-api-config',
            source: { configMapKey: 'REDIS_URL' },
            url: 'redis',
            target: { pod: { statefulSet: 'redis', ordinal: 0, port: 6379 } },
            why: 'a standalone Redis is its only server',
          },
          {
            object: 'StatefulSet/redis',
            source: { container: 'redis', env: 'REDIS_ANNOUNCE_HOST' },
            target: { ownPod: 'redis' },
            why: 'a server announces its own pod',
          },
        ]
      : [
          {
            object: 'ConfigMap/agent-api-config',
            source: { configMapKey: 'REDIS_SENTINELS' },
            target: { everyPod: { statefulSet: 'redis-sentinel', count: sentinels, port: 26379, separator: ',' } },
            why: 'the API asks every Sentinel for the master',
          },
          {
            object: 'StatefulSet/redis',
            source: { container: 'redis', env: 'REDIS_ANNOUNCE_HOST' },
            target: { ownPod: 'redis' },
            why: 'a server announces its own pod to its master and the Sentinels',
          },
          {
            object: 'StatefulSet/redis',
            source: { container: 'redis', env: 'REDIS_SENTINELS' },
            target: { everyPod: { statefulSet: 'redis-sentinel', count: sentinels, port: 26379, separator: ' ' } },
            why: 'a starting server asks a quorum of all the Sentinels for the master',
          },
          {
            object: 'StatefulSet/redis-sentinel',
            source: { container: 'sentinel', env: 'SENTINEL_ANNOUNCE_HOST' },
            target: { ownPod: 'redis-sentinel' },
            why: 'a Sentinel announces its own pod',
          },
          {
            object: 'StatefulSet/redis-sentinel',
            source: { container: 'sentinel', env: 'REDIS_SENTINELS' },
            target: { everyPod: { statefulSet: 'redis-sentinel', count: sentinels, port: 26379, separator: ' ' } },
            why: 'a Sentinel asks its peers for the current master',
          },
          {
            object: 'StatefulSet/redis-sentinel',
            source: { container: 'sentinel', env: 'REDIS_FIRST_MASTER_HOST' },
            target: { pod: { statefulSet: 'redis', ordinal: 0 } },
            why: 'on a first install the first server is the master',
          },
        ];
  return [...database, ...backups, ...maintenance, ...releases, ...releaseTraffic, ...drill, ...cache];
}

function find(objects: readonly Rendered[], ref: string): Rendered {
  const [kind, name] = ref.split('/');
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`${ref} is not rendered`);
  return found;
}

function valueAt(object: Rendered, source: Source): string {
  if ('configMapKey' in source) return object.data?.[source.configMapKey];
  if ('templateKey' in source) return object.spec?.target?.template?.data?.[source.templateKey];
  if ('dnsNames' in source) return (object.spec.dnsNames as string[]).join(' ');
  if ('prometheusAddress' in source) {
    const addresses = new Set(
      (object.spec.metrics as { provider: { prometheus?: { address: string } } }[]).flatMap((m) =>
        m.provider.prometheus ? [m.provider.prometheus.address] : [],
      ),
    );
    return [...addresses].join(' ');
  }
  // The Job a job metric starts has the metric's `provider.job.spec` (argo-rollouts v1.9.0 metricproviders/job/job.go).
  const jobSpec =
    'jobMetric' in source
      ? (object.spec.metrics as { name: string; provider: { job?: { spec: { template: unknown } } } }[]).find(
          (m) => m.name === source.jobMetric,
        )?.provider.job?.spec
      : undefined;
  if ('jobMetric' in source && !jobSpec) throw new Error(`${object.kind}/${object.metadata.name} has no job metric ${source.jobMetric}`);
  const template = jobSpec ? jobSpec.template : podTemplate(object);
  const containers = [...(template.spec.initContainers ?? []), ...template.spec.containers];
  const container = containers.find((c: { name: string }) => c.name === source.container);
  if (!container) throw new Error(`${object.kind}/${object.metadata.name} has no container ${source.container}`);
  return container.env?.find((e: { name: string }) => e.name === source.env)?.value;
}

/** The exact text the target must be, checked against the rendered objects it names. */
function expected(objects: readonly Rendered[], namespace: string, target: Target): string {
  const fqdn = (name: string) => `${name}.${namespace}.${DOMAIN}`;
  const statefulSet = (name: string) => find(objects, `StatefulSet/${name}`);
  if ('addonService' in target) {
    const { name, namespace: addonNamespace, port } = target.addonService;
    return `${name}.${addonNamespace}.${DOMAIN}:${port}`;
  }
  if ('service' in target) {
    const service = find(objects, `Service/${target.service}`);
    if (target.port !== undefined) expect(service.spec.ports.map((p: { port: number }) => p.port)).toContain(target.port);
    return `${fqdn(target.service)}${target.port === undefined ? '' : `:${target.port}`}`;
  }
  if ('ownPod' in target) return `$(POD_NAME).${fqdn(target.ownPod)}`;
  if ('pod' in target) {
    const sts = statefulSet(target.pod.statefulSet);
    expect(target.pod.ordinal).toBeLessThan(sts.spec.replicas);
    return `${target.pod.statefulSet}-${target.pod.ordinal}.${fqdn(sts.spec.serviceName)}${target.pod.port === undefined ? '' : `:${target.pod.port}`}`;
  }
  const { statefulSet: name, count, port, separator } = target.everyPod;
  const sts = statefulSet(name);
  expect(sts.spec.replicas).toBe(count);
  return Array.from({ length: count }, (_, i) => `${name}-${i}.${fqdn(sts.spec.serviceName)}:${port}`).join(separator);
}

/** The part of a value a pin is about: the whole value, or a URL's host and port. */
function pinnedPart(value: string, pin: Pin): string {
  if (pin.url === undefined) return value;
  const authority = new RegExp(`^${pin.url}://(?:[^@/]*@)?([^/?]+)`).exec(value);
  return authority ? authority[1]! : `(not a ${pin.url}:// URL) ${value}`;
}

const HOST = /[$()A-Za-z0-9_-]+(?:\.[a-z0-9-]+)*\.svc\.cluster\.local/g;

describe.each(rendered().settings.environments.map((e) => [e.name, e.namespace] as const))('environment %s', (env, namespace) => {
  const objects = envObjects(env);

  test.each(pins(env).map((p) => [`${p.object} ${JSON.stringify(p.source)}`, p] as const))(
    '%s names the host the design says',
    (_, pin) => {
      const value = valueAt(find(objects, pin.object), pin.source);
      expect(value, `${pin.object}: ${pin.why}`).toBeTypeOf('string');
      expect(pinnedPart(value, pin), `${pin.object}: ${pin.why}`).toBe(expected(objects, namespace, pin.target));
    },
  );

  test('every in-cluster host in the rendered tree is pinned above', () => {
    const hostsIn = (text: string) => new Set(text.match(HOST) ?? []);
    const pinnedHosts = new Map<string, Set<string>>();
    for (const pin of pins(env)) {
      const hosts = pinnedHosts.get(pin.object) ?? new Set<string>();
      hostsIn(valueAt(find(objects, pin.object), pin.source)).forEach((h) => hosts.add(h));
      pinnedHosts.set(pin.object, hosts);
    }
    const unpinned = objects.flatMap((o) => {
      const ref = `${o.kind}/${o.metadata.name}`;
      const loose = [...hostsIn(JSON.stringify(o))].filter((h) => !pinnedHosts.get(ref)?.has(h));
      return loose.length > 0 ? [`${ref}: ${loose.join(', ')}`] : [];
    });
    expect(pinnedHosts.size).toBeGreaterThan(5);
    expect(unpinned).toEqual([]);
  });
});
