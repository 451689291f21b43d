// assert.throws with object validation: nested properties, regexps, error instances, names.
const assert = require('assert');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.operator, JSON.stringify(e.message));
  }
}
const err = Object.assign(new TypeError('Wrong value'), { code: 'E_BAD', info: { nested: [1, 2] } });
const thrower = () => { throw err; };
attempt('name and message', () => assert.throws(thrower, { name: 'TypeError', message: 'Wrong value' }));
attempt('nested ok', () => assert.throws(thrower, { info: { nested: [1, 2] } }));
attempt('nested bad', () => assert.throws(thrower, { info: { nested: [1, 3] } }));
attempt('regexp props', () => assert.throws(thrower, { name: /Type/, message: /value/, code: /^E_/ }));
attempt('regexp prop bad', () => assert.throws(thrower, { message: /nope/ }));
attempt('missing prop', () => assert.throws(thrower, { missing: undefined }));
attempt('error instance ok', () => assert.throws(thrower, new TypeError('Wrong value')));
attempt('error instance bad', () => assert.throws(thrower, new TypeError('Other')));
attempt('error class base', () => assert.throws(thrower, Error));
attempt('arrow validator', () => assert.throws(thrower, (e) => e.code === 'E_BAD'));
attempt('validator throws', () => assert.throws(thrower, () => { throw new RangeError('inner'); }));
attempt('message string', () => assert.throws(() => {}, 'message only'));
attempt('string and message', () => assert.throws(thrower, 'a', 'b'));
attempt('throws non-error', () => assert.throws(() => { throw 42; }, { message: 'x' }));
attempt('throws null', () => assert.throws(() => { throw null; }));
attempt('class for string', () => assert.throws(() => { throw 'str'; }, TypeError));
