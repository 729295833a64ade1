import { ENVIRONMENTS, REPOSITORY } from './environments';
import { locateInJson } from './json-location';
import { knownKeyHint } from './schema';
import type { EnvironmentDefinition, PlatformSettings } from './settings';
import { SettingsError, validateSettings, type SettingsProblem } from './validate';

/** Inputs of the settings: the TypeScript definitions and images.json (parsed, and its text for line numbers). */
export interface SettingsSources {
  readonly environments?: Readonly<Record<string, EnvironmentDefinition>>;
  readonly images: unknown;
  /** The text images.json was parsed from: problems in it then name their line and column. */
  readonly imagesText?: string;
}

/**
 * Assembles each environment from its definition (its key is its name) and its images.json
 * entry, then validates everything against the schema, which fills in the defaults.
 */
export function loadSettings(sources: SettingsSources): PlatformSettings {
  const definitions = sources.environments ?? ENVIRONMENTS;
  const names = Object.keys(definitions);
  const problems = checkImageKeys(sources.images, names);
  const images = isPlainObject(sources.images) ? sources.images : {};
  const environments = names.map((name) => {
    const definition: Record<string, unknown> = { ...definitions[name] };
    for (const key of ['name', 'images']) {
      if (key in definition) problems.push({ environment: name, field: key, value: definition[key], allowed: OWN_PLACE[key]! });
    }
    return { ...definition, name, images: images[name] };
  });
  try {
    return validateSettings({ ...REPOSITORY, environments }, problems);
  } catch (error) {
    if (error instanceof SettingsError && sources.imagesText !== undefined) {
      throw new SettingsError(error.problems.map((p) => withLocation(p, sources.imagesText!)));
    }
    throw error;
  }
}

const OWN_PLACE: Record<string, string> = {
  name: "nothing here: an environment's name is its key in ENVIRONMENTS",
  images: "nothing here: an environment's images are its entry in images.json",
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** images.json is an object keyed by exactly the known environments (their entries are checked by the schema). */
function checkImageKeys(raw: unknown, known: readonly string[]): SettingsProblem[] {
  const knownList = known.map((k) => `'${k}'`).join(', ');
  if (!isPlainObject(raw))
    return [{ environment: '', field: 'images.json', value: raw, allowed: `an object keyed by environment (${knownList})` }];
  return Object.keys(raw)
    .filter((name) => !known.includes(name))
    .map((name) => ({ environment: name, field: 'images.json', value: name, allowed: knownKeyHint(name, known, 'environment') }));
}

/** A problem of images.json with the line and column of what it blames (or of the object missing it). */
function withLocation(p: SettingsProblem, text: string): SettingsProblem {
  let path: string[] | undefined;
  if (p.field === 'images.json') path = p.environment ? [p.environment] : [];
  else if (p.field === 'images' || p.field.startsWith('images.')) path = [p.environment, ...p.field.split('.').slice(1)];
  const at = path && locateInJson(text, path);
  return at ? { ...p, ...at } : p;
}

/** Parses images.json; a syntax error is a settings problem naming its line and column. */
export function parseImagesJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = before.at(-1)!.length + 1;
    const rest = text.slice(offset).split('\n')[0]!.trim();
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new SettingsError([
      {
        environment: '',
        field: 'images.json',
        value: rest === '' ? undefined : rest.slice(0, 40),
        allowed: `well-formed JSON (${reason})`,
        line,
        column,
      },
    ]);
  }
}
