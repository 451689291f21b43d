// package.json "exports" conditions: "import" for import, "require" for require, "node",
// "default", nested objects, arrays of fallbacks, and key order deciding.
const base = './fixtures/package_exports_conditions/';
const { createRequire } = require('module');
const path = require('path');
const requireThere = createRequire(path.join(__dirname, base, 'index.js'));
const load = (specifier) => import(path.join(__dirname, base, 'importer.mjs')).then((m) => m.load(specifier));

async function main() {
  for (const specifier of ['cond', 'cond/feature', 'cond/fallback', 'cond/nested', 'cond/order', 'cond/only-import',
    'cond/package.json', 'cond/missing']) {
    let required;
    let imported;
    try {
      const result = requireThere(specifier);
      required = result.kind ?? result.name;
    } catch (error) {
      required = error.code;
    }
    try {
      const result = await load(specifier);
      imported = result.kind ?? result.default?.name;
    } catch (error) {
      imported = error.code;
    }
    console.log(specifier.padEnd(18), 'require:', required, ' import:', imported);
  }
  console.log(path.relative(__dirname, requireThere.resolve('cond')));
  console.log(path.relative(__dirname, requireThere.resolve('cond/feature')));
}
main();
