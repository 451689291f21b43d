'use strict';
// TextEncoderStream and TextDecoderStream — https://encoding.spec.whatwg.org/#interface-textencoderstream:
// TransformStreams that encode strings to UTF-8 bytes and decode bytes to strings, a character
// split across chunks kept whole.

const { TextEncoder, TextDecoder } = require('internal/encoding');
const { isAnyArrayBuffer } = require('util').types;
const { setSlots, slotsOf, invalidArgType, defineInspect, defineInterface } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transform_stream');

const isHighSurrogate = (code) => code >= 0xD800 && code <= 0xDBFF;

// TextEncoderStream slots: transform; a high surrogate that ended the last chunk waits for the
// next one.
class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pendingHighSurrogate = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = pendingHighSurrogate + String(chunk);
        pendingHighSurrogate = '';
        if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
          pendingHighSurrogate = text.slice(-1);
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        // A lone high surrogate at the end is U+FFFD.
        if (pendingHighSurrogate) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
    setSlots(this, 'TextEncoderStream', { transform });
  }

  get encoding() {
    slotsOf(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    return slotsOf(this, 'TextEncoderStream').transform.readable;
  }

  get writable() {
    return slotsOf(this, 'TextEncoderStream').transform.writable;
  }
}

// TextDecoderStream slots: decoder, transform.
class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        if (!ArrayBuffer.isView(chunk) && !isAnyArrayBuffer(chunk)) {
          throw invalidArgType('input', 'an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView', chunk);
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
    setSlots(this, 'TextDecoderStream', { decoder, transform });
  }

  get encoding() {
    return slotsOf(this, 'TextDecoderStream').decoder.encoding;
  }

  get fatal() {
    return slotsOf(this, 'TextDecoderStream').decoder.fatal;
  }

  get ignoreBOM() {
    return slotsOf(this, 'TextDecoderStream').decoder.ignoreBOM;
  }

  get readable() {
    return slotsOf(this, 'TextDecoderStream').transform.readable;
  }

  get writable() {
    return slotsOf(this, 'TextDecoderStream').transform.writable;
  }
}

defineInterface(TextEncoderStream, { toStringTag: false });
defineInterface(TextDecoderStream, { toStringTag: false });
defineInspect(TextEncoderStream, (stream) => ({ encoding: stream.encoding, readable: stream.readable, writable: stream.writable }));
defineInspect(TextDecoderStream, (stream) => ({ encoding: stream.encoding, fatal: stream.fatal, ignoreBOM: stream.ignoreBOM,
  readable: stream.readable, writable: stream.writable }));

module.exports = { TextEncoderStream, TextDecoderStream };
