// `npm run mutation [group...]`: StrykerJS on each mutation group (scripts/mutation-groups.mjs) in
// turn, then the score per file read from its JSON report (docs/testing.md). Not part of
// `npm test`: a run takes tens of minutes on two cores.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTATION_GROUPS } from './mutation-groups.mjs';

const root = join(import.meta.dirname, '..');
const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in MUTATION_GROUPS));
if (unknown.length > 0) {
  console.error(`usage: npm run mutation [${Object.keys(MUTATION_GROUPS).join('|')}...] (unknown: ${unknown.join(', ')})`);
  process.exit(2);
}

// Stryker's statuses as its score counts them: runtime errors (a test file failing to load)
// and compile errors are left out of the score, as Stryker leaves them out.
const COLUMNS = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'RuntimeError'];
const rows = [];
for (const name of names.length > 0 ? names : Object.keys(MUTATION_GROUPS)) {
  const started = performance.now();
  const run = spawnSync('stryker', ['run', 'stryker.config.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_GROUP: name },
  });
  if (run.status !== 0) {
    console.error(`stryker failed on group '${name}' (${run.error ?? `exit ${run.status}`})`);
    process.exit(1);
  }
  const minutes = (performance.now() - started) / 60_000;
  const report = JSON.parse(readFileSync(join(root, 'reports', 'mutation', `${name}.json`), 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const count = Object.fromEntries(COLUMNS.map((status) => [status, mutants.filter((m) => m.status === status).length]));
    const detected = count.Killed + count.Timeout;
    const valid = detected + count.Survived + count.NoCoverage;
    rows.push([
      name,
      file,
      ...COLUMNS.map((status) => count[status]),
      valid ? ((100 * detected) / valid).toFixed(1) : '-',
      minutes.toFixed(1),
    ]);
  }
}

const header = ['group', 'file', 'killed', 'timeout', 'survived', 'no coverage', 'runtime error', 'score %', 'group minutes'];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- |').join('')}`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
