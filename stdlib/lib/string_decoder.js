'use strict';
// string_decoder: StringDecoder turns a stream of buffers into text, holding back the bytes of a
// character (or base64 group) split across writes until the rest arrives or end() is called.

const binding = internalBinding('buffer');
const { invalidArgType } = require('internal/errors');
const { kEncodings, normalizeEncoding, unknownEncoding } = require('internal/buffer/encodings');

function joinBytes(first, second) {
  if (first.length === 0) return second;
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

class StringDecoder {
  #index;
  // The held-back bytes of an incomplete character.
  #pending = new Uint8Array(0);

  constructor(encoding) {
    const name = normalizeEncoding(encoding);
    if (name === undefined) throw unknownEncoding(encoding);
    this.encoding = name;
    this.#index = kEncodings.indexOf(name);
  }

  // How many bytes at the end of `bytes` cannot be decoded yet.
  #incompleteLength(bytes) {
    switch (this.encoding) {
      case 'utf8':
        return binding.utf8Incomplete(bytes, 0, bytes.length);
      case 'utf16le': {
        if (bytes.length % 2 === 1) return 1;
        // A lead surrogate ending the input waits for its trail.
        const last = bytes.length >= 2 ? bytes[bytes.length - 2] | (bytes[bytes.length - 1] << 8) : 0;
        return last >= 0xD800 && last <= 0xDBFF ? 2 : 0;
      }
      case 'base64':
      case 'base64url':
        return bytes.length % 3;
      default:
        return 0;
    }
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
    const bytes = joinBytes(this.#pending, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    const complete = bytes.length - this.#incompleteLength(bytes);
    this.#pending = bytes.slice(complete);
    return binding.decode(bytes, 0, complete, this.#index);
  }

  // end ( buf ): the rest of the text; an incomplete UTF-8 character ends as U+FFFD, a split
  // UTF-16 unit is dropped, a base64 group is padded.
  end(buf) {
    let text = buf === undefined ? '' : this.write(buf);
    const pending = this.#pending;
    this.#pending = new Uint8Array(0);
    if (pending.length > 0) {
      if (this.encoding === 'utf8') text += '\uFFFD';
      else text += binding.decode(pending, 0, pending.length, this.#index);
    }
    return text;
  }

  // text ( buf, offset ): the decoding of buf from byte `offset` on.
  text(buf, offset) {
    if (!ArrayBuffer.isView(buf)) throw invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
    return this.write(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength).subarray(offset));
  }
}

module.exports = { StringDecoder };
