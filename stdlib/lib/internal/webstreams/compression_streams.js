'use strict';
// CompressionStream and DecompressionStream — https://compression.spec.whatwg.org/: TransformStreams
// over a zlib stream of node:zlib (deflate, raw deflate or gzip), its output enqueued as it comes.

const { setSlots, slotsOf, invalidArgValue, deferred, defineInspect, defineInterface } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transform_stream');

// A TransformStream feeding the zlib stream `engine`: a chunk is transformed once the engine has
// taken it; an engine error errors the stream.
function transformOver(engine) {
  let controller;
  let ended = null;
  engine.on('data', (chunk) => controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
  engine.on('error', (error) => {
    controller.error(error);
    ended?.resolve();
  });
  engine.on('end', () => ended?.resolve());
  return new TransformStream({
    start(streamController) {
      controller = streamController;
    },
    transform(chunk) {
      const written = deferred();
      engine.write(chunk, () => written.resolve());
      return written.promise;
    },
    flush() {
      ended = deferred();
      engine.end();
      return ended.promise;
    },
  });
}

function engineFor(format, compress) {
  const zlib = require('zlib');
  const engines = compress
    ? { deflate: zlib.createDeflate, 'deflate-raw': zlib.createDeflateRaw, gzip: zlib.createGzip }
    : { deflate: zlib.createInflate, 'deflate-raw': zlib.createInflateRaw, gzip: zlib.createGunzip };
  const create = Object.hasOwn(engines, format) ? engines[format] : undefined;
  if (create === undefined) throw invalidArgValue('format', format);
  return create();
}

class CompressionStream {
  constructor(format) {
    setSlots(this, 'CompressionStream', { transform: transformOver(engineFor(format, true)) });
  }

  get readable() {
    return slotsOf(this, 'CompressionStream').transform.readable;
  }

  get writable() {
    return slotsOf(this, 'CompressionStream').transform.writable;
  }
}

class DecompressionStream {
  constructor(format) {
    setSlots(this, 'DecompressionStream', { transform: transformOver(engineFor(format, false)) });
  }

  get readable() {
    return slotsOf(this, 'DecompressionStream').transform.readable;
  }

  get writable() {
    return slotsOf(this, 'DecompressionStream').transform.writable;
  }
}

for (const Class of [CompressionStream, DecompressionStream]) {
  defineInterface(Class);
  defineInspect(Class, (stream) => ({ readable: stream.readable, writable: stream.writable }));
}

module.exports = { CompressionStream, DecompressionStream };
