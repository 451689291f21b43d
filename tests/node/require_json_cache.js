const path = require('path');
const data = require('./fixtures/require/data.json');
console.log(data, require('./fixtures/require/data.json') === data);
const key = require.resolve('./fixtures/require/data.json');
console.log(path.basename(key), key in require.cache);
delete require.cache[key];
console.log(require('./fixtures/require/data.json') === data);
console.log(typeof module.exports, module.id, module.loaded, Array.isArray(module.paths));
