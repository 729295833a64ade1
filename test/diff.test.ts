// `npm run diff` over real renders: the committed settings render the base, a modified
// setting or a small source-level change (a JSON patch on one construct, as a code change
// would produce) renders the working tree. Expectations come from the requirement (what the
// API server refuses, what a reviewer must see), read off the rendered objects themselves, not
// from the classifier's tables.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ApiObject, App, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { dump, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENVIRONMENTS, type EnvironmentDefinition } from '../src/config/environments';
import type { PlatformSettings } from '../src/config/settings';
import { parseAcknowledgements, type Acknowledgement } from '../src/diff/acknowledge';
import { synthSummary } from '../src/diff/classify';
import type { Finding } from '../src/diff/findings';
import { buildReport, exitCode, formatMarkdown } from '../src/diff/report';
import { renderCharts } from '../src/output/manifests';
import { buildEnvironment, renderPlatform } from '../src/platform';
import { committedImages, parse, REPO_ROOT, rendered, settingsWith, type Rendered } from './support/rendered';

const base = () => rendered().files;

function report(head: ReadonlyMap<string, string>, acknowledgements: Acknowledgement[] = [], baseAcknowledgements: Acknowledgement[] = []) {
  return buildReport({ baseLabel: 'test base', base: base(), head, acknowledgements, baseAcknowledgements });
}

/** The committed environments with one environment's definition changed. */
function environmentsWith(env: string, change: (e: EnvironmentDefinition) => EnvironmentDefinition): Record<string, EnvironmentDefinition> {
  return { ...ENVIRONMENTS, [env]: change(ENVIRONMENTS[env]!) };
}

/** The platform with one environment rendered from a construct tree that `change` edited. */
function withSourceChange(
  env: string,
  change: (find: (kind: string, name: string) => ApiObject) => void,
  root?: Construct,
): Map<string, string> {
  const settings: PlatformSettings = rendered().settings;
  const charts = buildEnvironment(
    root ?? new App(),
    settings.environments.find((e) => e.name === env)!,
    settings,
  );
  const find = (kind: string, name: string) => {
    const found = charts
      .flatMap((c) => c.node.findAll())
      .find((n): n is ApiObject => n instanceof ApiObject && n.kind === kind && n.name === name);
    if (!found) throw new Error(`no ${kind} ${name} in ${env}`);
    return found;
  };
  change(find);
  const files = new Map([...base()].filter(([p]) => !p.startsWith(`dist/${env}/`)));
  for (const [p, text] of renderCharts(charts, `dist/${env}`).files) files.set(p, text);
  return files;
}

/** The YAML of one rendered object after `edit` (for fields a construct does not let a patch reach). */
function edited(text: string, edit: (o: Rendered) => void): string {
  const o = load(text) as Rendered;
  edit(o);
  return dump(o, { lineWidth: -1, noRefs: true });
}

const refused = (findings: readonly Finding[]) => findings.filter((f) => f.class === 'refused');
const refs = (findings: readonly Finding[]) => findings.map((f) => `${f.ref} ${f.field}`).sort();

