/**
 * The building blocks of the settings schema (settings.ts), on valibot. Every message is the
 * "allowed" part of a settings problem: what the field accepts, never what went wrong.
 *
 * Three rules hold for every schema built from these blocks:
 * - objects are strict: an unknown key is a problem, with the closest known key suggested;
 * - a default is explicit (`withDefault`), and only a missing key takes it: a key present with
 *   the value `undefined` is checked like any other value;
 * - cross-field rules (`withRules`) run only on fields that passed their own schema, so one bad
 *   value gives one problem and never a follow-on computed from it.
 */
import * as v from 'valibot';

/** A key path inside the value a schema checks: `app.resources.cpuRequest`, `backup.repositories[1].region`. */
type Path = readonly (string | number)[];

function toPath(field: string): Path {
  return (field.match(/[^.[\]]+/g) ?? []).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/** The known key closest to `key` (case, typos, swapped letters), if one is close enough. */
export function closest(key: string, known: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** What an unknown key should have been: the closest known key, else the list of them. */
export function knownKeyHint(key: string, known: readonly string[], noun = 'field'): string {
  const near = closest(key, known);
  return near !== undefined ? `a known ${noun} (did you mean '${near}'?)` : `a known ${noun}: ${known.map((k) => `'${k}'`).join(', ')}`;
}

/** True when the issue is a strict object's report of a key it does not know. */
export function isUnknownKey(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'strict_object' && issue.expected === 'never';
}

/**
 * A strict object. `shape` says what the object is when the value is not one at all (or the key
 * holding it is missing), e.g. `{ name, server, podCidr, apiServerCidr }`.
 */
export function section<const E extends v.ObjectEntries>(shape: string, entries: E) {
  const known = Object.keys(entries);
  return v.strictObject(entries, (issue) => {
    if (isUnknownKey(issue)) return knownKeyHint(String(issue.input), known);
    const missing = issue.path?.[0]?.key;
    if (typeof missing === 'string' && missing in entries) {
      // A required key is missing: say what that key takes, as if it were given as `undefined`.
      return v.safeParse(entries[missing]!, undefined).issues?.[0]?.message ?? 'a value';
    }
    return shape;
  });
}

/** A key that may be left out, taking `value` then; a key given as `undefined` is still an error. */
export function withDefault<S extends v.GenericSchema, const D extends v.InferInput<S>>(schema: S, value: D) {
  return v.exactOptional(schema, value);
}

/** A key that may be left out, with nothing in its place. */
export function optionalKey<S extends v.GenericSchema>(schema: S) {
  return v.exactOptional(schema);
}

/** What a rule does with a field it refuses: blame `field` (relative to the ruled object) for `value`. */
export interface RuleContext {
  fail(field: string, value: unknown, allowed: string): void;
  /** True when `field` passed its own schema (for rules whose fields are not known up front). */
  valid(field: string): boolean;
}

/** A cross-field rule over the value of one schema. */
export interface Rule<T> {
  /** Fields the rule reads: it runs only when none of them (nor the objects holding them) has a problem. */
  readonly reads: readonly string[];
  readonly check: (value: T, context: RuleContext) => void;
}

/** The keys of where an issue sits; an unknown key blames its whole object (its values may be misplaced). */
function issueKeys(issue: v.BaseIssue<unknown>): Path {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  return isUnknownKey(issue) ? keys.slice(0, -1) : keys;
}

/** True when one path lies at or under the other. */
function overlaps(a: Path, b: Path): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

function pathItems(root: unknown, path: Path): [v.IssuePathItem, ...v.IssuePathItem[]] {
  const items: v.IssuePathItem[] = [];
  let input = root;
  for (const key of path) {
    const value = (input as Record<string | number, unknown> | undefined)?.[key];
    items.push({ type: 'unknown', origin: 'value', input, key, value });
    input = value;
  }
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/** `schema` followed by cross-field rules, each run only on fields that passed their own schema. */
export function withRules<S extends v.GenericSchema>(schema: S, rules: readonly Rule<v.InferOutput<S>>[]) {
  return v.pipe(
    schema,
    v.rawCheck<v.InferOutput<S>>(({ dataset, addIssue }) => {
      const valid = (field: string) => {
        const path = toPath(field);
        return !(dataset.issues ?? []).some((issue) => overlaps(issueKeys(issue), path));
      };
      const fail = (field: string, value: unknown, allowed: string) =>
        addIssue({ message: allowed, input: value, path: pathItems(dataset.value, toPath(field)) });
      for (const rule of rules) {
        if (rule.reads.every(valid)) rule.check(dataset.value as v.InferOutput<S>, { fail, valid });
      }
    }),
  );
}

/** A string for which `problem` returns nothing; `allowed` is the message when it is no string at all. */
export function text(allowed: string, problem: RegExp | ((value: string) => string | false | undefined)) {
  const check = typeof problem === 'function' ? problem : (value: string) => !problem.test(value) && allowed;
  return v.pipe(
    v.string(allowed),
    v.rawCheck<string>(({ dataset, addIssue }) => {
      const message = dataset.typed ? check(dataset.value) : undefined;
      if (message) addIssue({ message });
    }),
  );
}

/** A string accepted by `ok`. */
export function textWhere(allowed: string, ok: (value: string) => boolean) {
  return text(allowed, (value) => !ok(value) && allowed);
}

/** An integer from `min` to `max`; `why` is appended to the message. */
export function int(min: number, max: number, why = '') {
  const allowed = `an integer from ${min} to ${max}${why}`;
  return v.pipe(
    v.number(allowed),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max, allowed),
  );
}

/** A number accepted by `ok`. */
export function numberWhere(allowed: string, ok: (value: number) => boolean) {
  return v.pipe(v.number(allowed), v.check(ok, allowed));
}

/** An array of `item`, from `min` to `max` long. */
export function list<S extends v.GenericSchema>(item: S, allowed: string, min = 0, max = Number.MAX_SAFE_INTEGER) {
  return v.pipe(v.array(item, allowed), v.minLength(min, allowed), v.maxLength(max, allowed));
}

/** One of `choices`, compared with `===`. */
export function oneOf<const T extends readonly (string | number)[]>(choices: T) {
  return v.picklist(choices, `one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`);
}

/** `true` or `false`. */
export function flag() {
  return v.boolean('one of true, false');
}
