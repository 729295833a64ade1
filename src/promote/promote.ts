/**
 * `npm run promote`: moves one environment to an image (a digest the CD workflow published, or
 * what another environment runs) by editing its entry in images.json and re-rendering, the way
 * a reviewer expects a promotion pull request to look: images.json plus that environment's
 * files, nothing else. The settings loader checks the new entry, so a bad digest is refused with
 * the usual message. Nothing is written unless every check passes.
 */
import { loadSettings, parseImagesJson } from '../config/load';
import { isOwnImage, OWN_IMAGES } from '../config/own-images';
import { DIGEST, IMAGE_NAMES, type EnvironmentImages, type PlatformSettings } from '../config/settings';
import { SettingsError } from '../config/validate';
import { diffTrees, type TreeDiff } from '../output/tree';
import { OUTPUT_ROOTS, renderPlatform } from '../platform';

export const IMAGES_FILE = 'src/config/images.json';

export const USAGE = `usage: npm run promote -- --env ENV (--image NAME (--digest sha256:… [--tag TAG] | --tag TAG) | --from ENV [--image NAME])
       npm run promote -- --repository NAME
  --env ENV          the environment to promote (its images.json entry and dist/ENV change, nothing else)
  --image NAME       the image: ${IMAGE_NAMES.join(', ')}; with --from, every image this repository builds when left out
  --digest DIGEST    the digest the CD workflow published (required for a production tier)
  --tag TAG          the tag published with it; left out, the entry keeps its tag
  --from ENV         promote what ENV runs (staging from dev, prod from staging)
  --repository NAME  print where the CD workflow publishes an image this repository builds, and exit`;

/** What to promote, as given on the command line. */
export type PromoteRequest =
  | { readonly kind: 'repository'; readonly image: string }
  | {
      readonly kind: 'promote';
      readonly env: string;
      readonly images: readonly string[];
      readonly digest?: string;
      readonly tag?: string;
      readonly from?: string;
    };

/** A command line that cannot be a promotion: the message says why, then the usage. */
export class UsageError extends Error {}

const FLAGS = ['--env', '--image', '--digest', '--tag', '--from', '--repository'] as const;

export function parsePromoteArgs(argv: readonly string[]): PromoteRequest {
  const given: Partial<Record<(typeof FLAGS)[number], string>> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] as (typeof FLAGS)[number];
    const value = argv[i + 1];
    if (!FLAGS.includes(flag)) throw new UsageError(`unknown argument '${argv[i]}'`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    if (given[flag] !== undefined) throw new UsageError(`${flag} given twice`);
    given[flag] = value;
  }
  if (given['--repository'] !== undefined) {
    if (Object.keys(given).length > 1) throw new UsageError('--repository takes no other argument');
    return { kind: 'repository', image: given['--repository'] };
  }
  const env = given['--env'];
  if (env === undefined) throw new UsageError('--env is required');
  const { '--image': image, '--digest': digest, '--tag': tag, '--from': from } = given;
  if (from !== undefined) {
    if (digest !== undefined || tag !== undefined)
      throw new UsageError('--from copies the tag and digest; give neither --digest nor --tag');
    if (from === env) throw new UsageError(`--from names the environment being promoted ('${env}')`);
    return { kind: 'promote', env, from, images: image !== undefined ? [image] : Object.keys(OWN_IMAGES) };
  }
  if (image === undefined) throw new UsageError('--image is required without --from');
  if (digest === undefined && tag === undefined) throw new UsageError('--digest or --tag is required without --from');
  return { kind: 'promote', env, images: [image], ...(digest !== undefined ? { digest } : {}), ...(tag !== undefined ? { tag } : {}) };
}

/** Where cd.yml publishes an image this repository builds: `imageRegistry/name`. */
export function publishedRepository(settings: PlatformSettings, image: string): string {
  if (!isOwnImage(image)) {
    throw new UsageError(`'${image}' is not an image this repository builds (${Object.keys(OWN_IMAGES).join(', ')})`);
  }
  return `${settings.imageRegistry}/${OWN_IMAGES[image]}`;
}

type ImagesJson = Record<string, Record<string, { repository: string; tag: string; digest?: string }>>;

