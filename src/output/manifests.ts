import { ApiObject, Chart } from 'cdk8s';
import type { OutputChart } from '../constructs/platform-chart';
import { toYaml as defaultToYaml, type ToYaml } from './yaml';

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
 * Refuses two API objects that are one object to the API server (apiVersion group, kind,
 * namespace and name) anywhere among `charts`: whichever synced last would silently win.
 * Names both by construct path.
 */
export function checkOneObjectOnePlace(charts: readonly OutputChart[]): void {
  const seen = new Map<string, string>();
  for (const chart of charts) {
    for (const construct of chart.node.findAll()) {
      if (!ApiObject.isApiObject(construct) || Chart.of(construct) !== chart) continue;
      const group = construct.apiVersion.includes('/') ? construct.apiVersion.split('/')[0]! : '';
      const namespace = construct.metadata.namespace;
      // kubectl's spelling: ConfigMap agent-platform/agent-api-config, ClusterRole.rbac.authorization.k8s.io name.
      const key = `${construct.kind}${group ? `.${group}` : ''} ${namespace === undefined ? '' : `${namespace}/`}${construct.name}`;
      const other = seen.get(key);
      if (other !== undefined) {
        throw new Error(
          `two constructs render one object (${key}): '${other}' and '${construct.node.path}'; an object must be rendered in one place only`,
        );
      }
      seen.set(key, construct.node.path);
    }
  }
}

/**
 * Renders charts to one YAML file per object: `<root>/<chart folder>/<kind>-<name>.yaml`.
 * Construct validations run first; a missing name, two objects claiming one file, or two
 * constructs rendering the same object (checkOneObjectOnePlace) stop the render with the
 * objects named. `toYaml` writes each object's text (a memo of the default, for synth).
 */
export function renderCharts(charts: readonly OutputChart[], root: string, toYaml: ToYaml = defaultToYaml): RenderedCharts {
  const files = new Map<string, string>();
  const objects: { folder: string; object: ManifestObject }[] = [];
  checkOneObjectOnePlace(charts);
  for (const chart of charts) {
    const errors = chart.node.findAll().flatMap((c) => c.node.validate().map((e) => `[${c.node.path}] ${e}`));
    if (errors.length > 0) throw new Error(`validation failed:\n  ${errors.join('\n  ')}`);
    for (const object of chart.toJson() as ManifestObject[]) {
      const name = object.metadata.name;
      if (!name) throw new Error(`a ${object.kind} in chart '${chart.node.id}' has no metadata.name`);
      const path = `${root}/${chart.folder}/${object.kind.toLowerCase()}-${name}.yaml`;
      if (files.has(path)) throw new Error(`two objects render to ${path}: names must be unique per kind and folder`);
      files.set(path, HEADER + toYaml(object));
      objects.push({ folder: chart.folder, object });
    }
  }
  return { files, objects };
}
