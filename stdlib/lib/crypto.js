'use strict';
// node:crypto: digests, HMAC, random values, key derivation (PBKDF2, scrypt, HKDF), ciphers,
// secret keys and timingSafeEqual over OpenSSL (internalBinding('crypto')). Asymmetric keys,
// signatures and Diffie-Hellman are not provided: they throw ERR_NOT_IMPLEMENTED.

const binding = internalBinding('crypto');
const { codedError } = require('internal/errors');
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

const unsupported = {};
for (const name of ['setEngine', 'setFips']) {
  unsupported[name] = { [name]() { throw notImplemented(name); } }[name];
}

module.exports = {
  ...unsupported,
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
  timingSafeEqual,
  getFips: () => 0,
  webcrypto,
  subtle: webcrypto.subtle,
};
Object.defineProperty(module.exports, 'constants', { value: constants, enumerable: true });
