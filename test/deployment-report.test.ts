// Argo CD's report of a synced, healthy environment as a GitHub deployment, which starts the next
// environment's promotion, on the rendered argocd/ tree. The expectations come from the consumer,
// .github/workflows/promote.yml parsed as GitHub reads it (which deployment environments it maps to
// a promotion, which state it acts on, which commit it compares), and from Argo CD v3.5.1's
// notifications catalog and github service documentation, never from src/argocd/notifications.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, rendered, type Rendered } from './support/rendered';

const argocd = rendered().objects.filter((o) => o.path.startsWith('argocd/'));
const configs = argocd.filter((o) => o.kind === 'ConfigMap' && o.metadata.name === 'argocd-notifications-cm');
/** Its keys; the first test asserts there is exactly one. */
const data: Record<string, string> = configs[0]?.data ?? {};
const SUBSCRIBE = 'notifications.argoproj.io/subscribe.';

/** Every Application Argo CD will run with its annotations: the rendered ones and the previews' template. */
const applications: { name: string; app: Record<string, unknown> & { metadata: Rendered['metadata'] } }[] = [
  ...argocd.filter((o) => o.kind === 'Application').map((o) => ({ name: o.metadata.name, app: o as never })),
  ...argocd
    .filter((o) => o.kind === 'ApplicationSet')
    .map((o) => ({ name: `${o.metadata.name} (template)`, app: o.spec.template as never })),
];

/**
 * A Go template of field references only (`{{.app.spec.source.repoURL}}`) filled from `data`; a
 * missing field or any other action is an error, as `missingkey=error` would make it.
 */
function fill(template: string, data: Record<string, unknown>): string {
  const out = template.replace(/\{\{\s*\.([\w.]+)\s*\}\}/g, (_, path: string) => {
    const value = path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], data);
    if (typeof value !== 'string') throw new Error(`${template}: no string at .${path}`);
    return value;
  });
  if (out.includes('{{')) throw new Error(`${template}: only field references are understood here`);
  return out;
}

