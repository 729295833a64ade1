import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** Scripts (shell, Python) and SQL carried by ConfigMaps are imported as text, as esbuild does for synth. */
const textAssets: Plugin = {
  name: 'text-assets',
  load(id: string) {
    return /\.(sh|sql|py)$/.test(id) ? `export default ${JSON.stringify(readFileSync(id, 'utf8'))};` : undefined;
  },
};

export default defineConfig({
  plugins: [textAssets],
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores, but the real-server files spend most of their time waiting for servers (a failover
    // waits out Patroni's ttl): more workers than cores overlap that waiting with the CPU-bound files
    // (measured: 4 workers 242 s, 7 workers 190 s for the whole suite on two cores).
    maxWorkers: 7,
    // Guards against a hang, not speed budgets (npm run bench measures those): CPU-bound files
    // run slower while the real-server files share the two cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
