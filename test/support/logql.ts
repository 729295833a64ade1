// An evaluator for the subset of LogQL the platform's Loki rules use, so tests can run a rule's
// selection over real log lines. It refuses anything else (an unknown stage, an unsupported
// aggregation) instead of guessing. Semantics follow the LogQL reference of Loki 3.1
// (grafana.com/docs/loki/v3.1.x/query/): label matchers and label filters as Prometheus's
// (regular expressions anchored at both ends), `|=` a substring test on the line, `json`
// extracting top-level fields (all of them, nested objects flattened with `_`, or the named
// ones), a field that is already a stream label renamed `<name>_extracted`, and a line that is
// not JSON getting `__error__="JSONParserErr"`. Syntax is Loki's grammar's business
// (test/logql-syntax.test.ts); this reads it only as far as its own subset needs.

/** One entry as Loki stores it: the stream's labels and the line. */
export interface LogEntry {
  readonly labels: Readonly<Record<string, string>>;
  readonly line: string;
}

type Op = '=' | '!=' | '=~' | '!~';
interface Matcher {
  readonly name: string;
  readonly op: Op;
  readonly value: string;
}
type Stage =
  | { readonly kind: 'contains'; readonly text: string; readonly negate: boolean }
  | { readonly kind: 'json'; readonly fields: readonly string[] }
  | { readonly kind: 'filter'; readonly matcher: Matcher };

const MATCHER = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*/;

function unquote(body: string): string {
  return JSON.parse(`"${body}"`) as string;
}

function matches(m: Matcher, value: string | undefined): boolean {
  const v = value ?? '';
  switch (m.op) {
    case '=':
      return v === m.value;
    case '!=':
      return v !== m.value;
    case '=~':
      return new RegExp(`^(?:${m.value})$`).test(v);
    case '!~':
      return !new RegExp(`^(?:${m.value})$`).test(v);
  }
}

/** `{a="x", b=~"y"}` at the start of `text`: the matchers and the rest of the text. */
function parseSelector(text: string): { matchers: Matcher[]; rest: string } {
  let rest = text.trim();
  if (!rest.startsWith('{')) throw new Error(`no stream selector at: ${text}`);
  rest = rest.slice(1);
  const matchers: Matcher[] = [];
  for (;;) {
    const m = MATCHER.exec(rest);
    if (!m) throw new Error(`unsupported matcher at: ${rest}`);
    matchers.push({ name: m[1]!, op: m[2] as Op, value: unquote(m[3]!) });
    rest = rest.slice(m[0].length);
    if (rest.startsWith(',')) rest = rest.slice(1);
    else if (rest.startsWith('}')) return { matchers, rest: rest.slice(1).trim() };
    else throw new Error(`expected ',' or '}' at: ${rest}`);
  }
}

/** The pipeline stages after the selector. */
function parsePipeline(text: string): Stage[] {
  const stages: Stage[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const line = /^(\|=|!=)\s*"((?:[^"\\]|\\.)*)"\s*/.exec(rest);
    if (line) {
      stages.push({ kind: 'contains', text: unquote(line[2]!), negate: line[1] === '!=' });
      rest = rest.slice(line[0].length);
      continue;
    }
    if (!rest.startsWith('|')) throw new Error(`expected a pipeline stage at: ${rest}`);
    rest = rest.slice(1).trim();
    const json = /^json(?:\s+([A-Za-z_][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*))?\s*(?=\||$)/.exec(rest);
    if (json) {
      stages.push({ kind: 'json', fields: json[1] ? json[1].split(',').map((f) => f.trim()) : [] });
      rest = rest.slice(json[0].length);
      continue;
    }
    const filter = MATCHER.exec(rest);
    if (filter) {
      stages.push({ kind: 'filter', matcher: { name: filter[1]!, op: filter[2] as Op, value: unquote(filter[3]!) } });
      rest = rest.slice(filter[0].length);
      continue;
    }
    throw new Error(`unsupported pipeline stage at: ${rest}`);
  }
  return stages;
}

/** `{"a": {"b": 1}}` -> `a_b=1`; strings as they are, other scalars as JSON writes them. */
function flatten(value: unknown, prefix: string, into: Record<string, string>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}_${k}` : k, into);
  } else if (prefix) {
    into[prefix.replace(/[^A-Za-z0-9_]/g, '_')] = typeof value === 'string' ? value : JSON.stringify(value);
  }
}

function runJson(entry: LogEntry, labels: Record<string, string>, fields: readonly string[]): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(entry.line);
  } catch {
    labels.__error__ = 'JSONParserErr';
    return;
  }
  const extracted: Record<string, string> = {};
  if (fields.length === 0) flatten(parsed, '', extracted);
  else {
    for (const f of fields) {
      const v = (parsed as Record<string, unknown>)[f];
      if (v !== undefined && v !== null) extracted[f] = typeof v === 'string' ? v : JSON.stringify(v);
    }
  }
  for (const [k, v] of Object.entries(extracted)) labels[k in entry.labels ? `${k}_extracted` : k] = v;
}

/** A log query (`{...} | ...`) as a predicate: the entry's labels after the pipeline, or undefined when dropped. */
export function logQuery(query: string): (entry: LogEntry) => Record<string, string> | undefined {
  const { matchers, rest } = parseSelector(query);
  const stages = parsePipeline(rest);
  return (entry) => {
    if (!matchers.every((m) => matches(m, entry.labels[m.name]))) return undefined;
    const labels: Record<string, string> = { ...entry.labels };
    for (const stage of stages) {
      if (stage.kind === 'contains') {
        if (entry.line.includes(stage.text) === stage.negate) return undefined;
      } else if (stage.kind === 'json') runJson(entry, labels, stage.fields);
      else if (!matches(stage.matcher, labels[stage.matcher.name])) return undefined;
    }
    return labels;
  };
}

/** Whether a stream selector (a retention rule's, a query's) selects a stream with these labels. */
export function selectsStream(selector: string, labels: Readonly<Record<string, string>>): boolean {
  const { matchers, rest } = parseSelector(selector);
  if (rest !== '') throw new Error(`not a bare stream selector: ${selector}`);
  return matchers.every((m) => matches(m, labels[m.name]));
}

/**
 * `sum by (label) (rate(<log query> [range]))` over entries that all fall in one range: the
 * number of selected entries per value of `label` (rate is that count over the range's seconds).
 */
export function countBy(metricQuery: string, entries: readonly LogEntry[]): Record<string, number> {
  const m = /^sum by \(([A-Za-z_][A-Za-z0-9_]*)\) \(rate\((.*?)\s*\[(\d+)m\]\)\)$/.exec(metricQuery.trim());
  if (!m) throw new Error(`unsupported metric query: ${metricQuery}`);
  const [, by, query] = m;
  const select = logQuery(query!);
  const counts: Record<string, number> = {};
  for (const entry of entries) {
    const labels = select(entry);
    if (labels) counts[labels[by!] ?? ''] = (counts[labels[by!] ?? ''] ?? 0) + 1;
  }
  return counts;
}
