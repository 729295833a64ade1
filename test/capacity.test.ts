// `npm run capacity`: the planner on a small tree whose numbers are worked out by hand below, the
// Kubernetes rule for init containers and sidecars on the documentation's own example, and the
// command itself on that tree and on every environment's rendered tree, prod included.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { podResources } from '../src/capacity/pod';
import { planEnvironment } from '../src/capacity/plan';
import { weeklyActivity } from '../src/capacity/schedule';
import { recommendations, vpaObjects } from '../src/capacity/vpa';
import type { Manifest } from '../src/capacity/workloads';
import { parseQuantity } from '../src/config/quantity';
import { analysisJobs, envObjects, REPO_ROOT, rendered } from './support/rendered';

const Mi = 2 ** 20;
const Gi = 2 ** 30;
const NS = 'shop';
const meta = (name: string, annotations?: Record<string, string>) => ({ name, namespace: NS, ...(annotations ? { annotations } : {}) });
const res = (cpu: string, memory: string, limit = memory) => ({ requests: { cpu, memory }, limits: { memory: limit } });
const container = (name: string, resources?: object, extra: object = {}) => ({
  name,
  image: 'x',
  ...(resources ? { resources } : {}),
  ...extra,
});
const hook = (name: string, wave: string, cpu: string, memory: string): Manifest => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: meta(name, { 'argocd.argoproj.io/hook': 'Sync', 'argocd.argoproj.io/sync-wave': wave }),
  spec: { template: { spec: { containers: [container('run', res(cpu, memory))] } } },
});
const cron = (name: string, schedule: string, cpu: string, memory: string): Manifest => ({
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: meta(name),
  spec: {
    schedule,
    timeZone: 'Etc/UTC',
    startingDeadlineSeconds: 600,
    jobTemplate: { spec: { activeDeadlineSeconds: 3000, template: { spec: { containers: [container('run', res(cpu, memory))] } } } },
  },
});

/**
 * The fixture, per pod (Kubernetes: max(largest init phase, app containers + sidecars)):
 * - Rollout api (blue-green, HPA 2..4): init 1 CPU beats app 500m + log 100m (LimitRange default);
 *   memory 1Gi + 64Mi = 1088Mi requested, 1Gi + 256Mi = 1280Mi limit (app + log's defaults).
 * - StatefulSet db (2): the init container runs beside the sidecar started before it:
 *   2 + 0.2 = 2.2 CPU; memory db 2Gi + sidecar 128Mi = 2176Mi (the init phase needs only 384Mi). 10Gi volume each.
 * - Deployment worker (1, maxSurge 50%): 250m, 256Mi, 512Mi limit.
 * - Hooks: wave -2 runs init-a and init-b together (600m, 256Mi); wave -1 migrate (500m, 512Mi).
 * - CronJobs, each up to 10 + 50 minutes: nightly 01:00 and report 01:30 overlap (800m, 768Mi);
 *   weekly Sunday 12:00 runs alone (700m, 4Gi).
 */
const FIXTURE: Manifest[] = [
  {
    apiVersion: 'v1',
    kind: 'LimitRange',
    metadata: meta('defaults'),
    spec: { limits: [{ type: 'Container', defaultRequest: { cpu: '100m', memory: '64Mi' }, default: { memory: '256Mi' } }] },
  },
  {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: meta('compute'),
    spec: {
      hard: {
        'requests.cpu': '16',
        'requests.memory': '20Gi',
        'limits.memory': '40Gi',
        pods: 30,
        'requests.storage': '100Gi',
        persistentvolumeclaims: 10,
      },
    },
  },
  {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: meta('api'),
    spec: {
      strategy: { blueGreen: { activeService: 'api', previewService: 'api-preview' } },
      template: {
        spec: {
          initContainers: [container('warm', res('1', '256Mi'))],
          containers: [container('app', res('500m', '1Gi')), container('log')],
        },
      },
    },
  },
  {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: meta('api'),
    spec: { scaleTargetRef: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'api' }, minReplicas: 2, maxReplicas: 4 },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: meta('db'),
    spec: {
      replicas: 2,
      template: {
        spec: {
          initContainers: [container('proxy', res('200m', '128Mi'), { restartPolicy: 'Always' }), container('restore', res('2', '256Mi'))],
          containers: [container('db', res('1', '2Gi'))],
        },
      },
      volumeClaimTemplates: [
        { metadata: { name: 'data' }, spec: { storageClassName: 'gp3', resources: { requests: { storage: '10Gi' } } } },
      ],
    },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('worker'),
    spec: {
      replicas: 1,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '50%' } },
      template: { spec: { containers: [container('w', res('250m', '256Mi', '512Mi'))] } },
    },
  },
  hook('migrate', '-1', '500m', '512Mi'),
  hook('init-a', '-2', '300m', '128Mi'),
  hook('init-b', '-2', '300m', '128Mi'),
  cron('nightly', '0 1 * * *', '500m', '512Mi'),
  cron('report', '30 1 * * *', '300m', '256Mi'),
  cron('weekly', '0 12 * * 0', '700m', '4Gi'),
];

