// Lets plain Node (ts-node, used by `npm run bench` as the baseline) import the scripts and
// SQL that ConfigMaps carry as text, as esbuild and vitest do.
const { readFileSync } = require('node:fs');
for (const extension of ['.sh', '.sql', '.py']) {
  require.extensions[extension] = (module, filename) => {
    module.exports = { __esModule: true, default: readFileSync(filename, 'utf8') };
  };
}
