// The globals this area adds: how they are defined, that they load lazily and can be replaced.
const names = ['Buffer', 'atob', 'btoa', 'Blob', 'File', 'TextEncoder', 'TextDecoder', 'structuredClone', 'DOMException'];
for (const name of names) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  const value = globalThis[name];
  console.log(name, typeof value, value.name, descriptor.enumerable, descriptor.configurable);
}
console.log(globalThis.Buffer === require('buffer').Buffer, globalThis.Blob === require('buffer').Blob);
console.log(require('util').TextDecoder === TextDecoder, require('util').TextEncoder === TextEncoder);
console.log(typeof require('string_decoder').StringDecoder, typeof require('node:querystring').parse);
console.log(require('node:buffer') === require('buffer'), require('node:string_decoder') === require('string_decoder'));
globalThis.btoa = () => 'replaced';
console.log(btoa('x'));
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'btoa');
console.log(typeof descriptor.value, descriptor.writable, descriptor.enumerable);
