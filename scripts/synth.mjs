// Runs src/main.ts without a separate compile step: esbuild transpiles and bundles the
// project's TypeScript in memory (dependencies stay external), and Node runs the result.
// Type checking is `npm run typecheck` (and part of `npm test`), not part of every synth.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const root = join(import.meta.dirname, '..');
const entry = join(root, 'src', 'main.ts');
const bundleFile = join(root, 'src', 'main.bundle.cjs');

const { outputFiles } = buildSync({
  entryPoints: [entry],
  bundle: true,
  packages: 'external',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  write: false,
  logLevel: 'error',
});

process.setSourceMapsEnabled(true);
const Module = createRequire(import.meta.url)('node:module');
const bundle = new Module(bundleFile);
bundle.filename = bundleFile;
bundle.paths = Module._nodeModulePaths(root);
bundle._compile(outputFiles[0].text, bundleFile);
