// util.inspect with colors: true: the ANSI styles of every kind of value, and column layout that
// does not count the colour codes.
const util = require('util');
const values = [1, -0, 'str', 10n, true, undefined, null, Symbol('s'), [1, 2, 3], { a: 1, 'b-c': 'x', [Symbol('k')]: 2 },
  function named() {}, class K {}, /re/g, new Date(0), new Map([[1, 'a']]), new Set([1]), [1, , 3], new Number(3), new String('x'),
  Promise.resolve(4), new Promise(() => {}), new Uint8Array([1, 2]), new ArrayBuffer(2), { get g() { return 1; }, set s(v) {} },
  Array.from({ length: 30 }, (_, i) => i * 1000), Array.from({ length: 26 }, (_, i) => 'item' + i), { deep: { deeper: { deepest: { x: 1 } } } }, new WeakMap()];
const circular = { name: 'c' }; circular.self = circular; values.push(circular);
for (const v of values) console.log(JSON.stringify(util.inspect(v, { colors: true })));
console.log(Object.keys(util.inspect.styles).join(), util.inspect.colors.red, util.inspect.colors.grey);
