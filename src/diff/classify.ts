// One classifier for `npm run diff` and the summary `npm run synth` prints.
import { CLASSES, type ChangeClass, type Finding } from './findings';
import { immutableFindings, renameFindings } from './immutable';
import { compareTrees, type ObjectChange } from './objects';
import { availabilityFindings, dataFindings, securityFindings } from './risks';

/** Every finding about `changes`, most urgent class first, then by object. */
export function classifyChanges(changes: readonly ObjectChange[]): Finding[] {
  const findings = [
    ...renameFindings(changes),
    ...changes.flatMap((c) => [...immutableFindings(c), ...dataFindings(c), ...securityFindings(c), ...availabilityFindings(c)]),
  ];
  const rank = (f: Finding) => CLASSES.indexOf(f.class);
  return findings.sort((a, b) => rank(a) - rank(b) || a.ref.localeCompare(b.ref) || a.field.localeCompare(b.field));
}

/** The classes an object's change falls in; `other` when none of the four. */
export function classesOf(change: ObjectChange, findings: readonly Finding[]): ChangeClass[] {
  const own = new Set(findings.filter((f) => f.ref === change.ref).map((f) => f.class));
  return own.size === 0 ? ['other'] : CLASSES.filter((c) => own.has(c));
}

export interface EnvironmentSummary {
  readonly env: string;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** Objects per change class (an object counts once in each class it falls in). */
  readonly classes: Readonly<Record<ChangeClass, number>>;
}

export function summarize(changes: readonly ObjectChange[], findings: readonly Finding[]): EnvironmentSummary[] {
  const envs = [...new Set(changes.map((c) => c.env))];
  return envs.map((env) => {
    const own = changes.filter((c) => c.env === env);
    const classes = Object.fromEntries(CLASSES.map((k) => [k, 0])) as Record<ChangeClass, number>;
    for (const c of own) for (const k of classesOf(c, findings)) classes[k] += 1;
    const count = (kind: ObjectChange['change']) => own.filter((c) => c.change === kind).length;
    return { env, added: count('added'), changed: count('changed'), removed: count('removed'), classes };
  });
}

/** One line per changed environment: `prod: 2 objects (0 added, 2 changed, 0 removed): refused 1, availability 2`. */
export function summaryLines(summaries: readonly EnvironmentSummary[]): string[] {
  return summaries.map((s) => {
    const total = s.added + s.changed + s.removed;
    const classes = CLASSES.filter((k) => s.classes[k] > 0).map((k) => `${k} ${s.classes[k]}`);
    return `${s.env}: ${total} object${total === 1 ? '' : 's'} (${s.added} added, ${s.changed} changed, ${s.removed} removed): ${classes.join(', ')}`;
  });
}

/** The summary `npm run synth` prints: what this synth changed in the rendered trees. */
export function synthSummary(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changes = compareTrees(before, after);
  if (changes.length === 0) return [];
  const findings = classifyChanges(changes);
  const lines = summaryLines(summarize(changes, findings)).map((l) => `  ${l}`);
  const refused = findings.filter((f) => f.class === 'refused').length;
  const hint =
    refused > 0 ? `${refused} change(s) the API server refuses: \`npm run diff\` gives the procedure` : '`npm run diff` for details';
  return [...lines, `  ${hint}`];
}
