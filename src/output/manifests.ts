import { dump } from 'js-yaml';
import type { OutputChart } from '../constructs/platform-chart';

/** The fields of a rendered object that the output layout depends on. */
export interface ManifestObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name?: string; readonly namespace?: string };
  readonly [key: string]: unknown;
}

export interface RenderedCharts {
  /** Path relative to the repository root -> YAML. */
  readonly files: Map<string, string>;
  /** Every rendered object with the output folder of its chart. */
  readonly objects: { readonly folder: string; readonly object: ManifestObject }[];
}

const HEADER = '# Rendered by `npm run synth` from src/. Do not edit: change the source and re-render.\n';

/**
 * Renders charts to one YAML file per object: `<root>/<chart folder>/<kind>-<name>.yaml`.
 * Construct validations run first; a missing name or two objects claiming one file stop the
 * render with the objects named.
 */
export function renderCharts(charts: readonly OutputChart[], root: string): RenderedCharts {
  const files = new Map<string, string>();
  const objects: { folder: string; object: ManifestObject }[] = [];
  for (const chart of charts) {
    const errors = chart.node.findAll().flatMap((c) => c.node.validate().map((e) => `[${c.node.path}] ${e}`));
    if (errors.length > 0) throw new Error(`validation failed:\n  ${errors.join('\n  ')}`);
    for (const object of chart.toJson() as ManifestObject[]) {
      const name = object.metadata.name;
      if (!name) throw new Error(`a ${object.kind} in chart '${chart.node.id}' has no metadata.name`);
      const path = `${root}/${chart.folder}/${object.kind.toLowerCase()}-${name}.yaml`;
      if (files.has(path)) throw new Error(`two objects render to ${path}: names must be unique per kind and folder`);
      files.set(path, HEADER + dump(object, { lineWidth: -1, noRefs: true }));
      objects.push({ folder: chart.folder, object });
    }
  }
  return { files, objects };
}
