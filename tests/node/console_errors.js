// Errors inside values print their stack; this test prints the parts that do not depend on
// the engine's stack format.
const e = new TypeError('bad thing');
console.log(String(e));
console.log(e.stack.split('\n')[0]);
const lines = require('util').inspect({ e }).split('\n');
console.log(lines[0]);
console.log(e instanceof Error, e.name, e.message);
