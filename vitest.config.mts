import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores: one worker per core keeps the suite fast without oversubscribing.
    maxWorkers: 2,
  },
});
