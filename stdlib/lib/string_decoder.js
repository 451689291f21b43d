'use strict';
// string_decoder: StringDecoder turns a stream of buffers into text, holding back the bytes of a
// character (or base64 group) split across writes until the rest arrives or end() is called.
// As Node's, a held character is completed by the next write's first bytes and decoded alone
// (for UTF-8 only by continuation bytes: any other byte ends it, decoded as U+FFFD).

const binding = internalBinding('buffer');
const { invalidArgType } = require('internal/errors');
const { kEncodings, normalizeEncoding, unknownEncoding } = require('internal/buffer/encodings');

const kEmpty = new Uint8Array(0);

function joinBytes(first, second) {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

const isContinuation = (byte) => (byte & 0xC0) === 0x80;

// The length of the UTF-8 sequence a lead byte starts, judged by its high bits alone.
function utf8SequenceLength(byte) {
  if ((byte & 0xE0) === 0xC0) return 2;
  if ((byte & 0xF0) === 0xE0) return 3;
  if ((byte & 0xF8) === 0xF0) return 4;
  return 1;
}

class StringDecoder {
  #index;
  // The held-back bytes of an incomplete character, and how many more it needs.
  #pending = kEmpty;
  #missing = 0;

  constructor(encoding) {
    const name = normalizeEncoding(encoding);
    if (name === undefined) throw unknownEncoding(encoding);
    this.encoding = name;
    this.#index = kEncodings.indexOf(name);
  }

  // [bytes at the end of `bytes` that cannot be decoded yet, the length they belong to].
  #incompleteTail(bytes) {
    const length = bytes.length;
    switch (this.encoding) {
      case 'utf8':
        for (let back = 1; back <= Math.min(3, length); back++) {
          if (isContinuation(bytes[length - back])) continue;
          const needed = utf8SequenceLength(bytes[length - back]);
          return needed > back ? [back, needed] : [0, 0];
        }
        return [0, 0];
      case 'utf16le': {
        if (length % 2 === 1) return [1, 2];
        // A lead surrogate ending the input waits for its trail.
        const last = length >= 2 ? bytes[length - 2] | (bytes[length - 1] << 8) : 0;
        return last >= 0xD800 && last <= 0xDBFF ? [2, 4] : [0, 0];
      }
      case 'base64':
      case 'base64url':
        return [length % 3, 3];
      default:
        return [0, 0];
    }
  }

  // Adds the start of `bytes` to the held character; returns the bytes left over.
  #completePending(bytes) {
    let take = Math.min(this.#missing, bytes.length);
    let interrupted = false;
    if (this.encoding === 'utf8') {
      for (let i = 0; i < take; i++) {
        if (!isContinuation(bytes[i])) {
          take = i;
          interrupted = true;
          break;
        }
      }
    }
    this.#pending = joinBytes(this.#pending, bytes.subarray(0, take));
    this.#missing = interrupted ? 0 : this.#missing - take;
    return bytes.subarray(take);
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
    let bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    let prefix = '';
    if (this.#pending.length > 0) {
      bytes = this.#completePending(bytes);
      if (this.#missing > 0) return '';
      prefix = binding.decode(this.#pending, 0, this.#pending.length, this.#index);
      this.#pending = kEmpty;
    }
    const [kept, total] = this.#incompleteTail(bytes);
    const complete = bytes.length - kept;
    this.#pending = bytes.slice(complete);
    this.#missing = total - kept;
    return prefix + binding.decode(bytes, 0, complete, this.#index);
  }

  // end ( buf ): the rest of the text; an incomplete UTF-8 character ends as U+FFFD, a split
  // UTF-16 unit is dropped, a base64 group is padded.
  end(buf) {
    let text = buf === undefined ? '' : this.write(buf);
    const pending = this.#pending;
    this.#pending = kEmpty;
    this.#missing = 0;
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
