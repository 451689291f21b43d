// assert.match and assert.doesNotMatch: inputs, flags, messages and argument errors.
const assert = require('assert');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
attempt('match', () => assert.match('I will pass', /pass/));
attempt('match flags', () => assert.match('ABC', /abc/i));
attempt('match fail', () => assert.match('I will fail', /pass/));
attempt('match multiline input', () => assert.match('line one\nline two', /three/));
attempt('match number', () => assert.match(123, /123/));
attempt('match object', () => assert.match({ a: 1 }, /a/));
attempt('match custom', () => assert.match('x', /y/, 'custom message'));
attempt('match error msg', () => assert.match('x', /y/, new TypeError('mine')));
attempt('match bad regexp', () => assert.match('x', 'x'));
attempt('match global', () => { const re = /a/g; assert.match('aa', re); assert.match('aa', re); });
attempt('doesNotMatch', () => assert.doesNotMatch('I will pass', /different/));
attempt('doesNotMatch fail', () => assert.doesNotMatch('I will fail', /fail/));
attempt('doesNotMatch number', () => assert.doesNotMatch(1, /2/));
attempt('doesNotMatch bad regexp', () => assert.doesNotMatch('x', null));
attempt('strict match', () => require('assert/strict').match('abc', /d/));
