'use strict';
// WritableStream, its writer and controller, and their abstract operations —
// https://streams.spec.whatwg.org/#ws.

const {
  kState, setSlots, isType, slotsOf, invalidThis, invalidState, invalidArgType, codedError, deferred, resolvedDeferred,
  rejectedDeferred, uponPromise, setHandled, rejectedHandled, PromiseResolve, promiseCall, functionMember, startMember, extractHighWaterMark,
  extractSizeAlgorithm, strategyArgument, enqueueValueWithSize, dequeueValue, resetQueue, defineInspect, defineInterface,
} = require('internal/webstreams/util');

// The queue entry that stands for close() behind the writes before it.
const kCloseSentinel = Symbol('kCloseSentinel');

// WritableStream slots: state ('writable', 'erroring', 'errored' or 'closed'), storedError,
// writer, controller, writeRequests, inFlightWriteRequest, closeRequest, inFlightCloseRequest,
// pendingAbortRequest, backpressure (requests are deferred promises), and settled (a deferred
// promise of its closing or error, for stream.finished).
class WritableStream {
  constructor(underlyingSink = undefined, strategy = undefined) {
    const sink = underlyingSink === undefined ? {} : underlyingSink;
    if (sink === null || typeof sink !== 'object') throw invalidArgType('sink', 'of type object', underlyingSink);
    strategy = strategyArgument(strategy);
    if (sink.type !== undefined) {
      throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The argument 'type' is invalid. Received ${require('internal/util/inspect').inspect(sink.type)}`);
    }
    initializeWritableStream(this);
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    setUpWritableStreamDefaultControllerFromUnderlyingSink(this, sink, extractHighWaterMark(strategy, 1), sizeAlgorithm);
  }

  get locked() {
    return slotsOf(this, 'WritableStream').writer !== undefined;
  }

  abort(reason = undefined) {
    if (!isType(this, 'WritableStream')) return rejectedHandled(invalidThis('WritableStream'));
    if (this[kState].writer !== undefined) return rejectedHandled(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isType(this, 'WritableStream')) return rejectedHandled(invalidThis('WritableStream'));
    if (this[kState].writer !== undefined) return rejectedHandled(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) return rejectedHandled(invalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    slotsOf(this, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }
}

function initializeWritableStream(stream) {
  const settled = deferred();
  setHandled(settled.promise);
  return setSlots(stream, 'WritableStream', {
    state: 'writable', storedError: undefined, writer: undefined, controller: undefined, writeRequests: [],
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, backpressure: false, settled,
  });
}

// CreateWritableStream ( startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm [,
// highWaterMark [, sizeAlgorithm ] ] )
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1,
  sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  setUpWritableStreamDefaultController(stream, Object.create(WritableStreamDefaultController.prototype), startAlgorithm,
    writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

// WritableStreamAbort ( stream, reason ) — https://streams.spec.whatwg.org/#writable-stream-abort
function writableStreamAbort(stream, reason) {
  const slots = stream[kState];
  if (slots.state === 'closed' || slots.state === 'errored') return PromiseResolve(undefined);
  slots.controller[kState].abortController.abort(reason);
  const state = slots.state;
  if (state === 'closed' || state === 'errored') return PromiseResolve(undefined);
  if (slots.pendingAbortRequest !== undefined) return slots.pendingAbortRequest.promise.promise;
  const wasAlreadyErroring = state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const promise = deferred();
  slots.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

// WritableStreamClose ( stream ) — https://streams.spec.whatwg.org/#writable-stream-close
function writableStreamClose(stream) {
  const slots = stream[kState];
  if (slots.state === 'closed' || slots.state === 'errored') {
    return rejectedHandled(invalidState(`WritableStream is ${slots.state}`));
  }
  const promise = deferred();
  slots.closeRequest = promise;
  const writer = slots.writer;
  if (writer !== undefined && slots.backpressure && slots.state === 'writable') writer[kState].ready.resolve(undefined);
  writableStreamDefaultControllerClose(slots.controller[kState]);
  return promise.promise;
}

const writableStreamCloseQueuedOrInFlight = (stream) =>
  stream[kState].closeRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') writableStreamStartErroring(stream, error);
  else writableStreamFinishErroring(stream);
}

// WritableStreamFinishErroring ( stream ) — https://streams.spec.whatwg.org/#writable-stream-finish-erroring
function writableStreamFinishErroring(stream) {
  const slots = stream[kState];
  slots.state = 'errored';
  slots.settled.reject(slots.storedError);
  resetQueue(slots.controller[kState]);
  const error = slots.storedError;
  for (const request of slots.writeRequests) request.reject(error);
  slots.writeRequests = [];
  const abortRequest = slots.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  slots.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(error);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controller = slots.controller[kState];
  const result = controller.abortAlgorithm(abortRequest.reason);
  writableStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(result, () => {
    abortRequest.promise.resolve(undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightClose(stream) {
  const slots = stream[kState];
  slots.inFlightCloseRequest.resolve(undefined);
  slots.inFlightCloseRequest = undefined;
  if (slots.state === 'erroring') {
    slots.storedError = undefined;
    if (slots.pendingAbortRequest !== undefined) {
      slots.pendingAbortRequest.promise.resolve(undefined);
      slots.pendingAbortRequest = undefined;
    }
  }
  slots.state = 'closed';
  slots.settled.resolve(undefined);
  if (slots.writer !== undefined) slots.writer[kState].closed.resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const slots = stream[kState];
  slots.inFlightCloseRequest.reject(error);
  slots.inFlightCloseRequest = undefined;
  if (slots.pendingAbortRequest !== undefined) {
    slots.pendingAbortRequest.promise.reject(error);
    slots.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve(undefined);
  stream[kState].inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

const writableStreamHasOperationMarkedInFlight = (stream) =>
  stream[kState].inFlightWriteRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const slots = stream[kState];
  if (slots.closeRequest !== undefined) {
    slots.closeRequest.reject(slots.storedError);
    slots.closeRequest = undefined;
  }
  if (slots.writer !== undefined) {
    const writer = slots.writer[kState];
    writer.closed.reject(slots.storedError);
    setHandled(writer.closed.promise);
  }
}

// WritableStreamStartErroring ( stream, reason ) — https://streams.spec.whatwg.org/#writable-stream-start-erroring
function writableStreamStartErroring(stream, reason) {
  const slots = stream[kState];
  slots.state = 'erroring';
  slots.storedError = reason;
  if (slots.writer !== undefined) writerEnsureReadyPromiseRejected(slots.writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && slots.controller[kState].started) writableStreamFinishErroring(stream);
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const slots = stream[kState];
  const writer = slots.writer;
  if (writer !== undefined && backpressure !== slots.backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve(undefined);
  }
  slots.backpressure = backpressure;
}

// WritableStreamDefaultWriter slots: stream, ready, closed (deferred promises).
class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isType(stream, 'WritableStream')) throw invalidArgType('stream', 'an instance of WritableStream', stream);
    const streamSlots = stream[kState];
    if (streamSlots.writer !== undefined) throw invalidState('WritableStream is locked');
    const slots = setSlots(this, 'WritableStreamDefaultWriter', { stream, ready: undefined, closed: undefined });
    streamSlots.writer = this;
    const { state, storedError } = streamSlots;
    if (state === 'writable') {
      const waiting = !writableStreamCloseQueuedOrInFlight(stream) && streamSlots.backpressure;
      slots.ready = waiting ? deferred() : resolvedDeferred(undefined);
      slots.closed = deferred();
    } else if (state === 'erroring') {
      slots.ready = rejectedDeferred(storedError);
      slots.closed = deferred();
    } else if (state === 'closed') {
      slots.ready = resolvedDeferred(undefined);
      slots.closed = resolvedDeferred(undefined);
    } else {
      slots.ready = rejectedDeferred(storedError);
      slots.closed = rejectedDeferred(storedError);
    }
  }

  get closed() {
    if (!isType(this, 'WritableStreamDefaultWriter')) return rejectedHandled(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].closed.promise;
  }

  get desiredSize() {
    const slots = slotsOf(this, 'WritableStreamDefaultWriter');
    if (slots.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isType(this, 'WritableStreamDefaultWriter')) return rejectedHandled(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isType(this, 'WritableStreamDefaultWriter')) return rejectedHandled(invalidThis('WritableStreamDefaultWriter'));
    const { stream } = this[kState];
    if (stream === undefined) return rejectedHandled(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isType(this, 'WritableStreamDefaultWriter')) return rejectedHandled(invalidThis('WritableStreamDefaultWriter'));
    const { stream } = this[kState];
    if (stream === undefined) return rejectedHandled(invalidState('Writer is not bound to a WritableStream'));
    if (writableStreamCloseQueuedOrInFlight(stream)) return rejectedHandled(invalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    const slots = slotsOf(this, 'WritableStreamDefaultWriter');
    if (slots.stream !== undefined) writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isType(this, 'WritableStreamDefaultWriter')) return rejectedHandled(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return rejectedHandled(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamDefaultWriterWrite(this, chunk);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const { state, storedError } = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return PromiseResolve(undefined);
  if (state === 'errored') return rejectedHandled(storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const slots = writer[kState];
  if (slots.closed.pending) slots.closed.reject(error);
  else slots.closed = rejectedDeferred(error);
  setHandled(slots.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const slots = writer[kState];
  if (slots.ready.pending) slots.ready.reject(error);
  else slots.ready = rejectedDeferred(error);
  setHandled(slots.ready.promise);
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const { state, controller } = writer[kState].stream[kState];
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(controller[kState]);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const released = invalidState('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, released);
  writerEnsureClosedPromiseRejected(writer, released);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

// WritableStreamDefaultWriterWrite ( writer, chunk ) — https://streams.spec.whatwg.org/#writable-stream-default-writer-write
function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller[kState];
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return rejectedHandled(invalidState('Writer has been released'));
  const { state, storedError } = stream[kState];
  if (state === 'errored') return rejectedHandled(storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return rejectedHandled(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return rejectedHandled(storedError);
  const promise = deferred();
  stream[kState].writeRequests.push(promise);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise.promise;
}

// WritableStreamDefaultController slots: stream, queue, queueTotalSize, abortController,
// started, strategySizeAlgorithm, strategyHWM, writeAlgorithm, closeAlgorithm, abortAlgorithm.
class WritableStreamDefaultController {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get signal() {
    return slotsOf(this, 'WritableStreamDefaultController').abortController.signal;
  }

  error(error = undefined) {
    const controller = slotsOf(this, 'WritableStreamDefaultController');
    if (controller.stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(controller, error);
  }
}

// SetUpWritableStreamDefaultController ( stream, controller, startAlgorithm, writeAlgorithm,
// closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm ) — https://streams.spec.whatwg.org/#set-up-writable-stream-default-controller
function setUpWritableStreamDefaultController(stream, controllerObject, startAlgorithm, writeAlgorithm, closeAlgorithm,
  abortAlgorithm, highWaterMark, sizeAlgorithm) {
  const { AbortController } = require('internal/abort_controller');
  const controller = setSlots(controllerObject, 'WritableStreamDefaultController', {
    stream, queue: [], queueTotalSize: 0, abortController: new AbortController(), started: false,
    strategySizeAlgorithm: sizeAlgorithm, strategyHWM: highWaterMark, writeAlgorithm, closeAlgorithm, abortAlgorithm,
  });
  stream[kState].controller = controllerObject;
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  uponPromise(PromiseResolve(startAlgorithm()), () => {
    controller.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    controller.started = true;
    writableStreamDealWithRejection(stream, reason);
  });
}

function setUpWritableStreamDefaultControllerFromUnderlyingSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = Object.create(WritableStreamDefaultController.prototype);
  const start = startMember(sink, 'sink');
  const write = functionMember(sink, 'write', 'sink');
  const close = functionMember(sink, 'close', 'sink');
  const abort = functionMember(sink, 'abort', 'sink');
  setUpWritableStreamDefaultController(stream, controller,
    () => (start === undefined ? undefined : Reflect.apply(start, sink, [controller])),
    (chunk) => (write === undefined ? PromiseResolve(undefined) : promiseCall(write, sink, chunk, controller)),
    () => (close === undefined ? PromiseResolve(undefined) : promiseCall(close, sink)),
    (reason) => (abort === undefined ? PromiseResolve(undefined) : promiseCall(abort, sink, reason)),
    highWaterMark, sizeAlgorithm);
}

// WritableStreamDefaultControllerAdvanceQueueIfNeeded ( controller ) — https://streams.spec.whatwg.org/#writable-stream-default-controller-advance-queue-if-needed
function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const stream = controller.stream;
  if (!controller.started || stream[kState].inFlightWriteRequest !== undefined) return;
  if (stream[kState].state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (controller.queue.length === 0) return;
  const value = controller.queue[0].value;
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(controller.stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller.stream[kState].state === 'writable') writableStreamDefaultControllerError(controller, error);
}

const writableStreamDefaultControllerGetBackpressure = (controller) => writableStreamDefaultControllerGetDesiredSize(controller) <= 0;

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  if (controller.strategySizeAlgorithm === undefined) return 1;
  try {
    return controller.strategySizeAlgorithm(chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

const writableStreamDefaultControllerGetDesiredSize = (controller) => controller.strategyHWM - controller.queueTotalSize;

function writableStreamDefaultControllerProcessClose(controller) {
  const stream = controller.stream;
  const slots = stream[kState];
  slots.inFlightCloseRequest = slots.closeRequest;
  slots.closeRequest = undefined;
  dequeueValue(controller);
  const sinkClosePromise = controller.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(sinkClosePromise, () => writableStreamFinishInFlightClose(stream),
    (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const stream = controller.stream;
  const slots = stream[kState];
  slots.inFlightWriteRequest = slots.writeRequests.shift();
  uponPromise(controller.writeAlgorithm(chunk), () => {
    writableStreamFinishInFlightWrite(stream);
    dequeueValue(controller);
    if (!writableStreamCloseQueuedOrInFlight(stream) && slots.state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (slots.state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

for (const Class of [WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController]) defineInterface(Class);
defineInspect(WritableStream, (stream) => ({ locked: stream[kState].writer !== undefined, state: stream[kState].state }));
defineInspect(WritableStreamDefaultWriter, (writer) => ({ stream: writer[kState].stream,
  close: writer[kState].closed.promise, ready: writer[kState].ready.promise,
  desiredSize: writer[kState].stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(writer) }));
defineInspect(WritableStreamDefaultController, (controller) => ({ stream: controller[kState].stream }));

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  createWritableStream,
  writableStreamAbort,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultControllerErrorIfNeeded,
};
