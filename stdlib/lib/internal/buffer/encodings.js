'use strict';
// Node's character encodings: their accepted names, the index the buffer binding knows each by,
// and how many bytes a string takes in each.

const binding = internalBinding('buffer');
const { codedError } = require('internal/errors');

// The binding's encoding indices (Encoding in stdlib/binding_buffer.cpp).
const kEncodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

const aliases = {
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'ascii': 'ascii', 'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex',
};

// The canonical name of `encoding` (undefined, null and '' mean utf8), or undefined.
function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  if (typeof encoding !== 'string') encoding = `${encoding}`;
  return Object.hasOwn(aliases, encoding.toLowerCase()) ? aliases[encoding.toLowerCase()] : undefined;
}

function unknownEncoding(encoding) {
  const { format } = require('internal/util/inspect');
  return codedError(TypeError, 'ERR_UNKNOWN_ENCODING', format('Unknown encoding: %s', encoding));
}

// The canonical name of an encoding argument where only undefined means utf8 (toString,
// indexOf), else ERR_UNKNOWN_ENCODING.
function encodingName(encoding) {
  if (encoding === undefined) return 'utf8';
  const name = typeof encoding === 'string' && encoding !== '' ? normalizeEncoding(encoding) : undefined;
  if (name === undefined) throw unknownEncoding(encoding);
  return name;
}

// The binding's index for `encoding`, by encodingName's rules.
function encodingIndex(encoding) {
  return kEncodings.indexOf(encodingName(encoding));
}

// Bytes a base64 text decodes to: 3 per 4 characters, less its '=' padding.
function base64ByteLength(string) {
  let length = string.length;
  if (length > 0 && string.charCodeAt(length - 1) === 0x3D) length--;
  if (length > 1 && string.charCodeAt(length - 1) === 0x3D) length--;
  return (length * 3) >>> 2;
}

// The encoded length of `string` in the canonical encoding `name`.
function encodedLength(string, name) {
  switch (name) {
    case 'utf8': return binding.utf8ByteLength(string);
    case 'utf16le': return string.length * 2;
    case 'latin1': case 'ascii': return string.length;
    case 'hex': return string.length >>> 1;
    default: return base64ByteLength(string);
  }
}

module.exports = { kEncodings, normalizeEncoding, unknownEncoding, encodingName, encodingIndex, encodedLength };
