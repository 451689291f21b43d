// ES module main program: named, default and namespace imports, live bindings, re-exports.
import libDefault, { count, increment, inc, list } from './fixtures/esm_basic/lib.mjs';
import * as lib from './fixtures/esm_basic/lib.mjs';
import * as other from './fixtures/esm_basic/other.mjs';

console.log(libDefault, count, list);
increment();
console.log('after increment', count, lib.count);
inc();
console.log('after inc', count);
console.log(Object.keys(lib));
console.log(Object.keys(other));
console.log(other.libNamespace === lib, other.own, other.count);
console.log(typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(this);
console.log(Object.prototype.toString.call(lib), Object.getPrototypeOf(lib));
try {
  lib.count = 5;
} catch (error) {
  console.log(error.name);
}
