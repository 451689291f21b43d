'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding): UTF-8 out; UTF-8, UTF-16LE and
// windows-1252 (decoded as Latin-1, as Node does) in, with `fatal`, `ignoreBOM` and streaming decodes that keep an
// incomplete trailing character for the next call.

const binding = internalBinding('buffer');
const { codedError, invalidArgType } = require('internal/errors');
const { inspect } = require('internal/util/inspect');

const kUtf8 = 0;
const kUtf16le = 1;
const kLatin1 = 2;

class TextEncoder {
  get encoding() { return 'utf-8'; }

  encode(input = '') {
    input = `${input}`;
    const bytes = new Uint8Array(binding.utf8ByteLength(input));
    binding.write(bytes, 0, bytes.length, input, kUtf8);
    return bytes;
  }

  // encodeInto ( source, destination ): whole characters that fit; { read, written } in code
  // units and bytes.
  encodeInto(source, destination) {
    source = `${source}`;
    if (!(destination instanceof Uint8Array)) throw invalidArgType('dest', 'an instance of Uint8Array', destination);
    const written = binding.write(destination, 0, destination.length, source, kUtf8);
    // Counts the code units the written bytes came from.
    let read = 0;
    for (let bytes = 0; bytes < written;) {
      const code = source.codePointAt(read);
      const isPair = code > 0xFFFF;
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : isPair ? 4 : 3;
      read += isPair ? 2 : 1;
    }
    return { read, written };
  }

  [inspect.custom](depth, options) {
    return inspect({ encoding: 'utf-8' }, options);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

// The labels of the supported encodings (WHATWG's table), by encoding name.
const kLabels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
    'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
};

function encodingForLabel(label) {
  label = `${label}`.trim().toLowerCase();
  for (const [encoding, labels] of Object.entries(kLabels)) {
    if (labels.includes(label)) return encoding;
  }
  return undefined;
}

function invalidEncodedData(encoding) {
  return codedError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${encoding}`);
}

// The input's bytes: ArrayBuffer, views; undefined is empty.
function inputBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const tag = Object.prototype.toString.call(input);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(input);
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  // Bytes of an incomplete character kept from the previous streaming call.
  #pending = new Uint8Array(0);
  #bomSeen = false;

  constructor(label = 'utf-8', options = {}) {
    if (options !== null && typeof options !== 'object' && typeof options !== 'undefined') {
      throw invalidArgType('options', 'of type object', options);
    }
    const encoding = encodingForLabel(label);
    if (encoding === undefined) {
      throw codedError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${label}" encoding is not supported`);
    }
    this.#encoding = encoding;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }

  decode(input, options = {}) {
    let bytes = inputBytes(input);
    const stream = Boolean(options?.stream);
    if (this.#pending.length > 0) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
    }
    let keep = 0;
    if (stream) {
      if (this.#encoding === 'utf-8') keep = binding.utf8Incomplete(bytes, 0, bytes.length);
      else if (this.#encoding === 'utf-16le') keep = utf16Incomplete(bytes);
    }
    this.#pending = bytes.slice(bytes.length - keep);
    bytes = bytes.subarray(0, bytes.length - keep);
    let text = this.#decodeComplete(bytes, stream);
    if (!this.#ignoreBOM && !this.#bomSeen && text.length > 0) {
      this.#bomSeen = true;
      if (text.charCodeAt(0) === 0xFEFF && this.#encoding !== 'windows-1252') text = text.slice(1);
    }
    if (!stream) this.#bomSeen = false;
    return text;
  }

  #decodeComplete(bytes, stream) {
    switch (this.#encoding) {
      case 'utf-8':
        if (this.#fatal && !binding.isUtf8(bytes, 0, bytes.length)) this.#failFatal();
        return binding.decode(bytes, 0, bytes.length, kUtf8);
      case 'utf-16le': {
        let text = binding.decode(bytes, 0, bytes.length, kUtf16le);
        if (bytes.length % 2 === 1 && !stream) {
          if (this.#fatal) this.#failFatal();
          text += '\uFFFD';
        }
        const wellFormed = text.toWellFormed();
        if (wellFormed !== text && this.#fatal) this.#failFatal();
        return wellFormed;
      }
      default:
        // Node decodes windows-1252 as Latin-1 (0x80-0x9F stay C1 controls).
        return binding.decode(bytes, 0, bytes.length, kLatin1);
    }
  }

  #failFatal() {
    this.#pending = new Uint8Array(0);
    this.#bomSeen = false;
    throw invalidEncodedData(this.#encoding);
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return '[TextDecoder]';
    const shown = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    return `TextDecoder ${inspect(shown, options)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

// An odd final byte, or a final lead surrogate (2 bytes, plus the odd byte if any), waits for more.
function utf16Incomplete(bytes) {
  const odd = bytes.length % 2;
  const end = bytes.length - odd;
  if (end >= 2) {
    const unit = bytes[end - 2] | (bytes[end - 1] << 8);
    if (unit >= 0xD800 && unit <= 0xDBFF) return 2 + odd;
  }
  return odd;
}

module.exports = { TextEncoder, TextDecoder };
