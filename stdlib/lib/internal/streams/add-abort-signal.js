'use strict';
// addAbortSignal ( signal, stream ): destroys the stream with an AbortError when the signal
// aborts.

const errors = require('internal/streams/errors');
const validateAbortSignal = require('internal/streams/validate-abort-signal');
const { isNodeStream } = require('internal/streams/utils');

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream)) {
    throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  const onAbort = () => stream.destroy(errors.abortError(signal.reason));
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    require('internal/streams/end-of-stream')(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal };
