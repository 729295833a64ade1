import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ApiObject, App } from 'cdk8s';
import { Construct } from 'constructs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OutputChart } from '../src/constructs/platform-chart';
import { renderCharts } from '../src/output/manifests';
import { writeTrees } from '../src/output/tree';
import { YamlMemo } from '../src/output/yaml';
import { buildEnvironment, renderPlatform } from '../src/platform';
import { REPO_ROOT, rendered, settingsWith } from './support/rendered';

const SYNTH = join(REPO_ROOT, 'scripts', 'synth.mjs');

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const root of ['dist', 'argocd']) {
    const base = join(dir, root);
    try {
      for (const e of readdirSync(base, { withFileTypes: true, recursive: true })) {
        if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = readFileSync(join(e.parentPath, e.name), 'utf8');
      }
    } catch {
      // absent tree
    }
  }
  return out;
}

function synth(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--require', join(__dirname, 'support', 'no-network.cjs'), SYNTH, ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('two renders of the same settings are byte-identical', () => {
  const again = renderPlatform(settingsWith());
  expect([...again]).toEqual([...rendered().files]);
});

test('re-nesting the construct tree changes nothing in the output', () => {
  const env = rendered().settings.environments.find((e) => e.name === 'prod')!;
  const wrapper = new Construct(new App(), 'SomeOtherParent');
  const moved = renderCharts(buildEnvironment(new Construct(wrapper, 'Deeper'), env, rendered().settings), 'dist/prod').files;
  const original = new Map([...rendered().files].filter(([p]) => p.startsWith('dist/prod/')));
  expect(moved.size).toBeGreaterThan(0);
  expect([...moved]).toEqual([...original]);
});

test('the YAML memo of synth writes what a fresh render writes, and never an old text for a changed object', () => {
  const first = new YamlMemo();
  expect([...renderPlatform(settingsWith(), first.toYaml)]).toEqual([...rendered().files]);
  expect(first.changed).toBe(true);

  // A second synth of the same settings dumps nothing and keeps what it was given.
  const second = new YamlMemo(first.used);
  expect([...renderPlatform(settingsWith(), second.toYaml)]).toEqual([...rendered().files]);
  expect(second.changed).toBe(false);

  // Prod with one more API replica: the memo from before must not hand back the old text.
  const environments = rendered().settings.environments;
  const prod = environments.find((e) => e.name === 'prod')!;
  const changed = {
    ...rendered().settings,
    environments: environments.map((e) => (e === prod ? { ...prod, app: { ...prod.app, minReplicas: prod.app.minReplicas + 1 } } : e)),
  };
  const fresh = renderPlatform(changed);
  const third = new YamlMemo(first.used);
  const memoised = renderPlatform(changed, third.toYaml);
  expect([...memoised]).toEqual([...fresh]);
  expect([...fresh].filter(([path, text]) => rendered().files.get(path) !== text).length).toBeGreaterThan(0);
  expect(third.changed).toBe(true);
});

describe('npm run synth, run in a scratch checkout', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'synth-'));
    mkdirSync(join(dir, 'src', 'config'), { recursive: true });
    cpSync(join(REPO_ROOT, 'src', 'config', 'images.json'), join(dir, 'src', 'config', 'images.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes exactly the rendered files, without touching the network', () => {
    const run = synth(dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(tree(dir)).toEqual(Object.fromEntries(rendered().files));
  });

  test('removes files of objects that are no longer rendered', () => {
    writeFileSync(join(dir, 'dist', 'dev', 'app', 'deployment-retired.yaml'), 'kind: Deployment\n');
    mkdirSync(join(dir, 'argocd', 'apps', 'old'), { recursive: true });
    writeFileSync(join(dir, 'argocd', 'apps', 'old', 'application-gone.yaml'), 'kind: Application\n');
    const run = synth(dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2 removed/);
    expect(tree(dir)).toEqual(Object.fromEntries(rendered().files));
  });

  test('fails with the settings problem and leaves dist/ and argocd/ untouched', () => {
    const before = tree(dir);
    const imagesFile = join(dir, 'src', 'config', 'images.json');
    const good = readFileSync(imagesFile, 'utf8');
    writeFileSync(imagesFile, good.replace('"tag": "1.5.0-rc.2"', '"tag": "latest"'));
    try {
      const run = synth(dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("environment 'dev', field 'images.app.tag': got \"latest\"");
      expect(tree(dir)).toEqual(before);
    } finally {
      writeFileSync(imagesFile, good);
    }
  });

  test('--check passes on a current tree and lists every differing file otherwise', () => {
    expect(synth(dir, '--check').status).toBe(0);
    writeFileSync(join(dir, 'dist', 'prod', 'app', 'service-agent-api.yaml'), 'edited by hand\n');
    rmSync(join(dir, 'dist', 'staging', 'app', 'configmap-agent-api-config.yaml'));
    writeFileSync(join(dir, 'argocd', 'apps', 'notes.txt'), 'stray\n');
    const run = synth(dir, '--check');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('differs:  dist/prod/app/service-agent-api.yaml');
    expect(run.stderr).toContain('missing:  dist/staging/app/configmap-agent-api-config.yaml');
    expect(run.stderr).toContain('stale:    argocd/apps/notes.txt');
  });

  test('rejects unknown arguments with the usage', () => {
    const run = synth(dir, '--env=prod');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown argument '--env=prod'[\s\S]*usage: npm run synth/);
  });
});

describe('one object, one place', () => {
  const configMap = (scope: Construct, id: string, name: string, namespace?: string, apiVersion = 'v1', kind = 'ConfigMap') =>
    new ApiObject(scope, id, { apiVersion, kind, metadata: { name, ...(namespace ? { namespace } : {}) } });

  test('fails naming both construct paths when two charts render the same object into different folders', () => {
    const app = new App();
    const first = new OutputChart(app, 'qa-app', { folder: 'app' });
    const second = new OutputChart(app, 'qa-monitoring', { folder: 'monitoring' });
    configMap(new Construct(first, 'Api'), 'Config', 'agent-api-config', 'agent-platform');
    configMap(new Construct(new Construct(second, 'Dashboards'), 'Api'), 'Config', 'agent-api-config', 'agent-platform');
    expect(() => renderCharts([first, second], 'dist/qa')).toThrow(
      "two constructs render one object (ConfigMap agent-platform/agent-api-config): 'qa-app/Api/Config' and 'qa-monitoring/Dashboards/Api/Config'",
    );
  });

  test('fails on the same cluster-scoped object under two versions of its group', () => {
    const app = new App();
    const chart = new OutputChart(app, 'gitops-projects', { folder: 'apps/projects' });
    configMap(chart, 'Old', 'shared', undefined, 'rbac.authorization.k8s.io/v1beta1', 'ClusterRole');
    configMap(chart, 'New', 'shared', undefined, 'rbac.authorization.k8s.io/v1', 'ClusterRole');
    expect(() => renderCharts([chart], 'argocd')).toThrow(
      "two constructs render one object (ClusterRole.rbac.authorization.k8s.io shared): 'gitops-projects/Old' and 'gitops-projects/New'",
    );
  });

  test('accepts one name in two namespaces, two kinds or two groups', () => {
    const app = new App();
    const charts = ['one', 'two', 'three', 'four'].map((folder) => new OutputChart(app, `qa-${folder}`, { folder }));
    configMap(charts[0]!, 'A', 'same', 'one');
    configMap(charts[1]!, 'B', 'same', 'two');
    configMap(charts[2]!, 'C', 'same', 'one', 'v1', 'Secret');
    configMap(charts[3]!, 'D', 'same', 'one', 'example.com/v1', 'ConfigMap');
    expect(renderCharts(charts, 'dist/qa').files.size).toBe(4);
  });
});

test('writeTrees refuses paths outside the output roots before writing anything', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tree-'));
  try {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'keep.yaml'), 'x');
    const files = new Map([
      ['dist/a.yaml', 'a'],
      ['src/evil.ts', 'b'],
    ]);
    expect(() => writeTrees(dir, ['dist'], files)).toThrow(/refusing to write src\/evil.ts/);
    expect(readdirSync(join(dir, 'dist'))).toEqual(['keep.yaml']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the trees Argo CD reads hold only manifests: one object per .yaml file', () => {
  for (const [path, content] of rendered().files) {
    expect(path).toMatch(/^(dist\/[a-z0-9-]+|argocd)\/[a-z0-9/-]+\/[a-z]+-[a-z0-9.-]+\.yaml$/);
    expect(content.split(/^---$/m)).toHaveLength(1);
    expect(content).toMatch(/^apiVersion: /m);
  }
});
