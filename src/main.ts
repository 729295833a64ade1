// Entry point of `npm run synth` and `npm run promote`: the only module that reads argv, the environment or files.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings, parseImagesJson } from './config/load';
import { SettingsError } from './config/validate';
import { diffTrees, writeTrees } from './output/tree';
import { YamlMemo } from './output/yaml';
import { OUTPUT_ROOTS, PREVIEW_ROOT, renderPlatform, renderPreview } from './platform';
import {
  describePromotion,
  IMAGES_FILE,
  parsePromoteArgs,
  planPromotion,
  publishedRepository,
  UsageError,
  USAGE as PROMOTE_USAGE,
} from './promote/promote';

const USAGE =
  'usage: npm run synth [-- --check | --preview <pr>]\n' +
  '  --check         render in memory and list files that differ from dist/ and argocd/ (exit 1 if any)\n' +
  "  --preview <pr>  render pull request <pr>'s preview environment into preview/ only (docs/environments.md)";

/** What a synth wrote: the old and new text of every file it added, changed or removed. */
export interface SynthResult {
  readonly code: number;
  readonly before: ReadonlyMap<string, string>;
  readonly after: ReadonlyMap<string, string>;
  /** The YAML texts this render used, by object (see YamlMemo), when they differ from the ones given. */
  readonly yamlToKeep?: ReadonlyMap<string, string>;
}

const NOTHING: ReadonlyMap<string, string> = new Map();

function main(argv: readonly string[], memo: YamlMemo): SynthResult {
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
  const files = renderPlatform(settings, memo.toYaml);

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
    return { code: 0, before: NOTHING, after: NOTHING, ...kept(memo) };
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
  return { code: 0, before: diff.previous, after, ...kept(memo) };
}

const kept = (memo: YamlMemo) => (memo.changed ? { yamlToKeep: memo.used } : {});

/**
 * Runs synth with `argv`; settings problems are printed as messages, not stacks. `knownYaml`
 * is what an earlier synth kept (`yamlToKeep`): objects found there are not dumped again.
 */
export function synth(argv: readonly string[], knownYaml?: ReadonlyMap<string, string>): SynthResult {
  try {
    return main(argv, new YamlMemo(knownYaml));
  } catch (error) {
    console.error(error instanceof SettingsError ? error.message : error);
    return { code: 1, before: NOTHING, after: NOTHING };
  }
}

/**
 * Runs `npm run promote` with `argv` in the checkout at the working directory: writes the
 * rendered trees, then images.json (each by rename), only once every check passed.
 */
export function promote(argv: readonly string[]): number {
  const repoRoot = process.cwd();
  try {
    const request = parsePromoteArgs(argv);
    const imagesFile = join(repoRoot, IMAGES_FILE);
    const imagesText = readFileSync(imagesFile, 'utf8');
    if (request.kind === 'repository') {
      console.log(publishedRepository(loadSettings({ images: parseImagesJson(imagesText), imagesText }), request.image));
      return 0;
    }
    const promotion = planPromotion(repoRoot, imagesText, request);
    writeTrees(repoRoot, OUTPUT_ROOTS, promotion.files);
    writeFileSync(`${imagesFile}.${process.pid}`, promotion.imagesText);
    renameSync(`${imagesFile}.${process.pid}`, imagesFile);
    for (const line of describePromotion(promotion)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${PROMOTE_USAGE}`);
      return 2;
    }
    console.error(error instanceof SettingsError ? error.message : error);
    return 1;
  }
}

// Run directly (ts-node); scripts/synth.mjs loads the bundle and calls `synth` itself.
if (require.main === module) process.exitCode = synth(process.argv.slice(2)).code;
