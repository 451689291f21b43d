// The parts of vm that need contexts (a new global object backed by a sandbox) throw a clear
// error in Sable; in Node they work. This test prints what both agree on: the exported names
// and that the main-context functions exist.
const vm = require('vm');

console.log(Object.keys(vm).filter((name) => name !== 'constants').sort());
console.log(typeof vm.Script, typeof vm.Script.prototype.runInThisContext, typeof vm.Script.prototype.runInContext);
console.log(typeof vm.createContext, typeof vm.runInNewContext, typeof vm.isContext);
const script = new vm.Script('1 + 1');
console.log(script.runInThisContext());
console.log(require('vm') === vm, require('node:vm') === vm);
