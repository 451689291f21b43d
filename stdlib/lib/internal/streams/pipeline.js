'use strict';
// pipeline ( source, ...transforms, destination, callback ): pipes each stream into the next,
// destroys all of them when one fails, and calls back once the last one is done. Besides
// streams, the source may be an iterable (a web ReadableStream is one) or a function returning
// one, a transform may be an async generator function over its input or a web TransformStream,
// and the destination a function returning a promise (its value is passed to the callback) or a
// web WritableStream.

const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const errors = require('internal/streams/errors');
const { validateFunction } = require('internal/errors');
const validateAbortSignal = require('internal/streams/validate-abort-signal');
const { isIterable, isReadable, isReadableNodeStream, isNodeStream, isReadableFinished, isWebStream } =
  require('internal/streams/utils');

// Destroys `stream` (unless it already finished cleanly) when the pipeline fails.
function destroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy(err) {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || errors.destroyed('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

async function* fromReadable(readable) {
  yield* require('internal/streams/readable').prototype[Symbol.asyncIterator].call(readable);
}

function makeAsyncIterable(value) {
  if (isIterable(value)) return value;
  if (isReadableNodeStream(value)) return fromReadable(value);
  throw errors.invalidArgType('val', 'an instance of Readable, Iterable, or AsyncIterable', value);
}

// Writes an iterable's values into a Node writable, waiting for 'drain' when it is full.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

// Writes an iterable's values into a web WritableStream (after each ready), closing it at the
// end (if `end`); on failure the stream is aborted with the error.
async function pumpToWeb(iterable, writable, finish, { end }) {
  const writer = writable.getWriter();
  try {
    for await (const chunk of iterable) {
      await writer.ready;
      // A failed write errors the stream: ready or close reports it.
      writer.write(chunk).catch(() => {});
    }
    await writer.ready;
    if (end) await writer.close();
    finish();
  } catch (err) {
    await writer.abort(err).catch(() => {});
    finish(err);
  }
}

// Pipes `src` into `dst`, ending `dst` when `src` ends (if `end`); `finish` is called once for
// each side.
function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(errors.prematureClose());
  });
  src.pipe(dst, { end: false });
  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, (err) => {
    const rState = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState?.ended && !rState.errored && !rState.errorEmitted) {
      // Closed right after ending: 'end' is still coming.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

function pipeline(...streams) {
  return pipelineImpl(streams, popCallback(streams));
}

function pipelineImpl(streams, callback, options) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw errors.missingArgs('streams');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  const PassThrough = require('internal/streams/passthrough');

  const destroys = [];
  const lastStreamCleanup = [];
  let error;
  let value;
  let finishCount = 0;

  function abort() {
    finishImpl(errors.abortError(signal.reason));
  }
  signal?.addEventListener('abort', abort);

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    signal?.removeEventListener('abort', abort);
    if (final) {
      if (!error) for (const cleanup of lastStreamCleanup) cleanup();
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || options?.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors after the pipe is done still fail the pipeline.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) lastStreamCleanup.push(() => stream.removeListener('error', onError));
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) throw errors.invalidReturnValue('Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        // Node hands any other source to Duplex.from, which rejects it so.
        throw errors.invalidArgType('body', 'of type function or an instance of Blob, ReadableStream, WritableStream, ' +
          'Stream, Iterable, AsyncIterable, or Promise or { readable, writable } pair', stream);
      }
    } else if (typeof stream === 'function') {
      ret = stream(makeAsyncIterable(ret), { signal });
      if (reading) {
        if (!isIterable(ret, true)) throw errors.invalidReturnValue('AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        // The destination function: its promise or iterable feeds a PassThrough.
        const pt = new PassThrough({ objectMode: true });
        if (typeof ret?.then === 'function') {
          finishCount++;
          ret.then((val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw errors.invalidReturnValue('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = destroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw errors.invalidArgType('val', 'an instance of Readable, Iterable, or AsyncIterable', ret);
      }
      ret = stream;
    } else if (isWebStream(stream, 'TransformStream') || isWebStream(stream, 'WritableStream')) {
      // A web stream takes what came before through its writable side (ReadableStreams are
      // async iterables); a TransformStream's readable side goes on (the last one is returned
      // itself, as Node does).
      const transform = isWebStream(stream, 'TransformStream');
      if (!isIterable(ret) && !isReadableNodeStream(ret)) {
        throw errors.invalidArgType('val', 'an instance of Readable, Iterable, AsyncIterable, ReadableStream, or TransformStream', ret);
      }
      finishCount++;
      pumpToWeb(makeAsyncIterable(ret), transform ? stream.writable : stream, finish, { end });
      ret = transform && !isLastStream ? stream.readable : stream;
    } else {
      throw errors.invalidArgType(`streams[${i}]`, 'an instance of Stream, Iterable, AsyncIterable, or Function', stream);
    }
  }
  if (signal?.aborted) process.nextTick(abort);
  return ret;
}

module.exports = { pipeline, pipelineImpl };
