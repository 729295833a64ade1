// @ts-check
// StrykerJS configuration for `npm run mutation` (scripts/mutation.mjs, docs/testing.md): one
// group of scripts/mutation-groups.mjs at a time, named by MUTATION_GROUP.
import { mutationGroup } from './scripts/mutation-groups.mjs';

const group = mutationGroup();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The group's test files are chosen by the vitest config, not by Stryker's `testFiles`: with
  // `testFiles`, Stryker 9.6 activates static mutants only after the modules have loaded, so a
  // mutant in a module-level value or in the render at load would survive untested
  // (https://github.com/stryker-mutator/stryker-js/issues/6144).
  vitest: { configFile: 'vitest.mutation.config.mts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [...group.mutate],
  concurrency: 2,
  // Guards against a mutant that loops forever; the machine is shared, so a slow run must not
  // count as a timeout.
  timeoutFactor: 2,
  timeoutMS: 30_000,
  dryRunTimeoutMinutes: 15,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${group.name}.json` },
  htmlReporter: { fileName: `reports/mutation/${group.name}.html` },
  clearTextReporter: { allowColor: false, logTests: false },
};
