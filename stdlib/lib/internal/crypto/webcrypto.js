'use strict';
// The Web Crypto object (globalThis.crypto): getRandomValues and randomUUID. Its `subtle`
// methods are not provided: each throws ERR_NOT_IMPLEMENTED.

const { getRandomValues, randomUUID } = require('internal/crypto/random');
const { codedError } = require('internal/errors');

class SubtleCrypto {}
for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey',
  'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    value: { async [name]() { throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `crypto.subtle.${name} is not implemented in Sable`); } }[name],
    writable: true,
    configurable: true,
  });
}

class Crypto {
  get subtle() { return subtle; }
  getRandomValues(array) { return getRandomValues(array); }
  randomUUID() { return randomUUID(); }
}

const subtle = new SubtleCrypto();
const webcrypto = new Crypto();

module.exports = { webcrypto, Crypto, SubtleCrypto };
