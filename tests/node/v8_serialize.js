// v8.serialize: the bytes of V8's wire format (printed as hex) for primitives, strings of both
// widths, BigInts, objects, arrays (dense and sparse), Maps, Sets, Dates, RegExps, wrappers,
// Buffers and typed arrays, shared references; what cannot be cloned.
const v8 = require('v8');

function hex(value) {
  try {
    return v8.serialize(value).toString('hex');
  } catch (error) {
    return `${error.constructor.name}: ${error.message}`;
  }
}

const values = [
  0, 1, -1, 63, 64, -65, 2 ** 30, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, -0, 0.5, -1.25, NaN, Infinity, 1e300,
  '', 'abc', 'é', 'ÿ', '€', '😀', 'mixed é and €', 'x'.repeat(130), 'a€'.repeat(70),
  true, false, null, undefined,
  0n, 1n, -1n, 2n ** 64n, -(2n ** 70n), 123456789012345678901234567890n,
  [], [1, 2, 3], [1, , 3], ['a', ['nested']], Object.assign([1, 2], { extra: true }), [undefined, null],
  {}, { a: 1, b: 'x' }, { 2: 1, 1: 2, a: 3 }, { nested: { deep: [1] } }, { [2 ** 32]: 'big key' },
  new Map(), new Map([[1, 2], ['k', { v: 1 }]]), new Set(), new Set(['a', 1]),
  new Date(0), new Date(Date.UTC(2020, 1, 29, 12)), /ab+c/, /x/gimsuy,
  Object(1.5), Object('str'), Object(true), Object(false), Object(10n),
  new ArrayBuffer(0), new ArrayBuffer(3), Buffer.from('buf'), new Uint8Array([1, 2]), new Int8Array([-1]),
  new Uint8ClampedArray([300]), new Int16Array([-2]), new Uint16Array([65535]), new Int32Array([-3]),
  new Uint32Array([4]), new Float32Array([0.5]), new Float64Array([2.5]), new BigInt64Array([-1n]),
  new BigUint64Array([1n]), new DataView(new ArrayBuffer(2)), new Uint8Array(new ArrayBuffer(8), 2, 3),
];
for (const value of values) {
  const label = typeof value === 'object' && value !== null ? Object.prototype.toString.call(value) : typeof value;
  console.log(label, hex(value));
}
const shared = { s: 1 };
console.log('shared', hex([shared, shared, { again: shared }]));
const cycle = { name: 'cycle' };
cycle.self = cycle;
console.log('cycle', hex(cycle));
class Point { constructor() { this.x = 1; this.y = 2; } }
console.log('class instance', hex(new Point()));
console.log('getter', hex({ get g() { return 'got'; } }));
console.log('symbol key skipped', hex({ [Symbol('k')]: 1, v: 2 }));
console.log('non-enumerable skipped', hex(Object.defineProperty({ a: 1 }, 'hidden', { value: 2 })));
for (const bad of [() => 1, function named() {}, Symbol('sym'), new WeakMap(), new WeakSet(), Promise.resolve(),
  new Proxy({}, {}), { f() {} }, [Symbol.iterator]]) {
  console.log('uncloneable', hex(bad));
}
