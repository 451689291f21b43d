// assert/strict: equal and deepEqual are the strict variants; the legacy ones stay loose.
const assert = require('assert');
const strict = require('assert/strict');
function check(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.operator, JSON.stringify(e.message));
  }
}
check('legacy equal', () => assert.equal(1, '1'));
check('strict equal', () => strict.equal(1, '1'));
check('legacy notEqual', () => assert.notEqual(1, '1'));
check('strict notEqual', () => strict.notEqual(1, '1'));
check('legacy deepEqual', () => assert.deepEqual({ a: 1 }, { a: '1' }));
check('strict deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
check('legacy notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
check('strict notDeepEqual', () => strict.notDeepEqual({ a: 1 }, { a: '1' }));
check('strict ok', () => strict(false, 'msg'));
check('strict ok none', () => strict());
check('strict prototype', () => strict.deepEqual(Object.create(null), {}));
check('legacy prototype', () => assert.deepEqual(Object.create(null), {}));
console.log(Object.keys(strict).sort().join(' '));
console.log(strict.AssertionError === assert.AssertionError, strict.strict === strict, assert.strict === strict);
