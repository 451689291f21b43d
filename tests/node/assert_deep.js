// assert.deepEqual / deepStrictEqual / notDeep*: which values count as equal, loose and strict.
const assert = require('assert');
const cases = [
  [1, 1], [1, '1'], [0, -0], [NaN, NaN], [null, undefined], [{}, {}], [{ a: 1 }, { a: '1' }],
  [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: 1 }, { a: 1, b: undefined }], [[1, 2], [1, 2]], [[1, 2], [2, 1]],
  [[1, , 3], [1, undefined, 3]], [Object.create(null), {}], [new Date(0), new Date(0)], [new Date(0), new Date(1)],
  [/a/g, /a/g], [/a/g, /a/i], [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')],
  [new Map([[1, 'a']]), new Map([[1, 'a']])], [new Map([[1, 'a']]), new Map([['1', 'a']])],
  [new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'a']])], [new Set([1, 2]), new Set([2, 1])],
  [new Set([{ a: 1 }]), new Set([{ a: 1 }])], [new Set([1]), new Set(['1'])], [new Number(1), new Number(1)],
  [new Number(1), new Number(2)], [new String('a'), 'a'], [Symbol.for('s'), Symbol.for('s')],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
  [new Float64Array([0]), new Float64Array([-0])], [new ArrayBuffer(2), new ArrayBuffer(2)], [[1], { 0: 1, length: 1 }],
  [{ [Symbol.for('x')]: 1 }, {}], [() => {}, () => {}], [new WeakMap(), new WeakMap()], [1n, 1n], [1n, 1],
  [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [{ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }],
  [Object.assign([1], { x: 1 }), [1]], [new (class A {})(), {}], [[undefined], [null]],
];
for (const [a, b] of cases) {
  const results = [];
  for (const name of ['deepEqual', 'deepStrictEqual', 'notDeepEqual', 'notDeepStrictEqual']) {
    try {
      assert[name](a, b);
      results.push('ok');
    } catch (e) {
      results.push(e.code === 'ERR_ASSERTION' ? 'FAIL' : e.code);
    }
  }
  console.log(results.join(' '));
}
const cyclicA = { name: 'a' };
cyclicA.self = cyclicA;
const cyclicB = { name: 'a' };
cyclicB.self = cyclicB;
assert.deepStrictEqual(cyclicA, cyclicB);
console.log('cycles ok');
const util = require('util');
console.log(util.isDeepStrictEqual({ a: [1] }, { a: [1] }), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual([1], ['1']));
