// util.inspect options: depth, breakLength, compact, sorted, showHidden, maxArrayLength.
const util = require('util');
const deep = { a: { b: { c: { d: { e: 1 } } } } };
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: Infinity }));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: true }));
console.log(util.inspect([1, 2, 3, 4, 5], { maxArrayLength: 2 }));
console.log(util.inspect({ a: 1, b: 2 }, { breakLength: 3 }));
console.log(util.inspect('str'), util.inspect(5), util.inspect([1, 'a']));
console.log(util.inspect({ a: [1, 2] }, { compact: false }));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
class Custom {
  [util.inspect.custom](depth, options) { return 'Custom<' + depth + '>'; }
}
console.log(util.inspect(new Custom()), [new Custom()]);
console.log(util.format('%s=%d', 'n', 5), util.format(1, 2, '3'));
