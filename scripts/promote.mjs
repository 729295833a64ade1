// `npm run promote`: points one environment at an image and re-renders (src/promote/promote.ts,
// docs/delivery.md). Used by the promotion workflow and by hand, in the checkout it runs in.
import { loadBundle } from './bundle.mjs';

const bundle = loadBundle();
process.exitCode = bundle.exports.promote(process.argv.slice(2));
bundle.saveCodeCache();
