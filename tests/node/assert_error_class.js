// AssertionError: constructor options, properties, inheritance, toString and stack header.
const { AssertionError } = require('assert');
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage);
console.log(Object.keys(e), String(e).split('\n')[0], e.stack.split('\n')[0]);
console.log(Object.getPrototypeOf(AssertionError) === Error, AssertionError.name, Object.prototype.toString.call(e));
const custom = new AssertionError({ message: 'custom text', actual: [1], expected: [2], operator: 'deepStrictEqual' });
console.log(custom.message, custom.generatedMessage, custom.actual, custom.expected);
const loose = new AssertionError({ actual: { a: 1 }, expected: { a: 2 }, operator: 'deepEqual' });
console.log(JSON.stringify(loose.message));
const other = new AssertionError({ actual: 'x', expected: 'y', operator: '==' });
console.log(JSON.stringify(other.message));
const notDeep = new AssertionError({ actual: [1, 2], expected: [1, 2], operator: 'notDeepEqual' });
console.log(JSON.stringify(notDeep.message));
const noOp = new AssertionError({ actual: 1, expected: 2 });
console.log(JSON.stringify(noOp.message), noOp.operator);
for (const bad of [undefined, null, 'x', 5]) {
  try { new AssertionError(bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
