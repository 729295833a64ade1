// Acknowledging a change the API server refuses. The pull request that makes such a change
// adds an entry to ACKNOWLEDGEMENTS_FILE naming the object and the field and saying how it
// will be rolled out; `npm run diff` then reports it without failing. Only entries the change
// itself adds count: an entry already on the base is stale (it acknowledged an earlier,
// merged change) and is ignored with a warning, so a leftover never waves a later change
// through. Remove the entries once the change is merged and rolled out.
import { load } from 'js-yaml';
import type { Finding } from './findings';

export const ACKNOWLEDGEMENTS_FILE = 'acknowledged-changes.yaml';

export interface Acknowledgement {
  /** `<env>/<Kind>/<name>`, as the summary prints it. */
  readonly object: string;
  /** The field as the summary prints it, e.g. `spec.volumeClaimTemplates`. */
  readonly field: string;
  /** How the change is rolled out (the procedure followed, who does it). */
  readonly reason: string;
}

/** Parses the file's text: a YAML list of { object, field, reason }. Throws on a malformed entry. */
export function parseAcknowledgements(text: string | undefined): Acknowledgement[] {
  if (text === undefined || text.trim() === '') return [];
  const doc = load(text);
  if (doc === null || doc === undefined) return [];
  if (!Array.isArray(doc)) throw new Error(`${ACKNOWLEDGEMENTS_FILE}: expected a list of { object, field, reason }, got ${typeof doc}`);
  return doc.map((entry: unknown, i: number) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const missing = ['object', 'field', 'reason'].filter((k) => typeof e[k] !== 'string' || (e[k] as string).trim() === '');
    if (missing.length > 0)
      throw new Error(`${ACKNOWLEDGEMENTS_FILE}: entry ${i + 1} needs ${missing.map((k) => `'${k}'`).join(', ')} (non-empty strings)`);
    return { object: String(e.object).trim(), field: String(e.field).trim(), reason: String(e.reason).trim() };
  });
}

const key = (object: string, field: string) => `${object} ${field}`;

export interface Acknowledged {
  /** Refused findings with the entry that acknowledges them. */
  readonly acknowledged: readonly { finding: Finding; by: Acknowledgement }[];
  /** Refused findings nobody acknowledged: they fail the command. */
  readonly blocking: readonly Finding[];
  /** Entries added by this change that match no refused change (a typo, or the change went away). */
  readonly unused: readonly Acknowledgement[];
  /** Entries already on the base: ignored. */
  readonly stale: readonly Acknowledgement[];
}

export function applyAcknowledgements(
  findings: readonly Finding[],
  current: readonly Acknowledgement[],
  onBase: readonly Acknowledgement[],
): Acknowledged {
  const baseKeys = new Set(onBase.map((a) => key(a.object, a.field)));
  const stale = current.filter((a) => baseKeys.has(key(a.object, a.field)));
  const effective = new Map(current.filter((a) => !baseKeys.has(key(a.object, a.field))).map((a) => [key(a.object, a.field), a]));
  const refused = findings.filter((f) => f.class === 'refused');
  const acknowledged = refused.flatMap((f) => {
    const by = effective.get(key(f.ref, f.field));
    return by ? [{ finding: f, by }] : [];
  });
  const blocking = refused.filter((f) => !effective.has(key(f.ref, f.field)));
  const used = new Set(acknowledged.map((a) => key(a.by.object, a.by.field)));
  const unused = [...effective.values()].filter((a) => !used.has(key(a.object, a.field)));
  return { acknowledged, blocking, unused, stale };
}
