// A cycle hands out the partial exports of the module still loading.
const a = require('./fixtures/require/a');
const b = require('./fixtures/require/b');
console.log(a);
console.log(b);
