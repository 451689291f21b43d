// A CommonJS module is loaded once whether required or imported first; import() sees
// require.cache's instance, and deleting it from the cache does not change the ES module.
const path = require('path');
const file = path.join(__dirname, 'fixtures/esm_import_cjs_cache/state.js');

async function main() {
  const required = require(file);
  const imported = await import(file);
  console.log(imported.default === required, globalThis.stateLoads, imported.loads);
  delete require.cache[file];
  const reloaded = require(file);
  console.log(reloaded === required, globalThis.stateLoads);
  const importedAgain = await import(file);
  console.log(importedAgain === imported, importedAgain.default === required);
}
main();
