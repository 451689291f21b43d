'use strict';
// Blob (File API): immutable bytes with a MIME type, made from strings (as UTF-8), buffers,
// views and other blobs; read back with text(), arrayBuffer() and bytes(), cut with slice().

const binding = internalBinding('buffer');
const { invalidArgType, invalidArgValue } = require('internal/errors');
const { inspect } = require('internal/util/inspect');

const kUtf8 = 0;

function utf8Bytes(text) {
  const bytes = new Uint8Array(binding.utf8ByteLength(text));
  binding.write(bytes, 0, bytes.length, text, kUtf8);
  return bytes;
}

// A type is kept, lower-cased, only when all its characters are printable ASCII.
function normalizeType(type) {
  type = `${type}`;
  return /^[\x20-\x7E]*$/.test(type) ? type.toLowerCase() : '';
}

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw invalidArgType('sources', 'a sequence', sources);
    }
    const { type = '', endings = 'transparent' } = options ?? {};
    if (endings !== 'transparent' && endings !== 'native') throw invalidArgValue('options.endings', endings);
    const parts = Array.from(sources, (part) => Blob.#partBytes(part, `${endings}`));
    let size = 0;
    for (const part of parts) size += part.length;
    this.#bytes = new Uint8Array(size);
    let position = 0;
    for (const part of parts) {
      this.#bytes.set(part, position);
      position += part.length;
    }
    this.#type = normalizeType(type);
  }

  static #partBytes(part, endings) {
    if (part instanceof Blob) return part.#bytes;
    if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
    if (part instanceof ArrayBuffer || Object.prototype.toString.call(part) === '[object SharedArrayBuffer]') {
      return new Uint8Array(part).slice();
    }
    const text = `${part}`;
    return utf8Bytes(endings === 'native' ? text.replace(/\r\n?/g, '\n') : text);
  }

  get size() { return this.#bytes.length; }
  get type() { return this.#type; }

  // slice ( start, end, contentType ): negative positions count from the end.
  slice(start = 0, end = this.size, contentType = '') {
    const clamp = (position) => {
      position = Math.trunc(+position) || 0;
      return position < 0 ? Math.max(this.size + position, 0) : Math.min(position, this.size);
    };
    const from = clamp(start);
    const blob = new Blob();
    blob.#bytes = this.#bytes.slice(from, Math.max(clamp(end), from));
    blob.#type = normalizeType(contentType);
    return blob;
  }

  async arrayBuffer() { return this.#bytes.slice().buffer; }
  async bytes() { return this.#bytes.slice(); }
  async text() { return binding.decode(this.#bytes, 0, this.#bytes.length, kUtf8); }

  // A byte stream of a copy of the contents.
  stream() {
    const { ReadableStream } = require('internal/webstreams/readable_stream');
    const bytes = this.#bytes;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (bytes.length > 0) controller.enqueue(bytes.slice());
        controller.close();
        controller.byobRequest?.respond(0);
      },
    });
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return '[Blob]';
    return `Blob ${inspect({ size: this.size, type: this.type }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

module.exports = { Blob };
