// Pull-request previews and Argo CD's deployment notifications, on what is rendered: the
// previews of two pull requests (as CI renders them), the committed environments and argocd/.
// The expectations come from the requirement (a namespace per pull request, teardown of the
// Application, namespace and volumes, the label `preview`, the secrets under the previews'
// prefix, the branch the workflow pushes) and from Argo CD's and ESO's upstream behaviour.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { ENVIRONMENTS, type EnvironmentDefinition } from '../src/config/environments';
import { SettingsError } from '../src/config/validate';
import { renderPreview } from '../src/platform';
import { schemaError } from './support/schemas';
import { envObjects, parse, podTemplate, REPO_ROOT, rendered, settingsWith, WORKLOAD_KINDS, type Rendered } from './support/rendered';

const preview = (pr: string): Rendered[] => parse(renderPreview(rendered().settings, pr));
const pr7 = preview('7');
const pr8 = preview('8');
const argocd = rendered().objects.filter((o) => o.path.startsWith('argocd/'));
const one = (objects: Rendered[], kind: string, name?: string): Rendered => {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  expect(found, `${kind} ${name ?? ''}`).toHaveLength(1);
  return found[0]!;
};
const ofKind = (objects: Rendered[], kind: string): Rendered[] => {
  const found = objects.filter((o) => o.kind === kind);
  expect(found.length, `some ${kind}`).toBeGreaterThan(0);
  return found;
};
const syncOptions = (o: Rendered): string => o.metadata.annotations?.['argocd.argoproj.io/sync-options'] ?? '';

const applicationSet = one(argocd, 'ApplicationSet');
/** The Application the ApplicationSet generates for pull request `n` (Go template `{{.number}}`). */
const generated = (n: string) => JSON.parse(JSON.stringify(applicationSet.spec.template).replaceAll('{{.number}}', n));

describe('a preview renders into its own place', () => {
  test('every object is valid against its schema', () => {
    expect(pr7.length).toBeGreaterThan(20);
    for (const { path: _, ...o } of pr7) expect(schemaError(o), `${o.kind} ${o.metadata.name}`).toBeUndefined();
  });

  test('files go under preview/ only, never into dist/ or argocd/', () => {
    for (const o of pr7) expect(o.path).toMatch(/^preview\/[a-z-]+\/[a-z0-9-]+\.yaml$/);
  });

  test('every namespaced object is in the namespace agent-platform-pr-<n>', () => {
    const namespaced = pr7.filter((o) => o.metadata.namespace !== undefined);
    expect(namespaced.length).toBeGreaterThan(20);
    for (const o of namespaced) expect(o.metadata.namespace, `${o.kind} ${o.metadata.name}`).toBe('agent-platform-pr-7');
    expect(one(pr7, 'Namespace').metadata.name).toBe('agent-platform-pr-7');
  });

  test('cluster-scoped objects are per pull request: none shared by two previews or with the hosting environment', () => {
    const clusterScoped = (objects: Rendered[]) =>
      objects.filter((o) => o.metadata.namespace === undefined).map((o) => `${o.kind}/${o.metadata.name}`);
    const seven = clusterScoped(pr7);
    expect(seven.length).toBeGreaterThan(0);
    for (const name of seven) expect(name).toMatch(/pr-7$/);
    const taken = new Set([...clusterScoped(pr8), ...clusterScoped(envObjects('dev'))]);
    for (const name of seven) expect(taken.has(name), name).toBe(false);
  });

  test('the edge answers on pr-<n>.preview.acme.example, with a certificate for that host only', () => {
    const route = one(pr7, 'HTTPRoute', 'agent-api');
    expect(route.spec.hostnames).toEqual(['pr-7.preview.acme.example']);
    expect(one(pr7, 'Certificate').spec.dnsNames).toEqual(['pr-7.preview.acme.example']);
  });

  test("secrets come from the previews' own prefix in the store, never from an environment's", () => {
    const keys = ofKind(pr7, 'ExternalSecret').flatMap((o) => o.spec.data.map((d: { remoteRef: { key: string } }) => d.remoteRef.key));
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) expect(key).toMatch(/^agent-platform\/preview\/[a-z-]+$/);
  });

  test('the security defaults hold: restricted Pod Security, non-root, no privilege, read-only root, resources', () => {
    expect(one(pr7, 'Namespace').metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const workloads = pr7.filter((o) => WORKLOAD_KINDS.includes(o.kind));
    expect(workloads.length).toBeGreaterThan(3);
    for (const w of workloads) {
      const pod = podTemplate(w).spec;
      expect(pod.securityContext.runAsNonRoot, w.path).toBe(true);
      expect(pod.securityContext.seccompProfile.type, w.path).toBe('RuntimeDefault');
      for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
        expect(c.securityContext.allowPrivilegeEscalation, `${w.path} ${c.name}`).toBe(false);
        expect(c.securityContext.readOnlyRootFilesystem, `${w.path} ${c.name}`).toBe(true);
        expect(c.securityContext.capabilities.drop, `${w.path} ${c.name}`).toContain('ALL');
        expect(c.resources.requests.cpu && c.resources.requests.memory && c.resources.limits.memory, `${w.path} ${c.name}`).toBeTruthy();
      }
    }
  });

  test('fails for a pull request number that is not a positive integer', () => {
    for (const bad of ['0', '-1', '7a', '7; rm -rf /', '']) {
      expect(() => renderPreview(rendered().settings, bad)).toThrow(SettingsError);
    }
  });
});

