// The review summary: findings by class, then every changed object with its YAML diff.
import { createTwoFilesPatch } from 'diff';
import { applyAcknowledgements, ACKNOWLEDGEMENTS_FILE, type Acknowledged, type Acknowledgement } from './acknowledge';
import { classesOf, classifyChanges, summarize, summaryLines, type EnvironmentSummary } from './classify';
import { CLASS_TITLES, CLASSES, type Finding } from './findings';
import { compareTrees, type ObjectChange } from './objects';

export interface ReportInput {
  /** What the base is, for the heading (`origin/main merge base 1a2b3c4`). */
  readonly baseLabel: string;
  readonly base: ReadonlyMap<string, string>;
  readonly head: ReadonlyMap<string, string>;
  readonly acknowledgements?: readonly Acknowledgement[];
  readonly baseAcknowledgements?: readonly Acknowledgement[];
}

export interface DiffReport extends Acknowledged {
  readonly baseLabel: string;
  readonly changes: readonly ObjectChange[];
  readonly findings: readonly Finding[];
  readonly environments: readonly EnvironmentSummary[];
}

export function buildReport(input: ReportInput): DiffReport {
  const changes = compareTrees(input.base, input.head);
  const findings = classifyChanges(changes);
  return {
    baseLabel: input.baseLabel,
    changes,
    findings,
    environments: summarize(changes, findings),
    ...applyAcknowledgements(findings, input.acknowledgements ?? [], input.baseAcknowledgements ?? []),
  };
}

/** Exit status: 1 when a refused change is not acknowledged. */
export function exitCode(report: DiffReport): number {
  return report.blocking.length > 0 ? 1 : 0;
}

/** Unified diff of one object's YAML (paths as in the repository; /dev/null when absent). */
export function unifiedDiff(c: ObjectChange): string {
  const patch = createTwoFilesPatch(
    c.before ? `a/${c.before.path}` : '/dev/null',
    c.after ? `b/${c.after.path}` : '/dev/null',
    c.before?.text ?? '',
    c.after?.text ?? '',
    undefined,
    undefined,
    { context: 3 },
  );
  return patch.replace(/^=+\n/, '').trimEnd();
}

function ackHint(f: Finding): string {
  return `- object: ${f.ref}\n  field: ${f.field}\n  reason: <how it is rolled out>`;
}

// ---------------------------------------------------------------- text

export function formatText(r: DiffReport): string {
  const out: string[] = [`npm run diff: working tree vs ${r.baseLabel}`];
  if (r.changes.length === 0) return [...out, 'no object changes', ...warnings(r)].join('\n');
  out.push(...summaryLines(r.environments), '');
  const isAck = new Set(r.acknowledged.map((a) => a.finding));
  for (const cls of CLASSES.filter((c) => c !== 'other')) {
    const own = r.findings.filter((f) => f.class === cls);
    out.push(`${CLASS_TITLES[cls]}: ${own.length === 0 ? 'none' : own.length}`);
    for (const f of own) {
      const mark = cls !== 'refused' ? '-' : isAck.has(f) ? '✓ acknowledged' : '✗ BLOCKING';
      out.push(`  ${mark} ${f.ref} ${f.field}: ${f.message}`);
      if (f.procedure) out.push(`      procedure: ${f.procedure}`);
    }
    out.push('');
  }
  if (r.blocking.length > 0) {
    out.push(`${r.blocking.length} refused change(s) not acknowledged. After planning the procedure, add to ${ACKNOWLEDGEMENTS_FILE}:`);
    out.push(...r.blocking.map(ackHint), '');
  }
  out.push(...warnings(r));
  out.push('All changes, by environment and kind:');
  for (const env of r.environments) {
    out.push(`== ${env.env}`);
    for (const c of r.changes.filter((x) => x.env === env.env)) {
      out.push(`-- ${c.change} ${c.ref} [${classesOf(c, r.findings).join(', ')}]`);
      out.push(unifiedDiff(c));
    }
  }
  return out.join('\n');
}

