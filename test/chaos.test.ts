// Game-day chaos (docs/game-days.md): Chaos Mesh and its experiments exist in staging only, every
// schedule is paused until a game day, and each experiment's selector picks exactly the pods its
// hypothesis names among the pods the environment's own workloads start: the PostgreSQL leader
// (never a replica), the Redis master once labelled as the game day documents, the API's pods.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { ENVIRONMENTS } from '../src/config/environments';
import { renderPlatform } from '../src/platform';
import { schemaError } from './support/schemas';
import { envObjects, parse, REPO_ROOT, rendered, settingsWith, type Rendered } from './support/rendered';

const { settings, objects } = rendered();
const GAME_DAY_ENVIRONMENTS = ['staging'];
// Chaos Mesh v2.8.3: api/v1alpha1/common_types.go PauseAnnotationKey; pkg/selector/generic InjectAnnotationKey.
const PAUSE = 'experiment.chaos-mesh.org/pause';
const INJECT = 'chaos-mesh.org/inject';

interface Pod {
  readonly name: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
}

interface Selector {
  readonly namespaces?: string[];
  readonly labelSelectors?: Record<string, string>;
}

/** Chaos Mesh's pod selection: in one of the namespaces and carrying every label. */
const selects = (selector: Selector, pod: Pod) =>
  (selector.namespaces ?? []).includes(pod.namespace) &&
  Object.entries(selector.labelSelectors ?? {}).every(([k, v]) => pod.labels[k] === v);

/** The game-day label command of docs/game-days.md: `kubectl ... label pod <pod> KEY=VALUE`. */
function documentedMasterLabel(): [string, string] {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'game-days.md'), 'utf8');
  const match = doc.match(/kubectl -n \S+ label pod \S+ ([\w./-]+)=([\w.-]+)/);
  if (!match) throw new Error('docs/game-days.md shows no `kubectl label pod` command for the Redis master');
  return [match[1]!, match[2]!];
}

/**
 * The pods an environment's workloads run, named as their controllers name them, with the
 * labels they get at run time: Patroni 3 marks the leader `master` and the others `replica`
 * in the role label its configuration names (Patroni 3.0 docs, kubernetes.role_label); ordinal 0
 * leads here, any would do.
 */
function podsOf(env: string): Pod[] {
  const dist = envObjects(env);
  const patroni = load(dist.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'postgres-config')!.data['patroni.yml']) as {
    kubernetes: { role_label: string };
  };
  const pods: Pod[] = [];
  // An autoscaled workload leaves `replicas` to its HorizontalPodAutoscaler: at least its minimum run.
  const autoscaled = (w: Rendered) =>
    dist.find(
      (o) =>
        o.kind === 'HorizontalPodAutoscaler' && o.spec.scaleTargetRef.kind === w.kind && o.spec.scaleTargetRef.name === w.metadata.name,
    )?.spec.minReplicas;
  for (const w of dist.filter((o) => ['Deployment', 'Rollout', 'StatefulSet', 'Job', 'CronJob'].includes(o.kind))) {
    const template = w.kind === 'CronJob' ? w.spec.jobTemplate.spec.template : w.spec.template;
    const count = w.kind === 'Job' || w.kind === 'CronJob' ? 1 : (w.spec.replicas ?? autoscaled(w) ?? 1);
    for (let i = 0; i < count; i++) {
      const labels = { ...template.metadata.labels };
      if (w.kind === 'StatefulSet' && w.metadata.name === 'postgres') {
        expect(labels['app.kubernetes.io/version'], 'the role values are Patroni 3.x’s').toMatch(/patroni3\./);
        labels[patroni.kubernetes.role_label] = i === 0 ? 'master' : 'replica';
      }
      pods.push({ name: `${w.metadata.name}-${i}`, namespace: w.metadata.namespace!, labels });
    }
  }
  return pods;
}

