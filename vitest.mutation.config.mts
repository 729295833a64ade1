import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';
import { mutationGroup } from './scripts/mutation-groups.mjs';

/**
 * A mutant that makes a test file throw while loading (most test files render the platform at
 * module load) leaves that file without tests, and StrykerJS counts a run without a failed test
 * as survived. Recording the load error as an error of the run makes StrykerJS report the
 * mutant as a runtime error instead.
 */
class LoadErrorsFailTheRun implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const module of testModules) {
      for (const error of module.errors()) {
        this.vitest?.state.catchError(new Error(`${module.moduleId} failed to load: ${error.message}`), 'Load Error');
      }
    }
  }
}

/** The unit-test configuration restricted to the test files of the mutation group being run. */
export default defineConfig({
  ...base,
  test: { ...base.test, include: [...mutationGroup().testFiles], reporters: ['default', new LoadErrorsFailTheRun()] },
});
