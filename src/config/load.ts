import { ENVIRONMENTS, REPOSITORY, SHARED_DEFAULTS, type EnvironmentDefinition } from './environments';
import { IMAGE_NAMES, type EnvironmentImages, type EnvironmentSettings, type PlatformSettings } from './settings';
import { SettingsError, validateSettings, type SettingsProblem } from './validate';

/** Inputs of the settings: the TypeScript definitions and the parsed images.json. */
export interface SettingsSources {
  readonly environments?: Readonly<Record<string, EnvironmentDefinition>>;
  readonly images: unknown;
}

/** Merges defaults, per-environment overrides and image references, then validates all. */
export function loadSettings(sources: SettingsSources): PlatformSettings {
  const definitions = sources.environments ?? ENVIRONMENTS;
  const images = readImages(sources.images, Object.keys(definitions));
  const environments = Object.entries(definitions).map(([name, definition]): EnvironmentSettings => ({
    ...merge(SHARED_DEFAULTS, definition),
    name,
    tier: definition.tier,
    cluster: definition.cluster,
    images: images[name]!,
  }));
  const settings: PlatformSettings = { ...REPOSITORY, environments };
  validateSettings(settings);
  return settings;
}

/** Deep merge where objects merge key by key and arrays and scalars replace. */
function merge<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override === undefined ? base : override) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = merge(out[key], value);
  return out as T;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const IMAGE_FIELDS = ['repository', 'tag', 'digest'];

/** Checks the shape of images.json: exactly the known environments, each with every image. */
function readImages(raw: unknown, known: readonly string[]): Record<string, EnvironmentImages> {
  const problems: SettingsProblem[] = [];
  const fail = (environment: string, field: string, value: unknown, allowed: string) =>
    problems.push({ environment, field, value, allowed });
  const knownList = known.map((k) => `'${k}'`).join(', ');
  const imageList = IMAGE_NAMES.map((k) => `'${k}'`).join(', ');

  if (!isPlainObject(raw)) {
    fail('', 'images.json', raw, `an object keyed by environment (${knownList})`);
    throw new SettingsError(problems);
  }
  for (const name of Object.keys(raw)) {
    if (!known.includes(name)) fail(name, 'images.json', name, `a known environment: ${knownList}`);
  }
  for (const name of known) {
    const entry = raw[name];
    if (!isPlainObject(entry)) {
      fail(name, 'images', entry, `an entry with the images ${imageList} in images.json`);
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (!(IMAGE_NAMES as readonly string[]).includes(key)) fail(name, `images.${key}`, key, `one of ${imageList}`);
    }
    for (const image of IMAGE_NAMES) {
      const ref = entry[image];
      if (!isPlainObject(ref)) {
        fail(name, `images.${image}`, ref, '{ "repository", "tag", "digest" } in images.json');
        continue;
      }
      for (const [key, value] of Object.entries(ref)) {
        if (!IMAGE_FIELDS.includes(key)) fail(name, `images.${image}.${key}`, key, `only ${IMAGE_FIELDS.join(', ')}`);
        else if (typeof value !== 'string') fail(name, `images.${image}.${key}`, value, 'a string');
      }
    }
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return raw as Record<string, EnvironmentImages>;
}
