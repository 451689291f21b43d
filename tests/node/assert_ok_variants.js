// assert.ok and assert() with truthy and falsy values and messages.
const assert = require('assert');
for (const value of [true, 1, 'x', {}, [], () => {}, Symbol('s'), 1n, -1]) {
  assert.ok(value);
  assert(value, 'unused');
}
console.log('truthy values pass');
for (const value of [false, 0, -0, '', null, undefined, NaN, 0n]) {
  try {
    assert.ok(value, `falsy ${String(value)}`);
  } catch (e) {
    console.log(e.message, e.actual, e.expected, e.operator, e.generatedMessage, e.code);
  }
}
try { assert.ok(0, new RangeError('own error')); } catch (e) { console.log(e.name, e.message); }
try { assert(); } catch (e) { console.log(e.message, e.generatedMessage, e.actual); }
try { assert.ok(); } catch (e) { console.log(e.message); }
try { assert.ok(undefined, undefined); } catch (e) { console.log(typeof e.message, e.generatedMessage); }
