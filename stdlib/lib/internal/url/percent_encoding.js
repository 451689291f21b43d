'use strict';
// Percent-encoding and decoding, and the URL Standard's percent-encode sets —
// https://url.spec.whatwg.org/#percent-encoded-bytes

const { TextEncoder, TextDecoder } = require('internal/encoding');

const utf8Encoder = new TextEncoder();
// "UTF-8 decode without BOM": a leading U+FEFF stays; invalid bytes become U+FFFD.
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

// A percent-encode set is a predicate on code points; each set extends the one before it.
const isC0Control = (c) => c < 0x20 || c > 0x7E;
const setOf = (base, chars) => (c) => base(c) || chars.includes(String.fromCharCode(c));
const c0ControlSet = isC0Control;
const fragmentSet = setOf(c0ControlSet, ' "<>`');
const querySet = setOf(c0ControlSet, ' "#<>');
const specialQuerySet = setOf(querySet, "'");
const pathSet = setOf(querySet, '?`{}');
const userinfoSet = setOf(pathSet, '/:;=@[\\]^|');
const componentSet = setOf(userinfoSet, '$%&+,');
const formSet = setOf(componentSet, "!'()~");

const hex = (byte) => '%' + (byte < 16 ? '0' : '') + byte.toString(16).toUpperCase();

// UTF-8 percent-encode ( codePoint string, set ): encodes every code point of `string` in `set`.
function percentEncode(string, set, spaceAsPlus = false) {
  let result = '';
  for (const char of string) {
    const code = char.codePointAt(0);
    if (spaceAsPlus && code === 0x20) result += '+';
    else if (!set(code)) result += char;
    else for (const byte of utf8Encoder.encode(char)) result += hex(byte);
  }
  return result;
}

const isHexDigit = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

// Percent-decode ( bytes ), over the UTF-8 bytes of a string; returns bytes.
function percentDecodeBytes(string) {
  const input = utf8Encoder.encode(string);
  const output = [];
  for (let i = 0; i < input.length; i++) {
    if (input[i] === 0x25 && i + 2 < input.length && isHexDigit(input[i + 1]) && isHexDigit(input[i + 2])) {
      output.push(parseInt(String.fromCharCode(input[i + 1], input[i + 2]), 16));
      i += 2;
    } else {
      output.push(input[i]);
    }
  }
  return output;
}

// The string whose UTF-8 bytes are those of `string` percent-decoded.
const percentDecode = (string) => utf8Decoder.decode(Uint8Array.from(percentDecodeBytes(string)));

module.exports = {
  c0ControlSet,
  fragmentSet,
  querySet,
  specialQuerySet,
  pathSet,
  userinfoSet,
  componentSet,
  formSet,
  percentEncode,
  percentDecode,
};