// Hand-computed totals from the per-pod numbers above.
const MINIMUM = {
  // api 2 + db 2 + worker 1
  'requests.cpu': 2 * 1 + 2 * 2.2 + 0.25,
  'requests.memory': (2 * 1088 + 2 * 2176 + 256) * Mi,
  'limits.memory': (2 * 1280 + 2 * 2176 + 512) * Mi,
  pods: 5,
};
const MAXIMUM = {
  // api 4 + db 2 + worker 1
  'requests.cpu': 4 * 1 + 2 * 2.2 + 0.25,
  'requests.memory': (4 * 1088 + 2 * 2176 + 256) * Mi,
  'limits.memory': (4 * 1280 + 2 * 2176 + 512) * Mi,
  pods: 7,
};
const PEAK = {
  // maximum + blue-green (4 more api pods) + worker surge (1) + the larger hook wave key by key + the busiest cron minute key by key
  'requests.cpu': MAXIMUM['requests.cpu'] + 4 * 1 + 0.25 + 0.6 + 0.8,
  'requests.memory': MAXIMUM['requests.memory'] + (4 * 1088 + 256 + 512 + 4096) * Mi,
  'limits.memory': MAXIMUM['limits.memory'] + (4 * 1280 + 512 + 512 + 4096) * Mi,
  pods: MAXIMUM.pods + 4 + 1 + 2 + 2,
  'requests.storage': 2 * 10 * Gi,
  persistentvolumeclaims: 2,
};

