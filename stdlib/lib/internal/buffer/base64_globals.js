'use strict';
// atob and btoa (HTML): base64 over "binary strings", one character per byte, with the
// forgiving-base64 rules of the Infra standard and InvalidCharacterError DOMExceptions.

const binding = internalBinding('buffer');
const { codedError } = require('internal/errors');
const { DOMException } = require('internal/dom_exception');

const kBase64 = 4;
const kLatin1 = 2;

function missingInput() {
  return codedError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
}

function invalidCharacter(message = 'Invalid character') {
  return new DOMException(message, 'InvalidCharacterError');
}

const isAsciiWhitespace = (c) => c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20;
const isBase64Digit = (c) => (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) ||
  c === 0x2B || c === 0x2F;

function btoa(input) {
  if (arguments.length === 0) throw missingInput();
  input = `${input}`;
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code > 0xFF) throw invalidCharacter();
    bytes[i] = code;
  }
  return binding.decode(bytes, 0, bytes.length, kBase64);
}

function atob(input) {
  if (arguments.length === 0) throw missingInput();
  input = `${input}`;
  // Counts the significant characters; '=' (at most two) may only end the text.
  let significant = 0;
  let padding = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (isAsciiWhitespace(code)) continue;
    significant++;
    if (code === 0x3D) padding++;
    else if (!isBase64Digit(code) || padding > 0) throw invalidCharacter();
    if (padding > 2) throw invalidCharacter();
  }
  let remainder = significant % 4;
  if (remainder === 0) remainder = (significant - padding) % 4;
  else if (padding > 0) throw invalidCharacter();
  if (remainder === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  const bytes = new Uint8Array(((significant - padding) * 3) >>> 2);
  const written = binding.write(bytes, 0, bytes.length, input, kBase64);
  return binding.decode(bytes, 0, written, kLatin1);
}

module.exports = { atob, btoa };
