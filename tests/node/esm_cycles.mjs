// Cyclic imports: the dependency runs first and sees its importer's bindings uninitialized
// (a ReferenceError for const), then both see each other.
import { a, getB } from './fixtures/esm_cycles/a.mjs';
import { b, readA } from './fixtures/esm_cycles/b.mjs';

console.log('main:', a, b, getB(), readA());
const again = await import('./fixtures/esm_cycles/b.mjs');
console.log(again.b, again.readA());
