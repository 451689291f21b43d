// Deep equality of Maps, Sets, typed arrays, boxed primitives and objects with symbols.
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
const pairs = [
  [new Map([[1, { a: 1 }], [2, 'b']]), new Map([[2, 'b'], [1, { a: 1 }]])],
  [new Map([[{ k: 1 }, 1], [{ k: 1 }, 2]]), new Map([[{ k: 1 }, 2], [{ k: 1 }, 1]])],
  [new Map([[1, 1]]), new Map([[1, 1], [2, 2]])],
  [new Map([['1', 1]]), new Map([[1, 1]])],
  [new Set([[1], [2]]), new Set([[2], [1]])],
  [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])],
  [new Set([1, '1']), new Set(['1', 1])],
  [new Set(), new Set()],
  [new Int16Array([1, 2]), new Int16Array([1, 2])],
  [new Int16Array([1, 2]), new Int16Array([1, 3])],
  [new Float32Array([NaN]), new Float32Array([NaN])],
  [new Uint8Array([1]), [1]],
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  [new Boolean(true), new Boolean(true)],
  [new Boolean(true), new Boolean(false)],
  [new String('ab'), new String('ab')],
  [Object(1n), Object(1n)],
  [{ [Symbol.iterator]: 1 }, { [Symbol.iterator]: 1 }],
  [{ [Symbol('a')]: 1 }, { [Symbol('a')]: 1 }],
  [Object.defineProperty({}, 'hidden', { value: 1 }), {}],
  [[1, 2, 3].slice(1), [2, 3]],
  [new Date('invalid'), new Date('invalid')],
  [Object.assign(new Error('e'), { code: 1 }), Object.assign(new Error('e'), { code: 2 })],
  [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
  [new Set([NaN]), new Set([NaN])],
  [[0], [-0]],
  [{ a: undefined }, { b: undefined }],
];
for (const [a, b] of pairs) console.log(isDeepStrictEqual(a, b), loose(a, b));
const ring = [];
ring.push(ring);
const ring2 = [];
ring2.push(ring2);
console.log(isDeepStrictEqual(ring, ring2), isDeepStrictEqual({ x: ring }, { x: [[ring2]] }));
