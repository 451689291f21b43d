// assert.throws / doesNotThrow / rejects / doesNotReject / match / doesNotMatch / ifError.
const assert = require('assert');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
const thrower = (error) => () => { throw error; };
attempt('throws none', () => assert.throws(() => {}));
attempt('throws none msg', () => assert.throws(() => {}, 'expected it'));
attempt('throws none class', () => assert.throws(() => {}, TypeError));
attempt('throws any', () => assert.throws(thrower(new Error('x'))));
attempt('throws class ok', () => assert.throws(thrower(new TypeError('x')), TypeError));
attempt('throws class bad', () => assert.throws(thrower(new RangeError('x')), TypeError));
attempt('throws regexp ok', () => assert.throws(thrower(new Error('abc')), /b/));
attempt('throws regexp bad', () => assert.throws(thrower(new Error('abc')), /z/));
attempt('throws object ok', () => assert.throws(thrower(Object.assign(new Error('m'), { code: 'E' })), { code: 'E', message: 'm' }));
attempt('throws object bad', () => assert.throws(thrower(Object.assign(new Error('m'), { code: 'E' })), { code: 'F', message: 'm' }));
attempt('throws object regexp', () => assert.throws(thrower(new Error('hello')), { message: /ell/ }));
attempt('throws error obj', () => assert.throws(thrower(new TypeError('t')), new TypeError('t')));
attempt('throws validate ok', () => assert.throws(thrower(new Error('v')), (e) => e.message === 'v'));
attempt('throws validate bad', () => assert.throws(thrower(new Error('v')), function check() { return false; }));
attempt('throws not fn', () => assert.throws(1));
attempt('throws empty obj', () => assert.throws(thrower(new Error('x')), {}));
attempt('throws primitive', () => assert.throws(thrower('str'), { message: 'x' }));
attempt('doesNotThrow ok', () => assert.doesNotThrow(() => 1));
attempt('doesNotThrow bad', () => assert.doesNotThrow(thrower(new Error('oops'))));
attempt('doesNotThrow msg', () => assert.doesNotThrow(thrower(new Error('oops')), 'why'));
attempt('doesNotThrow other', () => assert.doesNotThrow(thrower(new TypeError('t')), RangeError));
attempt('match ok', () => assert.match('abc', /b/));
attempt('match bad', () => assert.match('abc', /z/));
attempt('match type', () => assert.match(123, /1/));
attempt('match regexp', () => assert.match('a', 'a'));
attempt('doesNotMatch bad', () => assert.doesNotMatch('abc', /b/));
attempt('doesNotMatch msg', () => assert.doesNotMatch('abc', /b/, 'custom'));
attempt('ifError null', () => assert.ifError(null));
attempt('ifError undefined', () => assert.ifError(undefined));
attempt('ifError error', () => assert.ifError(new Error('boom')));
attempt('ifError string', () => assert.ifError('bad'));
attempt('ifError zero', () => assert.ifError(0));
async function main() {
  const tries = [
    ['rejects ok', () => assert.rejects(Promise.reject(new Error('r')), /r/)],
    ['rejects none', () => assert.rejects(Promise.resolve(1))],
    ['rejects fn', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError)],
    ['rejects bad class', () => assert.rejects(async () => { throw new TypeError('t'); }, RangeError)],
    ['rejects not promise', () => assert.rejects(() => 1)],
    ['rejects bad arg', () => assert.rejects(1)],
    ['doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1))],
    ['doesNotReject bad', () => assert.doesNotReject(Promise.reject(new Error('no')))],
  ];
  for (const [label, fn] of tries) {
    try {
      await fn();
      console.log(label, 'passed');
    } catch (e) {
      console.log(label, e.name, e.code, e.operator, JSON.stringify(e.message));
    }
  }
}
main();
