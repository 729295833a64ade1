import * as v from 'valibot';
import { platform, type PlatformSettings } from './settings';

/** One rejected setting. */
export interface SettingsProblem {
  readonly environment: string;
  readonly field: string;
  readonly value: unknown;
  readonly allowed: string;
  /** Where in src/config/images.json the problem is, when it is in that file. */
  readonly line?: number;
  readonly column?: number;
}

/** Thrown before anything renders when a setting is wrong; lists every problem found. */
export class SettingsError extends Error {
  constructor(readonly problems: readonly SettingsProblem[]) {
    super(
      `invalid settings (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${describe(p)}`).join('\n'),
    );
    this.name = 'SettingsError';
  }
}

/** A value as a reader would write it: JSON, except what JSON cannot say (nothing, NaN, Infinity). */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') return String(value);
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
}

function describe(p: SettingsProblem): string {
  // file:line:column first, as compilers print it, so that editors and terminals link to it.
  const file = p.line !== undefined ? `src/config/images.json:${p.line}:${p.column}: ` : '';
  const where = p.environment ? `environment '${p.environment}', ` : '';
  return `${file}${where}field '${p.field}': got ${show(p.value)}; allowed: ${p.allowed}`;
}

/** `environments[1].ingress.host` as environment `staging`, field `ingress.host`. */
function toProblem(issue: v.BaseIssue<unknown>, names: readonly string[]): SettingsProblem {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  let environment = '';
  if (keys[0] === 'environments' && typeof keys[1] === 'number') {
    environment = names[keys[1]] ?? String(keys[1]);
    keys.splice(0, 2);
  }
  const field = keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || 'environments';
  return { environment, field, value: issue.input, allowed: issue.message };
}

/**
 * Checks the assembled settings against the schema (settings.ts) and returns them with every
 * default filled in; throws a SettingsError listing all problems, `earlier` ones first.
 */
export function validateSettings(input: unknown, earlier: readonly SettingsProblem[] = []): PlatformSettings {
  const result = v.safeParse(platform, input);
  const names = ((input as { environments?: { name?: unknown }[] }).environments ?? []).map((e) => String(e?.name));
  const problems = [...earlier, ...(result.issues ?? []).map((issue) => toProblem(issue, names))];
  if (problems.length > 0 || !result.success) throw new SettingsError(problems);
  return result.output;
}
