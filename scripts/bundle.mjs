// Loads src/main.ts, the entry of `npm run synth` and `npm run promote`, without a compile step
// of its own. esbuild bundles the project's TypeScript and its dependencies into one file in
// node_modules/.cache/agent-platform/; the bundle is reused while no input file changed (mtime
// and size of every file esbuild read), so a synth after a settings change costs one esbuild run
// and a repeated synth none. One file also means no module resolution at start, and V8 compiles
// it from a code cache kept beside it. SYNTH_SOURCE_MAPS=1 maps stack traces into src/: only
// then is a source map built (it doubles the build).
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { Script } from 'node:vm';

/** Scripts and SQL carried by ConfigMaps: bundled as their text (src/text-assets.d.ts). */
export const TEXT_ASSETS = { '.sh': 'text', '.sql': 'text', '.py': 'text' };

const root = join(import.meta.dirname, '..');
const cacheDir = join(root, 'node_modules', '.cache', 'agent-platform');
const bundleFile = join(cacheDir, 'synth.cjs');
const inputsFile = join(cacheDir, 'synth.inputs.json');
const codeCacheFile = join(cacheDir, 'synth.v8-cache');
const require = createRequire(import.meta.url);
const sourceMaps = process.env.SYNTH_SOURCE_MAPS === '1';

/** mtime and size of each file (paths relative to the repository), or null if one is gone. */
export function fingerprint(files) {
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
    if (recorded.sourceMaps !== sourceMaps) return false;
    const now = fingerprint(Object.keys(recorded.files));
    return now !== null && Object.entries(recorded.files).every(([f, v]) => now[f] === v);
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
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: sourceMaps ? 'linked' : false,
    metafile: true,
    loader: TEXT_ASSETS,
    write: false,
    logLevel: 'error',
  });
  // Write-then-rename: concurrent synths (parallel tests) never see a half-written bundle.
  // This script's own text is an input too: it holds the build options.
  const inputs = [...Object.keys(result.metafile.inputs).map((p) => relative(root, join(process.cwd(), p))), 'scripts/bundle.mjs'];
  const files = [
    ...result.outputFiles.map((f) => [f.path, f.contents]),
    [inputsFile, JSON.stringify({ sourceMaps, files: fingerprint(inputs) })],
  ];
  for (const [path, contents] of files) writeAtomically(path, contents);
  rmSync(codeCacheFile, { force: true });
  if (!sourceMaps) rmSync(`${bundleFile}.map`, { force: true });
}

/** Write-then-rename: a concurrent reader never sees a half-written file. */
export function writeAtomically(path, contents) {
  writeFileSync(`${path}.${process.pid}`, contents);
  renameSync(`${path}.${process.pid}`, path);
}

/**
 * Loads the bundle as Node would require it, compiled from V8's code cache when there is one
 * for this bundle. Returns the module's exports and a function that saves the code cache,
 * to be called after the render so that the functions it compiled are in the cache too.
 */
export function loadBundle() {
  mkdirSync(cacheDir, { recursive: true });
  if (!cachedBundleIsCurrent()) rebuild();
  if (sourceMaps) {
    process.setSourceMapsEnabled(true);
    return { exports: require(bundleFile), saveCodeCache: () => {} };
  }
  const source = readFileSync(bundleFile, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(codeCacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename: bundleFile, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  const current = cachedData !== undefined && !script.cachedDataRejected;
  return { exports: module.exports, saveCodeCache: () => current || writeAtomically(codeCacheFile, script.createCachedData()) };
}

// The YAML text of each object of the last render (keyed by its JSON's hash; see src/output/yaml.ts).
// Tied to the installed js-yaml: another version may write other text for the same object.
const yamlCacheFile = join(cacheDir, 'yaml.json');
const jsYamlVersion = require('js-yaml/package.json').version;

export function readYamlCache() {
  try {
    const cache = JSON.parse(readFileSync(yamlCacheFile, 'utf8'));
    return cache.jsYaml === jsYamlVersion ? new Map(Object.entries(cache.entries)) : undefined;
  } catch {
    return undefined;
  }
}

export function writeYamlCache(entries) {
  const text = JSON.stringify({ jsYaml: jsYamlVersion, entries: Object.fromEntries(entries) });
  writeAtomically(yamlCacheFile, text);
}