describe('changes the API server refuses are flagged with a procedure', () => {
  test('prod PostgreSQL volume size (storage.postgresSize): resize the claims, orphan-delete the StatefulSet', () => {
    const head = renderPlatform(
      settingsWith(environmentsWith('prod', (e) => ({ ...e, storage: { ...e.storage, postgresSize: '200Gi' } }))),
    );
    const r = report(head);
    expect(refs(refused(r.findings))).toEqual(['prod/StatefulSet/postgres spec.volumeClaimTemplates']);
    const [f] = refused(r.findings);
    expect(f!.message).toMatch(/100Gi → 200Gi/);
    expect(f!.procedure).toMatch(/patch pvc .*"storage":"200Gi"/);
    expect(f!.procedure).toMatch(/kubectl -n agent-platform delete statefulset postgres --cascade=orphan/);
    expect(r.environments.map((e) => e.env)).toEqual(['prod']);
    expect(exitCode(r)).toBe(1);
  });

  test('a StatefulSet serviceName', () => {
    const head = withSourceChange('prod', (find) =>
      find('StatefulSet', 'postgres').addJsonPatch(JsonPatch.replace('/spec/serviceName', 'postgres-peers')),
    );
    const r = report(head);
    expect(refs(refused(r.findings))).toEqual(['prod/StatefulSet/postgres spec.serviceName']);
    expect(refused(r.findings)[0]!.procedure).toMatch(/delete statefulset postgres --cascade=orphan/);
    expect(exitCode(r)).toBe(1);
  });

  test('a Deployment selector', () => {
    // The platform renders no Deployment (the API is a Rollout, whose CRD leaves the selector
    // mutable): the API's rendered object as an apps/v1 Deployment stands in for one.
    const path = 'dist/staging/app/rollout-agent-api.yaml';
    const asDeployment = (o: Rendered) => {
      Object.assign(o, { apiVersion: 'apps/v1', kind: 'Deployment' });
      o.spec.strategy = { type: 'RollingUpdate' };
    };
    const before = new Map(base());
    before.set(path, edited(base().get(path)!, asDeployment));
    const head = new Map(before);
    head.set(
      path,
      edited(before.get(path)!, (o) => {
        o.spec.selector.matchLabels.track = 'stable';
        o.spec.template.metadata.labels.track = 'stable';
      }),
    );
    const r = buildReport({ baseLabel: 'test base', base: before, head, acknowledgements: [], baseAcknowledgements: [] });
    expect(refs(refused(r.findings))).toEqual(['staging/Deployment/agent-api spec.selector']);
    expect(refused(r.findings)[0]!.procedure).toMatch(/delete deployment agent-api --cascade=orphan/);
  });

  test('a release gate of the API Rollout (promotion by hand) is an availability change', () => {
    const head = withSourceChange('prod', (find) =>
      find('Rollout', 'agent-api').addJsonPatch(JsonPatch.replace('/spec/strategy/blueGreen/autoPromotionEnabled', true)),
    );
    const r = report(head);
    expect(r.findings.filter((f) => f.class === 'availability').map((f) => `${f.ref} ${f.field}`)).toEqual([
      'prod/Rollout/agent-api spec.strategy',
    ]);
    expect(refused(r.findings)).toEqual([]);
  });

  test('a Service turned headless', () => {
    const head = new Map(base());
    head.set(
      'dist/dev/app/service-agent-api.yaml',
      edited(head.get('dist/dev/app/service-agent-api.yaml')!, (o) => (o.spec.clusterIP = 'None')),
    );
    const r = report(head);
    expect(refs(refused(r.findings))).toEqual(['dev/Service/agent-api spec.clusterIP']);
    expect(refused(r.findings)[0]!.message).toMatch(/headless/);
    expect(refused(r.findings)[0]!.procedure).toMatch(/delete service agent-api/);
  });

  test('a storage class: every StatefulSet with claim templates, and existing claims do not follow', () => {
    const head = renderPlatform(settingsWith(environmentsWith('staging', (e) => ({ ...e, storage: { ...e.storage, className: 'io2' } }))));
    const withClaims = parse(base())
      .filter((o) => o.path.startsWith('dist/staging/') && o.kind === 'StatefulSet' && (o.spec.volumeClaimTemplates ?? []).length > 0)
      .map((o) => `staging/StatefulSet/${o.metadata.name} spec.volumeClaimTemplates`)
      .sort();
    expect(withClaims.length).toBeGreaterThan(0);
    const r = report(head);
    expect(refs(refused(r.findings))).toEqual(withClaims);
    for (const f of refused(r.findings)) {
      expect(f.procedure).toMatch(/--cascade=orphan/);
      expect(f.procedure).toMatch(/existing members keep their old volumes/);
    }
  });
});

