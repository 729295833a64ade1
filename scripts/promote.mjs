// `npm run promote`: points one environment at an image and re-renders (src/promote/promote.ts,
// docs/delivery.md). Used by the promotion workflow and by hand, in the checkout it runs in.
import { loadBundle } from './bundle.mjs';

process.exitCode = loadBundle().promote(process.argv.slice(2));