describe('a preview is small, dev-grade and keeps nothing', () => {
  test('no backups: no pgBackRest, no backup or drill jobs, no WAL archive alerts', () => {
    // Only the weekly database maintenance is scheduled; nothing that backs up or restores.
    expect(pr7.filter((o) => o.kind === 'CronJob').map((o) => o.metadata.name)).toEqual([
      'postgres-maintenance-analyze',
      'postgres-maintenance-reindex',
      'postgres-maintenance-report',
    ]);
    expect(pr7.map((o) => o.metadata.name).filter((n) => /pgbackrest|backup|drill/.test(n))).toEqual([]);
    const postgres = one(pr7, 'StatefulSet', 'postgres');
    expect(postgres.spec.template.spec.containers.map((c: { name: string }) => c.name)).not.toContain('pgbackrest');
    const conf = (objects: Rendered[]) => one(objects, 'ConfigMap', 'postgres-config').data['postgresql.conf'] as string;
    expect(conf(pr7)).toMatch(/^archive_mode = off$/m);
    expect(conf(envObjects('prod'))).toMatch(/^archive_mode = on$/m);
    const alerts = ofKind(pr7, 'PrometheusRule').flatMap((r) =>
      r.spec.groups.flatMap((g: { rules: { alert?: string }[] }) => g.rules.map((x) => x.alert)),
    );
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.filter((a) => /WalArchiving|Backup|RestoreDrill/.test(a ?? ''))).toEqual([]);
    // The environments keep theirs.
    expect(JSON.stringify(envObjects('prod').filter((o) => o.kind === 'PrometheusRule'))).toMatch(/PostgresWalArchivingStale/);
  });

  test('one PostgreSQL member and one Redis, below the hosting environment in every quota dimension', () => {
    expect(one(pr7, 'StatefulSet', 'postgres').spec.replicas).toBe(1);
    expect(one(pr7, 'StatefulSet', 'redis').spec.replicas).toBe(1);
    const hard = (objects: Rendered[]) => one(objects, 'ResourceQuota').spec.hard as Record<string, string | number>;
    const mine = hard(pr7);
    const dev = hard(envObjects('dev'));
    expect(Object.keys(mine).length).toBeGreaterThan(2);
    const bytes = (q: string | number) => {
      const m = /^([0-9.]+)(m|Mi|Gi)?$/.exec(String(q))!;
      return Number(m[1]) * ({ m: 0.001, Mi: 2 ** 20, Gi: 2 ** 30 }[m[2] ?? ''] ?? 1);
    };
    for (const key of Object.keys(dev)) expect(bytes(mine[key]!), key).toBeLessThan(bytes(dev[key]!));
  });

  test("teardown: the namespace and StatefulSets may be deleted by Argo CD and the StatefulSets' volumes go with them", () => {
    for (const o of pr7) expect(syncOptions(o), `${o.kind} ${o.metadata.name}`).not.toMatch(/Delete=false|Prune=false/);
    for (const s of ofKind(pr7, 'StatefulSet')) expect(s.spec.persistentVolumeClaimRetentionPolicy.whenDeleted).toBe('Delete');
  });

  test('production keeps its data: namespace and StatefulSets survive an Application deletion, volumes are retained', () => {
    const prod = envObjects('prod');
    expect(syncOptions(one(prod, 'Namespace'))).toContain('Delete=false');
    for (const s of ofKind(prod, 'StatefulSet')) {
      expect(syncOptions(s)).toContain('Delete=false');
      expect(s.spec.persistentVolumeClaimRetentionPolicy.whenDeleted).toBe('Retain');
    }
  });
});

