// assert: equal/notEqual/strictEqual/notStrictEqual/ok/fail and AssertionError's properties.
const assert = require('assert');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
    console.log('  actual:', e.actual, 'expected:', e.expected, e instanceof assert.AssertionError, e instanceof Error);
  }
}
attempt('ok true', () => assert.ok(1));
attempt('ok message', () => assert.ok(0, 'zero is falsy'));
attempt('ok error', () => assert.ok(false, new TypeError('custom')));
attempt('ok none', () => assert.ok());
attempt('assert msg', () => assert('', 'empty'));
attempt('equal', () => assert.equal(1, '1'));
attempt('equal fail', () => assert.equal(1, 2));
attempt('equal NaN', () => assert.equal(NaN, NaN));
attempt('equal obj', () => assert.equal({ a: 1 }, { a: 1 }));
attempt('notEqual', () => assert.notEqual(1, '1'));
attempt('notEqual ok', () => assert.notEqual(1, 2));
attempt('strictEqual', () => assert.strictEqual(1, 1));
attempt('strictEqual num', () => assert.strictEqual(1, 2));
attempt('strictEqual str', () => assert.strictEqual('hello', 'world'));
attempt('strictEqual long', () => assert.strictEqual('a long string value here', 'a long string value there'));
attempt('strictEqual -0', () => assert.strictEqual(0, -0));
attempt('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
attempt('strictEqual objs', () => assert.strictEqual({ a: 1 }, { a: 1 }));
attempt('strictEqual types', () => assert.strictEqual(1, '1'));
attempt('strictEqual msg', () => assert.strictEqual(1, 2, 'my message'));
attempt('notStrictEqual', () => assert.notStrictEqual(1, 1));
attempt('notStrictEqual long', () => assert.notStrictEqual('abcdefgh', 'abcdefgh'));
attempt('notStrictEqual obj', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); });
attempt('notStrictEqual ok', () => assert.notStrictEqual(1, '1'));
attempt('missing', () => assert.strictEqual(1));
attempt('fail', () => assert.fail());
attempt('fail msg', () => assert.fail('boom'));
attempt('fail error', () => assert.fail(new RangeError('r')));
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.name, e.code, String(e).split('\n')[0], Object.keys(e), e.stack.split('\n')[0]);
const e2 = new assert.AssertionError({ message: 'custom', actual: 'a', expected: 'b', operator: 'op' });
console.log(e2.message, e2.generatedMessage, e2.operator);
try { new assert.AssertionError(); } catch (err) { console.log(err.code, err.message); }
console.log(typeof assert, assert.ok === assert.strict.ok, assert.strict.strict === assert.strict, require('assert/strict') === assert.strict);
console.log(assert.strict.equal === assert.strictEqual, assert.strict.deepEqual === assert.deepStrictEqual);