const scratch = mkdtempSync(join(tmpdir(), 'capacity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes objects as a rendered tree `<dir>/<env>/app/<kind>-<name>.yaml` and returns `<dir>`. */
function tree(env: string, objects: readonly Manifest[]): string {
  const dir = mkdtempSync(join(scratch, 'dist-'));
  mkdirSync(join(dir, env, 'app'), { recursive: true });
  for (const o of objects) writeFileSync(join(dir, env, 'app', `${o.kind.toLowerCase()}-${o.metadata.name}.yaml`), dump(o));
  return dir;
}

function capacity(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'capacity.mjs'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const close = (actual: Record<string, number | null>, expected: Record<string, number>) => {
  for (const [key, value] of Object.entries(expected)) expect(actual[key], key).toBeCloseTo(value, 6);
};

describe('pod requests and limits as Kubernetes counts them', () => {
  test("the documentation's init-container example: the larger of the largest init container and the app containers' sum", () => {
    // kubernetes.io/docs/concepts/workloads/pods/init-containers/#resource-sharing-within-containers, as worked
    // through by the effective-pod-requests-limits page: inits 250m/256Mi and 500m/1Gi, apps 500m/1Gi + 250m/1Gi.
    const pod = podResources({
      initContainers: [container('config-generator', res('250m', '256Mi')), container('mysql-checker', res('500m', '1Gi'))],
      containers: [container('app', res('500m', '1Gi')), container('log-aggregator', res('250m', '1Gi'))],
    });
    expect(pod).toEqual({ 'requests.cpu': 0.75, 'requests.memory': 2 * Gi, 'limits.cpu': null, 'limits.memory': 2 * Gi });
  });

  test('a sidecar counts in both phases; a container without a limit leaves the pod unbounded', () => {
    const pod = podResources({
      initContainers: [container('proxy', res('200m', '128Mi'), { restartPolicy: 'Always' }), container('restore', res('2', '256Mi'))],
      containers: [container('db', res('1', '2Gi')), container('debug', { requests: { cpu: '10m', memory: '8Mi' } })],
    });
    expect(pod).toEqual({
      'requests.cpu': 2.2,
      'requests.memory': 2048 * Mi + 128 * Mi + 8 * Mi,
      'limits.cpu': null,
      'limits.memory': null,
    });
  });
});

describe('CronJob schedules', () => {
  test('a run may go from its scheduled minute until the starting and active deadlines have passed', () => {
    // Sunday 02:00, up to 1 h late, stopped 6 h after starting: minutes 120 to 539 of the week.
    const active = weeklyActivity('backup', '0 2 * * 0', 3600, 21600);
    expect([active[119], active[120], active[539], active[540], active[24 * 60 + 120]]).toEqual([false, true, true, false, false]);
    expect(active.filter(Boolean).length).toBe(7 * 60);
  });

  test('without both deadlines a CronJob may be running at any minute', () => {
    expect(weeklyActivity('backup', '0 2 * * 0', 3600).every(Boolean)).toBe(true);
  });

  test('fails for a schedule it cannot read, naming the CronJob', () => {
    expect(() => weeklyActivity('backup', '0 2 * * MON', 60, 60)).toThrow("CronJob backup: schedule '0 2 * * MON': cannot read 'MON'");
  });
});

describe('the plan of a tree with known numbers', () => {
  const [plan] = planEnvironment('fixture', FIXTURE);

  test('minimum, maximum and peak match the hand-computed totals', () => {
    expect(plan!.namespace).toBe(NS);
    close(plan!.minimum, MINIMUM);
    close(plan!.maximum, MAXIMUM);
    close(plan!.peak, PEAK);
    expect(plan!.shortfalls).toEqual([]);
  });

  test('an HPA targeting a Rollout sets its bounds; blue-green doubles the pods at the maximum', () => {
    const api = plan!.workloads.find((w) => w.kind === 'Rollout')!;
    expect([api.minPods, api.maxPods, api.autoscaled, api.surge(api.maxPods)]).toEqual([2, 4, true, 4]);
  });

  test('a canary Rollout surges by its maxSurge share of the pods, rounded up; blue-green doubles them, preview count or not', () => {
    const rollout = (strategy: object): Manifest => ({ ...FIXTURE[2]!, spec: { ...FIXTURE[2]!.spec, strategy } });
    const [canary] = planEnvironment('fixture', [rollout({ canary: { maxSurge: '30%' } }), FIXTURE[3]!]);
    expect(canary!.workloads[0]!.surge(4)).toBe(2);
    const [preview] = planEnvironment('fixture', [rollout({ blueGreen: { activeService: 'api', previewReplicaCount: 1 } }), FIXTURE[3]!]);
    // The preview count holds only until promotion: the new version then scales to the full count
    // while the old one stays for the scale-down delay.
    expect(preview!.workloads[0]!.surge(4)).toBe(4);
  });

  test('growth multiplies the autoscaled maximum (rounded up) and the volume sizes', () => {
    const [grown] = planEnvironment('fixture', FIXTURE, 1.5);
    // api: ceil(4 x 1.5) = 6 pods, 6 more while blue-green; db and worker keep their counts.
    const cpu = 6 * 1 + 6 * 1 + 2 * 2.2 + 0.25 + 0.25 + 0.6 + 0.8;
    expect(grown!.grown!.peak['requests.cpu']).toBeCloseTo(cpu, 6);
    expect(grown!.grown!.peak['requests.storage']).toBe(2 * 15 * Gi);
    // Memory: 12 api pods x 1088Mi + db 2 x 2176Mi + worker 2 x 256Mi + hooks 512Mi + weekly 4Gi = 22Gi, over 20Gi.
    const memory = (12 * 1088 + 2 * 2176 + 2 * 256 + 512 + 4096) * Mi;
    expect(grown!.grown!.peak['requests.memory']).toBe(memory);
    expect(grown!.shortfalls.map((s) => [s.key, s.growth, s.need, s.allowed])).toEqual([
      ['requests.cpu', 1.5, cpu, 16],
      ['requests.memory', 1.5, memory, 20 * Gi],
    ]);
  });

  test("an AnalysisTemplate's job metric counts its Job at the peak only, beside both versions", () => {
    // A Job of 300m and 128Mi (256Mi limit) the controller starts during a release's analysis.
    const analysis: Manifest = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AnalysisTemplate',
      metadata: meta('pre'),
      spec: {
        metrics: [
          {
            name: 'traffic',
            provider: { job: { spec: { template: { spec: { containers: [container('t', res('300m', '128Mi', '256Mi'))] } } } } },
          },
          { name: 'errors', provider: { prometheus: { query: 'up' } } },
        ],
      },
    };
    const [withJob] = planEnvironment('fixture', [...FIXTURE, analysis]);
    expect(withJob!.workloads.filter((w) => w.kind === 'Job' && w.name === 'pre/traffic').map((w) => w.lifetime)).toEqual(['job']);
    close(withJob!.minimum, MINIMUM);
    close(withJob!.maximum, MAXIMUM);
    close(withJob!.peak, {
      'requests.cpu': PEAK['requests.cpu'] + 0.3,
      'requests.memory': PEAK['requests.memory'] + 128 * Mi,
      'limits.memory': PEAK['limits.memory'] + 256 * Mi,
      pods: PEAK.pods + 1,
    });
  });

  test('fails for a DaemonSet, a scoped quota, a quota key it cannot add up', () => {
    const ds: Manifest = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: meta('agent'),
      spec: { template: { spec: { containers: [] } } },
    };
    expect(() => planEnvironment('fixture', [ds])).toThrow('fixture: DaemonSet agent: its pod count is the node count');
    const quota = FIXTURE[1]!;
    expect(() => planEnvironment('fixture', [{ ...quota, spec: { ...quota.spec, scopes: ['BestEffort'] } }])).toThrow(
      'fixture: ResourceQuota compute: scoped quotas are not planned',
    );
    expect(() => planEnvironment('fixture', [{ ...quota, spec: { hard: { 'count/jobs.batch': 5 } } }])).toThrow(
      "fixture: ResourceQuota compute: cannot plan 'count/jobs.batch'",
    );
  });
});

/** A VPA as `kubectl get vpa -o yaml` lists it, with the recommender's status (autoscaling.k8s.io/v1). */
const VPA_LIST = {
  apiVersion: 'v1',
  kind: 'List',
  items: [
    {
      apiVersion: 'autoscaling.k8s.io/v1',
      kind: 'VerticalPodAutoscaler',
      metadata: meta('api'),
      spec: { targetRef: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'api' }, updatePolicy: { updateMode: 'Off' } },
      status: {
        recommendation: {
          containerRecommendations: [
            {
              containerName: 'app',
              target: { cpu: '700m', memory: '1536Mi' },
              lowerBound: { cpu: '400m', memory: '1Gi' },
              upperBound: { cpu: '1200m', memory: '2Gi' },
            },
            { containerName: 'log', target: { cpu: '25m', memory: '32Mi' } },
          ],
        },
      },
    },
  ],
};

describe('VPA recommendations', () => {
  const [plan] = planEnvironment('fixture', FIXTURE);

  test('stand next to the requests each container is configured with (LimitRange defaults included)', () => {
    const rows = recommendations(vpaObjects([VPA_LIST as unknown as Manifest]), plan!.workloads);
    // Quantities in millicores parse to binary fractions (700m is 0.7000000000000001): compare to 12 digits.
    const digits = (v: number | undefined) => (v === undefined ? v : Number(v.toPrecision(12)));
    expect(rows.map((r) => [r.container, r.resource, ...[r.requested, r.target, r.lowerBound, r.upperBound].map(digits)])).toEqual([
      ['app', 'cpu', 0.5, 0.7, 0.4, 1.2],
      ['app', 'memory', 1 * Gi, 1536 * Mi, 1 * Gi, 2 * Gi],
      // log sets nothing: the LimitRange's defaultRequest applies.
      ['log', 'cpu', 0.1, 0.025, undefined, undefined],
      ['log', 'memory', 64 * Mi, 32 * Mi, undefined, undefined],
    ]);
  });

  test('fails for a VPA whose target is not in the tree', () => {
    const other = structuredClone(VPA_LIST.items[0]!);
    other.spec.targetRef.name = 'gone';
    expect(() => recommendations([other as unknown as Manifest], plan!.workloads)).toThrow(
      'VerticalPodAutoscaler api: its target Rollout gone is not in the rendered tree',
    );
  });
});

