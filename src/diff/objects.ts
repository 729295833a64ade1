/* eslint-disable @typescript-eslint/no-explicit-any -- rendered YAML is untyped; each rule reads the fields it knows */
// Rendered files -> objects keyed by their identity in the cluster, and which of them changed.
import { load } from 'js-yaml';
import diff from 'microdiff';

/** A parsed rendered object. */
export type Doc = Record<string, any>;

/** One object on one side of the comparison. */
export interface Located {
  /** `dev`, `staging`, `prod`, ... or `argocd` for the management cluster. */
  readonly env: string;
  readonly path: string;
  readonly text: string;
  readonly doc: Doc;
}

/** What happened to one object between the base and the working tree. */
export interface ObjectChange {
  readonly env: string;
  readonly kind: string;
  readonly name: string;
  /** `<env>/<Kind>/<name>`: how the summary and acknowledgements name the object. */
  readonly ref: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly before?: Located;
  readonly after?: Located;
  /** Changed field paths (`spec.template.spec.containers[0].image`), empty for added/removed. */
  readonly fields: readonly string[];
}

/** `dist/<env>/...` -> env; `argocd/...` -> `argocd`. */
export function envOf(path: string): string {
  const [root, env] = path.split('/');
  return root === 'dist' && env ? env : 'argocd';
}

/**
 * Identity of an object as the API server sees it: cluster (env), API group (not version: a
 * version bump is the same object), kind, namespace, name. Not the file path: an object that
 * moves to another chart folder is the same object.
 */
function identity(env: string, doc: Doc): string {
  const apiVersion = String(doc.apiVersion ?? '');
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return [env, group, doc.kind, doc.metadata?.namespace ?? '', doc.metadata?.name].join('|');
}

export function refOf(env: string, doc: Doc): string {
  return `${env}/${doc.kind}/${doc.metadata?.name}`;
}

/** `['spec', 'containers', 0, 'image']` -> `spec.containers[0].image`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function located(path: string, text: string): Located {
  return { env: envOf(path), path, text, doc: load(text) as Doc };
}

/**
 * Compares two rendered trees (path -> YAML) object by object. Files with identical text at
 * the same path are skipped unparsed; the rest are matched by identity and compared
 * structurally, so formatting, key order and file moves are no change.
 */
export function compareTrees(base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): ObjectChange[] {
  const before = new Map<string, Located>();
  const after = new Map<string, Located>();
  for (const [path, text] of base) {
    if (head.get(path) === text) continue;
    const o = located(path, text);
    before.set(identity(o.env, o.doc), o);
  }
  for (const [path, text] of head) {
    if (base.get(path) === text) continue;
    const o = located(path, text);
    after.set(identity(o.env, o.doc), o);
  }
  const changes: ObjectChange[] = [];
  for (const [id, b] of before) {
    const a = after.get(id);
    const common = { env: b.env, kind: String(b.doc.kind), name: String(b.doc.metadata?.name), ref: refOf(b.env, b.doc) };
    if (!a) {
      changes.push({ ...common, change: 'removed', before: b, fields: [] });
      continue;
    }
    const fields = [...new Set(diff(b.doc, a.doc).map((d) => fieldPath(d.path)))];
    if (fields.length > 0) changes.push({ ...common, change: 'changed', before: b, after: a, fields });
  }
  for (const [id, a] of after) {
    if (before.has(id)) continue;
    changes.push({
      env: a.env,
      kind: String(a.doc.kind),
      name: String(a.doc.metadata?.name),
      ref: refOf(a.env, a.doc),
      change: 'added',
      after: a,
      fields: [],
    });
  }
  return changes.sort((x, y) => x.env.localeCompare(y.env) || x.kind.localeCompare(y.kind) || x.name.localeCompare(y.name));
}

/** Structural equality of two YAML values (undefined and absent are equal). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  return diff(a as Doc, b as Doc).length === 0;
}

/** `a.b.c` of an object, or undefined. */
export function at(doc: unknown, ...path: (string | number)[]): any {
  let v: any = doc;
  for (const p of path) v = v?.[p];
  return v;
}
