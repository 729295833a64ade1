// Reading GitHub Actions workflows and running one step's script as the runner would: bash with
// `-eo pipefail` (the runner's `shell: bash`), the step's and job's `env:` with their expressions
// replaced by values the test gives, and GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP as files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { REPO_ROOT } from './rendered';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
export interface Job {
  name?: string;
  if?: string;
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  permissions?: Record<string, string>;
  environment?: unknown;
  env?: Record<string, string>;
  strategy?: { matrix?: { include?: Record<string, string>[] } };
  steps?: Step[];
}
export interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

export const WORKFLOWS = join(REPO_ROOT, '.github', 'workflows');

export function workflow(file: string): Workflow {
  return load(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
}

/** The step of `job` with this name or id; throws when there is none, so a renamed step fails loudly. */
export function step(job: Job | undefined, nameOrId: string): Step {
  const found = job?.steps?.find((s) => s.name === nameOrId || s.id === nameOrId);
  if (found === undefined) throw new Error(`no step '${nameOrId}'`);
  return found;
}

/** `text` with each `${{ expression }}` replaced by `values[expression]`; an expression without a value is an error. */
export function expand(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
    const value = values[expression];
    if (value === undefined) throw new Error(`no value for \${{ ${expression} }}`);
    return value;
  });
}

export interface StepRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_OUTPUT as name=value pairs. */
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/**
 * Runs a step's `run:` script in `cwd`. `env` is the environment the job and step give it
 * (already expanded); `extra` adds to the process environment (PATH for stubs, for instance).
 */
export function runStep(run: string, env: Readonly<Record<string, string>>, cwd = REPO_ROOT, extra: NodeJS.ProcessEnv = {}): StepRun {
  const dir = mkdtempSync(join(tmpdir(), 'step-'));
  const files = { script: join(dir, 'step.sh'), output: join(dir, 'output'), summary: join(dir, 'summary') };
  writeFileSync(files.script, run);
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', files.script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...extra, ...env, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, RUNNER_TEMP: dir },
  });
  const outputs = Object.fromEntries(
    readFileSync(files.output, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(files.summary, 'utf8') };
}