describe('the previews ApplicationSet', () => {
  test('is valid against the pinned ApplicationSet CRD, and the validator rejects a broken one', () => {
    const { path: _, ...o } = applicationSet;
    expect(schemaError(o)).toBeUndefined();
    const broken = structuredClone(o);
    broken.spec.generators[0].pullRequest.requeueAfterSeconds = 'often';
    expect(schemaError(broken)).toBeDefined();
  });

  test('generates one Application per open pull request labelled preview, from this GitHub repository', () => {
    const github = applicationSet.spec.generators[0].pullRequest.github;
    expect(github.labels).toEqual(['preview']);
    expect(`https://github.com/${github.owner}/${github.repo}.git`).toBe(rendered().settings.repoUrl);
    expect(applicationSet.spec.goTemplate).toBe(true);
  });

  test("the generated Application syncs exactly the preview CI renders: the workflow's branch and folder, the preview's namespace", () => {
    const app = generated('7');
    const workflow = readFileSync(join(REPO_ROOT, '.github', 'workflows', 'preview.yml'), 'utf8');
    expect(workflow).toContain('"HEAD:refs/heads/preview/pr-$PR"');
    expect(app.spec.source.targetRevision).toBe('preview/pr-7');
    // The artifact of preview/ is unpacked to branch/preview: the branch holds preview/ at its root.
    expect(workflow).toMatch(/path: branch\/preview\n/);
    expect(new Set(pr7.map((o) => o.path.split('/')[0]))).toEqual(new Set([app.spec.source.path]));
    expect(app.spec.source.repoURL).toBe(rendered().settings.repoUrl);
    expect(app.spec.destination).toEqual({ server: ENVIRONMENTS.dev!.cluster.server, namespace: one(pr7, 'Namespace').metadata.name });
    expect(app.metadata.name).toBe('agent-platform-pr-7');
  });

  test("teardown: deleting the generated Application deletes its resources (Argo CD's cascade finalizer)", () => {
    expect(generated('7').metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(applicationSet.spec.syncPolicy?.preserveResourcesOnDeletion).not.toBe(true);
    expect(applicationSet.spec.syncPolicy?.applicationsSync ?? 'sync').toBe('sync');
  });

  test('its project is fixed and admits the preview: its namespace on the hosting cluster, every kind it renders, nothing else', () => {
    const projectName = applicationSet.spec.template.spec.project;
    expect(projectName).not.toContain('{{');
    const project = one(argocd, 'AppProject', projectName);
    const glob = (pattern: string) =>
      new RegExp(
        `^${pattern
          .split('*')
          .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      );
    const admits = (server: string, namespace: string) =>
      project.spec.destinations.some(
        (d: { server: string; namespace: string }) => d.server === server && glob(d.namespace).test(namespace),
      );
    const dev = ENVIRONMENTS.dev!.cluster.server;
    expect(admits(dev, 'agent-platform-pr-7')).toBe(true);
    expect(admits(dev, 'agent-platform')).toBe(false);
    expect(admits(ENVIRONMENTS.prod!.cluster.server, 'agent-platform-pr-7')).toBe(false);
    const allowed = (o: Rendered) => {
      const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
      const list = o.metadata.namespace === undefined ? project.spec.clusterResourceWhitelist : project.spec.namespaceResourceWhitelist;
      return list.some((k: { group: string; kind: string }) => k.group === group && k.kind === o.kind);
    };
    for (const o of pr7) expect(allowed(o), `${o.kind} ${o.metadata.name}`).toBe(true);
  });

  test("the hosting cluster's secret store admits preview namespaces (any expression of a condition, as ESO decides), the others do not", () => {
    const store = (env: string) => {
      const addon = one(argocd, 'Application', `external-secrets-${env}`);
      const objects = addon.spec.source.helm.valuesObject.extraObjects as Rendered[];
      return objects.find((o) => o.kind === 'ClusterSecretStore')!;
    };
    const admitted = (env: string, namespace: string) =>
      store(env).spec.conditions.some(
        (c: { namespaces?: string[]; namespaceRegexes?: string[] }) =>
          (c.namespaces ?? []).includes(namespace) || (c.namespaceRegexes ?? []).some((r) => new RegExp(r).test(namespace)),
      );
    expect(admitted('dev', 'agent-platform-pr-7')).toBe(true);
    expect(admitted('dev', 'agent-platform-pr-7-other')).toBe(false);
    expect(admitted('dev', 'kube-system')).toBe(false);
    expect(admitted('prod', 'agent-platform-pr-7')).toBe(false);
    expect(admitted('staging', 'agent-platform-pr-7')).toBe(false);
  });

  test('the root application may sync the ApplicationSet and the notifications ConfigMap', () => {
    const gitops = one(argocd, 'AppProject', 'gitops');
    const kinds = gitops.spec.namespaceResourceWhitelist.map((k: { group: string; kind: string }) => `${k.group}/${k.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['argoproj.io/ApplicationSet', '/ConfigMap']));
    const root = one(argocd, 'Application', 'agent-platform-root');
    for (const o of [applicationSet, one(argocd, 'ConfigMap')]) expect(o.path.startsWith(`${root.spec.source.path}/`)).toBe(true);
  });
});

describe('previews settings', () => {
  const problemOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      return (error as SettingsError).problems[0];
    }
    throw new Error('expected a SettingsError');
  };
  const withDev = (patch: Partial<EnvironmentDefinition>) => ({ ...ENVIRONMENTS, dev: { ...ENVIRONMENTS.dev!, ...patch } });

  test('fails when a production-tier environment turns its backups off', () => {
    const staging = ENVIRONMENTS.staging!;
    const p = problemOf(() =>
      settingsWith({ ...ENVIRONMENTS, staging: { ...staging, backup: { ...staging.backup, enabled: false, repositories: [] } } }),
    );
    expect(p).toMatchObject({ environment: 'staging', field: 'backup.enabled', value: false });
    expect(p?.allowed).toMatch(/production tier/);
  });

  test('fails when backups are on without a repository, or off with one', () => {
    const dev = ENVIRONMENTS.dev!;
    expect(problemOf(() => settingsWith(withDev({ backup: { ...dev.backup, repositories: [] } })))).toMatchObject({
      environment: 'dev',
      field: 'backup.repositories',
    });
    expect(problemOf(() => settingsWith(withDev({ backup: { ...dev.backup, enabled: false } })))).toMatchObject({
      environment: 'dev',
      field: 'backup.repositories',
      allowed: expect.stringMatching(/empty list while backup.enabled is false/),
    });
  });

  test('fails when two environments host previews', () => {
    const p = problemOf(() =>
      settingsWith({ ...ENVIRONMENTS, staging: { ...ENVIRONMENTS.staging!, previews: ENVIRONMENTS.dev!.previews! } }),
    );
    expect(p).toMatchObject({ environment: 'staging', field: 'previews' });
    expect(p?.allowed).toMatch(/'dev' already hosts them/);
  });

  test("fails, naming the preview, when the previews' sizes break a rule (the quota must admit the preview's peak)", () => {
    const dev = ENVIRONMENTS.dev!;
    const settings = settingsWith(withDev({ previews: { ...dev.previews!, quota: { ...dev.previews!.quota, pods: 2 } } }));
    expect(problemOf(() => renderPreview(settings, '7'))).toMatchObject({ environment: 'pr-7', field: 'quota.pods', value: 2 });
  });
});

