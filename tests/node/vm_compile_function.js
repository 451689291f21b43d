// vm.compileFunction: a function from a body and parameter names, run in the main context.
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(1, 2), add.name, add.length, typeof add);
const noParams = vm.compileFunction('return typeof arguments + " " + arguments.length');
console.log(noParams(1, 2, 3), noParams.length);
const usesThis = vm.compileFunction('return this.value');
console.log(usesThis.call({ value: 'this works' }));
const many = vm.compileFunction('return [a, b, c]', ['a', 'b', 'c']);
console.log(many(), many(1, 2, 3), many.length);
const global = vm.compileFunction('return globalThis === this', []);
console.log(global.call(globalThis));
const withFile = vm.compileFunction('throw new Error("from body")', [], { filename: 'body.vm' });
try {
  withFile();
} catch (error) {
  console.log(error.message, error.stack.split('\n')[1].includes('body.vm'));
}
for (const [code, params, options] of [
  [1, [], {}], ['return', 'a', {}], ['return', [1], {}], ['return', [], null], ['return (', [], {}],
  ['}', [], {}], ['return a', ['a'], { filename: 'ok.vm' }],
]) {
  try {
    vm.compileFunction(code, params, options);
    console.log('compiled', JSON.stringify(code));
  } catch (error) {
    console.log(error.name, error.code, error.code ? error.message : '');
  }
}
const strict = vm.compileFunction('"use strict"; return this', []);
console.log(strict(), strict.call(1));
console.log(typeof vm.compileFunction('return arguments.callee', [])());
