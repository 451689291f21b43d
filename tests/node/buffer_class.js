// The Buffer function and class: prototype chain, callable forms, subclassing, module exports.
const buffer = require('buffer');
console.log(typeof Buffer, Buffer === buffer.Buffer, Buffer === globalThis.Buffer, Buffer.name, Buffer.length);
console.log(Object.getPrototypeOf(Buffer) === Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
const made = Buffer.from('abc');
console.log(made instanceof Buffer, made instanceof Uint8Array, made.constructor === Buffer, Buffer.isBuffer(made));
console.log(Object.prototype.toString.call(made), ArrayBuffer.isView(made), made.BYTES_PER_ELEMENT);
console.log(Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('abc'), Buffer.isBuffer(null), Buffer.isBuffer({}));
const called = new Buffer('called');
console.log(called.toString(), new Buffer(3), new Buffer([1, 2]), Buffer('plain', 'latin1').toString());
try {
  Buffer(3, 'utf8');
} catch (error) {
  console.log(error.name, error.code, error.message);
}
class Sub extends Buffer {}
console.log(typeof Sub, Sub.from('x') instanceof Buffer);
console.log(Object.keys(buffer).sort().join(','));
console.log(buffer.kMaxLength, buffer.constants.MAX_LENGTH, buffer.kStringMaxLength, buffer.constants.MAX_STRING_LENGTH);
console.log(Object.isFrozen(buffer.constants), Object.keys(buffer.constants));
console.log(buffer.INSPECT_MAX_BYTES, typeof buffer.Blob, typeof buffer.atob, typeof buffer.btoa);
for (const value of [-1, 'x']) {
  try {
    buffer.INSPECT_MAX_BYTES = value;
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
const methods = ['compare', 'copy', 'equals', 'fill', 'includes', 'indexOf', 'lastIndexOf', 'slice', 'subarray', 'swap16',
  'swap32', 'swap64', 'toJSON', 'toString', 'write', 'readUInt8', 'writeDoubleBE', 'readBigInt64LE'];
console.log(methods.map((name) => `${name}:${typeof Buffer.prototype[name]}`).join(' '));
console.log(Object.getOwnPropertyDescriptor(Buffer.prototype, 'toString').enumerable);
const iterated = [...Buffer.from('hi')];
console.log(iterated, [...Buffer.from('ab').entries()], Array.from(Buffer.from('z').keys()));
