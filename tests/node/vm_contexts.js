// vm contexts: a new realm whose globals are read from the sandbox first and whose assignments,
// var and function declarations land in the sandbox; objects made inside have the realm's own
// built-ins; runInNewContext, Script reuse, isContext and the error for a plain object.
const vm = require('vm');
const sandbox = { a: 1, b: 2, list: [] };
vm.createContext(sandbox);
console.log(vm.isContext(sandbox), vm.isContext({}));
console.log(vm.runInContext('a + b', sandbox));
vm.runInContext('var declared = 10; function f() { return a * 3 } assigned = f(); list.push(typeof Math, typeof Array)', sandbox);
console.log(sandbox.declared, sandbox.assigned, typeof sandbox.f, sandbox.list);
console.log(vm.runInNewContext('x * y', { x: 6, y: 7 }));
console.log(vm.runInContext('Array === this.Array', sandbox), vm.runInContext('[] instanceof Array', sandbox));
const arr = vm.runInNewContext('[1, 2]'); console.log(arr instanceof Array, Array.isArray(arr));
console.log(vm.runInContext('globalThis.a', sandbox), Object.keys(sandbox).sort());
try { vm.runInContext('1', {}); } catch (e) { console.log(e.code, e.message); }
try { vm.runInContext('throw new TypeError("inside")', sandbox); } catch (e) { console.log(e instanceof TypeError, e.name, e.message); }
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const ctx = vm.createContext({}); script.runInContext(ctx); script.runInContext(ctx); console.log(ctx.count);
console.log(vm.runInNewContext('typeof require + typeof process'));
delete sandbox.a; console.log(vm.runInContext('typeof a', sandbox));