function warnings(r: DiffReport): string[] {
  return [
    ...r.stale.map(
      (a) => `warning: ${ACKNOWLEDGEMENTS_FILE} entry ${a.object} ${a.field} is already on the base and no longer counts: remove it`,
    ),
    ...r.unused.map((a) => `warning: ${ACKNOWLEDGEMENTS_FILE} entry ${a.object} ${a.field} matches no refused change`),
  ];
}

// ---------------------------------------------------------------- markdown (pull request comment)

/** GitHub comments hold 65,536 characters; diffs are cut to keep the summary whole. */
const MARKDOWN_LIMIT = 60_000;

export function formatMarkdown(r: DiffReport): string {
  const out: string[] = [`### Rendered changes vs ${r.baseLabel}`, ''];
  if (r.changes.length === 0) return [...out, 'No object changes.', ...warnings(r).map((w) => `> ${w}`)].join('\n');
  out.push(
    '| environment | added | changed | removed | ' + CLASSES.join(' | ') + ' |',
    '|---|---|---|---|' + CLASSES.map(() => '---').join('|') + '|',
  );
  for (const e of r.environments)
    out.push(`| ${e.env} | ${e.added} | ${e.changed} | ${e.removed} | ${CLASSES.map((k) => e.classes[k]).join(' | ')} |`);
  out.push('');
  const isAck = new Map(r.acknowledged.map((a) => [a.finding, a.by]));
  for (const cls of CLASSES.filter((c) => c !== 'other')) {
    const own = r.findings.filter((f) => f.class === cls);
    if (own.length === 0) continue;
    out.push(`#### ${cls === 'refused' ? ':no_entry: ' : ''}${CLASS_TITLES[cls]} (${own.length})`, '');
    for (const f of own) {
      const by = isAck.get(f);
      const mark = cls !== 'refused' ? '' : by ? `**acknowledged** (${by.reason}) ` : '**BLOCKING** ';
      out.push(`- ${mark}\`${f.ref}\` \`${f.field}\`: ${f.message}`);
      if (f.procedure) out.push(`  - procedure: ${f.procedure}`);
    }
    out.push('');
  }
  if (r.blocking.length > 0) {
    out.push(`To acknowledge, add to \`${ACKNOWLEDGEMENTS_FILE}\`:`, '```yaml', ...r.blocking.map(ackHint), '```', '');
  }
  out.push(...warnings(r).map((w) => `> ${w}`));
  let body = out.join('\n');
  const details: string[] = ['', '#### All changes, by environment and kind', ''];
  for (const c of r.changes) {
    details.push(
      `<details><summary>${c.change} <code>${c.ref}</code> (${classesOf(c, r.findings).join(', ')})</summary>`,
      '',
      '```diff',
      unifiedDiff(c),
      '```',
      '</details>',
    );
  }
  let rest = details.join('\n');
  if (body.length + rest.length > MARKDOWN_LIMIT)
    rest = `${rest.slice(0, Math.max(0, MARKDOWN_LIMIT - body.length))}\n\n_… cut: run \`npm run diff\` for every diff._\n\`\`\`\n</details>`;
  body += rest;
  return body;
}

// ---------------------------------------------------------------- json

export function formatJson(r: DiffReport): string {
  return JSON.stringify(
    {
      base: r.baseLabel,
      blocking: r.blocking,
      acknowledged: r.acknowledged,
      unusedAcknowledgements: r.unused,
      staleAcknowledgements: r.stale,
      environments: r.environments,
      findings: r.findings,
      objects: r.changes.map((c) => ({
        ref: c.ref,
        change: c.change,
        classes: classesOf(c, r.findings),
        before: c.before?.path,
        after: c.after?.path,
        fields: c.fields,
        diff: unifiedDiff(c),
      })),
    },
    null,
    2,
  );
}
