// assert.ifError with errors, non-errors, and errors without messages.
const assert = require('assert');
const values = [null, undefined, new Error('plain'), new TypeError(''), 'string', 0, false, {}, { message: 'obj message' },
  Object.assign(new Error('with code'), { code: 'ECODE' }), [1], 1n];
for (const value of values) {
  try {
    assert.ifError(value);
    console.log('no throw for', String(value));
  } catch (e) {
    console.log(e.name, e.operator, e.generatedMessage, JSON.stringify(e.message), e.actual === value, e.expected);
  }
}
