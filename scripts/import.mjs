// Regenerates everything derived from the pinned CRDs in imports/crds/ (see SOURCES.md there):
//  - imports/<prefix>-<group>.ts: cdk8s L1 classes. One prefix per CRD file, because cdk8s
//    import writes one module per API group and same-group imports would overwrite each other.
//  - imports/validators/: schema validators built by @kubernetes-models/crd-generate, used by
//    the tests to validate every rendered custom resource against the exact pinned version.
// Runs offline from the vendored copies. The URLs in cdk8s.yaml are the same files upstream:
// `npx cdk8s import` (no arguments) re-fetches them.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const configText = readFileSync(join(root, 'cdk8s.yaml'), 'utf8');
const config = load(configText);

const sources = config.imports.map((spec) => {
  const [prefix, url] = spec.split(':=');
  return { prefix, file: join(root, 'imports', 'crds', basename(url)) };
});

for (const { prefix, file } of sources) {
  console.log(`cdk8s import ${prefix} <- imports/crds/${basename(file)}`);
  // --no-check-upgrade: otherwise the CLI asks the registry for a newer version of itself.
  const args = ['import', `${prefix}:=${file}`, '--no-check-upgrade', '--language', 'typescript', '--output', 'imports'];
  execFileSync(bin('cdk8s'), args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
// cdk8s import appends each local source to cdk8s.yaml; it must keep naming the upstream URLs only.
writeFileSync(join(root, 'cdk8s.yaml'), configText);

const validators = join(root, 'imports', 'validators');
rmSync(validators, { recursive: true, force: true });
console.log('crd-generate -> imports/validators');
const inputs = sources.flatMap(({ file }) => ['--input', file]);
execFileSync(bin('crd-generate'), [...inputs, '--output', validators], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
