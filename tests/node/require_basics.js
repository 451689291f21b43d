// require: relative files, extensions, JSON, .cjs, directories, packages, caching.
const path = require('path');
const base = './fixtures/require/';
console.log(require(base + 'data.json'));
console.log(require(base + 'other.cjs'));
console.log(require(base + 'dir_with_index'));
console.log(require(base + 'sub/deep'));
const counter = require(base + 'counter');
counter.counter++;
console.log(require(base + 'counter.js').counter, require(base + 'counter') === counter);
console.log(require(base + 'early_return').value);
console.log(typeof module, typeof exports, module.exports === exports, this === exports);
console.log(path.basename(__filename), path.basename(__dirname));
console.log(require.main === module, module.id, path.basename(module.filename));
