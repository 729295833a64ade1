// `npm run diff`: what the working tree renders vs a base ref, object by object, classified for
// review (src/diff/). Bundled with esbuild like synth (scripts/bundle.mjs) and cached beside synth's
// bundle until an input file changes. Also exports `synthSummary`, which scripts/synth.mjs
// uses to print the same change classes after a synth (a small bundle: classifier only).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint, TEXT_ASSETS, writeAtomically } from './bundle.mjs';

const root = join(import.meta.dirname, '..');
const cacheDir = join(root, 'node_modules', '.cache', 'agent-platform');
const require = createRequire(import.meta.url);

/** Path of the bundle of `src/<entry>.ts`, rebuilt when one of its input files changed. */
export function bundle(entry, name) {
  const bundleFile = join(cacheDir, `${name}.cjs`);
  const inputsFile = join(cacheDir, `${name}.inputs.json`);
  try {
    const recorded = JSON.parse(readFileSync(inputsFile, 'utf8'));
    const now = fingerprint(Object.keys(recorded));
    if (now !== null && Object.entries(recorded).every(([f, v]) => now[f] === v)) return bundleFile;
  } catch {
    // no cache yet
  }
  mkdirSync(cacheDir, { recursive: true });
  const result = require('esbuild').buildSync({
    entryPoints: [join(root, 'src', `${entry}.ts`)],
    outfile: bundleFile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    metafile: true,
    loader: TEXT_ASSETS,
    write: false,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(root, join(process.cwd(), p)));
  const files = [...result.outputFiles.map((f) => [f.path, f.contents]), [inputsFile, JSON.stringify(fingerprint(inputs))]];
  for (const [path, contents] of files) writeAtomically(path, contents);
  return bundleFile;
}

/** Lines summarising what changed between two rendered trees (path -> YAML), per environment and change class. */
export function synthSummary(before, after) {
  return require(bundle('diff/classify', 'diff-classify')).synthSummary(before, after);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.env.SYNTH_SOURCE_MAPS === '1') process.setSourceMapsEnabled(true);
  require(bundle('diff/cli', 'diff'));
}
