// createRequire from an ES module: require, require.resolve and the cache relative to the file.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const here = import.meta.dirname;
const resolved = require.resolve('./fixtures/require/a.js');
console.log(path.relative(here, resolved));
const a = require('./fixtures/require/a.js');
console.log(typeof a, require.cache[resolved].exports === a);
console.log(require('node:path') === path, require.resolve('path'), require.resolve('node:events'));
const other = createRequire(path.join(here, 'fixtures/require/sub/'));
console.log(path.relative(here, other.resolve('../a.js')));
for (const bad of [42, 'relative/path.js', null]) {
  try {
    createRequire(bad);
  } catch (error) {
    console.log(error.code);
  }
}
try {
  require('./fixtures/require/missing.js');
} catch (error) {
  console.log(error.code);
}
console.log(typeof require.main, require.main === undefined);
