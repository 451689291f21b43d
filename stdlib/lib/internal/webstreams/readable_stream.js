'use strict';
// ReadableStream, its default reader and default controller, and the abstract operations on
// them — https://streams.spec.whatwg.org/#rs. Byte streams (their controller, the BYOB reader
// and request) are in readable_byte_stream.js; tee, pipeTo, async iteration and from() in
// readable_stream_operations.js.

const {
  kState, setSlots, isType, slotsOf, invalidThis, invalidState, invalidArgType, invalidArgValue, codedError, deferred, uponPromise,
  setHandled, rejectedHandled, PromiseResolve, promiseCall, functionMember, startMember, dictionaryArgument, extractHighWaterMark,
  extractSizeAlgorithm, strategyArgument, enqueueValueWithSize, dequeueValue, resetQueue, defineInspect, defineInterface,
} = require('internal/webstreams/util');

// Loaded on first use (they require this module).
const byteStream = () => require('internal/webstreams/readable_byte_stream');
const operations = () => require('internal/webstreams/readable_stream_operations');

// ReadableStream slots: state ('readable', 'closed' or 'errored'), reader, storedError,
// disturbed, controller, and settled (a deferred promise of its closing or error, for
// stream.finished).
class ReadableStream {
  constructor(underlyingSource = undefined, strategy = undefined) {
    const source = underlyingSource === undefined ? {} : underlyingSource;
    if (source === null || typeof source !== 'object') throw invalidArgType('source', 'of type object', underlyingSource);
    strategy = strategyArgument(strategy);
    initializeReadableStream(this);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'strategy.size' is invalid. Received ${strategy.size}`);
      }
      byteStream().setUpReadableByteStreamControllerFromUnderlyingSource(this, source, extractHighWaterMark(strategy, 0));
    } else if (type === undefined) {
      const sizeAlgorithm = extractSizeAlgorithm(strategy);
      setUpReadableStreamDefaultControllerFromUnderlyingSource(this, source, extractHighWaterMark(strategy, 1), sizeAlgorithm);
    } else {
      throw invalidArgValue('source.type', type);
    }
  }

  get locked() {
    return isReadableStreamLocked(slotsOf(this, 'ReadableStream'));
  }

  cancel(reason = undefined) {
    if (!isType(this, 'ReadableStream')) return rejectedHandled(invalidThis('ReadableStream'));
    if (isReadableStreamLocked(slotsOf(this, 'ReadableStream'))) return rejectedHandled(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    slotsOf(this, 'ReadableStream');
    const { mode } = dictionaryArgument(options, 'options');
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw invalidArgValue('options.mode', mode);
    return new (byteStream().ReadableStreamBYOBReader)(this);
  }

  pipeThrough(transform, options = undefined) {
    return operations().pipeThrough(this, transform, options);
  }

  pipeTo(destination, options = undefined) {
    return operations().pipeTo(this, destination, options);
  }

  tee() {
    slotsOf(this, 'ReadableStream');
    return operations().readableStreamTee(this);
  }

  values(options = undefined) {
    slotsOf(this, 'ReadableStream');
    return operations().readableStreamValues(this, options);
  }

  static from(asyncIterable) {
    return operations().readableStreamFromIterable(asyncIterable);
  }
}

// InitializeReadableStream ( stream ) — https://streams.spec.whatwg.org/#initialize-readable-stream
function initializeReadableStream(stream) {
  const settled = deferred();
  setHandled(settled.promise);
  return setSlots(stream, 'ReadableStream', {
    state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined, settled,
  });
}

// CreateReadableStream ( startAlgorithm, pullAlgorithm, cancelAlgorithm [, highWaterMark [,
// sizeAlgorithm ] ] ) — https://streams.spec.whatwg.org/#create-readable-stream
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
    sizeAlgorithm);
  return stream;
}

// IsReadableStreamLocked ( stream ), on the stream's slots.
const isReadableStreamLocked = (slots) => slots.reader !== undefined;

// ReadableStreamCancel ( stream, reason ) — https://streams.spec.whatwg.org/#readable-stream-cancel
function readableStreamCancel(stream, reason) {
  const slots = slotsOf(stream, 'ReadableStream');
  slots.disturbed = true;
  if (slots.state === 'closed') return PromiseResolve(undefined);
  if (slots.state === 'errored') return rejectedHandled(slots.storedError);
  readableStreamClose(stream);
  const reader = slots.reader;
  if (isType(reader, 'ReadableStreamBYOBReader')) {
    const readerSlots = slotsOf(reader, 'ReadableStreamBYOBReader');
    const requests = readerSlots.readIntoRequests;
    readerSlots.readIntoRequests = [];
    for (const request of requests) request.closeSteps(undefined);
  }
  const sourceCancelPromise = controllerSlots(slots.controller).cancelSteps(reason);
  return uponPromise(sourceCancelPromise, () => undefined);
}

// ReadableStreamClose ( stream ) — https://streams.spec.whatwg.org/#readable-stream-close
function readableStreamClose(stream) {
  const slots = slotsOf(stream, 'ReadableStream');
  slots.state = 'closed';
  slots.settled.resolve(undefined);
  const reader = slots.reader;
  if (reader === undefined) return;
  const readerSlots = readerSlotsOf(reader);
  readerSlots.closed.resolve(undefined);
  if (isType(reader, 'ReadableStreamDefaultReader')) {
    const requests = readerSlots.readRequests;
    readerSlots.readRequests = [];
    for (const request of requests) request.closeSteps();
  }
}

// ReadableStreamError ( stream, e ) — https://streams.spec.whatwg.org/#readable-stream-error
function readableStreamError(stream, error) {
  const slots = slotsOf(stream, 'ReadableStream');
  slots.state = 'errored';
  slots.storedError = error;
  slots.settled.reject(error);
  const reader = slots.reader;
  if (reader === undefined) return;
  const readerSlots = readerSlotsOf(reader);
  readerSlots.closed.reject(error);
  setHandled(readerSlots.closed.promise);
  if (isType(reader, 'ReadableStreamDefaultReader')) readableStreamDefaultReaderErrorReadRequests(reader, error);
  else byteStream().readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
}

// ReadableStreamFulfillReadRequest ( stream, chunk, done ) — https://streams.spec.whatwg.org/#readable-stream-fulfill-read-request
function readableStreamFulfillReadRequest(stream, chunk, done) {
  const readerSlots = readerSlotsOf(slotsOf(stream, 'ReadableStream').reader);
  const request = readerSlots.readRequests.shift();
  if (done) request.closeSteps();
  else request.chunkSteps(chunk);
}

// ReadableStreamGetNumReadRequests ( stream )
const readableStreamGetNumReadRequests = (stream) => readerSlotsOf(slotsOf(stream, 'ReadableStream').reader).readRequests.length;

// ReadableStreamHasDefaultReader ( stream )
const readableStreamHasDefaultReader = (stream) => isType(slotsOf(stream, 'ReadableStream').reader, 'ReadableStreamDefaultReader');

// The slots of either kind of reader.
const readerSlotsOf = (reader) => reader[kState];

// The slots of either kind of controller: cancelSteps, pullSteps and releaseSteps are in them.
const controllerSlots = (controller) => controller[kState];

// ReadableStreamReaderGenericInitialize ( reader, stream ) — https://streams.spec.whatwg.org/#readable-stream-reader-generic-initialize
function readableStreamReaderGenericInitialize(reader, readerSlots, stream) {
  const slots = slotsOf(stream, 'ReadableStream');
  readerSlots.stream = stream;
  slots.reader = reader;
  readerSlots.closed = deferred();
  if (slots.state === 'closed') {
    readerSlots.closed.resolve(undefined);
  } else if (slots.state === 'errored') {
    readerSlots.closed.reject(slots.storedError);
    setHandled(readerSlots.closed.promise);
  }
}

// ReadableStreamReaderGenericRelease ( reader ) — https://streams.spec.whatwg.org/#readable-stream-reader-generic-release
function readableStreamReaderGenericRelease(reader) {
  const readerSlots = readerSlotsOf(reader);
  const slots = slotsOf(readerSlots.stream, 'ReadableStream');
  const released = invalidState('Reader released');
  if (slots.state === 'readable') {
    readerSlots.closed.reject(released);
  } else {
    readerSlots.closed = deferred();
    readerSlots.closed.reject(released);
  }
  setHandled(readerSlots.closed.promise);
  controllerSlots(slots.controller).releaseSteps();
  slots.reader = undefined;
  readerSlots.stream = undefined;
}

// ReadableStreamGenericReaderCancel ( reader, reason )
const readableStreamGenericReaderCancel = (reader, reason) => readableStreamCancel(readerSlotsOf(reader).stream, reason);

// ReadableStreamDefaultReader slots: stream, closed (a deferred promise), readRequests (each
// { chunkSteps, closeSteps, errorSteps }).
class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isType(stream, 'ReadableStream')) throw invalidArgType('stream', 'an instance of ReadableStream', stream);
    if (isReadableStreamLocked(slotsOf(stream, 'ReadableStream'))) throw invalidState('ReadableStream is locked');
    const slots = setSlots(this, 'ReadableStreamDefaultReader', { stream: undefined, closed: undefined, readRequests: [] });
    readableStreamReaderGenericInitialize(this, slots, stream);
  }

  read() {
    if (!isType(this, 'ReadableStreamDefaultReader')) return rejectedHandled(invalidThis('ReadableStreamDefaultReader'));
    if (readerSlotsOf(this).stream === undefined) return rejectedHandled(invalidState('The reader is not attached to a stream'));
    const result = deferred();
    readableStreamDefaultReaderRead(this, {
      chunkSteps: (chunk) => result.resolve({ value: chunk, done: false }),
      closeSteps: () => result.resolve({ value: undefined, done: true }),
      errorSteps: (error) => result.reject(error),
    });
    return result.promise;
  }

  releaseLock() {
    const slots = slotsOf(this, 'ReadableStreamDefaultReader');
    if (slots.stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isType(this, 'ReadableStreamDefaultReader')) return rejectedHandled(invalidThis('ReadableStreamDefaultReader'));
    return readerSlotsOf(this).closed.promise;
  }

  cancel(reason = undefined) {
    if (!isType(this, 'ReadableStreamDefaultReader')) return rejectedHandled(invalidThis('ReadableStreamDefaultReader'));
    if (readerSlotsOf(this).stream === undefined) return rejectedHandled(invalidState('The reader is not attached to a stream'));
    return readableStreamGenericReaderCancel(this, reason);
  }
}

// ReadableStreamDefaultReaderRead ( reader, readRequest ) — https://streams.spec.whatwg.org/#readable-stream-default-reader-read
function readableStreamDefaultReaderRead(reader, readRequest) {
  const slots = slotsOf(readerSlotsOf(reader).stream, 'ReadableStream');
  slots.disturbed = true;
  if (slots.state === 'closed') readRequest.closeSteps();
  else if (slots.state === 'errored') readRequest.errorSteps(slots.storedError);
  else controllerSlots(slots.controller).pullSteps(readRequest);
}

// ReadableStreamDefaultReaderRelease ( reader )
function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, invalidState('Reader released'));
}

// ReadableStreamDefaultReaderErrorReadRequests ( reader, e )
function readableStreamDefaultReaderErrorReadRequests(reader, error) {
  const slots = readerSlotsOf(reader);
  const requests = slots.readRequests;
  slots.readRequests = [];
  for (const request of requests) request.errorSteps(error);
}

// ReadableStreamDefaultController slots: stream, queue, queueTotalSize, started, closeRequested,
// pullAgain, pulling, strategySizeAlgorithm, strategyHWM, pullAlgorithm, cancelAlgorithm, and
// the steps the stream and readers call.
class ReadableStreamDefaultController {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get desiredSize() {
    return readableStreamDefaultControllerGetDesiredSize(slotsOf(this, 'ReadableStreamDefaultController'));
  }

  close() {
    const slots = slotsOf(this, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(slots)) throw invalidState('Controller is already closed');
    readableStreamDefaultControllerClose(slots);
  }

  enqueue(chunk = undefined) {
    const slots = slotsOf(this, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(slots)) throw invalidState('Controller is already closed');
    readableStreamDefaultControllerEnqueue(slots, chunk);
  }

  error(error = undefined) {
    readableStreamDefaultControllerError(slotsOf(this, 'ReadableStreamDefaultController'), error);
  }
}

// ReadableStreamDefaultControllerCallPullIfNeeded ( controller ) — https://streams.spec.whatwg.org/#readable-stream-default-controller-call-pull-if-needed
function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  uponPromise(controller.pullAlgorithm(), () => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

// ReadableStreamDefaultControllerShouldCallPull ( controller )
function readableStreamDefaultControllerShouldCallPull(controller) {
  if (!canCloseOrEnqueue(controller) || !controller.started) return false;
  const stream = controller.stream;
  if (isReadableStreamLocked(slotsOf(stream, 'ReadableStream')) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

// ReadableStreamDefaultControllerClearAlgorithms ( controller )
function readableStreamDefaultControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

// ReadableStreamDefaultControllerClose ( controller )
function readableStreamDefaultControllerClose(controller) {
  if (!canCloseOrEnqueue(controller)) return;
  controller.closeRequested = true;
  if (controller.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  }
}

// ReadableStreamDefaultControllerEnqueue ( controller, chunk ) — https://streams.spec.whatwg.org/#readable-stream-default-controller-enqueue
function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!canCloseOrEnqueue(controller)) return;
  const stream = controller.stream;
  if (isReadableStreamLocked(slotsOf(stream, 'ReadableStream')) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    try {
      enqueueValueWithSize(controller, chunk, controller.strategySizeAlgorithm(chunk));
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

// ReadableStreamDefaultControllerError ( controller, e )
function readableStreamDefaultControllerError(controller, error) {
  if (slotsOf(controller.stream, 'ReadableStream').state !== 'readable') return;
  resetQueue(controller);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(controller.stream, error);
}

// ReadableStreamDefaultControllerGetDesiredSize ( controller )
function readableStreamDefaultControllerGetDesiredSize(controller) {
  const { state } = slotsOf(controller.stream, 'ReadableStream');
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

// ReadableStreamDefaultControllerHasBackpressure ( controller )
const readableStreamDefaultControllerHasBackpressure = (controller) => !readableStreamDefaultControllerShouldCallPull(controller);

// ReadableStreamDefaultControllerCanCloseOrEnqueue ( controller )
const canCloseOrEnqueue = (controller) =>
  !controller.closeRequested && slotsOf(controller.stream, 'ReadableStream').state === 'readable';

// SetUpReadableStreamDefaultController ( stream, controller, startAlgorithm, pullAlgorithm,
// cancelAlgorithm, highWaterMark, sizeAlgorithm ) — https://streams.spec.whatwg.org/#set-up-readable-stream-default-controller
function setUpReadableStreamDefaultController(stream, controllerObject, startAlgorithm, pullAlgorithm, cancelAlgorithm,
  highWaterMark, sizeAlgorithm) {
  const controller = setSlots(controllerObject, 'ReadableStreamDefaultController', {
    stream, queue: [], queueTotalSize: 0, started: false, closeRequested: false, pullAgain: false, pulling: false,
    strategySizeAlgorithm: sizeAlgorithm, strategyHWM: highWaterMark, pullAlgorithm, cancelAlgorithm,
    // [[CancelSteps]] ( reason )
    cancelSteps(reason) {
      resetQueue(controller);
      const result = controller.cancelAlgorithm(reason);
      readableStreamDefaultControllerClearAlgorithms(controller);
      return result;
    },
    // [[PullSteps]] ( readRequest )
    pullSteps(readRequest) {
      if (controller.queue.length > 0) {
        const chunk = dequeueValue(controller);
        if (controller.closeRequested && controller.queue.length === 0) {
          readableStreamDefaultControllerClearAlgorithms(controller);
          readableStreamClose(stream);
        } else {
          readableStreamDefaultControllerCallPullIfNeeded(controller);
        }
        readRequest.chunkSteps(chunk);
      } else {
        readerSlotsOf(slotsOf(stream, 'ReadableStream').reader).readRequests.push(readRequest);
        readableStreamDefaultControllerCallPullIfNeeded(controller);
      }
    },
    // [[ReleaseSteps]] ( )
    releaseSteps() {},
  });
  slotsOf(stream, 'ReadableStream').controller = controllerObject;
  const startResult = startAlgorithm();
  uponPromise(PromiseResolve(startResult), () => {
    controller.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

// SetUpReadableStreamDefaultControllerFromUnderlyingSource ( stream, underlyingSource,
// underlyingSourceDict, highWaterMark, sizeAlgorithm )
function setUpReadableStreamDefaultControllerFromUnderlyingSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  const start = startMember(source, 'source');
  const pull = functionMember(source, 'pull', 'source');
  const cancel = functionMember(source, 'cancel', 'source');
  setUpReadableStreamDefaultController(stream, controller,
    () => (start === undefined ? undefined : Reflect.apply(start, source, [controller])),
    () => (pull === undefined ? PromiseResolve(undefined) : promiseCall(pull, source, controller)),
    (reason) => (cancel === undefined ? PromiseResolve(undefined) : promiseCall(cancel, source, reason)),
    highWaterMark, sizeAlgorithm);
}

for (const Class of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController]) defineInterface(Class);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});
defineInspect(ReadableStream, (stream) => {
  const slots = slotsOf(stream, 'ReadableStream');
  return { locked: isReadableStreamLocked(slots), state: slots.state,
    supportsBYOB: isType(slots.controller, 'ReadableByteStreamController') };
});
defineInspect(ReadableStreamDefaultReader, (reader) => {
  const slots = slotsOf(reader, 'ReadableStreamDefaultReader');
  return { stream: slots.stream, readRequests: slots.readRequests.length, close: slots.closed.promise };
});

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  initializeReadableStream,
  createReadableStream,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamFulfillReadRequest,
  readableStreamGetNumReadRequests,
  readableStreamHasDefaultReader,
  readerSlotsOf,
  readableStreamReaderGenericInitialize,
  readableStreamReaderGenericRelease,
  readableStreamGenericReaderCancel,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue: canCloseOrEnqueue,
};
