// Entry point of `npm run synth`: the only module that reads argv, the environment or files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings, parseImagesJson } from './config/load';
import { SettingsError } from './config/validate';
import { diffTrees, writeTrees } from './output/tree';
import { OUTPUT_ROOTS, PREVIEW_ROOT, renderPlatform, renderPreview } from './platform';

const USAGE =
  'usage: npm run synth [-- --check | --preview <pr>]\n' +
  '  --check         render in memory and list files that differ from dist/ and argocd/ (exit 1 if any)\n' +
  "  --preview <pr>  render pull request <pr>'s preview environment into preview/ only (docs/environments.md)";

/** What a synth wrote: the old and new text of every file it added, changed or removed. */
export interface SynthResult {
  readonly code: number;
  readonly before: ReadonlyMap<string, string>;
  readonly after: ReadonlyMap<string, string>;
}

const NOTHING: ReadonlyMap<string, string> = new Map();

function main(argv: readonly string[]): SynthResult {
  const previewAt = argv.indexOf('--preview');
  const preview = previewAt >= 0 ? argv[previewAt + 1] : undefined;
  const unknown = argv.filter((a, i) => a !== '--check' && !(previewAt >= 0 && (i === previewAt || i === previewAt + 1)));
  const problem =
    unknown.length > 0
      ? `unknown argument ${unknown.map((a) => `'${a}'`).join(', ')}`
      : previewAt >= 0 && (preview === undefined || argv.includes('--check'))
        ? "'--preview' takes a pull request number and renders alone (without --check)"
        : undefined;
  if (problem !== undefined) {
    console.error(`${problem}\n${USAGE}`);
    return { code: 2, before: NOTHING, after: NOTHING };
  }
  const check = argv.includes('--check');
  const repoRoot = process.cwd();
  const imagesFile = join(repoRoot, 'src', 'config', 'images.json');
  let imagesText: string;
  try {
    imagesText = readFileSync(imagesFile, 'utf8');
  } catch (error) {
    console.error(`cannot read ${imagesFile}: ${(error as Error).message}`);
    return { code: 1, before: NOTHING, after: NOTHING };
  }

  const started = performance.now();
  const settings = loadSettings({ images: parseImagesJson(imagesText), imagesText });
  if (preview !== undefined) {
    const files = renderPreview(settings, preview);
    writeTrees(repoRoot, [PREVIEW_ROOT], files);
    console.log(`rendered preview pr-${preview}: ${files.size} files in ${PREVIEW_ROOT}/, ${Math.round(performance.now() - started)} ms`);
    return { code: 0, before: NOTHING, after: NOTHING };
  }
  const files = renderPlatform(settings);

  const diff = diffTrees(repoRoot, OUTPUT_ROOTS, files);
  const changes = diff.added.length + diff.changed.length + diff.removed.length;

  if (check) {
    const lines = [
      ...diff.added.map((p) => `  missing:  ${p}`),
      ...diff.changed.map((p) => `  differs:  ${p}`),
      ...diff.removed.map((p) => `  stale:    ${p}`),
    ];
    if (changes > 0) {
      console.error(`${lines.length} rendered file(s) are not current; run \`npm run synth\` and commit:\n${lines.join('\n')}`);
      return { code: 1, before: NOTHING, after: NOTHING };
    }
    console.log(`dist/ and argocd/ are current (${files.size} files)`);
    return { code: 0, before: NOTHING, after: NOTHING };
  }

  if (changes > 0) writeTrees(repoRoot, OUTPUT_ROOTS, files);
  const perEnv = settings.environments.map((e) => `${e.name} ${[...files.keys()].filter((p) => p.startsWith(`dist/${e.name}/`)).length}`);
  const gitops = [...files.keys()].filter((p) => p.startsWith('argocd/')).length;
  const summary =
    changes === 0 ? 'no changes' : `${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed`;
  console.log(
    `rendered ${files.size} files (${perEnv.join(', ')}, argocd ${gitops}): ${summary}, ${Math.round(performance.now() - started)} ms`,
  );
  const after = new Map([...diff.added, ...diff.changed].map((p) => [p, files.get(p)!]));
  return { code: 0, before: diff.previous, after };
}

/** Runs synth with `argv`; settings problems are printed as messages, not stacks. */
export function synth(argv: readonly string[]): SynthResult {
  try {
    return main(argv);
  } catch (error) {
    console.error(error instanceof SettingsError ? error.message : error);
    return { code: 1, before: NOTHING, after: NOTHING };
  }
}

// Run directly (ts-node); scripts/synth.mjs loads the bundle and calls `synth` itself.
if (require.main === module) process.exitCode = synth(process.argv.slice(2)).code;
