// Measures the speed budgets and prints them; nothing here asserts timings.
//   npm run bench                 synth (warm and after a source edit) vs ts-node, and the test suite
//   npm run bench -- --runs 21    more synth runs
//   npm run bench -- --no-tests   skip timing the test suite
// Runs alternate between the variants so that machine noise hits them alike.
import { spawnSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 11;
const tsNodeRuns = Math.max(3, Math.ceil(runs / 3));
const withTests = !args.includes('--no-tests');

function time(command, commandArgs, before) {
  before?.();
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${result.stderr}`);
  return seconds;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (xs) =>
  `median ${median(xs).toFixed(3)} s, min ${Math.min(...xs).toFixed(3)} s, max ${Math.max(...xs).toFixed(3)} s (${xs.length} runs)`;

// A source edit invalidates the cached bundle, as after a real change.
const touchSource = () => {
  const now = new Date();
  utimesSync(join(root, 'src', 'platform.ts'), now, now);
};

const variants = {
  'npm run synth (bundle cached)': [],
  'npm run synth (after a source edit)': [],
  'node scripts/synth.mjs (without npm)': [],
  'npm start overhead (npm run with a no-op script)': [],
  'ts-node src/main.ts': [],
};

console.log(`benchmarking on ${process.platform}/${process.arch}, node ${process.version}`);
time('npm', ['run', '--silent', 'synth']); // warm the cache and the file system
for (let i = 0; i < runs; i++) {
  variants['npm run synth (bundle cached)'].push(time('npm', ['run', '--silent', 'synth']));
  variants['npm run synth (after a source edit)'].push(time('npm', ['run', '--silent', 'synth'], touchSource));
  variants['node scripts/synth.mjs (without npm)'].push(time(process.execPath, ['scripts/synth.mjs']));
  variants['npm start overhead (npm run with a no-op script)'].push(time('npm', ['run', '--silent', 'bench:noop']));
  if (i < tsNodeRuns) {
    variants['ts-node src/main.ts'].push(
      time(join(root, 'node_modules', '.bin', 'ts-node'), ['--files', '-r', './scripts/text-assets.cjs', 'src/main.ts']),
    );
    process.stdout.write('.');
  }
}
process.stdout.write('\n');
for (const [name, xs] of Object.entries(variants)) console.log(`${name.padEnd(52)} ${fmt(xs)}`);
const ratio = median(variants['ts-node src/main.ts']) / median(variants['npm run synth (bundle cached)']);
const ratioEdited = median(variants['ts-node src/main.ts']) / median(variants['npm run synth (after a source edit)']);
console.log(`ts-node / npm run synth: ${ratio.toFixed(1)}x (cached bundle), ${ratioEdited.toFixed(1)}x (after a source edit)`);

if (withTests) {
  const suite = time('npm', ['test']);
  console.log(`${'npm test (whole suite)'.padEnd(52)} ${suite.toFixed(1)} s`);
}
