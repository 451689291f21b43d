'use strict';
// Password-based key derivation: PBKDF2 and scrypt. The callback forms derive synchronously and
// call back from the check phase, where Node's thread pool results would arrive by.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, validateFunction, validateInteger, validateString } = require('internal/errors');
const { binaryLike, validateDigest, invalidDigest } = require('internal/crypto/util');

const kMaxInt = 2 ** 31 - 1;

function derivePbkdf2(password, salt, iterations, keylen, digest) {
  const passwordBytes = binaryLike(password, 'password');
  const saltBytes = binaryLike(salt, 'salt');
  validateInteger(iterations, 'iterations', 1, kMaxInt);
  validateInteger(keylen, 'keylen', 0, kMaxInt);
  validateString(digest, 'digest');
  validateDigest(digest, () => invalidDigest(digest));
  const out = Buffer.alloc(keylen);
  if (keylen > 0 && !binding.pbkdf2(passwordBytes, saltBytes, iterations, digest, out)) {
    throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'PBKDF2 failed');
  }
  return out;
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return derivePbkdf2(password, salt, iterations, keylen, digest);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') [digest, callback] = [undefined, digest];
  validateFunction(callback, 'callback');
  setImmediate(callback, null, derivePbkdf2(password, salt, iterations, keylen, digest));
}

// scrypt's parameters, with Node's defaults and aliases (cost = N, blockSize = r,
// parallelization = p).
function scryptParams(options = {}) {
  const pick = (names, fallback) => {
    const given = names.filter((name) => options[name] !== undefined);
    if (given.length > 1) throw codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
    if (given.length === 0) return fallback;
    validateInteger(options[given[0]], given[0], 0, 2 ** 32 - 1);
    return options[given[0]];
  };
  const N = pick(['N', 'cost'], 16384);
  const r = pick(['r', 'blockSize'], 8);
  const p = pick(['p', 'parallelization'], 1);
  const maxmem = options.maxmem === undefined ? 32 << 20 : options.maxmem;
  validateInteger(maxmem, 'maxmem', 0);
  return { N, r, p, maxmem };
}

function deriveScrypt(password, salt, keylen, options) {
  const passwordBytes = binaryLike(password, 'password');
  const saltBytes = binaryLike(salt, 'salt');
  validateInteger(keylen, 'keylen', 0, kMaxInt);
  const { N, r, p, maxmem } = scryptParams(options ?? undefined);
  const out = Buffer.alloc(keylen);
  const result = binding.scrypt(passwordBytes, saltBytes, N, r, p, maxmem, out);
  if (result !== true) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', `Invalid scrypt params${result ? `: ${result}` : ''}`);
  }
  return out;
}

function scryptSync(password, salt, keylen, options) {
  return deriveScrypt(password, salt, keylen, options);
}

// scrypt ( password, salt, keylen [ , options ], callback )
function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateFunction(callback, 'callback');
  setImmediate(callback, null, deriveScrypt(password, salt, keylen, options));
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync };
