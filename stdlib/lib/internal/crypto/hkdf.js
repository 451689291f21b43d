'use strict';
// HKDF (RFC 5869): hkdf and hkdfSync derive into a new ArrayBuffer. The callback form derives
// synchronously and calls back from the check phase, as the other key derivations do.

const binding = internalBinding('crypto');
const { codedError, validateFunction, validateInteger, validateString } = require('internal/errors');
const { toBytes, validateDigest, invalidDigest } = require('internal/crypto/util');
const { prepareSecretKey } = require('internal/crypto/key_object');

const kIkm = 'of type string or an instance of SecretKeyObject, ArrayBuffer, TypedArray, DataView, or Buffer';
const kBytes = 'of type string or an instance of ArrayBuffer, TypedArray, DataView, or Buffer';
const kMaxInfo = 1024;

function deriveHkdf(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  const key = prepareSecretKey(ikm, 'utf8', 'ikm', kIkm);
  const saltBytes = toBytes(salt, 'salt', 'utf8', kBytes);
  const infoBytes = toBytes(info, 'info', 'utf8', kBytes);
  validateInteger(keylen, 'length', 0, 2 ** 32);
  if (infoBytes.length > kMaxInfo) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "info" is out of range. It must be must not contain more than ${kMaxInfo} bytes. Received ${infoBytes.length}`);
  }
  const size = validateDigest(digest, () => invalidDigest(digest));
  // Expansion makes at most 255 blocks of the digest's size.
  if (keylen > 255 * size) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  const out = new Uint8Array(keylen);
  if (keylen > 0 && !binding.hkdf(digest, key, saltBytes, infoBytes, out)) {
    throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'HKDF failed');
  }
  return out.buffer;
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  return deriveHkdf(digest, ikm, salt, info, keylen);
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  validateFunction(callback, 'callback');
  const result = deriveHkdf(digest, ikm, salt, info, keylen);
  setImmediate(callback, null, result);
}

module.exports = { hkdf, hkdfSync };
