// The delivery workflows (docs/delivery.md), beyond the lint, parser and policy checks every
// workflow passes in test/workflows.test.ts: what cd.yml builds, attests and signs; that
// promote.yml verifies a digest before promoting it and opens its pull request with the App's
// token; that rollback.yml reverts the newest promotion not yet reverted. The steps' own scripts
// run here: the verification with a stand-in cosign, the planning and the revert in scratch
// git repositories.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './support/rendered';
import { expand, runStep, step, workflow, type Job } from './support/workflows';

const cd = workflow('cd.yml');
const promote = workflow('promote.yml');
const rollback = workflow('rollback.yml');
const DIGEST_A = `sha256:${'a1'.repeat(32)}`;
const DIGEST_B = `sha256:${'b2'.repeat(32)}`;
const ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's certificate for a GitHub Actions run names the workflow file and ref: https://github.com/OWNER/REPO/.github/workflows/FILE@REF. */
const san = (repo: string, file: string, ref: string) => `https://github.com/${repo}/.github/workflows/${file}@${ref}`;

const stepsOf = (job: Job | undefined) => job?.steps ?? [];
const usesOf = (job: Job | undefined, action: string) => stepsOf(job).filter((s) => s.uses?.startsWith(`${action}@`));

describe('cd.yml: build and publish', () => {
  const build = cd.jobs.build;

  test('runs on main, on release tags, weekly, and by hand', () => {
    expect(Object.keys(cd.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    const push = cd.on.push as { branches: string[]; tags: string[] };
    expect(push.branches).toEqual(['main']);
    expect(push.tags.some((t) => new RegExp(`^${t.replace(/\./g, '\\.').replace(/\+/g, '+')}$`).test('v1.4.2'))).toBe(true);
    const [cron] = (cd.on.schedule as { cron: string }[]).map((s) => s.cron.split(' '));
    // minute hour * * weekday: once a week.
    expect(cron).toHaveLength(5);
    expect(cron!.slice(2, 4)).toEqual(['*', '*']);
    expect(cron![4]).toMatch(/^[0-6]$/);
  });

  test('builds the service and the database image from their Dockerfiles', () => {
    const legs = build?.strategy?.matrix?.include ?? [];
    expect(legs.map((l) => [l.image, l.dockerfile])).toEqual([
      ['app', 'docker/Dockerfile.prod'],
      ['postgres', 'docker/Dockerfile.postgres'],
    ]);
    for (const leg of legs) expect(readFileSync(join(REPO_ROOT, leg.dockerfile!), 'utf8')).toMatch(/^FROM /m);
  });

  test('Buildx with the GitHub Actions cache, metadata-action tags (sha, semver, branch), pushed with SBOM and provenance', () => {
    expect(usesOf(build, 'docker/setup-buildx-action')).toHaveLength(1);
    const [meta] = usesOf(build, 'docker/metadata-action');
    const tags = String(meta?.with?.tags ?? '');
    for (const type of ['type=sha', 'type=semver', 'type=ref,event=branch']) expect(tags).toContain(type);
    const [push] = usesOf(build, 'docker/build-push-action');
    expect(push?.with).toMatchObject({ push: true, sbom: true, tags: '${{ steps.meta.outputs.tags }}' });
    expect(String(push?.with?.provenance)).toMatch(/mode=max/);
    expect(String(push?.with?.['cache-from'])).toMatch(/^type=gha\b/);
    expect(String(push?.with?.['cache-to'])).toMatch(/^type=gha\b/);
    // The weekly run rebuilds every layer.
    expect(push?.with?.['no-cache']).toBe("${{ github.event_name == 'schedule' }}");
  });

  test('pushes to the repository the settings name, signed and attested keylessly, as promotion verifies it', () => {
    expect(step(build, 'target').run).toContain('npm run --silent promote -- --repository "$IMAGE"');
    expect(build?.permissions).toEqual({ contents: 'read', packages: 'write', 'id-token': 'write' });
    const sign = step(build, 'Sign, and attest the SBOM and the provenance (keyless)').run ?? '';
    expect(sign).toMatch(/cosign sign --yes "\$IMAGE"/);
    // The attestation types cd.yml makes are the ones scripts/verify-image.sh requires.
    const made = [...sign.matchAll(/cosign attest --yes --type (\S+)/g)].map((m) => m[1]);
    const required = /for type in ([^;]+);/.exec(readFileSync(join(REPO_ROOT, 'scripts', 'verify-image.sh'), 'utf8'))?.[1]?.split(' ');
    expect(made).toEqual(['spdxjson', 'slsaprovenance1']);
    expect(required).toEqual(made);
    expect(step(build, 'What was published verifies as promotion will verify it').run).toContain('bash scripts/verify-image.sh');
  });

  test('after a green build of main, dev is promoted through promote.yml with the published digests', () => {
    const job = cd.jobs['promote-dev'];
    expect(job?.uses).toBe('./.github/workflows/promote.yml');
    expect(job?.if).toBe("github.ref == 'refs/heads/main'");
    expect(job?.with).toEqual({
      environment: 'dev',
      'app-digest': '${{ needs.digests.outputs.app-digest }}',
      'postgres-digest': '${{ needs.digests.outputs.postgres-digest }}',
      'app-tag': '${{ needs.digests.outputs.app-tag }}',
    });
    expect(cd.jobs.digests?.needs).toBe('build');
  });
});

/** A stand-in for cosign: an image is signed (attested) when its digest is listed, by the signer STUB_SAN from STUB_ISSUER. */
const STUB_COSIGN = `#!/usr/bin/env bash
echo "$*" >> "$STUB_LOG"
command=$1; shift
type='' regexp='' issuer='' image=''
while (($# > 0)); do
  case "$1" in
    --type) type=$2; shift 2 ;;
    --certificate-identity-regexp) regexp=$2; shift 2 ;;
    --certificate-oidc-issuer) issuer=$2; shift 2 ;;
    *) image=$1; shift ;;
  esac
done
if ! [[ "$STUB_SAN" =~ $regexp && "$issuer" == "$STUB_ISSUER" ]]; then
  echo "Error: no matching signatures: none of the expected identities matched what was in the certificate" >&2
  exit 1
fi
case "$command" in
  verify) grep -qx "\${image#*@}" "$STUB_SIGNED" || { echo "Error: no signatures found" >&2; exit 1; } ;;
  verify-attestation) grep -qx "$type \${image#*@}" "$STUB_ATTESTED" || { echo "Error: none of the attestations matched the predicate type: $type" >&2; exit 1; } ;;
  *) exit 2 ;;
esac
echo '[{"critical":{}}]'
`;

interface Registry {
  signed: string[];
  attested: string[];
  signer?: string;
}

/** Runs promote.yml's verification step on `images` against a stand-in registry; returns the run and cosign's calls. */
function verify(images: string, registry: Registry) {
  const dir = mkdtempSync(join(tmpdir(), 'cosign-'));
  writeFileSync(join(dir, 'cosign'), STUB_COSIGN);
  chmodSync(join(dir, 'cosign'), 0o755);
  writeFileSync(join(dir, 'signed'), registry.signed.map((d) => `${d}\n`).join(''));
  writeFileSync(join(dir, 'attested'), registry.attested.map((d) => `${d}\n`).join(''));
  writeFileSync(join(dir, 'log'), '');
  const job = promote.jobs.promote;
  const verifyStep = step(job, 'Verify signature and attestations');
  const values = { 'github.repository': 'acme/agent-platform', 'steps.images.outputs.images': images };
  const env = Object.fromEntries(
    Object.entries({ ...job?.env, ...verifyStep.env })
      .filter(([name]) => name.startsWith('SIGNER_') || name === 'IMAGES')
      .map(([name, value]) => [name, expand(value, values)]),
  );
  const run = runStep(verifyStep.run ?? '', env, REPO_ROOT, {
    PATH: `${dir}:${process.env.PATH}`,
    STUB_LOG: join(dir, 'log'),
    STUB_SIGNED: join(dir, 'signed'),
    STUB_ATTESTED: join(dir, 'attested'),
    STUB_SAN: registry.signer ?? san('acme/agent-platform', 'cd.yml', 'refs/heads/main'),
    STUB_ISSUER: ISSUER,
  });
  return { ...run, calls: readFileSync(join(dir, 'log'), 'utf8').split('\n').filter(Boolean) };
}

const APP = `ghcr.io/acme/agent-service@${DIGEST_A}`;
const POSTGRES = `ghcr.io/acme/agent-postgres@${DIGEST_B}`;
const everything = (digests: string[]): Registry => ({
  signed: digests,
  attested: digests.flatMap((d) => [`spdxjson ${d}`, `slsaprovenance1 ${d}`]),
});

describe('promote.yml: a digest is verified before it is promoted', () => {
  test('signed and attested by cd.yml on main: both images pass, each checked for its signature and both attestations', () => {
    const run = verify(`${APP} ${POSTGRES}`, everything([DIGEST_A, DIGEST_B]));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^verified: /gm)).toHaveLength(2);
    expect(run.calls.map((c) => c.split(' ').slice(0, 3).join(' '))).toEqual([
      'verify --certificate-identity-regexp ^https://github\\.com/acme/agent-platform/\\.github/workflows/cd\\.yml@refs/(heads/main|tags/v[0-9]+\\.[0-9]+\\.[0-9]+)$',
      'verify-attestation --type spdxjson',
      'verify-attestation --type slsaprovenance1',
      'verify --certificate-identity-regexp ^https://github\\.com/acme/agent-platform/\\.github/workflows/cd\\.yml@refs/(heads/main|tags/v[0-9]+\\.[0-9]+\\.[0-9]+)$',
      'verify-attestation --type spdxjson',
      'verify-attestation --type slsaprovenance1',
    ]);
    for (const call of run.calls) expect(call).toContain(`--certificate-oidc-issuer ${ISSUER}`);
  });

  test('a release tag build of cd.yml is accepted too', () => {
    const run = verify(APP, { ...everything([DIGEST_A]), signer: san('acme/agent-platform', 'cd.yml', 'refs/tags/v1.4.2') });
    expect(run.status).toBe(0);
  });

  test.each([
    ['an unsigned digest', { signed: [DIGEST_B], attested: everything([DIGEST_A, DIGEST_B]).attested }, /no valid signature by/],
    [
      'a digest without its SBOM attestation',
      { ...everything([DIGEST_A, DIGEST_B]), attested: [`slsaprovenance1 ${DIGEST_A}`] },
      /no valid 'spdxjson' attestation/,
    ],
    [
      'a digest without its provenance',
      { ...everything([DIGEST_A, DIGEST_B]), attested: [`spdxjson ${DIGEST_A}`] },
      /no valid 'slsaprovenance1' attestation/,
    ],
    [
      'a digest signed by another workflow',
      { ...everything([DIGEST_A, DIGEST_B]), signer: san('acme/agent-platform', 'release.yml', 'refs/heads/main') },
      /no valid signature/,
    ],
    [
      'a digest signed by cd.yml on another branch',
      { ...everything([DIGEST_A, DIGEST_B]), signer: san('acme/agent-platform', 'cd.yml', 'refs/heads/feature') },
      /no valid signature/,
    ],
    [
      'a digest signed by a fork’s cd.yml',
      { ...everything([DIGEST_A, DIGEST_B]), signer: san('mallory/agent-platform', 'cd.yml', 'refs/heads/main') },
      /no valid signature/,
    ],
  ])('fails: %s is refused, with a clear message and nothing promoted', (_, registry, message) => {
    const run = verify(`${APP} ${POSTGRES}`, registry);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^refused: ghcr\\.io/acme/agent-service@${DIGEST_A}: ${message.source}`, 'm'));
  });

  test('fails: a tag, or a repository without a digest, is refused before cosign is asked', () => {
    for (const image of ['ghcr.io/acme/agent-service:1.4.2', 'ghcr.io/acme/agent-service@']) {
      const run = verify(image, everything([DIGEST_A]));
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('not REPOSITORY@sha256:<64 hex digits>');
      expect(run.calls).toEqual([]);
    }
  });

  test('fails: nothing to verify is refused, not passed', () => {
    const run = verify('', everything([DIGEST_A]));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refused: no image to verify');
  });

  test('the step runs before npm run promote and before the pull request, in the target environment’s job', () => {
    const job = promote.jobs.promote;
    const names = stepsOf(job).map((s) => s.name ?? s.id ?? s.uses);
    const at = (name: string) => names.indexOf(name);
    expect(at('Verify signature and attestations')).toBeGreaterThan(-1);
    expect(at('Verify signature and attestations')).toBeLessThan(at('npm run promote'));
    expect(at('npm run promote')).toBeLessThan(at('Open or update the pull request'));
    expect(job?.environment).toBe('${{ needs.plan.outputs.environment }}');
  });
});

describe('promote.yml: which environment follows which', () => {
  const plan = (trigger: string, requested: string, deployed: string) =>
    runStep(step(promote.jobs.plan, 'plan').run ?? '', { TRIGGER: trigger, REQUESTED: requested, DEPLOYED: deployed });

  test.each([
    ['workflow_call', 'dev', '', 'dev', ''],
    ['workflow_dispatch', 'dev', '', 'dev', ''],
    ['deployment_status', '', 'agent-platform-dev', 'staging', 'dev'],
    ['workflow_dispatch', 'staging', '', 'staging', 'dev'],
    ['deployment_status', '', 'agent-platform-staging', 'prod', 'staging'],
    ['workflow_dispatch', 'prod', '', 'prod', 'staging'],
  ])('%s %s%s promotes %s from "%s"', (trigger, requested, deployed, environment, from) => {
    const run = plan(trigger, requested, deployed);
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({ environment, from });
  });

  test('a healthy prod promotes nothing; an unknown request fails', () => {
    const healthyProd = plan('deployment_status', '', 'agent-platform-prod');
    expect([healthyProd.status, healthyProd.outputs]).toEqual([0, {}]);
    expect(plan('workflow_call', 'qa', '').status).toBe(1);
  });

  test('only a successful deployment status starts a promotion', () => {
    expect(promote.jobs.plan?.if).toBe("github.event_name != 'deployment_status' || github.event.deployment_status.state == 'success'");
    expect(promote.jobs.promote?.if).toBe("needs.plan.outputs.environment != ''");
  });

  test('fails: staging from a dev that runs unpublished images never gets past verification', () => {
    const images = runStep(step(promote.jobs.promote, 'images').run ?? '', { FROM: 'dev', DEPLOYED_SHA: '' });
    expect(images.status).toBe(0);
    expect(images.outputs.images).toBe('ghcr.io/acme/agent-service@ ghcr.io/acme/agent-postgres@');
    const run = verify(images.outputs.images!, everything([DIGEST_A, DIGEST_B]));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refused: ghcr.io/acme/agent-service@: not REPOSITORY@sha256');
  });
});

describe('promote.yml and rollback.yml: pull requests that start CI', () => {
  test.each([
    ['promote.yml', promote.jobs.promote, 'Open or update the pull request'],
    ['rollback.yml', rollback.jobs.rollback, 'Open the pull request'],
  ])('%s pushes and opens its pull request with the GitHub App’s token, never GITHUB_TOKEN', (_, job, name) => {
    const [token] = usesOf(job, 'actions/create-github-app-token');
    expect(token?.with).toMatchObject({ 'permission-contents': 'write', 'permission-pull-requests': 'write' });
    const open = step(job, name);
    expect(open.env?.GH_TOKEN).toBe('${{ steps.token.outputs.token }}');
    expect(open.run).toMatch(/gh auth setup-git\n\s*git push --force origin "\$branch"/);
    expect(open.run).toMatch(/gh pr create --base main/);
    const text = JSON.stringify(job);
    expect(text).not.toMatch(/GITHUB_TOKEN|github\.token/);
  });

  test('only dev’s pull request merges itself (once its checks pass)', () => {
    const open = step(promote.jobs.promote, 'Open or update the pull request').run ?? '';
    expect(open).toContain('if [[ "$TARGET" == dev ]]; then gh pr merge "$branch" --auto --squash; fi');
    expect(open.match(/gh pr merge/g)).toHaveLength(1);
  });
});

describe('rollback.yml: reverting the newest promotion not yet reverted', () => {
  const revertStep = step(rollback.jobs.rollback, 'Revert the promotion commit');

  test('is run by hand for one environment, in that environment’s job', () => {
    const dispatch = rollback.on.workflow_dispatch as { inputs: { environment: { options: string[] } } };
    expect(dispatch.inputs.environment.options).toEqual(['dev', 'staging', 'prod']);
    expect(rollback.jobs.rollback?.environment).toBe('${{ inputs.environment }}');
  });

  /** A scratch repository whose history holds promotions, as squash merges title them. */
  /** One line per environment, apart from each other as the environments' entries are in images.json. */
  const images = (entries: Record<string, number>) =>
    ['dev', 'staging', 'prod'].map((env) => `"${env}": ${entries[env] ?? 0}\n${'  "…": "…"\n'.repeat(5)}`).join('');
  function history(): { dir: string; commit: (subject: string, entries: Record<string, number>) => string } {
    const dir = mkdtempSync(join(tmpdir(), 'rollback-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '--quiet', '--initial-branch=main');
    execFileSync('mkdir', ['-p', join(dir, 'src', 'config')]);
    const commit = (subject: string, entries: Record<string, number>) => {
      writeFileSync(join(dir, 'src', 'config', 'images.json'), images(entries));
      git('add', '.');
      git('commit', '--quiet', '-m', subject);
      return git('rev-parse', 'HEAD');
    };
    return { dir, commit };
  }
  const revert = (dir: string, target: string) => runStep(revertStep.run ?? '', { TARGET: target, BOT: 'promoter[bot]' }, dir);

  test('reverts prod’s newest promotion, skipping other environments’ and earlier ones', () => {
    const { dir, commit } = history();
    commit('promote(prod): sha-1111111 (#1)', { prod: 1 });
    const second = commit('promote(prod): sha-2222222 (#2)', { prod: 2 });
    commit('promote(staging): what dev runs (#3)', { prod: 2, staging: 3 });
    const run = revert(dir, 'prod');
    expect(run.status, run.stderr).toBe(0);
    expect(run.outputs.commit).toBe(second);
    expect(readFileSync(join(dir, 'src', 'config', 'images.json'), 'utf8')).toBe(images({ prod: 1, staging: 3 }));
  });

  test('after a merged rollback, the next one reverts the promotion before it, and a newer promotion comes first again', () => {
    const rolledBack = (later: boolean) => {
      const { dir, commit } = history();
      const first = commit('promote(prod): sha-1111111 (#1)', { prod: 1 });
      const second = commit('promote(prod): sha-2222222 (#2)', { prod: 2 });
      commit(`rollback(prod): revert ${second.slice(0, 12)} "promote(prod): sha-2222222 (#2)" (#4)`, { prod: 1 });
      const third = later ? commit('promote(prod): sha-3333333 (#5)', { prod: 3 }) : undefined;
      return { run: revert(dir, 'prod'), first, third };
    };
    const once = rolledBack(false);
    expect(once.run.status).toBe(0);
    expect(once.run.outputs.commit).toBe(once.first);
    const newer = rolledBack(true);
    expect(newer.run.outputs.commit).toBe(newer.third);
  });

  test('fails: no promotion of the environment to revert', () => {
    const { dir, commit } = history();
    commit('promote(staging): what dev runs (#3)', { staging: 3 });
    const run = revert(dir, 'prod');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refused: no promotion of prod on main left to revert');
  });
});
