// Module namespace objects: sorted keys, toStringTag, null prototype, non-extensible, writable
// but not settable properties.
import * as path from 'node:path';
import * as self from './esm_namespace_object.mjs';

export const zeta = 1;
export const alpha = 2;
export function beta() {}
export default 'default value';

console.log(Object.keys(self));
console.log(Object.getPrototypeOf(self), self[Symbol.toStringTag], Object.prototype.toString.call(self));
console.log(Object.getOwnPropertyDescriptor(self, 'alpha'));
console.log(Object.getOwnPropertyDescriptor(self, Symbol.toStringTag));
console.log(Object.isExtensible(self), 'zeta' in self, 'missing' in self, self.missing);
console.log(Reflect.ownKeys(self).length, typeof self.beta);
try {
  self.alpha = 5;
} catch (error) {
  console.log(error.name);
}
try {
  Object.defineProperty(self, 'added', { value: 1 });
} catch (error) {
  console.log(error.name);
}
console.log(Object.keys(path).length > 5, path[Symbol.toStringTag]);
