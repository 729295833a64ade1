// Every third-party image reference is pinned to a digest recorded, with the same tag, in
// docs/image-sources.md, whose rows name the public record each digest comes from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SettingsError } from '../src/config/validate';
import { committedImages, REPO_ROOT, settingsWith } from './support/rendered';

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** The images this repository builds: their digests come from the release build, not from here. */
const OWN_IMAGES = /^(ghcr\.io\/acme\/|agent-service$)/;
const DOCKER_DIR = join(REPO_ROOT, 'docker');

interface ImageRef {
  readonly where: string;
  readonly repository: string;
  readonly tag: string;
  readonly digest?: string;
}

/** docker.io/library/NAME for official images, docker.io/OWNER/NAME for other Docker Hub ones. */
function normalize(repository: string): string {
  const parts = repository.split('/');
  const hasRegistry = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!);
  const path = hasRegistry ? parts.slice(1) : parts;
  const registry = hasRegistry ? parts[0]! : 'docker.io';
  return [registry, ...(registry === 'docker.io' && path.length === 1 ? ['library'] : []), ...path].join('/');
}

/** `repository[:tag][@digest]`, the tag after the last colon that follows the last slash. */
function parseRef(ref: string, where: string): ImageRef {
  const [name, digest] = ref.split('@') as [string, string | undefined];
  const colon = name.lastIndexOf(':');
  const hasTag = colon > name.lastIndexOf('/');
  return { where, repository: hasTag ? name.slice(0, colon) : name, tag: hasTag ? name.slice(colon + 1) : '', digest };
}

interface SourceRow {
  readonly repository: string;
  readonly tag: string;
  readonly digest: string | 'unset';
  readonly source: string;
}

/** Rows of the third-party table: `| \`image\` | \`tag\` | \`digest\` or unset | source |`. */
function sourceRows(markdown: string): SourceRow[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Third-party images'));
  if (section === undefined) throw new Error("docs/image-sources.md has no '## Third-party images' section");
  const strip = (cell: string) => cell.trim().replace(/^`|`$/g, '');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\|\s*(image\s*\||-{3,})/.test(line))
    .map((line) => {
      const cells = line.split('|').slice(1, -1);
      if (cells.length !== 4) throw new Error(`docs/image-sources.md: a row needs 4 cells: ${line}`);
      const [repository, tag, digest, source] = cells.map(strip) as [string, string, string, string];
      return { repository: normalize(repository), tag, digest, source };
    });
}

function imagesJsonRefs(images: unknown): ImageRef[] {
  const refs: ImageRef[] = [];
  for (const [env, entry] of Object.entries(images as Record<string, Record<string, Record<string, string>>>)) {
    for (const [name, image] of Object.entries(entry)) {
      refs.push({ where: `images.json ${env}.${name}`, repository: image.repository!, tag: image.tag!, digest: image.digest });
    }
  }
  return refs;
}

/** The `# syntax=` image and every FROM image, `${ARG}`s resolved from the ARGs before the first FROM. */
function dockerfileRefs(text: string, file: string): ImageRef[] {
  const lines = text.split('\n');
  const refs: ImageRef[] = [];
  const syntax = /^#\s*syntax=(\S+)/.exec(lines[0] ?? '');
  if (syntax) refs.push(parseRef(syntax[1]!, `${file} # syntax=`));
  const args: Record<string, string> = {};
  let seenFrom = false;
  for (const line of lines) {
    const arg = /^ARG\s+(\w+)=(\S+)/.exec(line);
    if (arg && !seenFrom) args[arg[1]!] = arg[2]!;
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)/.exec(line);
    if (!from) continue;
    seenFrom = true;
    const image = from[1]!.replace(/\$\{(\w+)\}/g, (_, n: string) => args[n] ?? '');
    refs.push(parseRef(image, `${file} FROM`));
  }
  return refs;
}

