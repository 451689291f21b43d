// The messages of failed deep/strict assertions: side-by-side values, diffs, skipped lines.
const assert = require('assert');
function show(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(`--- ${e.operator} (${e.generatedMessage})\n${e.message}`);
  }
}
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2]));
show(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show(() => assert.deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }));
const big = Array.from({ length: 20 }, (_, i) => i);
show(() => assert.deepStrictEqual(big, big.map((x) => (x === 10 ? -1 : x))));
show(() => assert.deepStrictEqual(big, big.map((x) => (x === 0 ? -1 : x))));
show(() => assert.deepStrictEqual(big, big.map((x) => (x === 19 ? -1 : x))));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 8]));
show(() => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));
show(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
show(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
show(() => assert.deepStrictEqual('string a', 'string b'));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepStrictEqual([1], { 0: 1 }));
show(() => assert.strictEqual('hello world, this is long', 'hello world, this is lonk'));
show(() => assert.strictEqual([1, 2], [1, 2]));
show(() => assert.strictEqual({ x: 1 }, { y: 1 }));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual([1, 2, 3], [1, 2, 3]));
show(() => assert.notDeepStrictEqual(5, 5));
show(() => assert.notDeepEqual('abcdefg', 'abcdefg'));
show(() => assert.equal('a', 'b'));
show(() => assert.notEqual({ a: 1 }, '[object Object]'));
show(() => assert.deepStrictEqual(Array.from({ length: 80 }, (_, i) => i), Array.from({ length: 80 }, (_, i) => -i)));
show(() => assert.strictEqual(1, 2, 'custom heading'));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
show(() => assert.deepEqual(1, 2, 'loose custom'));
