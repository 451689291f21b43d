// Errors of import(): files and packages not found, directory imports, no extension search,
// unknown built-ins and schemes, syntax errors, missing exports and evaluation errors.
const path = require('path');
const dir = path.join(__dirname, 'fixtures/esm_errors');
const strip = (message) => message.split(dir).join('<dir>').split(__dirname).join('<tests>');

async function main() {
  const { default: load } = await import('./fixtures/esm_errors/importer.mjs');
  const specifiers = ['./dir', './dir/', './noext', './missing.mjs', 'no-such-pkg', '@scope/no-such',
    'node:nope', 'https://example.com/x.mjs', './bad_syntax.mjs', './missing_export.mjs', './throws.mjs',
    './data.txt', './noext.mjs?query=1', './noext.mjs#hash', 'file:///no/such/file.mjs'];
  for (const specifier of specifiers) {
    try {
      const namespace = await load(specifier);
      console.log(specifier, 'loaded', Object.keys(namespace));
    } catch (error) {
      console.log(specifier, '->', error.name, error.code);
      if (error.code) console.log('  ', strip(error.message));
    }
  }
  try {
    await import('./fixtures/esm_errors/throws.mjs');
  } catch (error) {
    console.log('again:', error.message);
  }
}
main();
