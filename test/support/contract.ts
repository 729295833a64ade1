import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './rendered';

export const SERVICE_ROOT = join(REPO_ROOT, 'examples', 'agent-service');

/** Debian's interpreter: the one that sees python3-fastapi and friends. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** The reference service's environment contract, read from its own code (app/config.py). */
export function serviceContract(): { variables: string[]; required: string[]; requiredByMode: Record<string, string[]> } {
  const script =
    'import json; from app.config import VARIABLES, REQUIRED, REQUIRED_BY_MODE as M; print(json.dumps({"variables": list(VARIABLES), "required": list(REQUIRED), "requiredByMode": {k: list(v) for k, v in M.items()}}))';
  const run = spawnSync(SYSTEM_PYTHON, ['-B', '-c', script], { cwd: SERVICE_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`reading app/config.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}
