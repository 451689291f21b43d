// "exports" shorthand forms (a string, conditions without ".", an array), null "exports",
// an empty map, mixed keys, and invalid targets.
const path = require('path');
const { createRequire } = require('module');
const dir = path.join(__dirname, 'fixtures/package_exports_sugar');
const requireThere = createRequire(path.join(dir, 'index.js'));

async function main() {
  const { default: load } = await import('./fixtures/package_exports_sugar/importer.mjs');
  for (const specifier of ['string', 'conditions', 'array', 'mixed', 'nulled', 'empty', 'bad-target', 'bad-target/up',
    'bad-target/abs', 'bad-target/nm']) {
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
    console.log(specifier.padEnd(16), required, '|', imported);
  }
  try {
    requireThere('bad-target');
  } catch (error) {
    console.log(error.message.split(dir).join('<dir>'));
  }
}
main();
