// assert.rejects and doesNotReject with promises, async functions and validators.
const assert = require('assert');
async function attempt(label, fn) {
  try {
    await fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.operator, JSON.stringify(e.message));
  }
}
(async () => {
  await attempt('promise rejects', () => assert.rejects(Promise.reject(new Error('x'))));
  await attempt('async fn rejects', () => assert.rejects(async () => { throw new TypeError('t'); }));
  await attempt('class match', () => assert.rejects(Promise.reject(new TypeError('t')), TypeError));
  await attempt('class mismatch', () => assert.rejects(Promise.reject(new TypeError('t')), RangeError));
  await attempt('object match', () => assert.rejects(Promise.reject(Object.assign(new Error('m'), { code: 'C' })), { code: 'C' }));
  await attempt('object mismatch', () => assert.rejects(Promise.reject(new Error('m')), { message: 'n' }));
  await attempt('regexp', () => assert.rejects(Promise.reject(new Error('abc')), /b/));
  await attempt('validator', () => assert.rejects(Promise.reject(new Error('v')), (e) => e.message === 'v'));
  await attempt('resolves', () => assert.rejects(Promise.resolve('value')));
  await attempt('resolves msg', () => assert.rejects(Promise.resolve('value'), 'should reject'));
  await attempt('sync throw', () => assert.rejects(() => { throw new Error('sync'); }));
  await attempt('returns value', () => assert.rejects(() => 5));
  await attempt('bad arg', () => assert.rejects('nope'));
  await attempt('doesNotReject ok', () => assert.doesNotReject(async () => 1));
  await attempt('doesNotReject fail', () => assert.doesNotReject(Promise.reject(new Error('no'))));
  await attempt('doesNotReject msg', () => assert.doesNotReject(Promise.reject(new Error('no')), 'msg'));
  await attempt('doesNotReject other', () => assert.doesNotReject(Promise.reject(new TypeError('no')), RangeError));
})();
