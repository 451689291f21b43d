'use strict';
// The stream module: Stream (the legacy base, also the module itself) with Readable, Writable,
// Duplex, Transform, PassThrough, pipeline, finished, addAbortSignal and the promise API.

const Stream = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const eos = require('internal/streams/end-of-stream');
const { pipeline } = require('internal/streams/pipeline');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { isDestroyed, isErrored, isReadable, isWritable, webStreamSlots } = require('internal/streams/utils');
const { destroyer } = require('internal/streams/destroy');
const errors = require('internal/streams/errors');

Stream.isDestroyed = isDestroyed;
Stream.isDisturbed = (stream) => webStreamSlots(stream, 'ReadableStream')?.disturbed ??
  !!(stream?.readableDidRead || stream?.readableAborted);
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.Readable = Readable;
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.pipeline = pipeline;
Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = function compose() {
  throw errors.notImplemented('stream.compose()');
};
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.Stream = Stream;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => require('internal/streams/buffer')().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

Object.defineProperty(Stream, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('stream/promises');
  },
});
// util.promisify(pipeline) and util.promisify(finished) give the promise versions.
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() {
    return require('stream/promises').pipeline;
  },
});
Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() {
    return require('stream/promises').finished;
  },
});

module.exports = Stream;