describe('npm run capacity', () => {
  test('--vpa prints the recommendations beside the configured requests of that environment', () => {
    const dist = tree('fixture', FIXTURE);
    const file = join(dist, 'vpa.yaml');
    writeFileSync(file, dump(VPA_LIST));
    const run = capacity('--dist', dist, '--env', 'fixture', '--vpa', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Rollout api\s+app\s+cpu\s+0\.5\s+0\.7\s+0\.4\s+1\.2$/m);
    expect(run.stdout).toMatch(/^Rollout api\s+app\s+memory\s+1Gi\s+1\.5Gi\s+1Gi\s+2Gi$/m);
    expect(capacity('--dist', dist, '--vpa', file).code).toBe(2);
  });

  test('prints the table and exits 0 when the peak fits; exits 1 naming environment, resource, need and quota when a growth does not', () => {
    const dist = tree('fixture', FIXTURE);
    const fits = capacity('--dist', dist);
    expect(fits.code, fits.stderr).toBe(0);
    expect(fits.stdout).toMatch(/^requests\.cpu\s+6\.65\s+8\.65\s+14\.3\s+16\s+1\.7$/m);
    expect(fits.stdout).toMatch(/^StatefulSet db: data\s+gp3\s+10Gi\s+2\s+20Gi$/m);
    const grown = capacity('--dist', dist, '--growth', '2x');
    expect(grown.code).toBe(1);
    // api: 8 pods and 8 more while blue-green.
    const cpu = 8 + 8 + 2 * 2.2 + 0.25 + 0.25 + 0.6 + 0.8;
    expect(grown.stderr).toContain(
      `fixture: requests.cpu needs ${cpu} at its peak after 2x growth (maximum replicas, rollout surge, jobs) but ResourceQuota compute in shop allows 16`,
    );
  });

  test('exits 2 on a bad growth or an environment with no tree', () => {
    expect(capacity('--growth', 'double').code).toBe(2);
    const missing = capacity('--env', 'qa');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^no rendered tree for qa in dist \(there are: .*\bprod\b.*\)$/m);
  });

  test('the committed prod tree fits its quota; twice the load at the same quota does not', () => {
    const prod = capacity('--env', 'prod');
    expect(prod.code, prod.stderr).toBe(0);
    const doubled = capacity('--env', 'prod', '--growth', '2x');
    expect(doubled.code).toBe(1);
    // Prod's quota admits 72 pods (src/config/environments.ts); twice the peak's API pods exceed it.
    expect(doubled.stderr).toMatch(/^prod: pods needs (7[3-9]|[89]\d|1\d\d) at its peak after 2x growth .* allows 72$/m);
  });
});

describe.each(rendered().settings.environments.map((e) => [e.name, e] as const))('environment %s as rendered', (name, env) => {
  const plans = planEnvironment(name, envObjects(name));

  test('one namespace, its quota, no shortfall at the peak', () => {
    expect(plans.map((p) => [p.namespace, p.quotas.map((q) => q.name)])).toEqual([[env.namespace, ['compute-quota']]]);
    expect(plans[0]!.shortfalls).toEqual([]);
  });

  test("the release traffic's pod counts at the peak: during a release, beside both versions of the API", () => {
    const plan = plans[0]!;
    const traffic = plan.workloads.filter((w) => w.name === 'agent-api-pre-promotion/release-traffic');
    expect(traffic.map((w) => [w.kind, w.lifetime, w.maxPods])).toEqual([['Job', 'job', 1]]);
    // The same tree without the analysis Job's pod: the peak is one pod and its requests lower.
    const container = analysisJobs(envObjects(name))[0]!.spec.template.spec.containers[0];
    const [without] = planEnvironment(
      name,
      envObjects(name).filter((o) => !(o.kind === 'AnalysisTemplate' && o.metadata.name === 'agent-api-pre-promotion')),
    );
    expect(plan.peak.pods! - without!.peak.pods!).toBe(1);
    expect(plan.peak['requests.cpu']! - without!.peak['requests.cpu']!).toBeCloseTo(parseQuantity(container.resources.requests.cpu), 9);
    expect(plan.peak['requests.memory']! - without!.peak['requests.memory']!).toBe(parseQuantity(container.resources.requests.memory));
    expect(plan.maximum).toEqual(without!.maximum);
  });

  test("the API counts from its autoscaler's bounds in the settings, and every stateful pod runs at the minimum", () => {
    const plan = plans[0]!;
    const api = plan.workloads.find((w) => w.name === 'agent-api' && w.lifetime === 'running')!;
    expect([api.minPods, api.maxPods]).toEqual([env.app.minReplicas, env.app.maxReplicas]);
    const statefulPods = plan.workloads.filter((w) => w.kind === 'StatefulSet').reduce((n, w) => n + w.minPods, 0);
    const sentinels = env.redis.mode === 'sentinel' ? 3 : 0;
    const redis = env.redis.mode === 'cluster' ? env.redis.clusterMasters * (1 + env.redis.replicas) : 1 + env.redis.replicas;
    expect(statefulPods).toBe(1 + env.postgres.replicas + redis + sentinels);
    expect(plan.minimum.pods).toBe(statefulPods + env.app.minReplicas + env.addons.ingressControllerReplicas);
  });
});
