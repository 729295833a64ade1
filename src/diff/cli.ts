// Entry point of `npm run diff` (bundled by scripts/diff.mjs, as synth is by scripts/synth.mjs).
//
// Base side: the ref's committed dist/ and argocd/ trees, read straight from git (one
// `git ls-tree` and one `git cat-file --batch`). They equal a fresh synth of the ref's source
// because CI refuses a commit whose trees are not current (`npm run check:rendered`), and
// reading them costs milliseconds where rendering an old revision costs a checkout and a
// render. Working-tree side: a fresh in-memory render of the working tree's source, so
// uncommitted source changes count whether or not synth was run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings } from '../config/load';
import { SettingsError } from '../config/validate';
import { renderPlatform, OUTPUT_ROOTS } from '../platform';
import { ACKNOWLEDGEMENTS_FILE, parseAcknowledgements } from './acknowledge';
import { buildReport, exitCode, formatJson, formatMarkdown, formatText } from './report';

const USAGE = `usage: npm run diff [-- --base <git-ref>] [--format text|markdown|json]
  --base    what to compare with (default: the merge base of HEAD and origin/main, else HEAD)
  --format  text (default), markdown (a pull request comment) or json
exit status: 0 ok, 1 a change the API server refuses is not acknowledged in ${ACKNOWLEDGEMENTS_FILE}, 2 usage or render error`;

function git(repo: string, args: string[], input?: string): { ok: boolean; out: Buffer } {
  const r = spawnSync('git', args, { cwd: repo, input, maxBuffer: 1 << 30 });
  return { ok: r.status === 0, out: r.stdout ?? Buffer.alloc(0) };
}

function resolveBase(repo: string, requested: string | undefined): { sha: string; label: string } {
  const verify = (ref: string) => {
    const r = git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.ok ? r.out.toString().trim() : undefined;
  };
  if (requested !== undefined) {
    const sha = verify(requested);
    if (!sha) throw new UsageError(`not a commit: '${requested}'`);
    return { sha, label: `${requested} (${sha.slice(0, 10)})` };
  }
  const mergeBase = git(repo, ['merge-base', 'HEAD', 'origin/main']);
  if (mergeBase.ok) {
    const sha = mergeBase.out.toString().trim();
    return { sha, label: `merge base with origin/main (${sha.slice(0, 10)})` };
  }
  const head = verify('HEAD');
  if (!head) throw new UsageError('no origin/main and no HEAD commit to compare with');
  return { sha: head, label: `HEAD (${head.slice(0, 10)}; no origin/main)` };
}

/** The files under `roots` at `sha`, path -> text. */
function committedTrees(repo: string, sha: string, roots: readonly string[]): Map<string, string> {
  const listing = git(repo, ['ls-tree', '-r', '-z', '--full-tree', sha, '--', ...roots]);
  if (!listing.ok) throw new UsageError(`cannot list ${roots.join(', ')} at ${sha}`);
  const entries = listing.out
    .toString()
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t') as [string, string];
      return { sha: meta.split(' ')[2]!, path };
    });
  const files = new Map<string, string>();
  if (entries.length === 0) return files;
  const batch = git(repo, ['cat-file', '--batch'], entries.map((e) => e.sha).join('\n') + '\n');
  let offset = 0;
  for (const e of entries) {
    const headerEnd = batch.out.indexOf(0x0a, offset);
    const size = Number(batch.out.subarray(offset, headerEnd).toString().split(' ')[2]);
    files.set(e.path, batch.out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    offset = headerEnd + 1 + size + 1;
  }
  return files;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { base?: string; format: string } {
  let base: string | undefined;
  let format = 'text';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--base') base = value();
    else if (a === '--format') format = value();
    else if (a.startsWith('--base=')) base = a.slice(7);
    else if (a.startsWith('--format=')) format = a.slice(9);
    else throw new UsageError(`unknown argument '${a}'`);
  }
  if (!['text', 'markdown', 'json'].includes(format)) throw new UsageError(`unknown format '${format}'`);
  return { base, format };
}

function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const repo = process.cwd();
  const { base: requested, format } = parseArgs(argv);
  const base = resolveBase(repo, requested);
  const baseFiles = committedTrees(repo, base.sha, OUTPUT_ROOTS);
  const images: unknown = JSON.parse(readFileSync(join(repo, 'src', 'config', 'images.json'), 'utf8'));
  const head = renderPlatform(loadSettings({ images }));
  let current: string | undefined;
  try {
    current = readFileSync(join(repo, ACKNOWLEDGEMENTS_FILE), 'utf8');
  } catch {
    current = undefined;
  }
  const onBase = git(repo, ['show', `${base.sha}:${ACKNOWLEDGEMENTS_FILE}`]);
  const report = buildReport({
    baseLabel: base.label,
    base: baseFiles,
    head,
    acknowledgements: parseAcknowledgements(current),
    baseAcknowledgements: parseAcknowledgements(onBase.ok ? onBase.out.toString() : undefined),
  });
  const text = format === 'json' ? formatJson(report) : format === 'markdown' ? formatMarkdown(report) : formatText(report);
  process.stdout.write(`${text}\n`);
  return exitCode(report);
}

// `npm run diff | head` closes the pipe early: not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else console.error(error instanceof SettingsError ? error.message : error);
  process.exitCode = 2;
}
