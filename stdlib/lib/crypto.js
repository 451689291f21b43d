'use strict';
// node:crypto over OpenSSL (internalBinding('crypto')): digests, HMAC, random values, key
// derivation (PBKDF2, scrypt, HKDF), ciphers, keys (secret, public, private; generation,
// import and export), signatures, RSA encryption, Diffie-Hellman (classic, ECDH, between
// keys), primes, X.509 certificates and timingSafeEqual. Engines and FIPS mode are not
// provided: setEngine and setFips(true) throw ERR_NOT_IMPLEMENTED.

const binding = internalBinding('crypto');
const { codedError, validateNumber, validateString } = require('internal/errors');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const keys = require('internal/crypto/keys');
const { hkdf, hkdfSync } = require('internal/crypto/hkdf');
const cipher = require('internal/crypto/cipher');
const { KeyObject, createSecretKey, createPublicKey, createPrivateKey } = require('internal/crypto/key_object');
const { constants } = require('internal/crypto/constants');
const sig = require('internal/crypto/sig');
const rsaCipher = require('internal/crypto/rsa_cipher');
const keygen = require('internal/crypto/keygen');
const { getCurves } = require('internal/crypto/curves');
const { ECDH, createECDH } = require('internal/crypto/ecdh');
const dh = require('internal/crypto/diffiehellman');
const prime = require('internal/crypto/prime');
const { X509Certificate } = require('internal/crypto/x509');
const { Certificate } = require('internal/crypto/certificate');
const { webcrypto } = require('internal/crypto/webcrypto');
const { notImplemented } = require('internal/crypto/util');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(a, b) {
  for (const [value, name] of [[a, 'buf1'], [b, 'buf2']]) {
    if (!ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  if (a.byteLength !== b.byteLength) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  const bytes = (view) => ArrayBuffer.isView(view) ? new Uint8Array(view.buffer, view.byteOffset, view.byteLength) : new Uint8Array(view);
  return binding.timingSafeEqual(bytes(a), bytes(b));
}

// Sable has no secure heap (Node's --secure-heap): nothing is allocated from one.
function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

// OpenSSL engines are not loaded: setEngine checks its arguments, then throws.
function setEngine(id, flags) {
  validateString(id, 'id');
  if (flags !== undefined) validateNumber(flags, 'flags');
  throw notImplemented('setEngine');
}

// FIPS mode is never on; turning it off is allowed.
function setFips(enabled) {
  if (enabled) throw notImplemented('setFips');
}

module.exports = {
  secureHeapUsed,
  setEngine,
  setFips,
  createHash,
  createHmac,
  getHashes,
  hash,
  Hash,
  Hmac,
  ...random,
  ...keys,
  hkdf,
  hkdfSync,
  ...cipher,
  KeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  ...sig,
  ...rsaCipher,
  ...keygen,
  getCurves,
  ECDH,
  createECDH,
  ...dh,
  ...prime,
  X509Certificate,
  Certificate,
  timingSafeEqual,
  getFips: () => 0,
  webcrypto,
  subtle: webcrypto.subtle,
};
Object.defineProperty(module.exports, 'constants', { value: constants, enumerable: true });

// Deprecated members, not enumerable: createCipher/createDecipher (DEP0106), the fips
// accessor (DEP0093), and randomBytes' old names (DEP0115, which Node does not warn about).
const { deprecate } = require('util');
Object.defineProperties(module.exports, {
  createCipher: { value: deprecate((name, password, options) => new cipher.Cipher(name, password, options),
    'crypto.createCipher is deprecated.', 'DEP0106') },
  createDecipher: { value: deprecate((name, password, options) => new cipher.Decipher(name, password, options),
    'crypto.createDecipher is deprecated.', 'DEP0106') },
  fips: { get: () => 0, set: setFips },
});
for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
  let value = random.randomBytes;
  Object.defineProperty(module.exports, name, { get: () => value, set: (replacement) => { value = replacement; }, configurable: true });
}
