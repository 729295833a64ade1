// @ts-check
// The mutation groups of `npm run mutation` (docs/testing.md), read by stryker.config.mjs,
// vitest.mutation.config.mts and scripts/mutation.mjs.

/**
 * The files mutated and the fast in-memory test files that must catch a change in them. Most
 * mutants here run while a test file renders the platform at module load (static mutants), so
 * each one re-runs every test file of its group from a fresh worker: the groups stay small.
 * @type {Readonly<Record<string, { readonly mutate: readonly string[]; readonly testFiles: readonly string[] }>>}
 */
export const MUTATION_GROUPS = {
  network: {
    mutate: ['src/config/cidr.ts', 'src/constructs/network-flows.ts'],
    // Settings validation parses every CIDR; wiring holds the rendered policies to a table of flows.
    testFiles: ['test/network-flows.test.ts', 'test/settings.test.ts', 'test/pod-reachability.test.ts', 'test/wiring.test.ts'],
  },
  settings: {
    mutate: ['src/config/quantity.ts', 'src/config/rules.ts'],
    // Release gates are checked in rollout, maintenance windows and digests in their own files.
    testFiles: ['test/settings.test.ts', 'test/rollout.test.ts', 'test/maintenance.test.ts', 'test/image-sources.test.ts'],
  },
};

/** The group MUTATION_GROUP names (set by scripts/mutation.mjs for StrykerJS and its test runs). */
export function mutationGroup() {
  const name = process.env.MUTATION_GROUP ?? '';
  const group = MUTATION_GROUPS[name];
  if (!group) throw new Error(`MUTATION_GROUP must be one of ${Object.keys(MUTATION_GROUPS).join(', ')}, not '${name}'`);
  return { name, ...group };
}
