// `npm run capacity`: per environment, what the rendered workloads count against the namespace's
// ResourceQuota at their minimum, maximum and peak, and after a growth (src/capacity/, docs/capacity.md).
// Bundled with esbuild and cached like `npm run diff`.
import { createRequire } from 'node:module';
import { bundle } from './diff.mjs';

if (process.env.SYNTH_SOURCE_MAPS === '1') process.setSourceMapsEnabled(true);
createRequire(import.meta.url)(bundle('capacity/cli', 'capacity'));