/** promote.yml as GitHub reads it. */
const promote = load(readFileSync(join(REPO_ROOT, '.github', 'workflows', 'promote.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; env?: Record<string, string>; steps: { id?: string; run?: string }[] }>;
};
const plan = promote.jobs.plan!;
/** The deployment environments whose report the workflow turns into a promotion, and the environment each promotes. */
const consumed = new Map(
  [...(plan.steps.find((s) => s.id === 'plan')?.run ?? '').matchAll(/deployment_status:([\w-]+)\) environment=(\w+)/g)].map((m) => [
    m[1]!,
    m[2]!,
  ]),
);

/** The template the `on-deployed` trigger sends, and its subscribers. */
const trigger = load(data['trigger.on-deployed'] ?? 'null') as { when: string; oncePer: string; send: string[] }[] | null;
const template = load(data[`template.${trigger?.[0]?.send[0]}`] ?? 'null') as {
  message: string;
  github: {
    repoURLPath: string;
    revisionPath: string;
    deployment: Record<string, unknown> & { state: string; environment: string };
  };
} | null;
const subscribers = applications.filter(({ app }) => Object.hasOwn(app.metadata.annotations ?? {}, `${SUBSCRIBE}on-deployed.github`));

describe('the workflow this report starts', () => {
  test('promote.yml runs on deployment_status, acts only on success, and maps two deployment environments to a promotion', () => {
    expect(Object.keys(promote.on)).toContain('deployment_status');
    expect(plan.if).toMatch(/github\.event\.deployment_status\.state == 'success'/);
    expect([...consumed]).toEqual([
      ['agent-platform-dev', 'staging'],
      ['agent-platform-staging', 'prod'],
    ]);
  });
});

describe('the GitHub deployment report', () => {
  test("the ConfigMap holds the catalog's on-deployed trigger: its condition, once per synced revision, one template it defines", () => {
    expect(configs).toHaveLength(1);
    // notifications_catalog/install.yaml at v3.5.1, `trigger.on-deployed`.
    expect(trigger).toEqual([
      {
        description: 'Application is synced and healthy. Triggered once per commit.',
        oncePer: 'app.status.operationState?.syncResult?.revision',
        send: ['app-deployed'],
        when: "app.status.operationState != nil and app.status.operationState.phase in ['Succeeded'] and app.status.health.status == 'Healthy' and (!time.Parse(app.status.health.lastTransitionTime).Add(1 * time.Minute).Before(time.Parse(app.status.operationState.finishedAt)) or time.Parse(app.status.health.lastTransitionTime).Before(time.Parse(app.status.operationState.startedAt)))",
      },
    ]);
    expect(template?.github.deployment).toBeDefined();
  });

  test('exactly the environments promote.yml consumes subscribe, and each reports the environment name it maps', () => {
    expect(subscribers.length).toBeGreaterThan(0);
    // The github service takes no recipient (services/github.md: `subscribe.<trigger-name>.github: ""`).
    for (const { app } of subscribers) expect(app.metadata.annotations![`${SUBSCRIBE}on-deployed.github`]).toBe('');
    const reported = subscribers.map(({ app }) => fill(template!.github.deployment.environment, { app }));
    expect(reported.sort()).toEqual([...consumed.keys()].sort());
  });

  test("the deployment's state is the one promote.yml acts on", () => {
    const state = /github\.event\.deployment_status\.state == '(\w+)'/.exec(plan.if ?? '')?.[1];
    expect(state).toBe('success');
    expect(template!.github.deployment.state).toBe(state);
  });

  test("the deployment is of the synced commit, which promote.yml compares as the deployment's sha", () => {
    expect(promote.jobs.promote!.env).toMatchObject({ DEPLOYED_SHA: '${{ github.event.deployment.sha }}' });
    // services/github.md: the synced revision; without `reference`, the deployment's ref is that revision.
    expect(template!.github.revisionPath).toBe('{{.app.status.operationState.syncResult.revision}}');
    expect(template!.github.deployment).not.toHaveProperty('reference');
    // services/github.md: `autoMerge` (default true) must be false to deploy a commit main has moved past.
    expect(template!.github.deployment.autoMerge).toBe(false);
    expect(template!.github.deployment.transientEnvironment).toBe(false);
    // An empty list checks no commit status: the report records what runs, it gates nothing.
    expect(template!.github.deployment.requiredContexts).toEqual([]);
    // services/github.md: the message is the status's description, cut at 140 characters.
    for (const { name, app } of subscribers) {
      const synced = { ...app, status: { operationState: { syncResult: { revision: 'f'.repeat(40) } } } };
      expect([...fill(template!.message, { app: synced })].length, name).toBeLessThan(140);
    }
  });

  test('the repository path resolves on each subscriber to this GitHub repository (one source, not several)', () => {
    expect(subscribers.length).toBeGreaterThan(0);
    for (const { name, app } of subscribers) {
      const spec = app.spec as { source?: unknown; sources?: unknown };
      expect(spec.sources, name).toBeUndefined();
      expect(fill(template!.github.repoURLPath, { app }), name).toBe('https://github.com/acme/agent-platform.git');
    }
  });
});

describe('the GitHub service and every subscription', () => {
  test("the GitHub App's id, installation and private key are references to argocd-notifications-secret, documented, never values", () => {
    const service = load(data['service.github'] ?? 'null') as Record<string, string> | null;
    // services/github.md: `appID`, `installationID`, `privateKey`.
    expect(Object.keys(service ?? {}).sort()).toEqual(['appID', 'installationID', 'privateKey']);
    const docs = readFileSync(join(REPO_ROOT, 'docs', 'environments.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## Argo CD notifications'));
    for (const [field, value] of Object.entries(service!)) {
      expect(value, field).toMatch(/^\$[\w-]+$/);
      expect(section, `docs/environments.md names ${value.slice(1)}`).toContain(`\`${value.slice(1)}\``);
    }
  });

  test('every subscription of every Application names a trigger and a service the ConfigMap defines', () => {
    const subscriptions = applications.flatMap(({ name, app }) =>
      Object.keys(app.metadata.annotations ?? {})
        .filter((k) => k.startsWith(SUBSCRIBE))
        .map((k) => [name, ...k.slice(SUBSCRIBE.length).split('.')] as const),
    );
    expect(new Set(subscriptions.map(([, , service]) => service))).toEqual(new Set(['slack', 'github']));
    for (const [name, triggerName, service] of subscriptions) {
      expect(data[`trigger.${triggerName}`], `${name}: ${triggerName}`).toBeDefined();
      expect(data[`service.${service}`], `${name}: ${service}`).toBeDefined();
    }
  });

  test('fails to find a report when a subscriber is dropped or the environment is misnamed', () => {
    const reported = (apps: typeof subscribers, environment: string) => apps.map(({ app }) => fill(environment, { app })).sort();
    expect(reported(subscribers.slice(1), template!.github.deployment.environment)).not.toEqual([...consumed.keys()].sort());
    expect(reported(subscribers, '{{.app.spec.destination.namespace}}')).not.toEqual([...consumed.keys()].sort());
  });
});
