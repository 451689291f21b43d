// require.resolve, require.cache, module.paths, createRequire, errors for missing modules.
const path = require('path');
const { createRequire, builtinModules, isBuiltin } = require('module');
const here = (p) => path.relative(__dirname, p);
console.log(here(require.resolve('./fixtures/require/a')));
console.log(require.resolve('fs'), require.resolve('node:path'));
const key = require.resolve('./fixtures/require/counter');
require('./fixtures/require/counter');
console.log(key in require.cache, typeof require.cache[key].exports);
delete require.cache[key];
console.log(key in require.cache);
console.log(module.paths[0] === path.join(__dirname, 'node_modules'));
const requireFromFixtures = createRequire(path.join(__dirname, 'fixtures/require/x.js'));
console.log(requireFromFixtures('pkg').pkg, requireFromFixtures('plain'));
console.log(builtinModules.includes('fs'), isBuiltin('node:events'), isBuiltin('nope'));
try {
  require('./no/such/file');
} catch (error) {
  console.log(error.code, error.message.split('\n')[0]);
}
try {
  require('no-such-package');
} catch (error) {
  console.log(error.code, error.message.split('\n')[0]);
}
console.log(require('node:events') === require('events'), require('path') === require('node:path'));
