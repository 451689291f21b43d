// util.isDeepStrictEqual on primitives, objects, prototypes, arrays and special objects.
const { isDeepStrictEqual } = require('util');
class Point { constructor(x) { this.x = x; } }
const pairs = [
  [1, 1], [1, 1.0], [0, -0], [-0, -0], [NaN, NaN], ['a', 'a'], ['a', new String('a')], [null, null], [null, undefined],
  [true, 1], [1n, 1n], [Symbol.iterator, Symbol.iterator], [{}, {}], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 1, b: 2 }],
  [new Point(1), new Point(1)], [new Point(1), { x: 1 }], [[], []], [[1, [2, [3]]], [1, [2, [3]]]], [[1, [2, [3]]], [1, [2, [4]]]],
  [[, 1], [undefined, 1]], [new Date(5), new Date(5)], [/x/gi, /x/ig], [/x/, /y/], [new Error('a'), new Error('a')],
  [new TypeError('a'), new Error('a')], [Object.create(null), Object.create(null)], [[1, 2], new Array(1, 2)],
  [{ get x() { return 1; } }, { x: 1 }], [Object.freeze({ a: 1 }), { a: 1 }], [new Number(NaN), new Number(NaN)],
];
for (const [a, b] of pairs) console.log(isDeepStrictEqual(a, b), isDeepStrictEqual(b, a));
const fn = () => {};
console.log(isDeepStrictEqual(fn, fn), isDeepStrictEqual(fn, () => {}), isDeepStrictEqual({ f: fn }, { f: fn }));
const a = { list: [] };
a.list.push(a);
const b = { list: [] };
b.list.push(b);
console.log(isDeepStrictEqual(a, b));