describe('what a reviewer sees', () => {
  test('a pure refactor (re-nested constructs, an object moved to another folder, YAML re-formatted) changes zero objects', () => {
    const head = withSourceChange('prod', () => undefined, new Construct(new Construct(new App(), 'Elsewhere'), 'Deeper'));
    const moved = 'dist/prod/app/service-agent-api.yaml';
    head.set('dist/prod/network/service-agent-api.yaml', head.get(moved)!);
    head.delete(moved);
    const reformatted = 'dist/prod/database/statefulset-postgres.yaml';
    head.set(reformatted, dump(load(head.get(reformatted)!), { indent: 4, sortKeys: true }));
    expect(head).not.toEqual(base());
    const r = report(head);
    expect(r.changes).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(exitCode(r)).toBe(0);
  });

  // Redis: an image pinned by tag and digest in prod (the service's own image has no digest before its first promotion).
  function imageBump(change: (image: Record<string, string>) => void) {
    const images = committedImages() as Record<string, Record<string, Record<string, string>>>;
    const old = images.prod!.redis!;
    const oldRef = `${old.repository}:${old.tag}@${old.digest}`;
    const bumped = structuredClone(images);
    change(bumped.prod!.redis!);
    return { oldRef, old, r: report(renderPlatform(settingsWith(undefined, bumped))) };
  }

  test('a digest bump changes exactly the objects that carry the image', () => {
    const digest = `sha256:${'1'.repeat(64)}`;
    const { oldRef, r } = imageBump((image) => (image.digest = digest));
    const carriers = parse(base())
      .filter((o) => o.path.startsWith('dist/prod/') && JSON.stringify(o).includes(oldRef))
      .map((o) => `prod/${o.kind}/${o.metadata.name}`)
      .sort();
    expect(carriers.length).toBeGreaterThan(0);
    expect(r.changes.map((c) => c.ref).sort()).toEqual(carriers);
    const images = r.findings.filter((f) => f.class === 'availability' && /image/.test(f.message));
    expect(images.map((f) => f.ref).sort()).toEqual(carriers);
    expect(images[0]!.message).toContain('sha256:1111');
  });

  test('a tag bump shows old → new tag and digest, on the objects carrying the image or its version label', () => {
    const { oldRef, old, r } = imageBump((image) => {
      image.tag = '7.2.17-bookworm';
      image.digest = `sha256:${'2'.repeat(64)}`;
    });
    const carriers = parse(base())
      .filter(
        (o) =>
          o.path.startsWith('dist/prod/') &&
          (JSON.stringify(o).includes(oldRef) || JSON.stringify(o).includes(`"app.kubernetes.io/version":"${old.tag}"`)),
      )
      .map((o) => `prod/${o.kind}/${o.metadata.name}`)
      .sort();
    expect(r.changes.map((c) => c.ref).sort()).toEqual(carriers);
    const statefulSet = r.findings.find((f) => f.ref === 'prod/StatefulSet/redis' && /image/.test(f.message));
    expect(statefulSet!.message).toMatch(new RegExp(`${old.tag} \\(${old.digest!.slice(0, 12)}.*\\) → 7\\.2\\.17-bookworm \\(sha256:2222`));
  });

  test('a removed StatefulSet is a data risk', () => {
    const head = new Map(base());
    head.delete('dist/prod/cache/statefulset-redis.yaml');
    const r = report(head);
    const data = r.findings.filter((f) => f.class === 'data');
    expect(data.map((f) => f.ref)).toEqual(['prod/StatefulSet/redis']);
    expect(data[0]!.message).toMatch(/Prune=false/);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]!.change).toBe('removed');
  });

  test('a capability added to a container weakens security', () => {
    const head = withSourceChange('prod', (find) =>
      find('Rollout', 'agent-api').addJsonPatch(
        JsonPatch.add('/spec/template/spec/containers/0/securityContext/capabilities/add', ['NET_ADMIN']),
      ),
    );
    const r = report(head);
    expect(r.findings.filter((f) => f.class === 'security').map((f) => f.message)).toEqual([expect.stringMatching(/capability NET_ADMIN/)]);
  });

  test('synth prints the changed environments with objects per change class', () => {
    const head = renderPlatform(
      settingsWith(environmentsWith('prod', (e) => ({ ...e, storage: { ...e.storage, postgresSize: '200Gi' } }))),
    );
    const lines = synthSummary(base(), head);
    // The claim template, and what is sized from it (PostgreSQL and pgBackRest configuration, the drill's scratch volume).
    expect(lines[0]).toMatch(/^ {2}prod: \d+ objects \(0 added, \d+ changed, 0 removed\): refused 1, /);
    expect(lines.join('\n')).not.toMatch(/dev|staging/);
    expect(lines.at(-1)).toMatch(/npm run diff/);
    expect(synthSummary(base(), base())).toEqual([]);
  });
});

describe('acknowledging a refused change', () => {
  const grown = () =>
    withSourceChange(
      'prod',
      (find) => find('StatefulSet', 'postgres').addJsonPatch(JsonPatch.replace('/spec/serviceName', 'postgres-peers')),
      undefined,
    );
  const ack = (object: string, field: string): Acknowledgement => ({
    object,
    field,
    reason: 'orphan-delete during the maintenance window',
  });

  test('lets the acknowledged change pass and only that one', () => {
    const size = renderPlatform(
      settingsWith(environmentsWith('prod', (e) => ({ ...e, storage: { ...e.storage, postgresSize: '200Gi' } }))),
    );
    const both = new Map(size);
    // Add the serviceName change on top of the size change.
    const sts = 'dist/prod/database/statefulset-postgres.yaml';
    both.set(
      sts,
      grown()
        .get(sts)!
        .replace(/storage: 100Gi/, 'storage: 200Gi'),
    );
    const acknowledged = report(both, [ack('prod/StatefulSet/postgres', 'spec.volumeClaimTemplates')]);
    expect(refs(acknowledged.blocking)).toEqual(['prod/StatefulSet/postgres spec.serviceName']);
    expect(refs(acknowledged.acknowledged.map((a) => a.finding))).toEqual(['prod/StatefulSet/postgres spec.volumeClaimTemplates']);
    expect(exitCode(acknowledged)).toBe(1);
    const all = report(both, [
      ack('prod/StatefulSet/postgres', 'spec.volumeClaimTemplates'),
      ack('prod/StatefulSet/postgres', 'spec.serviceName'),
    ]);
    expect(exitCode(all)).toBe(0);
    expect(formatMarkdown(all)).toMatch(/\*\*acknowledged\*\* \(orphan-delete during the maintenance window\)/);
  });

  test('fails when the entry names another environment, or was already on the base', () => {
    const head = grown();
    const otherEnv = report(head, [ack('staging/StatefulSet/postgres', 'spec.serviceName')]);
    expect(exitCode(otherEnv)).toBe(1);
    expect(otherEnv.unused).toHaveLength(1);
    const leftover = ack('prod/StatefulSet/postgres', 'spec.serviceName');
    const stale = report(head, [leftover], [leftover]);
    expect(exitCode(stale)).toBe(1);
    expect(stale.stale).toEqual([leftover]);
  });

  test('fails on an entry without a reason', () => {
    expect(() => parseAcknowledgements('- object: prod/StatefulSet/postgres\n  field: spec.serviceName\n')).toThrow(
      /entry 1 needs 'reason'/,
    );
    expect(parseAcknowledgements('- object: a\n  field: b\n  reason: c\n')).toEqual([{ object: 'a', field: 'b', reason: 'c' }]);
  });
});

describe('npm run diff in a scratch repository', () => {
  let dir: string;
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, encoding: 'utf8' });
  const diff = (...args: string[]) =>
    spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'diff.mjs'), ...args], { cwd: dir, encoding: 'utf8' });

  beforeAll(() => {
    // The base: the committed render, except prod's PostgreSQL volumes were 50Gi.
    dir = mkdtempSync(join(tmpdir(), 'diff-'));
    mkdirSync(join(dir, 'src', 'config'), { recursive: true });
    cpSync(join(REPO_ROOT, 'src', 'config', 'images.json'), join(dir, 'src', 'config', 'images.json'));
    for (const [path, text] of base()) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(
        join(dir, path),
        path === 'dist/prod/database/statefulset-postgres.yaml' ? text.replace('storage: 100Gi', 'storage: 50Gi') : text,
      );
    }
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('fails on the unacknowledged volume size change, naming it in the markdown comment', () => {
    const run = diff('--format', 'markdown');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Rendered changes vs HEAD/);
    expect(run.stdout).toMatch(
      /\*\*BLOCKING\*\* `prod\/StatefulSet\/postgres` `spec.volumeClaimTemplates`: volume size data: 50Gi → 100Gi/,
    );
  });

  test('passes once acknowledged in the working tree; json lists the acknowledgement', () => {
    writeFileSync(
      join(dir, 'acknowledged-changes.yaml'),
      '- object: prod/StatefulSet/postgres\n  field: spec.volumeClaimTemplates\n  reason: claims resized first\n',
    );
    const run = diff('--base', 'HEAD', '--format', 'json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.blocking).toEqual([]);
    expect(out.acknowledged.map((a: { by: Acknowledgement }) => a.by.reason)).toEqual(['claims resized first']);
  });

  test('fails with usage on an unknown ref', () => {
    const run = diff('--base', 'no-such-ref');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a commit: 'no-such-ref'/);
  });
});