describe('Argo CD deployment notifications', () => {
  const config = one(argocd, 'ConfigMap', 'argocd-notifications-cm');
  // Argo CD's notifications catalog at v3.5.1 (notifications_catalog/install.yaml): trigger -> condition.
  const CATALOG: Record<string, { when: string; send: string; oncePer: string }> = {
    'on-sync-succeeded': {
      when: "app.status.operationState != nil and app.status.operationState.phase in ['Succeeded']",
      send: 'app-sync-succeeded',
      oncePer: 'app.status.operationState?.syncResult?.revision',
    },
    'on-sync-failed': {
      when: "app.status.operationState != nil and app.status.operationState.phase in ['Error', 'Failed']",
      send: 'app-sync-failed',
      oncePer: 'app.status.operationState?.syncResult?.revision',
    },
    'on-health-degraded': {
      when: "app.status.health.status == 'Degraded'",
      send: 'app-health-degraded',
      oncePer: 'app.status.operationState?.syncResult?.revision',
    },
  };

  test("the ConfigMap is Argo CD's, merged into (never deleted with the tree), and valid", () => {
    expect(config.metadata.namespace).toBe('argocd');
    expect(syncOptions(config)).toContain('Delete=false');
    const { path: _, ...o } = config;
    expect(schemaError(o)).toBeUndefined();
  });

  test("sync succeeded, sync failed and degraded use the catalog's trigger names and conditions, each sending a template it defines", () => {
    for (const [name, expected] of Object.entries(CATALOG)) {
      const trigger = load(config.data[`trigger.${name}`]) as { when: string; send: string[]; oncePer: string }[];
      expect(trigger).toHaveLength(1);
      expect(trigger[0]).toMatchObject({ when: expected.when, send: [expected.send], oncePer: expected.oncePer });
      const template = load(config.data[`template.${expected.send}`]) as { message: string };
      expect(template.message).toContain('{{.app.metadata.name}}');
    }
  });

  // The GitHub deployment report (subscribe.on-deployed.github): test/deployment-report.test.ts.
  test("every environment's and every preview's Application subscribes its chat channel to the three triggers on a defined service", () => {
    const subscriptions = (annotations: Record<string, string> | undefined) =>
      Object.entries(annotations ?? {}).filter(([k]) => k.startsWith('notifications.argoproj.io/subscribe.') && k.endsWith('.slack'));
    const expectSubscribed = (annotations: Record<string, string> | undefined, channel: string) => {
      const subs = subscriptions(annotations);
      expect(subs.map(([k]) => k.split('.').slice(-2)[0]).sort()).toEqual(Object.keys(CATALOG).sort());
      for (const [key, recipient] of subs) {
        expect(config.data[`service.${key.split('.').at(-1)}`], key).toBeDefined();
        expect(recipient).toBe(channel);
      }
    };
    for (const env of ['dev', 'staging', 'prod']) {
      expectSubscribed(one(argocd, 'Application', `agent-platform-${env}`).metadata.annotations, 'agent-platform-alerts');
    }
    expectSubscribed(generated('7').metadata.annotations, 'agent-platform-previews');
  });

  test('the Slack token is a reference to argocd-notifications-secret, never a value', () => {
    expect(load(config.data['service.slack'])).toEqual({ token: '$slack-token' });
  });
});

