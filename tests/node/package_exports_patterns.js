// "exports" subpath patterns: "*" in keys and targets, the longest matching prefix wins, null
// targets exclude a subpath, and exact keys before patterns.
const path = require('path');
const { createRequire } = require('module');
const requireThere = createRequire(path.join(__dirname, 'fixtures/package_exports_patterns/index.js'));
const dir = path.join(__dirname, 'fixtures/package_exports_patterns');

async function main() {
  const specifiers = ['pat/lib/a', 'pat/lib/b', 'pat/lib/a.js', 'pat/lib/internal/secret', 'pat/features/x/index',
    'pat/features/y/index', 'pat/deep/nested/c.js', 'pat/deep/nested/c', 'pat/exact', 'pat/lib/', 'pat',
    'pat/src/a.js', 'pat/lib/nested/c'];
  for (const specifier of specifiers) {
    let required;
    let imported;
    try {
      required = requireThere(specifier);
    } catch (error) {
      required = error.code;
    }
    try {
      imported = (await import(path.join(dir, 'importer.mjs'))).default(specifier);
      imported = (await imported).default;
    } catch (error) {
      imported = error.code;
    }
    console.log(specifier.padEnd(26), required, '|', imported);
  }
  try {
    requireThere('pat/lib/internal/secret');
  } catch (error) {
    console.log(error.message.replace(dir, '<dir>'));
  }
}
main();
