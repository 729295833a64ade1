import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { loadSettings } from '../../src/config/load';
import type { EnvironmentDefinition } from '../../src/config/environments';
import type { PlatformSettings } from '../../src/config/settings';
import { renderPlatform } from '../../src/platform';

export const REPO_ROOT = join(__dirname, '..', '..');

/** A rendered object with the file it was written to. */
export interface Rendered {
  readonly path: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // Rendered YAML is checked structurally by the tests; its shape varies by kind.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly spec?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly [key: string]: any;
}

export function committedImages(): unknown {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'src', 'config', 'images.json'), 'utf8'));
}

export function settingsWith(environments?: Record<string, EnvironmentDefinition>, images: unknown = committedImages()): PlatformSettings {
  return loadSettings({ ...(environments ? { environments } : {}), images });
}

export function parse(files: ReadonlyMap<string, string>): Rendered[] {
  return [...files].map(([path, content]) => ({ path, ...(load(content) as object) }) as Rendered);
}

let cached: { settings: PlatformSettings; files: Map<string, string>; objects: Rendered[] } | undefined;

/** The platform as committed settings render it (rendered once per test file). */
export function rendered() {
  if (!cached) {
    const settings = settingsWith();
    const files = renderPlatform(settings);
    cached = { settings, files, objects: parse(files) };
  }
  return cached;
}

/** Objects of one environment's tree. */
export function envObjects(env: string): Rendered[] {
  return rendered().objects.filter((o) => o.path.startsWith(`dist/${env}/`));
}

export const WORKLOAD_KINDS = ['Deployment', 'Rollout', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];

/** The pod template of a workload object. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function podTemplate(o: Rendered): any {
  return o.kind === 'CronJob' ? o.spec.jobTemplate.spec.template : o.spec.template;
}

/** True when every label of `selector` is on `labels`. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  return !!selector && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/**
 * The Jobs the AnalysisTemplates' `job` metrics start: Argo Rollouts creates one per measurement
 * from `provider.job` (its metadata and spec) in the AnalysisRun's namespace, the Rollout's
 * (argo-rollouts v1.9.0 metricproviders/job/job.go). As Job objects named `<template>.<metric>`,
 * so that the checks of every pod see their pods too.
 */
export function analysisJobs(objs: readonly Rendered[]): Rendered[] {
  return objs
    .filter((o) => o.kind === 'AnalysisTemplate')
    .flatMap((t) =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (t.spec.metrics as any[])
        .filter((m) => m.provider.job)
        .map((m) => ({
          path: `${t.path}#${m.name}`,
          apiVersion: 'batch/v1',
          kind: 'Job',
          metadata: { name: `${t.metadata.name}.${m.name}`, namespace: t.metadata.namespace, labels: m.provider.job.metadata?.labels },
          spec: m.provider.job.spec,
        })),
    );
}

/** Every workload of a tree that starts pods: the workload kinds' objects and the analysis Jobs. */
export function workloadsIn(objs: readonly Rendered[]): Rendered[] {
  return [...objs.filter((o) => WORKLOAD_KINDS.includes(o.kind)), ...analysisJobs(objs)];
}