describe('the preview workflow is fork-safe', () => {
  const workflow = load(readFileSync(join(REPO_ROOT, '.github', 'workflows', 'preview.yml'), 'utf8')) as {
    on: { pull_request: { types: string[] } };
    jobs: Record<string, { if?: string; needs?: string; permissions?: Record<string, string>; steps: { uses?: string; run?: string }[] }>;
  };

  /** Jobs that both run the pull request's code (checkout, npm) and may write: the hole to avoid. */
  const writersRunningCode = (jobs: typeof workflow.jobs) =>
    Object.entries(jobs)
      .filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'))
      .filter(([, job]) => job.steps.some((s) => s.uses?.startsWith('actions/checkout@') || /\bnpm\b/.test(s.run ?? '')))
      .map(([id]) => id);

  test('runs on pull_request (never pull_request_target) for labels, pushes and closing', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.on.pull_request.types).toEqual(expect.arrayContaining(['labeled', 'synchronize', 'closed', 'unlabeled']));
  });

  test('no job that may write checks out or runs the pull request; fails on one that does', () => {
    const writers = Object.entries(workflow.jobs).filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'));
    expect(writers.map(([id]) => id).sort()).toEqual(['publish', 'teardown']);
    expect(writersRunningCode(workflow.jobs)).toEqual([]);
    const broken = structuredClone(workflow.jobs);
    broken.publish!.steps.unshift({ uses: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1' });
    expect(writersRunningCode(broken)).toEqual(['publish']);
  });

  test("every job skips forks' pull requests, renders only with the label, and teardown runs on close", () => {
    for (const [id, job] of Object.entries(workflow.jobs)) {
      if (id === 'publish') {
        expect(JSON.stringify(job)).toContain('"needs":"render"'); // runs only after render
        continue;
      }
      expect(job.if, id).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    }
    expect(workflow.jobs.render!.if).toContain("contains(github.event.pull_request.labels.*.name, 'preview')");
    expect(workflow.jobs.teardown!.if).toContain("github.event.action == 'closed'");
    expect(JSON.stringify(workflow.jobs.teardown!.steps)).toContain('git/refs/heads/preview/pr-$PR');
  });
});

