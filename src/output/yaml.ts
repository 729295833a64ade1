import { createHash } from 'node:crypto';
import { dump } from 'js-yaml';

/** Turns one rendered object into the YAML text of its file. */
export type ToYaml = (object: object) => string;

/** The one YAML style of every rendered file: no line folding, no anchors. */
export const toYaml: ToYaml = (object) => dump(object, { lineWidth: -1, noRefs: true });

/**
 * `toYaml` remembered by the object's JSON text: js-yaml's dump is a third of a synth, and
 * between two synths almost every object is unchanged. The entries are kept by the caller
 * (scripts/synth.mjs keeps them in node_modules/.cache); `used` holds what this render needed,
 * so stale entries are dropped when it is saved. JSON is a faithful key for rendered objects:
 * they hold only strings, finite numbers, booleans, arrays and plain objects (cdk8s output).
 */
export class YamlMemo {
  readonly used = new Map<string, string>();
  private misses = 0;

  constructor(private readonly known: ReadonlyMap<string, string> = new Map()) {}

  readonly toYaml: ToYaml = (object) => {
    const key = createHash('sha256').update(JSON.stringify(object)).digest('base64');
    let text = this.used.get(key) ?? this.known.get(key);
    if (text === undefined) {
      text = toYaml(object);
      this.misses++;
    }
    this.used.set(key, text);
    return text;
  };

  /** Whether the entries to keep differ from the ones this memo started with. */
  get changed(): boolean {
    return this.misses > 0 || this.used.size !== this.known.size;
  }
}
