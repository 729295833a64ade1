// Loads src/main.ts, the entry of `npm run synth` and `npm run promote`, without a compile step
// of its own. esbuild bundles the project's TypeScript (dependencies stay external) into
// node_modules/.cache/agent-platform/; the bundle is reused while no input file changed (mtime
// and size of every file esbuild read), so a synth after a settings change costs one esbuild run
// (~0.2 s) and a repeated synth none. SYNTH_SOURCE_MAPS=1 maps stack traces into src/.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const cacheDir = join(root, 'node_modules', '.cache', 'agent-platform');
const bundleFile = join(cacheDir, 'synth.cjs');
const inputsFile = join(cacheDir, 'synth.inputs.json');
const require = createRequire(import.meta.url);

/** mtime and size of each file, or null if one is gone. */
function fingerprint(files) {
  try {
    return Object.fromEntries(
      files.map((f) => {
        const s = statSync(join(root, f));
        return [f, `${s.mtimeMs}:${s.size}`];
      }),
    );
  } catch {
    return null;
  }
}

function cachedBundleIsCurrent() {
  try {
    const recorded = JSON.parse(readFileSync(inputsFile, 'utf8'));
    const now = fingerprint(Object.keys(recorded));
    return now !== null && Object.entries(recorded).every(([f, v]) => now[f] === v);
  } catch {
    return false;
  }
}

function rebuild() {
  const { buildSync } = require('esbuild');
  const result = buildSync({
    entryPoints: [join(root, 'src', 'main.ts')],
    outfile: bundleFile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    metafile: true,
    // Scripts and SQL carried by ConfigMaps.
    loader: { '.sh': 'text', '.sql': 'text' },
    write: false,
    logLevel: 'error',
  });
  // Write-then-rename: concurrent synths (parallel tests) never see a half-written bundle.
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(root, join(process.cwd(), p)));
  const files = [...result.outputFiles.map((f) => [f.path, f.contents]), [inputsFile, JSON.stringify(fingerprint(inputs))]];
  for (const [path, contents] of files) {
    writeFileSync(`${path}.${process.pid}`, contents);
    renameSync(`${path}.${process.pid}`, path);
  }
}

/** The bundle of src/main.ts, rebuilt first when an input changed. */
export function loadBundle() {
  mkdirSync(cacheDir, { recursive: true });
  if (!cachedBundleIsCurrent()) rebuild();
  if (process.env.SYNTH_SOURCE_MAPS === '1') process.setSourceMapsEnabled(true);
  return require(bundleFile);
}
