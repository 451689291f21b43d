// The vm module's exports and the main-context functions.
const vm = require('vm');

console.log(Object.keys(vm).filter((name) => name !== 'constants').sort());
console.log(typeof vm.Script, typeof vm.Script.prototype.runInThisContext, typeof vm.Script.prototype.runInContext);
console.log(typeof vm.createContext, typeof vm.runInNewContext, typeof vm.isContext);
const script = new vm.Script('1 + 1');
console.log(script.runInThisContext());
console.log(require('vm') === vm, require('node:vm') === vm);