const schedules = (env: string) => envObjects(env).filter((o) => o.kind === 'Schedule');
const schedule = (env: string, name: string) => schedules(env).find((s) => s.metadata.name === name)!;
const picked = (selector: Selector, pods: readonly Pod[]) =>
  pods
    .filter((p) => selects(selector, p))
    .map((p) => p.name)
    .sort();

test('Chaos Mesh, its namespace annotation and the experiments exist in staging only', () => {
  for (const env of settings.environments) {
    const gameDays = GAME_DAY_ENVIRONMENTS.includes(env.name);
    expect(schedules(env.name).length > 0, env.name).toBe(gameDays);
    expect(objects.some((o) => o.kind === 'Application' && o.metadata.name === `chaos-mesh-${env.name}`)).toBe(gameDays);
    const namespace = envObjects(env.name).find((o) => o.kind === 'Namespace')!;
    expect(namespace.metadata.annotations?.[INJECT] === 'enabled', env.name).toBe(gameDays);
  }
});

test('the add-on is the chart version of the pinned CRDs, from the official repository, with the namespace filter on', () => {
  const app = objects.find((o) => o.kind === 'Application' && o.metadata.name === 'chaos-mesh-staging')!;
  const staging = settings.environments.find((e) => e.name === 'staging')!;
  expect(app.spec.source).toMatchObject({ repoURL: 'https://charts.chaos-mesh.org', chart: 'chaos-mesh', targetRevision: '2.8.3' });
  expect(app.spec.destination.server).toBe(staging.cluster.server);
  // imports/crds/SOURCES.md: the Schedule CRD comes from tag v2.8.3.
  expect(readFileSync(join(REPO_ROOT, 'imports', 'crds', 'SOURCES.md'), 'utf8')).toMatch(
    /chaos-mesh\.org_schedules\.yaml \| chaos-mesh\/chaos-mesh \| v2\.8\.3/,
  );
  // Keys of helm/chaos-mesh/values.yaml at v2.8.3; EKS nodes run containerd.
  expect(app.spec.source.helm.valuesObject).toEqual({
    chaosDaemon: { runtime: 'containerd', socketPath: '/run/containerd/containerd.sock' },
    controllerManager: { enableFilterNamespace: true },
    dashboard: { securityMode: true },
    dnsServer: { create: false },
  });
});

