'use strict';
// finished ( stream [, options], callback ): calls back once the stream is done (ended,
// finished, or closed) or failed, with the error or ERR_STREAM_PREMATURE_CLOSE when it closed
// before it was done. Returns a function that removes its listeners.

const errors = require('internal/streams/errors');
const { validateFunction } = require('internal/errors');
const validateAbortSignal = require('internal/streams/validate-abort-signal');
const {
  isReadableNodeStream, isWritableNodeStream, isNodeStream, isReadableFinished, isWritableFinished,
  isReadable, isWritable, isClosed, isReadableErrored, isWritableErrored, willEmitClose, webStreamSlots,
} = require('internal/streams/utils');

const nop = () => {};

function once(callback) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    callback.apply(this, args);
  };
}

// A web stream is done when it closes or errors (or the signal aborts). As in Node, the returned
// cleanup only forgets the signal.
function eosWeb(stream, slots, options, callback) {
  const { signal } = options;
  let onAbort = nop;
  const done = (error) => {
    signal?.removeEventListener('abort', onAbort);
    callback.call(stream, error);
  };
  if (signal) {
    onAbort = () => done(errors.abortError(signal.reason));
    if (signal.aborted) {
      process.nextTick(onAbort);
      return nop;
    }
    signal.addEventListener('abort', onAbort, { once: true });
  }
  slots.settled.promise.then(() => process.nextTick(done), (error) => process.nextTick(done, error));
  return () => signal?.removeEventListener('abort', onAbort);
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  const web = webStreamSlots(stream, 'ReadableStream') ?? webStreamSlots(stream, 'WritableStream');
  if (web) return eosWeb(stream, web, options, once(callback));
  if (!isNodeStream(stream)) {
    throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  callback = once(callback);

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  // When the stream will emit 'close' itself, wait for it rather than 'end'/'finish'.
  let emitsClose = willEmitClose(stream) && isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  const onerror = (err) => {
    callback.call(stream, err);
  };

  let closed = isClosed(stream);
  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true) && !isReadableFinished(stream, false)) {
      return callback.call(stream, errors.prematureClose());
    }
    if (writable && !writableFinished && !isWritableFinished(stream, false)) {
      return callback.call(stream, errors.prematureClose());
    }
    callback.call(stream);
  };

  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };

  if (writable && !wState) {
    // An old-style writable: done when it stops being writable.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!emitsClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  // Already done: call back on the next tick.
  if (closed) {
    process.nextTick(onclose);
  } else if (wState?.errorEmitted || rState?.errorEmitted) {
    if (!emitsClose) process.nextTick(onclosed);
  } else if (!readable && (!emitsClose || isReadable(stream)) && (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!emitsClose || isWritable(stream)) && (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('end', onend);
    stream.removeListener('finish', onfinish);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, errors.abortError(signal.reason));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      signal.addEventListener('abort', abort, { once: true });
      const originalCallback = callback;
      callback = once((...args) => {
        signal.removeEventListener('abort', abort);
        originalCallback.apply(stream, args);
      });
    }
  }
  return cleanup;
}

// finished as a promise (stream/promises).
function finished(stream, options) {
  let autoCleanup = false;
  if (options?.cleanup) autoCleanup = true;
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, options, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = eos;
module.exports.finished = finished;
