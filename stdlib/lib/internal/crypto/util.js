'use strict';
// What the crypto modules share: turning Node's accepted inputs into bytes for the binding, and
// Node's error for a function Sable does not provide.

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

// Bytes as a Buffer, or as a string when `encoding` names one ('buffer' or an unknown name
// keeps the Buffer).
function encodeOutput(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = encoding === undefined || encoding === 'buffer' ? undefined : normalizeEncoding(encoding);
  return name === undefined ? buffer : buffer.toString(name);
}

function notImplemented(name) {
  return codedError(Error, 'ERR_NOT_IMPLEMENTED', `crypto.${name} is not implemented in Sable`);
}

module.exports = { toBytes, binaryLike, encodeOutput, notImplemented };