describe('staging experiments', () => {
  const pods = podsOf('staging');
  const named = (prefix: string) =>
    pods
      .filter((p) => p.labels['app.kubernetes.io/name'] === prefix)
      .map((p) => p.name)
      .sort();
  // The Services the design names: the API, the PostgreSQL members, the Redis servers (not Sentinels).
  const api = pods.filter((p) => /^agent-api-\d+$/.test(p.name)).map((p) => p.name);
  const members = named('postgres');
  const servers = named('redis');

  test('the pods under test exist', () => {
    expect(api.length).toBeGreaterThanOrEqual(2);
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(servers.length).toBeGreaterThanOrEqual(2);
    expect(
      schedules('staging')
        .map((s) => s.metadata.name)
        .sort(),
    ).toEqual([
      'api-cpu-stress',
      'api-postgres-network-degraded',
      'api-redis-network-degraded',
      'postgres-leader-kill',
      'redis-master-kill',
    ]);
  });

  test('every schedule is paused, forbids overlapping runs and starts in its own slot of the game day', () => {
    const starts = schedules('staging').map((s) => {
      expect(s.metadata.annotations?.[PAUSE], s.metadata.name).toBe('true');
      expect(s.spec.concurrencyPolicy).toBe('Forbid');
      const [minute, hour, dom, month, weekday] = s.spec.schedule.split(' ');
      expect([dom, month, weekday]).toEqual(['*', '*', '2']);
      const duration = s.spec[`${s.spec.type[0].toLowerCase()}${s.spec.type.slice(1)}`].duration as string | undefined;
      return { start: Number(hour) * 60 + Number(minute), minutes: duration ? Number(duration.replace(/m$/, '')) : 0 };
    });
    starts.sort((a, b) => a.start - b.start);
    // Each fault ends, and the system gets as long again to recover, before the next one starts.
    starts.slice(1).forEach((s, i) => expect(s.start - starts[i]!.start).toBeGreaterThanOrEqual(2 * starts[i]!.minutes));
    expect(starts.at(-1)!.start).toBeLessThan(24 * 60);
  });

  test('the leader kill selects the PostgreSQL leader alone, never a replica', () => {
    const s = schedule('staging', 'postgres-leader-kill').spec;
    expect(s).toMatchObject({ type: 'PodChaos', podChaos: { action: 'pod-kill', mode: 'one' } });
    expect(picked(s.podChaos.selector, pods)).toEqual(['postgres-0']);
    expect(members).toContain('postgres-1');
  });

  test('the master kill selects nothing until the Redis master is labelled as docs/game-days.md shows, then the master alone', () => {
    const s = schedule('staging', 'redis-master-kill').spec;
    expect(s).toMatchObject({ type: 'PodChaos', podChaos: { action: 'pod-kill', mode: 'one' } });
    expect(picked(s.podChaos.selector, pods)).toEqual([]);
    const [key, value] = documentedMasterLabel();
    const master = servers[1]!;
    const labelled = pods.map((p) => (p.name === master ? { ...p, labels: { ...p.labels, [key]: value } } : p));
    expect(picked(s.podChaos.selector, labelled)).toEqual([master]);
  });

  test.each([
    ['api-postgres-network-degraded', () => members],
    ['api-redis-network-degraded', () => servers],
  ])('%s delays and drops packets from every API pod to exactly the data store', (name, target) => {
    const s = schedule('staging', name).spec;
    expect(s.type).toBe('NetworkChaos');
    expect(s.networkChaos).toMatchObject({ action: 'netem', mode: 'all', direction: 'to', target: { mode: 'all' } });
    expect(s.networkChaos.delay.latency).toMatch(/^\d+ms$/);
    expect(Number(s.networkChaos.loss.loss)).toBeGreaterThan(0);
    expect(picked(s.networkChaos.selector, pods)).toEqual([...api].sort());
    expect(picked(s.networkChaos.target.selector, pods)).toEqual(target());
  });

  test('the CPU stress runs on one API pod, by the labels a Deployment and a Rollout share', () => {
    const s = schedule('staging', 'api-cpu-stress').spec;
    expect(s).toMatchObject({ type: 'StressChaos', stressChaos: { mode: 'one' } });
    expect(s.stressChaos.stressors.cpu.workers).toBeGreaterThan(0);
    expect(picked(s.stressChaos.selector, pods)).toEqual([...api].sort());
    expect(Object.keys(s.stressChaos.selector.labelSelectors)).not.toContain('app.kubernetes.io/version');
  });

  test('fails schema validation for an experiment Chaos Mesh does not know (the pinned Schedule CRD)', () => {
    const { path: _, ...s } = structuredClone(schedule('staging', 'postgres-leader-kill')) as Rendered;
    expect(schemaError(s)).toBeUndefined();
    s.spec.podChaos.action = 'pod-explode';
    expect(schemaError(s)).toMatch(/action/);
  });
});

test('a game day unpauses the schedules with a settings change, and nothing else changes', () => {
  const definitions = { ...ENVIRONMENTS, staging: { ...ENVIRONMENTS.staging!, chaos: { enabled: true, paused: false } } };
  const running = parse(renderPlatform(settingsWith(definitions))).filter((o) => o.path.startsWith('dist/staging/chaos/'));
  expect(running.length).toBe(schedules('staging').length);
  for (const s of running) {
    expect(s.metadata.annotations?.[PAUSE]).toBe('false');
    const paused = schedule('staging', s.metadata.name);
    expect({ ...s, metadata: { ...s.metadata, annotations: {} } }).toEqual({
      ...paused,
      metadata: { ...paused.metadata, annotations: {} },
    });
  }
});
