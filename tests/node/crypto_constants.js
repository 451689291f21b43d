'use strict';
// crypto.constants: names, values (the version number only as a type), read-only properties,
// and the writable default cipher list.
const crypto = require('crypto');
const { constants } = crypto;

console.log(Object.getPrototypeOf(constants) === null);
const descriptor = Object.getOwnPropertyDescriptor(crypto, 'constants');
console.log(descriptor.writable, descriptor.enumerable, descriptor.configurable);
for (const [name, value] of Object.entries(constants)) {
  if (name === 'OPENSSL_VERSION_NUMBER') console.log(name, typeof value, value > 0x30000000);
  else if (typeof value === 'string') console.log(name, value.split(':').length, value.split(':')[0]);
  else console.log(name, value);
}
const rsa = Object.getOwnPropertyDescriptor(constants, 'RSA_PKCS1_PADDING');
console.log(rsa.writable, rsa.enumerable, rsa.configurable);
try {
  constants.RSA_PKCS1_PADDING = 99;
} catch (error) {
  console.log(error.name);
}
console.log(constants.RSA_PKCS1_PADDING);
const list = Object.getOwnPropertyDescriptor(constants, 'defaultCipherList');
console.log(list.writable, list.enumerable);
const original = constants.defaultCipherList;
constants.defaultCipherList = 'HIGH';
console.log(constants.defaultCipherList, constants.defaultCoreCipherList === original);
constants.defaultCipherList = original;
console.log(Object.isFrozen(constants), Object.keys(constants).length);
// The deprecated constants module carries them too.
const legacy = require('constants');
console.log(legacy.RSA_PKCS1_OAEP_PADDING, legacy.POINT_CONVERSION_HYBRID, legacy.TLS1_3_VERSION, typeof legacy.defaultCoreCipherList);
