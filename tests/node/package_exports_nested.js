// Nested conditions in "exports": the first matching key at each level, unknown conditions
// skipped, "node-addons", "module-sync", empty arrays and null inside conditions.
const path = require('path');
const { createRequire } = require('module');
const requireThere = createRequire(path.join(__dirname, 'fixtures/package_exports_nested/index.js'));

async function main() {
  const { default: load } = await import('./fixtures/package_exports_nested/importer.mjs');
  for (const specifier of ['nested', 'nested/addons', 'nested/browser', 'nested/sync', 'nested/empty-array',
    'nested/null-in-conditions']) {
    let required;
    let imported;
    try {
      required = requireThere(specifier);
    } catch (error) {
      required = error.code;
    }
    try {
      imported = (await load(specifier)).default;
    } catch (error) {
      imported = error.code;
    }
    console.log(specifier.padEnd(28), required, '|', imported);
  }
}
main();
