import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** How the committed trees differ from a fresh render. */
export interface TreeDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  /** The committed text of each changed and removed file. */
  readonly previous: ReadonlyMap<string, string>;
}

/** Every file under `dir`, as paths relative to `base`, sorted. */
function listFiles(base: string, dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(base, join(e.parentPath, e.name)))
    .sort();
}

/** Compares the files under `roots` in `repoRoot` with `files` (paths relative to repoRoot). */
export function diffTrees(repoRoot: string, roots: readonly string[], files: ReadonlyMap<string, string>): TreeDiff {
  const onDisk = new Set(roots.flatMap((r) => listFiles(repoRoot, join(repoRoot, r))));
  const added: string[] = [];
  const changed: string[] = [];
  const previous = new Map<string, string>();
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!onDisk.has(path)) {
      added.push(path);
      continue;
    }
    const committed = readFileSync(join(repoRoot, path), 'utf8');
    if (committed !== content) {
      changed.push(path);
      previous.set(path, committed);
    }
  }
  const removed = [...onDisk].filter((p) => !files.has(p));
  for (const path of removed) previous.set(path, readFileSync(join(repoRoot, path), 'utf8'));
  return { added, removed, changed, previous };
}

/**
 * Replaces each of `roots` with exactly the rendered files. Each tree is written in full
 * beside the old one and swapped in by rename, so a failure leaves the old tree as it was and
 * files of objects no longer rendered disappear.
 */
export function writeTrees(repoRoot: string, roots: readonly string[], files: ReadonlyMap<string, string>): void {
  for (const path of files.keys()) {
    if (!roots.some((r) => path.startsWith(`${r}/`))) throw new Error(`refusing to write ${path}: outside ${roots.join(', ')}`);
  }
  const staged = roots.map((root) => ({ root, next: join(repoRoot, `.${root}.next`), old: join(repoRoot, `.${root}.old`) }));
  try {
    for (const { root, next, old } of staged) {
      rmSync(next, { recursive: true, force: true });
      rmSync(old, { recursive: true, force: true });
      mkdirSync(next, { recursive: true });
      for (const [path, content] of files) {
        if (!path.startsWith(`${root}/`)) continue;
        const target = join(next, path.slice(root.length + 1));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
  } catch (error) {
    for (const { next } of staged) rmSync(next, { recursive: true, force: true });
    throw error;
  }
  for (const { root, next, old } of staged) {
    const current = join(repoRoot, root);
    if (existsSync(current)) renameSync(current, old);
    renameSync(next, current);
    rmSync(old, { recursive: true, force: true });
  }
}