function composeRefs(text: string, file: string): ImageRef[] {
  return [...text.matchAll(/^\s*image:\s*['"]?([^'"\s]+)/gm)].map((m) => parseRef(m[1]!, `${file} image:`));
}

/** Problems of third-party references against the sources table; empty when every one is recorded. */
function unrecorded(refs: readonly ImageRef[], rows: readonly SourceRow[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    if (!TAG.test(row.tag)) problems.push(`docs/image-sources.md: ${row.repository}: malformed tag '${row.tag}'`);
    if (row.digest !== 'unset' && !DIGEST.test(row.digest))
      problems.push(`docs/image-sources.md: ${row.repository}:${row.tag}: malformed digest '${row.digest}'`);
    if (row.source.trim() === '') problems.push(`docs/image-sources.md: ${row.repository}:${row.tag}: no source`);
  }
  for (const ref of refs) {
    if (OWN_IMAGES.test(ref.repository)) continue;
    const name = `${ref.where}: ${ref.repository}:${ref.tag}${ref.digest ? `@${ref.digest}` : ''}`;
    if (!TAG.test(ref.tag)) problems.push(`${name}: malformed or missing tag`);
    if (ref.digest !== undefined && !DIGEST.test(ref.digest)) problems.push(`${name}: malformed digest`);
    const row = rows.find((r) => r.repository === normalize(ref.repository) && r.tag === ref.tag);
    if (row === undefined) problems.push(`${name}: no row with this image and tag in docs/image-sources.md`);
    else if ((ref.digest ?? 'unset') !== row.digest) problems.push(`${name}: docs/image-sources.md records ${row.digest} for this tag`);
  }
  return problems;
}

const read = (path: string) => readFileSync(path, 'utf8');
const rows = sourceRows(read(join(REPO_ROOT, 'docs', 'image-sources.md')));
const dockerfiles = readdirSync(DOCKER_DIR).filter((f) => f.startsWith('Dockerfile.'));
const composeFiles = readdirSync(DOCKER_DIR).filter((f) => /^docker-compose.*\.ya?ml$/.test(f));
const committedRefs = (): ImageRef[] => [
  ...imagesJsonRefs(committedImages()),
  ...dockerfiles.flatMap((f) => dockerfileRefs(read(join(DOCKER_DIR, f)), f)),
  ...composeFiles.flatMap((f) => composeRefs(read(join(DOCKER_DIR, f)), f)),
];

describe('third-party image digests come from the records in docs/image-sources.md', () => {
  test('the sources table is read, and the references are found in every file', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(dockerfiles.length).toBeGreaterThanOrEqual(3);
    const wheres = committedRefs().map((r) => r.where);
    for (const f of dockerfiles) expect(wheres, f).toContain(`${f} # syntax=`);
    for (const f of dockerfiles) expect(wheres, f).toContain(`${f} FROM`);
    expect(wheres).toContain('docker-compose.yml image:');
  });

  test('every third-party reference has a well-formed tag and digest recorded with that tag', () => {
    expect(unrecorded(committedRefs(), rows)).toEqual([]);
  });

  test('images.json, the Dockerfiles and the cluster images pin every third-party digest; only local tools are unset', () => {
    const unpinned = committedRefs().filter((r) => !OWN_IMAGES.test(r.repository) && r.digest === undefined);
    for (const ref of unpinned) expect(ref.where, `${ref.repository}:${ref.tag}`).toMatch(/^docker-compose.*image:$/);
  });

  test.each([
    [
      'a digest that is not the recorded one',
      'sha256:7495d2c0de07efbc4126e8eaae99c01814464752885384fec389eef2ca7c8c54',
      /records sha256:38606faa/,
    ],
    ['a malformed digest', 'sha256:38606faa', /malformed digest/],
  ])('fails on %s', (_, digest, problem) => {
    const ref = parseRef(`quay.io/prometheuscommunity/postgres-exporter:v0.17.1@${digest}`, 'images.json prod.postgresExporter');
    expect(unrecorded([ref], rows).join('\n')).toMatch(problem);
  });

  test('fails on a tag without a row, and on a digest kept when the tag moves', () => {
    const ref = parseRef(
      'docker.io/library/redis:7.2.10-bookworm@sha256:0637954999d01b7c9ce9167db2da50656e2590d3b884f1c600c5f63bb6e6773c',
      'x',
    );
    expect(unrecorded([ref], rows).join('\n')).toMatch(/no row with this image and tag/);
  });

  test('reads Dockerfile ARGs into FROM and the syntax line', () => {
    const refs = dockerfileRefs(
      '# syntax=docker/dockerfile:1@sha256:' +
        'a'.repeat(64) +
        '\nARG V=1.2\nFROM example.org/x:${V}-slim@sha256:' +
        'b'.repeat(64) +
        ' AS b\n',
      'D',
    );
    expect(refs).toEqual([
      { where: 'D # syntax=', repository: 'docker/dockerfile', tag: '1', digest: `sha256:${'a'.repeat(64)}` },
      { where: 'D FROM', repository: 'example.org/x', tag: '1.2-slim', digest: `sha256:${'b'.repeat(64)}` },
    ]);
  });
});

test('a production tier refuses a third-party image without a digest, naming environment, field, value and what is allowed', () => {
  const images = committedImages() as Record<string, Record<string, Record<string, string>>>;
  const { digest: _, ...exporter } = images.prod!.redisExporter!;
  try {
    settingsWith(undefined, { ...images, prod: { ...images.prod, redisExporter: exporter } });
    expect.unreachable('expected a SettingsError');
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toEqual([
      {
        environment: 'prod',
        field: 'images.redisExporter.digest',
        value: undefined,
        allowed: expect.stringMatching(/64 hex digits \(required in the production tier\)/),
      },
    ]);
    expect((error as SettingsError).message).toContain("environment 'prod', field 'images.redisExporter.digest': got nothing; allowed:");
  }
});