/** The result of a promotion: the new images.json text and the rendered files that change. */
export interface Promotion {
  readonly imagesText: string;
  readonly files: ReadonlyMap<string, string>;
  readonly diff: TreeDiff;
  /** One line per image: what it was and what it becomes. */
  readonly changes: readonly string[];
}

const problem = (environment: string, field: string, value: unknown, allowed: string) =>
  new SettingsError([{ environment, field, value, allowed }]);

/**
 * Computes a promotion against the checkout at `repoRoot` (its images.json text given), without
 * writing anything. Throws a SettingsError naming environment, field, value and what is allowed.
 */
export function planPromotion(repoRoot: string, imagesText: string, request: Extract<PromoteRequest, { kind: 'promote' }>): Promotion {
  const before = loadSettings({ images: parseImagesJson(imagesText), imagesText });
  const target = before.environments.find((e) => e.name === request.env);
  const known = before.environments.map((e) => `'${e.name}'`).join(', ');
  if (target === undefined) throw problem(request.env, '--env', request.env, `a known environment: ${known}`);
  const source = request.from === undefined ? undefined : before.environments.find((e) => e.name === request.from);
  if (request.from !== undefined && source === undefined)
    throw problem(request.env, '--from', request.from, `a known environment: ${known}`);

  const images = JSON.parse(imagesText) as ImagesJson;
  const changes: string[] = [];
  for (const name of request.images) {
    if (!(IMAGE_NAMES as readonly string[]).includes(name)) {
      throw problem(request.env, '--image', name, `one of ${IMAGE_NAMES.map((n) => `'${n}'`).join(', ')}`);
    }
    const current = target.images[name as keyof EnvironmentImages];
    const from = source?.images[name as keyof EnvironmentImages];
    const tag = from?.tag ?? request.tag ?? current.tag;
    const digest = from ? from.digest : request.digest;
    if (target.tier === 'production' && digest === undefined) {
      const why = source ? `, and '${source.name}' runs it by tag only` : '';
      throw problem(
        target.name,
        `images.${name}.digest`,
        undefined,
        `'sha256:' and 64 hex digits: a promotion to the production tier names the digest the CD workflow published and signed${why}`,
      );
    }
    if (digest !== undefined && !DIGEST.test(digest)) {
      // The loader would say the same; saying it first names the argument rather than the file.
      throw problem(target.name, `images.${name}.digest`, digest, "'sha256:' and 64 hex digits");
    }
    // Key order as the file writes it: repository, tag, digest.
    images[target.name]![name] = { repository: from?.repository ?? current.repository, tag, ...(digest !== undefined ? { digest } : {}) };
    const was = `${current.tag}${current.digest ? `@${current.digest}` : ' (no digest)'}`;
    const now = `${tag}${digest ? `@${digest}` : ' (no digest)'}`;
    changes.push(was === now ? `${target.name} ${name}: already ${now}` : `${target.name} ${name}: ${was} -> ${now}`);
  }

  const nextText = `${JSON.stringify(images, null, 2)}\n`;
  const after = loadSettings({ images: parseImagesJson(nextText), imagesText: nextText });
  const files = renderPlatform(after);
  const diff = diffTrees(repoRoot, OUTPUT_ROOTS, files);
  const outside = [...diff.added, ...diff.changed, ...diff.removed].filter((p) => !p.startsWith(`dist/${target.name}/`));
  if (outside.length > 0) {
    throw problem(
      target.name,
      'rendered files',
      outside,
      `only files under dist/${target.name}/ may change in a promotion; run \`npm run synth\` and commit first if the checkout was not current`,
    );
  }
  return { imagesText: nextText, files, diff, changes };
}

/** What a promotion did, as the pull request and the terminal show it. */
export function describePromotion(p: Promotion): string[] {
  const paths = [...p.diff.added, ...p.diff.changed, ...p.diff.removed].sort();
  return [
    ...p.changes.map((c) => `promoted ${c}`),
    paths.length === 0 ? 'no rendered file changed' : `${paths.length} rendered file(s) changed:`,
    ...paths.map((path) => `  ${path}`),
  ];
}
