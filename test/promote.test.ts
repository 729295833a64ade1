// `npm run promote`, run as the promotion workflow runs it (scripts/promote.mjs in a checkout)
// on scratch copies of the committed images.json, dist/ and argocd/: what changes is the target
// environment's entry and exactly its files that carry the image; production tiers are never
// promoted by tag; and a refused promotion writes nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SettingsError } from '../src/config/validate';
import { describePromotion, parsePromoteArgs, planPromotion, publishedRepository } from '../src/promote/promote';
import { committedImages, envObjects, podTemplate, REPO_ROOT, settingsWith, workloadsIn } from './support/rendered';

const PROMOTE = join(REPO_ROOT, 'scripts', 'promote.mjs');
const IMAGES = join('src', 'config', 'images.json');
// Two digests as the CD workflow would hand them over (64 hex digits; no image behind them is needed here).
const DIGEST_A = `sha256:${'0123456789abcdef'.repeat(4)}`;
const DIGEST_B = `sha256:${'fedcba9876543210'.repeat(4)}`;
// Each run renders every environment in a fresh node; a chain of six runs takes a while on a shared machine.
const SPAWNS = 180_000;

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A checkout with the committed images.json and rendered trees, nothing else. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promote-'));
  scratch.push(dir);
  mkdirSync(join(dir, 'src', 'config'), { recursive: true });
  cpSync(join(REPO_ROOT, IMAGES), join(dir, IMAGES));
  for (const root of ['dist', 'argocd']) cpSync(join(REPO_ROOT, root), join(dir, root), { recursive: true });
  return dir;
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const root of ['dist', 'argocd', 'src']) {
    for (const e of readdirSync(join(dir, root), { withFileTypes: true, recursive: true })) {
      if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8'));
    }
  }
  return out;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

