'use strict';
// Node streams as web streams and back: Readable.toWeb/fromWeb, Writable.toWeb/fromWeb,
// Duplex.toWeb/fromWeb. Each side's backpressure reaches the other (a web stream pulls or a
// write waits for 'drain'; a Node stream reads only when the web reader has room), and ending,
// errors and cancellation cross over.

const { Buffer } = require('buffer');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const { isDestroyed, isReadable, isWritable, isWritableEnded, isReadableNodeStream, isWritableNodeStream } =
  require('internal/streams/utils');
const { abortError, invalidArgType, invalidArgValue } = require('internal/errors');
const { isType, deferred } = require('internal/webstreams/util');
const { ReadableStream } = require('internal/webstreams/readable_stream');
const { WritableStream } = require('internal/webstreams/writable_stream');
const { CountQueuingStrategy } = require('internal/webstreams/queuing_strategies');

// A premature close is reported on the web side as an AbortError caused by it.
const webError = (error) => (error?.code === 'ERR_STREAM_PREMATURE_CLOSE' ? abortError({ cause: error }) : error);

function optionsArgument(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  return options;
}

// Readable.toWeb ( streamReadable [, options ] )
function readableToWeb(streamReadable, options = {}) {
  if (!isReadableNodeStream(streamReadable)) throw invalidArgType('streamReadable', 'an stream.Readable', streamReadable);
  optionsArgument(options);
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const ended = new ReadableStream();
    ended.cancel();
    return ended;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options.strategy ??
    (objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark, size: (chunk) => chunk.byteLength });
  let controller;
  streamReadable.on('data', (chunk) => {
    // Bytes are handed over as a Uint8Array of their own.
    controller.enqueue(Buffer.isBuffer(chunk) && !objectMode ? new Uint8Array(chunk) : chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  });
  const cleanup = eos(streamReadable, (error) => {
    cleanup();
    if (error) controller.error(webError(error));
    else controller.close();
  });
  return new ReadableStream({
    start(streamController) {
      controller = streamController;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      destroyer(streamReadable, reason);
    },
  }, strategy);
}

// Readable.fromWeb ( readableStream [, options ] )
function readableFromWeb(readableStream, options = {}) {
  const Readable = require('internal/streams/readable');
  if (!isType(readableStream, 'ReadableStream')) throw invalidArgType('readableStream', 'an instance of ReadableStream', readableStream);
  const { highWaterMark, encoding, objectMode = false, signal } = optionsArgument(options);
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw invalidArgValue('options.encoding', encoding);
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then(({ value, done }) => readable.push(done ? null : value), (error) => destroyer(readable, error));
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (closed) done();
      else reader.cancel(error).then(done, done);
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(readable, error);
  });
  return readable;
}

// Writable.toWeb ( streamWritable )
function writableToWeb(streamWritable) {
  if (!isWritableNodeStream(streamWritable)) throw invalidArgType('streamWritable', 'an stream.Writable', streamWritable);
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const ended = new WritableStream();
    ended.close();
    return ended;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let drained; // deferred while a write waits for 'drain'
  let closing; // deferred while close() waits for the end
  streamWritable.on('drain', () => drained?.resolve());
  const cleanup = eos(streamWritable, (error) => {
    cleanup();
    // A legacy stream may emit 'error' again after finishing.
    streamWritable.on('error', () => {});
    if (error != null) {
      error = webError(error);
      drained?.reject(error);
      closing?.reject(error);
      closing = undefined;
      controller.error(error);
    } else if (closing !== undefined) {
      closing.resolve();
      closing = undefined;
    } else {
      controller.error(abortError());
    }
  });
  return new WritableStream({
    start(streamController) {
      controller = streamController;
    },
    write(chunk) {
      if (!streamWritable.writableNeedDrain && streamWritable.write(chunk)) return undefined;
      drained = deferred();
      const wait = drained.promise;
      return wait.finally(() => {
        drained = undefined;
      });
    },
    abort(reason) {
      destroyer(streamWritable, reason);
    },
    close() {
      if (closing !== undefined || isWritableEnded(streamWritable)) return undefined;
      closing = deferred();
      streamWritable.end();
      return closing.promise;
    },
  }, strategy);
}

// Writable.fromWeb ( writableStream [, options ] )
function writableFromWeb(writableStream, options = {}) {
  const Writable = require('internal/streams/writable');
  if (!isType(writableStream, 'WritableStream')) throw invalidArgType('writableStream', 'an instance of WritableStream', writableStream);
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = optionsArgument(options);
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = new Uint8Array(Buffer.from(chunk, encoding));
      writer.ready.then(() => writer.write(chunk).then(() => callback(), callback), callback);
    },
    final(callback) {
      if (closed) callback();
      else writer.close().then(() => callback(), callback);
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (closed) done();
      else if (error != null) writer.abort(error).then(done, done);
      else writer.close().then(done, done);
    },
  });
  writer.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });
  return writable;
}

// Duplex.toWeb ( streamDuplex ): its two sides.
function duplexToWeb(duplex) {
  if (!isReadableNodeStream(duplex) || !isWritableNodeStream(duplex)) {
    throw invalidArgType('duplex', 'an stream.Duplex', duplex);
  }
  return { readable: readableToWeb(duplex), writable: writableToWeb(duplex) };
}

// Duplex.fromWeb ( pair [, options ] ): a Duplex reading from pair.readable and writing to
// pair.writable.
function duplexFromWeb(pair, options = {}) {
  const Duplex = require('internal/streams/duplex');
  if (pair === null || typeof pair !== 'object') throw invalidArgType('pair', 'of type object', pair);
  if (!isType(pair.readable, 'ReadableStream')) throw invalidArgType('pair.readable', 'an instance of ReadableStream', pair.readable);
  if (!isType(pair.writable, 'WritableStream')) throw invalidArgType('pair.writable', 'an instance of WritableStream', pair.writable);
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = optionsArgument(options);
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw invalidArgValue('options.encoding', encoding);
  const reader = pair.readable.getReader();
  const writer = pair.writable.getWriter();
  let readerClosed = false;
  let writerClosed = false;
  const duplex = new Duplex({
    allowHalfOpen, objectMode, encoding, decodeStrings, highWaterMark, signal,
    write(chunk, chunkEncoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = new Uint8Array(Buffer.from(chunk, chunkEncoding));
      writer.ready.then(() => writer.write(chunk).then(() => callback(), callback), callback);
    },
    final(callback) {
      if (writerClosed) callback();
      else writer.close().then(() => callback(), callback);
    },
    read() {
      reader.read().then(({ value, done }) => duplex.push(done ? null : value), (error) => destroyer(duplex, error));
    },
    destroy(error, callback) {
      const done = () => callback(error);
      const endings = [];
      if (!writerClosed) endings.push(error != null ? writer.abort(error) : writer.close());
      if (!readerClosed) endings.push(reader.cancel(error));
      Promise.allSettled(endings).then(done);
    },
  });
  writer.closed.then(() => {
    writerClosed = true;
  }, (error) => {
    writerClosed = true;
    readerClosed = true;
    destroyer(duplex, error);
  });
  reader.closed.then(() => {
    readerClosed = true;
  }, (error) => {
    writerClosed = true;
    readerClosed = true;
    destroyer(duplex, error);
  });
  return duplex;
}

module.exports = { readableToWeb, readableFromWeb, writableToWeb, writableFromWeb, duplexToWeb, duplexFromWeb };