describe('docs/environments.md lists every store secret an environment or a preview reads', () => {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'environments.md'), 'utf8');
  /** secret -> properties, from the table's rows (`repo<n>` stands for each repository number). */
  const table = new Map(
    [...doc.matchAll(/^\| `([a-z-]+)` +\| ([^|]+)\|/gm)].map((m) => [m[1]!, [...m[2]!.matchAll(/`([a-z0-9<>-]+)`/g)].map((p) => p[1]!)]),
  );
  /** Every (secret, property) an ExternalSecret reads, wherever it is rendered (add-on values included). */
  const reads = (objects: Rendered[]): string[] => {
    const found: string[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        const o = x as { kind?: string; spec?: { data?: { remoteRef: { key: string; property: string } }[] } };
        if (o.kind === 'ExternalSecret')
          for (const d of o.spec?.data ?? []) found.push(`${d.remoteRef.key.split('/').at(-1)} ${d.remoteRef.property}`);
        Object.values(x).forEach(walk);
      }
    };
    walk(objects);
    return [...new Set(found)];
  };

  /** The pairs `secret property` that no row of the table lists. */
  const unlisted = (pairs: string[]) =>
    pairs.filter((pair) => {
      const [secret, property] = pair.split(' ') as [string, string];
      return !(table.get(secret) ?? []).some((p) => new RegExp(`^${p.replace('<n>', '[0-9]+')}$`).test(property));
    });

  test('every secret and property read is in the table', () => {
    const all = reads([...rendered().objects, ...pr7]);
    expect(all.length).toBeGreaterThan(10);
    expect(unlisted(all)).toEqual([]);
  });

  test('fails: a property the table does not list is found; a repository number matches repo<n>', () => {
    expect(unlisted(['redis username', 'pgbackrest repo3-s3-key', 'vault token'])).toEqual(['redis username', 'vault token']);
  });
});
