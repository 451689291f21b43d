'use strict';
// UTF-8 encoding and decoding of JS strings as the Encoding Standard does it: lone surrogates
// encode as U+FFFD, and invalid byte sequences decode as U+FFFD (one per maximal subpart).

// utf8Encode ( string ): an array of bytes.
function utf8Encode(string) {
  const bytes = [];
  for (const char of string) {
    let code = char.codePointAt(0);
    if (code >= 0xD800 && code <= 0xDFFF) code = 0xFFFD;
    if (code < 0x80) {
      bytes.push(code);
    } else if (code < 0x800) {
      bytes.push(0xC0 | (code >> 6), 0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      bytes.push(0xE0 | (code >> 12), 0x80 | ((code >> 6) & 0x3F), 0x80 | (code & 0x3F));
    } else {
      bytes.push(0xF0 | (code >> 18), 0x80 | ((code >> 12) & 0x3F), 0x80 | ((code >> 6) & 0x3F), 0x80 | (code & 0x3F));
    }
  }
  return bytes;
}

// UTF-8 decode without BOM ( bytes ) — https://encoding.spec.whatwg.org/#utf-8-decoder
function utf8Decode(bytes) {
  let result = '';
  let codePoint = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xBF;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (needed === 0) {
      if (byte <= 0x7F) {
        result += String.fromCharCode(byte);
      } else if (byte >= 0xC2 && byte <= 0xDF) {
        needed = 1;
        codePoint = byte & 0x1F;
      } else if (byte >= 0xE0 && byte <= 0xEF) {
        if (byte === 0xE0) lower = 0xA0;
        if (byte === 0xED) upper = 0x9F;
        needed = 2;
        codePoint = byte & 0xF;
      } else if (byte >= 0xF0 && byte <= 0xF4) {
        if (byte === 0xF0) lower = 0x90;
        if (byte === 0xF4) upper = 0x8F;
        needed = 3;
        codePoint = byte & 0x7;
      } else {
        result += '\uFFFD';
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence ends early: one U+FFFD for it, and this byte starts afresh.
      codePoint = needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      result += '\uFFFD';
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xBF;
    codePoint = (codePoint << 6) | (byte & 0x3F);
    if (++seen === needed) {
      result += String.fromCodePoint(codePoint);
      codePoint = needed = seen = 0;
    }
  }
  if (needed !== 0) result += '\uFFFD';
  return result;
}

module.exports = { utf8Encode, utf8Decode };
