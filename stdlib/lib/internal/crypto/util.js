'use strict';
// What the crypto modules share: turning Node's accepted inputs into bytes for the binding,
// Node's errors for OpenSSL's failures, and for a function Sable does not provide.

const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');
const { normalizeEncoding } = require('internal/buffer/encodings');

// A Uint8Array over the bytes of a string (in `encoding`, utf8 when unknown), ArrayBuffer or
// ArrayBufferView; else ERR_INVALID_ARG_TYPE naming `expected`.
function toBytes(value, name, encoding, expected) {
  if (typeof value === 'string') return Buffer.from(value, normalizeEncoding(encoding) ?? 'utf8');
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) return new Uint8Array(value);
  throw invalidArgType(name, expected, value);
}

const kBinaryLike = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

// Passwords, salts and keys: strings or any binary data.
function binaryLike(value, name) {
  return toBytes(value, name, 'utf8', kBinaryLike);
}

// Bytes as a Buffer, or as a string when `encoding` names one ('buffer', null or an unknown
// name keeps the Buffer).
function encodeOutput(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = encoding === undefined || encoding === null || encoding === 'buffer' ? undefined : normalizeEncoding(encoding);
  return name === undefined ? buffer : buffer.toString(name);
}

// Checks that OpenSSL provides the digest `name`; `unknown` makes the error for a name it does
// not know at all.
function validateDigest(name, unknown) {
  const size = internalBinding('crypto').digestSize(name);
  if (size === -1) throw unknown();
  if (size === -2) throw codedError(Error, 'ERR_OSSL_EVP_UNSUPPORTED', 'error:0308010C:digital envelope routines::unsupported');
  return size;
}

function invalidDigest(name) {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${name}`);
}

// The error for OpenSSL's last failure, as Node makes it: OpenSSL's message, with `library`,
// `reason` and a code like ERR_OSSL_BAD_DECRYPT; `fallback` is the message when OpenSSL gave
// no reason.
function opensslError(fallback) {
  const details = internalBinding('crypto').takeError();
  if (details === undefined) return new Error(fallback);
  const [message, library, reason, prefix] = details;
  const error = new Error(message);
  error.library = library;
  error.reason = reason;
  error.code = `ERR_OSSL_${prefix}${reason.toUpperCase().replace(/[\s-]+/g, '_')}`;
  return error;
}

function invalidState(operation) {
  return codedError(Error, 'ERR_CRYPTO_INVALID_STATE', operation ? `Invalid state for operation ${operation}` : 'Invalid state');
}

function notImplemented(name) {
  return codedError(Error, 'ERR_NOT_IMPLEMENTED', `crypto.${name} is not implemented in Sable`);
}

module.exports = {
  toBytes, binaryLike, encodeOutput, validateDigest, invalidDigest, opensslError, invalidState, notImplemented,
};