function promote(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--require', join(__dirname, 'support', 'no-network.cjs'), PROMOTE, ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Files of an environment whose pods run `repository` (read from the committed render, not from the promote code). */
function filesRunning(env: string, repository: string): string[] {
  return (
    workloadsIn(envObjects(env))
      .filter((o) => {
        const pod = podTemplate(o).spec;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        return [...(pod.initContainers ?? []), ...pod.containers].some((c: any) => String(c.image).startsWith(`${repository}:`));
      })
      // An analysis Job's file is its AnalysisTemplate's (`<file>#<metric>`).
      .map((o) => o.path.split('#')[0]!)
      .sort()
  );
}

type Images = Record<string, Record<string, { repository: string; tag: string; digest?: string }>>;
const imagesIn = (dir: string) => JSON.parse(readFileSync(join(dir, IMAGES), 'utf8')) as Images;

describe('a dev promotion', { timeout: SPAWNS }, () => {
  test('by digest changes dev’s entry and exactly dev’s files that run the image', () => {
    const dir = checkout();
    const before = files(dir);
    const run = promote(dir, '--env', 'dev', '--image', 'app', '--digest', DIGEST_A);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const carrying = filesRunning('dev', 'ghcr.io/acme/agent-service');
    // The API Rollout, its migration Job and the release traffic of its pre-promotion analysis, at least.
    expect(carrying.length).toBeGreaterThanOrEqual(3);
    expect(changed(before, files(dir))).toEqual([IMAGES, ...carrying].sort());
    for (const path of carrying) expect(run.stdout).toContain(`  ${path}`);
    expect(run.stdout).toContain(`promoted dev app: 1.5.0-rc.2 (no digest) -> 1.5.0-rc.2@${DIGEST_A}`);
    const deployment = readFileSync(join(dir, 'dist', 'dev', 'app', 'rollout-agent-api.yaml'), 'utf8');
    expect(deployment).toContain(`image: ghcr.io/acme/agent-service:1.5.0-rc.2@${DIGEST_A}`);
  });

  test('images.json keeps its layout: only the promoted entry’s lines change, 2-space indent, key order, final newline', () => {
    const dir = checkout();
    const original = readFileSync(join(dir, IMAGES), 'utf8');
    expect(promote(dir, '--env', 'dev', '--image', 'postgres', '--digest', DIGEST_B, '--tag', 'sha-0a1b2c3').status).toBe(0);
    const text = readFileSync(join(dir, IMAGES), 'utf8');
    const [a, b] = [original.split('\n'), text.split('\n')];
    const differing = b.map((line, i) => (line === a[i] ? undefined : i + 1)).filter((i) => i !== undefined);
    // The postgres entry of dev sits at lines 7-10 of the committed file; its tag line changes and a digest line follows.
    expect(a.slice(6, 10).join('\n')).toMatch(
      /"postgres": \{\n\s+"repository": "ghcr.io\/acme\/agent-postgres",\n\s+"tag": "[^"]+"\n\s+\}/,
    );
    expect(differing[0]).toBe(9);
    expect(b.slice(7, 10)).toEqual([
      '      "repository": "ghcr.io/acme/agent-postgres",',
      '      "tag": "sha-0a1b2c3",',
      `      "digest": "${DIGEST_B}"`,
    ]);
    expect(b.length).toBe(a.length + 1);
    expect(b.slice(10)).toEqual(a.slice(9));
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('production tiers are promoted by digest only', { timeout: SPAWNS }, () => {
  test.each([
    ['prod', ['--image', 'app', '--tag', '1.5.0']],
    ['staging', ['--image', 'postgres', '--tag', '15.19-patroni3.0.2-pgbackrest2.45']],
  ])('fails: a tag-only promotion of %s, writing nothing', (env, args) => {
    const dir = checkout();
    const before = files(dir);
    const run = promote(dir, '--env', env, ...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`environment '${env}', field 'images\\.(app|postgres)\\.digest': got nothing; allowed: 'sha256:' and 64 hex`),
    );
    expect(changed(before, files(dir))).toEqual([]);
  });

  test('fails: promoting to prod what staging runs while staging has no digest', () => {
    const dir = checkout();
    const run = promote(dir, '--env', 'prod', '--from', 'staging');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("environment 'prod', field 'images.app.digest': got nothing");
    expect(run.stderr).toContain("'staging' runs it by tag only");
  });

  test('fails: a malformed digest, with the usual settings message', () => {
    const dir = checkout();
    const run = promote(dir, '--env', 'prod', '--image', 'app', '--digest', 'sha256:abc');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`environment 'prod', field 'images.app.digest': got "sha256:abc"; allowed: 'sha256:' and 64 hex digits`);
  });

  test('dev, then staging from dev, then prod from staging: each step changes only its environment', () => {
    const dir = checkout();
    for (const image of ['app', 'postgres']) {
      expect(
        promote(dir, '--env', 'dev', '--image', image, '--digest', image === 'app' ? DIGEST_A : DIGEST_B, '--tag', 'sha-0a1b2c3').status,
      ).toBe(0);
    }
    for (const [env, from] of [
      ['staging', 'dev'],
      ['prod', 'staging'],
    ] as const) {
      const before = files(dir);
      const run = promote(dir, '--env', env, '--from', from);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const paths = changed(before, files(dir));
      expect(paths).toContain(IMAGES);
      expect(paths.filter((p) => p !== IMAGES).every((p) => p.startsWith(`dist/${env}/`))).toBe(true);
      expect(paths).toEqual(expect.arrayContaining(filesRunning(env, 'ghcr.io/acme/agent-postgres')));
      const images = imagesIn(dir);
      expect(images[env]!.app).toEqual(images[from]!.app);
      expect(images[env]!.postgres).toEqual(images[from]!.postgres);
    }
    const deployment = readFileSync(join(dir, 'dist', 'prod', 'app', 'rollout-agent-api.yaml'), 'utf8');
    expect(deployment).toContain(`image: ghcr.io/acme/agent-service:sha-0a1b2c3@${DIGEST_A}`);
  });
});

describe('what a promotion refuses to do', { timeout: SPAWNS }, () => {
  test('fails: a checkout whose rendered trees are not current, since other environments’ files would change', () => {
    const dir = checkout();
    const stale = join(dir, 'dist', 'prod', 'app', 'rollout-agent-api.yaml');
    writeFileSync(stale, readFileSync(stale, 'utf8').replace('agent-api', 'agent-api-old'));
    const before = files(dir);
    const run = promote(dir, '--env', 'dev', '--image', 'app', '--digest', DIGEST_A);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("field 'rendered files'");
    expect(run.stderr).toContain('dist/prod/app/rollout-agent-api.yaml');
    expect(changed(before, files(dir))).toEqual([]);
  });

  test.each([
    [['--env', 'dev', '--image', 'app'], /--digest or --tag is required/],
    [['--env', 'prod', '--from', 'staging', '--digest', DIGEST_A], /--from copies the tag and digest/],
    [['--image', 'app', '--digest', DIGEST_A], /--env is required/],
    [['--env', 'dev', '--imgae', 'app'], /unknown argument '--imgae'/],
    [['--env', 'prod', '--from', 'prod'], /--from names the environment being promoted/],
  ])('fails: usage %j', (args, message) => {
    expect(() => parsePromoteArgs(args)).toThrow(message);
  });

  test('fails: a usage error exits 2 with the usage, before reading anything', () => {
    const empty = mkdtempSync(join(tmpdir(), 'promote-empty-'));
    scratch.push(empty);
    const run = promote(empty, '--env', 'dev');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--image is required without --from\nusage: npm run promote');
  });

  test('fails: an unknown environment or image, naming the known ones', () => {
    const text = readFileSync(join(REPO_ROOT, IMAGES), 'utf8');
    const plan = (env: string, image: string) => () =>
      planPromotion(REPO_ROOT, text, { kind: 'promote', env, images: [image], digest: DIGEST_A });
    expect(plan('qa', 'app')).toThrow(
      "environment 'qa', field '--env': got \"qa\"; allowed: a known environment: 'dev', 'staging', 'prod'",
    );
    expect(plan('dev', 'api')).toThrow(/field '--image': got "api"; allowed: one of 'app'/);
  });
});

describe('the registry the CD workflow publishes to', { timeout: SPAWNS }, () => {
  test('--repository prints imageRegistry/name for the images this repository builds', () => {
    const dir = checkout();
    expect(promote(dir, '--repository', 'app').stdout).toBe('ghcr.io/acme/agent-service\n');
    expect(promote(dir, '--repository', 'postgres').stdout).toBe('ghcr.io/acme/agent-postgres\n');
    expect(promote(dir, '--repository', 'redis').stderr).toContain("'redis' is not an image this repository builds");
  });

  test('fails: an environment running an own image from another registry', () => {
    const images = committedImages() as Images;
    const moved = {
      ...images,
      staging: { ...images.staging, app: { ...images.staging!.app!, repository: 'docker.io/acme/agent-service' } },
    };
    try {
      settingsWith(undefined, moved);
      expect.unreachable('expected a SettingsError');
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      expect((error as SettingsError).problems).toEqual([
        {
          environment: 'staging',
          field: 'images.app.repository',
          value: 'docker.io/acme/agent-service',
          allowed: expect.stringContaining("'ghcr.io/acme/agent-service'"),
        },
      ]);
    }
  });
});

test('committed: our images carry no digest yet, and production tiers render them as no pullable reference', () => {
  const images = committedImages() as Images;
  for (const env of Object.values(images)) {
    expect(env.app!.digest).toBeUndefined();
    expect(env.postgres!.digest).toBeUndefined();
  }
  for (const env of ['staging', 'prod']) {
    const running = filesRunning(env, 'ghcr.io/acme/agent-service');
    expect(running.length).toBeGreaterThan(0);
    for (const path of running) {
      expect(readFileSync(join(REPO_ROOT, path), 'utf8')).toMatch(/image: ghcr\.io\/acme\/agent-service:[^@\s]+@unpublished\n/);
    }
  }
});

describe('the plan, in process, against the committed tree (nothing is written)', { timeout: SPAWNS }, () => {
  const text = readFileSync(join(REPO_ROOT, IMAGES), 'utf8');

  test('parses a promotion, a promotion from another environment and a repository question', () => {
    expect(parsePromoteArgs(['--env', 'dev', '--image', 'app', '--digest', DIGEST_A])).toEqual({
      kind: 'promote',
      env: 'dev',
      images: ['app'],
      digest: DIGEST_A,
    });
    expect(parsePromoteArgs(['--env', 'staging', '--from', 'dev'])).toEqual({
      kind: 'promote',
      env: 'staging',
      from: 'dev',
      images: ['app', 'postgres'],
    });
    expect(parsePromoteArgs(['--repository', 'postgres'])).toEqual({ kind: 'repository', image: 'postgres' });
    expect(publishedRepository(settingsWith(), 'postgres')).toBe('ghcr.io/acme/agent-postgres');
  });

  test('a dev promotion by tag plans dev’s files only, and says what it does', () => {
    const plan = planPromotion(REPO_ROOT, text, { kind: 'promote', env: 'dev', images: ['app'], tag: '1.5.0' });
    const paths = [...plan.diff.added, ...plan.diff.changed, ...plan.diff.removed];
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.startsWith('dist/dev/'))).toBe(true);
    expect(paths).toEqual(expect.arrayContaining(filesRunning('dev', 'ghcr.io/acme/agent-service')));
    const lines = describePromotion(plan);
    expect(lines[0]).toBe('promoted dev app: 1.5.0-rc.2 (no digest) -> 1.5.0 (no digest)');
    expect(lines[1]).toBe(`${paths.length} rendered file(s) changed:`);
    expect((JSON.parse(plan.imagesText) as Images).dev!.app).toEqual({ repository: 'ghcr.io/acme/agent-service', tag: '1.5.0' });
  });

  test('promoting what an environment already runs changes nothing and says so', () => {
    const plan = planPromotion(REPO_ROOT, text, { kind: 'promote', env: 'dev', images: ['redis'], from: 'staging' });
    expect(plan.imagesText).toBe(text);
    expect(describePromotion(plan)).toEqual([
      'promoted dev redis: already 7.2.16-bookworm@' + imagesIn(REPO_ROOT).dev!.redis!.digest,
      'no rendered file changed',
    ]);
  });

  test('fails: prod from a staging that has no digest, in process too', () => {
    expect(() => planPromotion(REPO_ROOT, text, { kind: 'promote', env: 'prod', images: ['app', 'postgres'], from: 'staging' })).toThrow(
      "environment 'prod', field 'images.app.digest': got nothing",
    );
  });
});
