// notDeepEqual and notDeepStrictEqual: passing and failing cases and their messages.
const assert = require('assert');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.operator, JSON.stringify(e.message));
  }
}
attempt('loose different', () => assert.notDeepEqual({ a: 1 }, { a: 2 }));
attempt('loose same', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
attempt('loose arrays', () => assert.notDeepEqual([1, 2, 3], ['1', '2', '3']));
attempt('loose numbers', () => assert.notDeepEqual(4, '4'));
attempt('strict different type', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
attempt('strict same', () => assert.notDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
attempt('strict short', () => assert.notDeepStrictEqual(1, 1));
attempt('strict string', () => assert.notDeepStrictEqual('abcdef', 'abcdef'));
attempt('strict map', () => assert.notDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]])));
attempt('strict custom', () => assert.notDeepStrictEqual([1], [1], 'custom'));
attempt('loose custom', () => assert.notDeepEqual([1], [1], 'custom'));
attempt('strict big', () => assert.notDeepStrictEqual(Array.from({ length: 60 }, (_, i) => i), Array.from({ length: 60 }, (_, i) => i)));
