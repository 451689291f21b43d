// vm.runInThisContext and vm.Script in the main context: completion values, global
// declarations, syntax errors at construction, the filename in stacks, argument errors.
const vm = require('vm');

console.log(vm.runInThisContext('var declared = 3; declared + 1'), typeof declared, globalThis.declared);
console.log(vm.runInThisContext('let lexical = 5; lexical'), typeof lexical);
console.log(vm.runInThisContext('lexical * 2'));
console.log(vm.runInThisContext('this === globalThis'), vm.runInThisContext('typeof module'));
console.log(vm.runInThisContext('if (true) { "block value" }'), vm.runInThisContext(''));
console.log(vm.runInThisContext('(function () { return typeof this; })()'));
const script = new vm.Script('globalThis.counter = (globalThis.counter || 0) + 1', { filename: 'counter.vm' });
console.log(script.runInThisContext(), script.runInThisContext(), globalThis.counter);
console.log(script instanceof vm.Script, typeof vm.createScript('1').runInThisContext);
for (const source of ['let x = ;', 'return 1', 'await 1', '}']) {
  try {
    new vm.Script(source, { filename: 'bad.vm' });
  } catch (error) {
    console.log(JSON.stringify(source), error.name, error instanceof SyntaxError);
  }
}
try {
  vm.runInThisContext('throw new TypeError("thrown")', 'file.vm');
} catch (error) {
  console.log(error.name, error.message, error.stack.split('\n').find((line) => line.includes('at file.vm')).trim());
}
try {
  vm.runInThisContext('null.property', { filename: 'options.vm' });
} catch (error) {
  console.log(error.name, error.stack.split('\n').find((line) => line.includes('at options.vm')).trim().replace(/:\d+$/, ''));
}
for (const [code, options] of [[1, undefined], ['1', 5], ['1', { filename: 5 }], ['1', null]]) {
  try {
    vm.runInThisContext(code, options);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
console.log(new vm.Script(42).runInThisContext());
