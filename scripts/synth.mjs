// `npm run synth`: renders dist/ and argocd/ from src/ (scripts/bundle.mjs loads src/main.ts).
// Type checking is `npm run typecheck` (part of `npm test`), not part of every synth.
// Set SYNTH_SOURCE_MAPS=1 for stack traces that point into src/ instead of the bundle.
import { loadBundle, readYamlCache, writeYamlCache } from './bundle.mjs';

const bundle = loadBundle();
const { before, after, code, yamlToKeep } = bundle.exports.synth(process.argv.slice(2), readYamlCache());
process.exitCode = code;
if (yamlToKeep) writeYamlCache(yamlToKeep);
bundle.saveCodeCache();
// What this synth changed, per environment and change class (the classifier of `npm run diff`):
// the render hands over the old and new text of the files it wrote, nothing else is read.
if (code === 0 && (before.size > 0 || after.size > 0)) {
  const { synthSummary } = await import('./diff.mjs');
  for (const line of synthSummary(before, after)) console.log(line);
}
